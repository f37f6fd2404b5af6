/**
 * The label languages a query object knows: the catalog, and each language's words read when
 * first asked for (Node reads its file; a worker provides it once fetched). English is WordNet's
 * own and needs nothing; `en` here means "no other language".
 */
import { SynsetRequestError } from './errors.js';
import { languageOf, type LanguageCatalog, type LanguageInfo } from './language-catalog.js';
import { LanguageLabels } from './language-labels.js';
import { LanguageSearch } from './language-search.js';
import type { SynsetIndex } from './synset-index.js';

/** A language's files, ungzipped: its lemma file and, where it has them, its curated 1k names. */
export interface LanguageFiles {
  text: string;
  classNames?: string | undefined;
}

export class Languages {
  private readonly labelsByCode = new Map<string, LanguageLabels>();
  private readonly searchByCode = new Map<string, LanguageSearch>();

  constructor(
    private readonly index: SynsetIndex,
    readonly catalog: LanguageCatalog = { about: '', languages: [] },
    private readonly read?: (info: LanguageInfo) => LanguageFiles,
  ) {}

  /** The catalog entry of a code or alias; a request error naming the known codes otherwise. */
  info(code: string): LanguageInfo {
    return languageOf(this.catalog, code);
  }

  /** Whether the language's words are here already (a worker fetches them first). */
  has(code: string): boolean {
    return this.labelsByCode.has(this.info(code).code);
  }

  /** Gives a language's files (a worker, once fetched). */
  provide(code: string, files: LanguageFiles): LanguageLabels {
    const info = this.info(code);
    // A browser's parts have the class names merged into the text already (`LanguageLabels.toFileText`).
    const labels = new LanguageLabels(info, this.index, files.text, files.classNames);
    this.labelsByCode.set(info.code, labels);
    return labels;
  }

  /** The language's words, read on first use where a reader was given. */
  labels(code: string): LanguageLabels {
    const info = this.info(code);
    const known = this.labelsByCode.get(info.code);
    if (known) return known;
    if (!this.read) throw new SynsetRequestError(`the words of '${info.code}' are not loaded`);
    return this.provide(info.code, this.read(info));
  }

  /** The language's search engine, built on first use (a few hundred milliseconds for the largest). */
  search(code: string): LanguageSearch {
    const labels = this.labels(code);
    let engine = this.searchByCode.get(labels.code);
    if (!engine) this.searchByCode.set(labels.code, (engine = new LanguageSearch(labels)));
    return engine;
  }
}
