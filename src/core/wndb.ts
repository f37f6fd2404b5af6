/**
 * Parser for WordNet's database files (the `wndb(5WN)` format) as shipped in `data.noun` and
 * `index.noun`. Pure: it takes the files' text and returns plain records.
 */

/** One synset line of `data.noun`. */
export interface NounSynsetLine {
  /** Byte offset of the line in `data.noun`: the synset's identity. */
  offset: number;
  /** Lexicographer file number (`noun.animal` is 5). */
  lexFile: number;
  /** Lemmas as written, underscores for spaces (`Canis_familiaris`). */
  lemmas: string[];
  /** Offsets of the hypernyms (`@`), in file order. */
  hypernyms: number[];
  /** Offsets of the instance hypernyms (`@i`), in file order. */
  instanceHypernyms: number[];
  /** Everything after `|`: definition and quoted examples. */
  gloss: string;
}

/** Lines of the licence header start with two spaces; every other line is a record. */
function recordLines(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0 && !line.startsWith('  '));
}

/** Parses every synset of `data.noun`. Throws on a line that is not in the dict format. */
export function parseDataNoun(text: string): NounSynsetLine[] {
  return recordLines(text).map(parseDataLine);
}

function parseDataLine(line: string): NounSynsetLine {
  const bar = line.indexOf(' | ');
  const fields = (bar < 0 ? line : line.slice(0, bar)).trim().split(' ');
  const gloss = bar < 0 ? '' : line.slice(bar + 3).trim();
  const offset = Number(fields[0]);
  const wordCount = parseInt(fields[3] ?? '', 16);
  if (!Number.isInteger(offset) || fields[2] !== 'n' || !Number.isInteger(wordCount)) {
    throw new Error(`not a data.noun record: ${line.slice(0, 60)}`);
  }
  const lemmas: string[] = [];
  let at = 4;
  for (let i = 0; i < wordCount; i++, at += 2) lemmas.push(fields[at] ?? '');
  const pointerCount = Number(fields[at++]);
  const hypernyms: number[] = [];
  const instanceHypernyms: number[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const symbol = fields[at];
    if (fields[at + 2] !== 'n') continue;
    if (symbol === '@') hypernyms.push(Number(fields[at + 1]));
    else if (symbol === '@i') instanceHypernyms.push(Number(fields[at + 1]));
  }
  return { offset, lexFile: Number(fields[1]), lemmas, hypernyms, instanceHypernyms, gloss };
}

/**
 * Parses `index.noun` into lemma → synset offsets in sense order (the order NLTK numbers
 * `dog.n.01`, `dog.n.02`, …). Lemmas are lower case with underscores, as WordNet writes them.
 */
export function parseIndexNoun(text: string): Map<string, number[]> {
  const senses = new Map<string, number[]>();
  for (const line of recordLines(text)) {
    const fields = line.trim().split(' ');
    const lemma = fields[0] ?? '';
    const synsetCount = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    const first = 4 + pointerCount + 2;
    senses.set(
      lemma,
      fields.slice(first, first + synsetCount).map((offset) => Number(offset)),
    );
  }
  return senses;
}

/**
 * Splits a gloss the way NLTK's `definition()` and `examples()` do: quoted passages are the
 * examples; the rest, trimmed of spaces and semicolons, is the definition.
 */
export function splitGloss(gloss: string): { definition: string; examples: string[] } {
  const examples = [...gloss.matchAll(/"([^"]*)"/g)].map((match) => match[1] ?? '');
  const definition = gloss
    .replace(/".*?"/g, '')
    .trim()
    .replace(/^[; ]+|[; ]+$/g, '');
  return { definition, examples };
}
