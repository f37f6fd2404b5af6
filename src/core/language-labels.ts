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

export class LanguageLabels {
  /** Per synset number: its lemmas in the language (undefined: none). */
  private readonly lemmas: (string[] | undefined)[];
  private readonly definitions: (string | undefined)[];

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
    for (const line of fileText.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const [offset, definition, ...lemmas] = line.split('\t');
      const i = index.numberOfOffset(Number(offset));
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

  /** How many of these synsets fall back to English. */
  fallbacks(synsets: Iterable<number>): number {
    let count = 0;
    for (const i of synsets) if (!this.has(i)) count++;
    return count;
  }
}
