/**
 * One language's words for the synsets: its lemmas (in its wordnet's order) and definitions, read
 * from a language file (`data/languages/<code>.tsv.gz`, format in its header), with the curated
 * names of the 1k first where the language has them (Chinese-CLIP's, for Chinese). A synset the
 * language has no lemma for is labelled in English, and says so: `labelLang` is `en`.
 */
import { BundleFormatError } from './bundle-format.js';
import { ENGLISH, LANGUAGE_FILE_HEADER, type LanguageInfo } from './language-catalog.js';
import type { SynsetIndex } from './synset-index.js';

/** A synset's label in a language, and the language it is really in (`en` where it fell back). */
export interface LanguageLabel {
  label: string;
  labelLang: string;
}

/** A synset's words in a language file: its lemmas and its definition ('' for none). */
export interface LanguageLine {
  offset: number;
  definition: string;
  lemmas: string[];
}

/** The lines of a language file (or of a shard of one), head lines left out. */
export function languageLines(text: string): LanguageLine[] {
  const lines: LanguageLine[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [offset, definition, ...lemmas] = line.split('\t');
    lines.push({ offset: Number(offset), definition: definition ?? '', lemmas });
  }
  return lines;
}

export class LanguageLabels {
  /** Per synset number: its lemmas in the language (undefined: none). */
  private readonly lemmas: (string[] | undefined)[];
  private readonly definitions: (string | undefined)[];
  /** The file's head lines (`#`), kept for {@link toFileText}. */
  private readonly head: string[];

  /**
   * @param fileText the language file, ungzipped
   * @param classNames the language's curated names of the 1k (1,000 lines), if it has them
   */
  constructor(
    readonly info: LanguageInfo,
    readonly index: SynsetIndex,
    fileText: string,
    classNames?: string,
  ) {
    this.lemmas = new Array<string[] | undefined>(index.size);
    this.definitions = new Array<string | undefined>(index.size);
    if (!fileText.startsWith(LANGUAGE_FILE_HEADER)) throw new BundleFormatError(`not a language file (${info.code})`);
    this.head = fileText.split('\n', 8).filter((line) => line.startsWith('#'));
    for (const { offset, definition, lemmas } of languageLines(fileText)) {
      const i = index.numberOfOffset(offset);
      if (i < 0) throw new BundleFormatError(`language file ${info.code}: ${offset} is not a WordNet 3.0 noun`);
      if (lemmas.length > 0) this.lemmas[i] = lemmas;
      if (definition) this.definitions[i] = definition;
    }
    if (classNames !== undefined) {
      const names = classNames.split('\n').filter((line) => line !== '');
      if (names.length !== index.classes1k.length) {
        throw new BundleFormatError(`${info.code}: ${names.length} class names, expected ${index.classes1k.length}`);
      }
      names.forEach((name, k) => {
        const i = index.classes1k[k]!;
        this.lemmas[i] = [name, ...(this.lemmas[i] ?? []).filter((lemma) => lemma !== name)];
      });
    }
  }

  get code(): string {
    return this.info.code;
  }

  /** The synset's lemmas in the language (curated name first), empty when it has none. */
  lemmasOf(i: number): string[] {
    return this.lemmas[i] ?? [];
  }

  /** The synset's definition in the language, or null when the source has none. */
  definitionOf(i: number): string | null {
    return this.definitions[i] ?? null;
  }

  /** Whether the language has a lemma for the synset. */
  has(i: number): boolean {
    return this.lemmas[i] !== undefined;
  }

  /** The synset's label in the language, or its English one marked `en`. */
  label(i: number): LanguageLabel {
    const lemma = this.lemmas[i]?.[0];
    return lemma === undefined ? { label: this.index.labelOf(i), labelLang: ENGLISH } : { label: lemma, labelLang: this.info.code };
  }

  labelOf(i: number): string {
    return this.label(i).label;
  }

  /**
   * The words as a language file again, with the curated class names merged in (first among
   * their synsets' lemmas): what the browser's parts of the language hold, so that a shard of
   * them answers a label without the class list.
   */
  toFileText(): string {
    const lines = [...this.head];
    for (let i = 0; i < this.index.size; i++) {
      if (!this.lemmas[i] && !this.definitions[i]) continue;
      lines.push([String(this.index.bundle.offsets[i]).padStart(8, '0'), this.definitions[i] ?? '', ...(this.lemmas[i] ?? [])].join('\t'));
    }
    return lines.join('\n') + '\n';
  }

  /** How many of these synsets fall back to English. */
  fallbacks(synsets: Iterable<number>): number {
    let count = 0;
    for (const i of synsets) if (!this.has(i)) count++;
    return count;
  }
}
