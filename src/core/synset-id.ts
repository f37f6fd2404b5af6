/**
 * Reading ids: every form a person or a file may name a synset by (a wnid, a class index of the
 * 1k or of any label space, an NLTK name, WordNet's `02084071-n`) to a synset number, or an error
 * that says why not in words for people.
 */
import type { LabelSet } from './label-set.js';
import type { SynsetIndex } from './synset-index.js';
import { SynsetIdError } from './errors.js';
import { isBareOffset, isOffsetId, nounOffsetOf } from './wnid.js';
import { parseVersionedId, resolveVersionedId, wn31HintOf, type VersionLookup } from './versioned-ids.js';
import { splitGloss } from './wndb.js';

/** Finds the synsets of a lemma in sense order (the search tables know; see `LemmaSearch`). */
export interface SenseFinder {
  sensesOf(lemma: string): number[];
}

/** Label sets by name, for `SET:INDEX` ids, and the set a bare number indexes (default: the 1k). */
export interface IndexSpaces {
  set(name: string): LabelSet;
  bareNumbers?: LabelSet | undefined;
}

const MAX_ID_LENGTH = 200;

/** A number as people and NumPy write class indices: `207`, `207.0`, `2.07e+02`. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Resolves any id form to a synset number: a wnid (`n02084071`), a class index (`207`: of the
 * 1k, or of `spaces.bareNumbers`), a label set's class (`imagenet-r:17`), an NLTK name
 * (`dog.n.01`: the lemma's first noun sense in `index.noun` order) or WordNet's `02084071-n`;
 * with `versions`, another WordNet's id too (`i46360`, `wn31:02086723-n`, `oewn-02086723-n`: see
 * `versioned-ids.ts`), and a wnid that is a WordNet 3.1 one gets a hint. Throws
 * {@link SynsetIdError} saying why not, in words for people.
 */
export function resolveId(index: SynsetIndex, senses: SenseFinder, id: string, spaces?: IndexSpaces, versions?: VersionLookup): number {
  const text = String(id).trim();
  if (text.length === 0) throw new SynsetIdError('empty id');
  if (text.length > MAX_ID_LENGTH) throw new SynsetIdError(`id too long (${text.length} characters)`);
  let match: RegExpExecArray | null;
  const offset = nounOffsetOf(text);
  if (offset !== undefined) {
    const i = index.numberOfOffset(offset);
    if (i < 0) throw new SynsetIdError(`no WordNet 3.0 noun synset ${text}${wn31HintOf(versions, offset, index)}`);
    return i;
  }
  const versioned = parseVersionedId(text);
  if (versioned) {
    if (!versions) throw new SynsetIdError(`ids of other WordNets (${text}) are not available here`);
    return resolveVersionedId(versions.forId(), versioned, index);
  }
  if (NUMBER.test(text)) {
    if (spaces?.bareNumbers) return classOf(spaces.bareNumbers, text);
    const classIndex = classNumber(text);
    if (classIndex >= index.classes1k.length) {
      const hint = isBareOffset(text) ? `; for the synset at offset ${text}, write n${text}` : '';
      throw new SynsetIdError(`no ILSVRC-2012 class ${classIndex} (classes are 0–${index.classes1k.length - 1}${hint})`);
    }
    return index.classes1k[classIndex]!;
  }
  const setClass = labelSetClassOf(text);
  if (setClass) {
    if (!spaces) throw new SynsetIdError(`label set ids (${text}) are not available here`);
    return classOf(spaces.set(setClass.set), setClass.index);
  }
  if ((match = /^(.+)\.n\.(\d{1,3})$/i.exec(text))) {
    const lemma = match[1]!.toLowerCase().replace(/ /g, '_');
    const found = senses.sensesOf(lemma);
    const sense = Number(match[2]);
    if (found.length === 0) throw new SynsetIdError(`no noun lemma '${lemma}' in WordNet 3.0`);
    const synset = found[sense - 1];
    if (sense < 1 || synset === undefined) {
      throw new SynsetIdError(`'${lemma}' has ${found.length} noun sense${found.length === 1 ? '' : 's'}, not ${sense}`);
    }
    return synset;
  }
  if (isOffsetId(text) || /^.+\.[avrs]\.\d{1,3}$/i.test(text)) {
    throw new SynsetIdError(`not a noun synset: ${text} (only nouns are indexed)`);
  }
  // A word of letters, digits and the few marks lemmas use (a search query is not an id).
  if (/^[\p{L}\p{N}' ._-]+$/u.test(text)) {
    const lemma = text.toLowerCase().replace(/ /g, '_');
    const found = senses.sensesOf(lemma);
    if (found.length > 0) throw new SynsetIdError(sensesMessage(index, lemma, found));
  }
  throw new SynsetIdError('not a synset id: expected a wnid (n02084071), a class index (0–999), a name (dog.n.01) or 02084071-n');
}

/** Senses listed in full in a word's message; the rest are counted. */
const LISTED_SENSES = 8;
/** A definition is cut to this many characters in that list. */
const GLOSS_LENGTH = 90;

/**
 * A bare word is no id, but the message can say which ids it may mean: each noun sense, in
 * WordNet's sense order (bird.n.01 first), with its wnid and definition, on one line as every
 * id message is.
 */
function sensesMessage(index: SynsetIndex, lemma: string, senses: readonly (number | undefined)[]): string {
  const numbered = senses.flatMap((synset, k) => (synset === undefined ? [] : [{ synset, sense: k + 1 }]));
  const listed = numbered.slice(0, LISTED_SENSES).map(({ synset, sense }) => {
    const definition = splitGloss(index.glossOf(synset)).definition;
    const cut = definition.length > GLOSS_LENGTH ? definition.slice(0, GLOSS_LENGTH - 1) + '…' : definition;
    return `${lemma}.n.${String(sense).padStart(2, '0')} (${index.wnidOf(synset)}) ${cut}`;
  });
  const more = numbered.length > LISTED_SENSES ? ` | … and ${numbered.length - LISTED_SENSES} more` : '';
  const count = numbered.length === 1 ? 'one noun sense' : `${numbered.length} noun senses`;
  return `'${lemma}' is a word, not a synset id: it has ${count}; name one: ${listed.join(' | ')}${more}`;
}

/**
 * The label set and class of a `SET:INDEX` id (`imagenet-r:17` → imagenet-r, 17), or undefined
 * for any other form: what a reader must load before such an id resolves.
 */
export function labelSetClassOf(id: string): { set: string; index: string } | undefined {
  const match = /^([a-z0-9][\w.+-]*):\s*(\S+)$/i.exec(String(id).trim());
  return match && NUMBER.test(match[2]!) ? { set: match[1]!, index: match[2]! } : undefined;
}

/** A class index written as a number: whole and not negative, or an error saying so. */
function classNumber(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new SynsetIdError(`a class index is a whole number from 0, not ${text}`);
  return value;
}

function classOf(set: LabelSet, text: string): number {
  const k = classNumber(text);
  if (k >= set.size) throw new SynsetIdError(`no class ${k} in ${set.name} (classes are 0–${set.size - 1})`);
  const synset = set.synsetAt(k);
  if (synset < 0) throw new SynsetIdError(set.hole(k)?.message ?? `class ${k} of ${set.name} is a line that names no synset`);
  return synset;
}
