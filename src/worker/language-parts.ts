/**
 * The label languages' parts in the worker: a language's shards are fetched only when a page
 * asks for that language (a Chinese label fetches one Chinese shard, never French), one shard
 * for a label, all of them for search.
 */
import { shardOfOffset, type LanguageEntry, type PartsManifest } from '../core/data-parts.js';
import { findLanguage, isEnglish, type LanguageCatalog } from '../core/language-catalog.js';
import { languageLines, type LanguageLine } from '../core/language-labels.js';
import { RememberedLoad, RememberedLoads } from '../core/remembered-load.js';
import type { PartSource } from './part-source.js';

export class LanguageParts {
  /** The languages' entries (catalog lines and shards): a part of their own, so a page in English never pays for them. */
  private readonly entriesLoad = new RememberedLoad<LanguageEntry[]>();
  /** Each loaded shard's lines by offset, keyed `code:k`. */
  private readonly shards = new RememberedLoads<string, Map<number, LanguageLine>>();
  private readonly texts = new RememberedLoads<string, string>();

  constructor(
    private readonly manifest: PartsManifest,
    private readonly source: PartSource,
  ) {}

  /** Every language's entry, fetched when a page first asks for a language other than English. */
  entries(): Promise<LanguageEntry[]> {
    const part = this.manifest.languages;
    if (!part) return Promise.resolve([]);
    return this.entriesLoad.get(async () => JSON.parse(new TextDecoder().decode(await this.source.get(part))) as LanguageEntry[]);
  }

  async catalog(): Promise<LanguageCatalog> {
    return { about: '', languages: (await this.entries()).map((entry) => entry.info) };
  }

  /** The entry of a code or alias; undefined for English (nothing fetched) and for a language this build has not. */
  async entry(code: string | undefined): Promise<LanguageEntry | undefined> {
    if (isEnglish(code)) return undefined;
    const entries = await this.entries();
    const info = findLanguage({ about: '', languages: entries.map((entry) => entry.info) }, code!);
    return info && entries.find((entry) => entry.info.code === info.code);
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
