/**
 * The label languages' parts in the worker: a language's shards are fetched only when a page
 * asks for that language (a Chinese label fetches one Chinese shard, never French), one shard
 * for a label, all of them for search.
 */
import { shardOfOffset, type LanguageEntry, type PartsManifest } from '../core/data-parts.js';
import { findLanguage, isEnglish, type LanguageCatalog } from '../core/language-catalog.js';
import { languageLines, type LanguageLine } from '../core/language-labels.js';
import { RememberedLoads } from '../core/remembered-load.js';
import type { PartSource } from './part-source.js';

export class LanguageParts {
  readonly catalog: LanguageCatalog;
  /** Each loaded shard's lines by offset, keyed `code:k`. */
  private readonly shards = new RememberedLoads<string, Map<number, LanguageLine>>();
  private readonly texts = new RememberedLoads<string, string>();

  constructor(
    private readonly manifest: PartsManifest,
    private readonly source: PartSource,
  ) {
    this.catalog = { about: '', languages: (manifest.languages ?? []).map((entry) => entry.info) };
  }

  /** The manifest's entry of a code or alias; undefined for English and for a language this build has not. */
  entry(code: string | undefined): LanguageEntry | undefined {
    if (isEnglish(code)) return undefined;
    const info = findLanguage(this.catalog, code!);
    return info && this.manifest.languages!.find((entry) => entry.info.code === info.code);
  }

  /** A synset's words in the language, from its one shard; undefined when it has none there. */
  async wordsOf(entry: LanguageEntry, offset: number): Promise<LanguageLine | undefined> {
    const k = shardOfOffset(entry.shards, offset);
    const lines = await this.shards.get(`${entry.info.code}:${k}`, async () => {
      const text = new TextDecoder().decode(await this.source.get(entry.shards[k]!));
      return new Map(languageLines(text).map((line) => [line.offset, line]));
    });
    const line = lines.get(offset);
    return line && line.lemmas.length > 0 ? line : undefined;
  }

  /** The language's whole file, every shard fetched (IndexedDB first): what search and the tree read. */
  whole(entry: LanguageEntry): Promise<string> {
    return this.texts.get(entry.info.code, async () => {
      const parts = await this.source.getAll(entry.shards);
      const decoder = new TextDecoder();
      return parts.map((bytes) => decoder.decode(bytes)).join('');
    });
  }
}
