/**
 * The index, assembled from data parts as queries need them. Names of wnids come from one
 * names shard; the whole index (the tree, ancestry, counts, lookups by any id form) needs the
 * structure and every names shard, the "skeleton"; a definition needs its gloss shard; search
 * needs every gloss shard (its last tier searches the glosses' words). Each query waits for
 * the parts it needs and no others.
 */
import {
  LOAD_FAILURE_OPENINGS,
  type LoadProgress,
  type LookupOutcome,
  NameOutcome,
  type SynsetDefinition,
  type SynsetDetails,
  type DefinitionOutcome,
} from './api.js';
import {
  decodeGlossShard,
  decodeNameShard,
  decodeStructure,
  firstLemmaInShard,
  joinParts,
  shardOfNumber,
  shardOfOffset,
  shardSize,
  expandShards,
  treeParts,
  type NameShard,
  type PartEntry,
  type PartsManifest,
  type ShardEntry,
} from '../core/data-parts.js';
import { SynsetQueries } from '../core/queries.js';
import type { GlossWordTables } from '../core/search-gloss.js';
import type { SearchTables } from '../core/search-tables.js';
import { SynsetIndex } from '../core/synset-index.js';
import { treeTablesOf } from '../core/tree-tables.js';
import { SynsetIdError, SynsetRequestError } from '../core/errors.js';
import { synsetName, type SynsetName } from '../core/synset-records.js';
import { nounOffsetOf, wnidOfOffset } from '../core/wnid.js';
import { splitGloss } from '../core/wndb.js';
import { WordNetVersionSource } from '../core/versioned-ids.js';
import { WordNetVersions } from '../core/wordnet-versions.js';
import { BundleLoadError } from './bundle-download.js';
import { digestFields } from './content-digest.js';
import type { IndexStore } from './index-store.js';
import type { HierarchyViews } from './hierarchy-views.js';
import { LanguageParts } from './language-parts.js';
import type { LabelSpacesLoader } from './label-spaces-loader.js';
import type { PartOrigin, PartSource } from './part-source.js';
import { errorDetail, errorMessage } from '../core/error-detail.js';
import { RememberedLoad, RememberedLoads } from '../core/remembered-load.js';

/** Most ids answered from their names shards; a longer list costs about as much as the whole index. */
const MAX_SHARD_IDS = 5000;

export class ProgressiveIndex {
  private readonly skeletonLoad = new RememberedLoad<SynsetQueries>();
  /** Set once the skeleton is built: queries then answer without waiting. */
  private built: SynsetQueries | undefined;
  /**
   * The shards names are read from while the skeleton is not built: the build's small label shards
   * (`labelNames`: a label costs a few KB) when it has them, else the index's names shards.
   */
  private readonly labelShards: readonly ShardEntry[];
  private readonly nameShards = new RememberedLoads<number, NameShard>();
  /** {@link labelShards} by number once they have arrived. */
  private readonly loadedNameShards = new Map<number, NameShard>();
  private readonly glossShards = new RememberedLoads<number, string[]>();
  /** Gloss lines of the shards loaded so far, by shard. */
  private readonly glossLines: (string[] | undefined)[] = [];
  private readonly allGlossLoad = new RememberedLoad<void>();
  private readonly searchTablesKey: string;
  /** The cached search tables, given to the queries when read: searches wait for it, the tree does not. */
  private readonly searchTablesRead = new RememberedLoad<void>();
  private readonly glossWordsKey: string;
  /** The cached gloss word index, given to the queries when read: whether there was a good copy. */
  private readonly glossWordsRead = new RememberedLoad<boolean>();
  private readonly treeTablesKey: string;
  /** Whether the store holds this build's tree tables: the skeleton was built with them, or they were kept since. */
  private treeTablesStored = false;
  private readonly versionsLoad = new RememberedLoad<void>();
  /** The label languages' shards, fetched by need. */
  readonly languageParts: LanguageParts;
  /** The label languages' catalog given to the queries, once: every query in a language waits for it. */
  private readonly languageCatalogGiven = new RememberedLoad<void>();

  constructor(
    private readonly manifest: PartsManifest,
    private readonly source: PartSource,
    private readonly store: IndexStore | undefined,
    /** The label spaces' lists, loaded when a query names one. */
    readonly labelSpaces: LabelSpacesLoader,
    /** Comparisons and groupings, for the explorer's views. */
    readonly views: HierarchyViews,
    private readonly onProgress: (progress: LoadProgress) => void = () => {},
  ) {
    this.searchTablesKey = ProgressiveIndex.searchTablesKey(manifest);
    this.glossWordsKey = ProgressiveIndex.glossWordsKey(manifest);
    this.treeTablesKey = ProgressiveIndex.treeTablesKey(manifest);
    this.labelShards = labelShardsOf(manifest);
    this.languageParts = new LanguageParts(manifest, source);
  }

  /**
   * The skeleton with a language's words given to its queries (every shard of the language):
   * what search in that language needs. English, or a code this build has not, loads nothing
   * (the query then answers in English, or refuses the code).
   */
  async withLanguage(code: string | undefined): Promise<SynsetQueries> {
    const queries = await this.skeleton();
    const entry = await this.languageParts.entry(code);
    if (!entry) return queries;
    // The catalog is given once, when a language is first asked for (giving it again would drop
    // the words given), and every query waits for it: a second keystroke's search, which came
    // while the first one's was being given, found no language at all.
    await this.languageCatalogGiven.get(async () => queries.useLanguageCatalog(await this.languageParts.catalog()));
    if (queries.languages.has(entry.info.code)) return queries;
    const text = await this.languageParts.whole(entry);
    if (!queries.languages.has(entry.info.code)) queries.languages.provide(entry.info.code, { text });
    return queries;
  }

  /** The key the search tables derived from this manifest's names are cached under. */
  static searchTablesKey(manifest: PartsManifest): string {
    return `search-tables:${manifest.names.map((shard) => shard.file.slice(0, -'.bin.gz'.length)).join(',')}`;
  }

  /**
   * The key the gloss word index derived from this manifest's glosses is cached under. Synsets
   * are numbered by the structure, so it names the structure too.
   */
  static glossWordsKey(manifest: PartsManifest): string {
    const files = [manifest.structure, ...manifest.glosses].map((part) => part.file.slice(0, -'.bin.gz'.length));
    return `gloss-words:${files.join(',')}`;
  }

  /** The key the tree tables (`tree-tables.ts`) of this manifest's structure and names are cached under. */
  static treeTablesKey(manifest: PartsManifest): string {
    const files = [manifest.structure, ...manifest.names].map((part) => part.file.slice(0, -'.bin.gz'.length));
    return `tree-tables:${files.join(',')}`;
  }

  /** The whole index: the structure and every names shard, then built. */
  skeleton(): Promise<SynsetQueries> {
    return this.skeletonLoad.get(() => this.loadSkeleton());
  }

  /** The skeleton with the label space a query's `in` option names loaded. */
  async inMembership(options: { in?: unknown } | undefined): Promise<SynsetQueries> {
    const queries = await this.skeleton();
    await this.labelSpaces.ready(queries, options?.in);
    return queries;
  }

  /** Forgets a custom list: from IndexedDB, and from the queries if they hold it, so later queries naming it are refused. */
  async removeLabelList(name: string): Promise<void> {
    await this.labelSpaces.remove(name);
    this.built?.labelSpaces.forgetList(name);
  }

  /** Names for ids: from their names shards while the skeleton is not there, else from it. */
  async names(ids: readonly string[]): Promise<NameOutcome[]> {
    // The whole index answers (or refuses) anything else: other id forms, a list too long, not a list.
    const fromShards = !this.built && Array.isArray(ids) && ids.length <= MAX_SHARD_IDS && ids.every((id) => offsetOfId(id) !== undefined);
    if (!fromShards) return (await this.skeleton()).names(ids);
    return Promise.all(
      ids.map(async (id): Promise<NameOutcome> => {
        const found = await this.nameByOffset(offsetOfId(id)!);
        return found ? { id, synset: found.name } : { id, error: `no WordNet 3.0 noun synset ${id.trim()}` };
      }),
    );
  }

  /** Definitions for ids: a names shard and a gloss shard per wnid; other forms need the skeleton. */
  async definitions(ids: readonly string[]): Promise<DefinitionOutcome[]> {
    if (!Array.isArray(ids)) throw new SynsetRequestError('expected a list of ids');
    this.prefetchGlossesOf(ids);
    const numbers = await Promise.all(
      ids.map(async (id): Promise<number | string> => {
        const offset = offsetOfId(id);
        if (offset !== undefined && !this.built) {
          const found = await this.nameByOffset(offset);
          return found ? found.number : `no WordNet 3.0 noun synset ${id.trim()}`;
        }
        const queries = await this.skeleton();
        try {
          return queries.resolve(id);
        } catch (error) {
          if (error instanceof SynsetIdError) return error.message;
          throw error;
        }
      }),
    );
    await this.loadGlossesOf(numbers.filter((n): n is number => typeof n === 'number'));
    return numbers.map((n, k): DefinitionOutcome => {
      const id = ids[k]!;
      if (typeof n === 'string') return { id, error: n };
      const { definition, examples } = splitGloss(this.glossLine(n)!);
      return { id, synset: { wnid: wnidOfOffset(this.offsetOfNumber(n)), gloss: definition, examples } satisfies SynsetDefinition };
    });
  }

  /**
   * Lookups, with the definitions from their gloss parts. A gloss part that fails to load does
   * not fail the lookup: its synsets are answered without their definitions, saying why
   * (`definitionUnavailable`), and the next lookup tries the part again.
   */
  async lookupMany(ids: readonly string[]): Promise<LookupOutcome[]> {
    // Read the wnids' gloss shards while the skeleton loads.
    this.prefetchGlossesOf(ids);
    const queries = await this.skeleton();
    const numbers: number[] = [];
    for (const id of Array.isArray(ids) ? ids : []) {
      try {
        numbers.push(queries.resolve(id));
      } catch (error) {
        if (!(error instanceof SynsetIdError)) throw error;
      }
    }
    let unavailable: string | undefined;
    try {
      await this.loadGlossesOf(numbers);
    } catch (error) {
      if (!(error instanceof BundleLoadError)) throw error;
      console.warn(`definitions could not be loaded: ${errorDetail(error)}`);
      unavailable = error.message;
    }
    return queries.eachId(ids, (i) =>
      unavailable !== undefined && this.glossLine(i) === undefined ? queries.index.details(i, unavailable) : queries.index.details(i),
    );
  }

  /** One lookup (see {@link lookupMany}); an id that does not resolve throws {@link SynsetIdError}. */
  async lookup(id: string): Promise<SynsetDetails> {
    const [outcome] = await this.lookupMany([id]);
    if (!outcome || 'error' in outcome) throw new SynsetIdError(outcome?.error ?? 'no answer');
    return outcome.synset;
  }

  /** The skeleton with every gloss loaded and its search tables and gloss word index (when cached) given: for search. */
  async withAllGlosses(): Promise<SynsetQueries> {
    const [queries] = await Promise.all([this.skeleton(), this.allGlosses(), this.cachedSearchTables(), this.cachedGlossWords()]);
    return queries;
  }

  /**
   * Reads the cached gloss word index, once, and hands it to the search: resolves to whether a
   * good copy was there. After the search tables, as the search is made with them.
   */
  private cachedGlossWords(): Promise<boolean> {
    const read = this.glossWordsRead.get(async () => {
      const [tables, queries] = await Promise.all([
        this.readCached<GlossWordTables>(this.glossWordsKey, 'gloss word index'),
        this.skeleton(),
        this.cachedSearchTables(),
      ]);
      if (!tables) return false;
      try {
        queries.searcher.useGlossWordTables(tables);
        return true;
      } catch (error) {
        console.warn(`ignoring the cached gloss word index: ${errorMessage(error)}`);
        return false;
      }
    });
    return read.catch(() => false);
  }

  /**
   * The gloss word index (search's last tier) made ready behind the first view: read from
   * IndexedDB where a visit kept it, else built a slice at a time, `pause` between slices (so
   * queries go between them), and kept for the next visit. Every later visit used to build it
   * again: about 0.4 s of the worker's time.
   */
  async warmGlossWords(pause: () => Promise<void>): Promise<void> {
    const queries = await this.withAllGlosses();
    if (await this.cachedGlossWords()) return;
    while (!queries.searcher.warmGlossIndexStep()) await pause();
    const tables = queries.searcher.glossWordTables;
    if (tables) await this.keepDerived(this.glossWordsKey, tables, 'gloss word index');
  }

  /**
   * Keeps the index's tree tables for the next visit, unless this one was built with them: behind
   * the first view (the preload's), as finding them is what a later visit saves.
   */
  async keepTreeTables(): Promise<void> {
    const queries = await this.skeleton();
    if (this.treeTablesStored) return;
    this.treeTablesStored = await this.keepDerived(this.treeTablesKey, treeTablesOf(queries.index), 'tree tables');
  }

  /** Reads the cached search tables, once, and hands them to the queries. */
  private cachedSearchTables(): Promise<void> {
    const read = this.searchTablesRead.get(async () => {
      const [tables, queries] = await Promise.all([this.readCached<SearchTables>(this.searchTablesKey, 'search tables'), this.skeleton()]);
      if (tables) queries.useSearchTables(tables);
    });
    // A failure here is the skeleton's, which the query waiting on it meets: searching goes on without cached tables.
    return read.catch(() => {});
  }

  /** Loads every gloss shard (in the background of a first visit, for search and offline use). */
  allGlosses(): Promise<void> {
    return this.allGlossLoad.get(async () => {
      const all = await this.source.getAll(this.manifest.glosses, undefined, 'background');
      all.forEach((bytes, k) => this.setGlossShard(k, bytes));
    });
  }

  /**
   * Builds the search tables now (or reads them from IndexedDB, where a first visit keeps
   * them), so the first keystroke does not pay for them. Called once nothing waits on the worker.
   */
  async warmSearch(): Promise<void> {
    await this.cachedSearchTables();
    const queries = await this.skeleton();
    const tablesWere = queries.hasSearchTables;
    const tables = queries.searcher.tables;
    if (!tablesWere && this.store) {
      const digest = await digestFields(tables);
      await this.store.writeDerived({ key: this.searchTablesKey, value: tables, digest });
    }
  }

  private async loadSkeleton(): Promise<SynsetQueries> {
    const { manifest } = this;
    const parts = treeParts(manifest);
    const total = parts.reduce((sum, part) => sum + part.gzipBytes, 0);
    let done = 0;
    let origin: PartOrigin = 'indexeddb';
    // Read beside the parts (a database made at this opening answers at once).
    const kept = this.readCached<unknown>(this.treeTablesKey, 'tree tables');
    const onLoaded = (part: PartEntry, from: PartOrigin) => {
      done += part.gzipBytes;
      if (from === 'network') origin = 'network';
      this.onProgress({ phase: origin === 'network' ? 'fetch' : 'read', loaded: done, total });
    };
    const bytes = await (manifest.tree ? this.source.getAllJoined(manifest.tree, parts, onLoaded) : this.source.getAll(parts, onLoaded));
    const tables = await kept;
    performance.mark('synset-parts-read');
    this.onProgress({ phase: 'build', loaded: 0, total: 0 });
    let queries: SynsetQueries;
    try {
      const structure = decodeStructure(bytes[0]!, manifest.nouns);
      const names = manifest.names.map((_, k) => decodeNameShard(bytes[k + 1]!, shardSize(manifest.names, k, manifest.nouns)));
      const bundle = joinParts(
        structure,
        names,
        {
          glossLine: (i) => this.glossLine(i),
          glossText: () => {
            if (this.glossLines.length < manifest.glosses.length || this.glossLines.some((lines) => !lines)) {
              throw new Error('the synset glosses are not loaded yet');
            }
            return this.glossLines.map((lines) => lines!.join('\n')).join('\n') + '\n';
          },
        },
        tables,
      );
      this.treeTablesStored = bundle.childLists !== undefined;
      queries = new SynsetQueries(new SynsetIndex(bundle));
      queries.useLabelCatalog(this.labelSpaces.catalog);
      // Fetched when an id first needs it (see `answerWithVersionMap`); a build without it refuses those ids.
      queries.useWordNetVersions(new WordNetVersionSource({ fetched: manifest.versions !== undefined }));
    } catch (error) {
      throw new BundleLoadError(`${LOAD_FAILURE_OPENINGS.damaged}: it could not be read: ${errorMessage(error)}`);
    }
    performance.mark('synset-index-built');
    this.built = queries;
    return queries;
  }

  /**
   * Fetches the WordNet version map's part (once) and gives it to the queries. When it cannot be
   * had they refuse the ids that need it, saying why, until {@link clearVersionFailure}; resolves
   * to whether it failed.
   */
  async loadWordNetVersions(): Promise<boolean> {
    const queries = await this.skeleton();
    const part = this.manifest.versions;
    if (!part || queries.wordNetVersions.loaded) return false;
    try {
      await this.versionsLoad.get(async () => {
        const bytes = await this.source.get(part);
        queries.wordNetVersions.provide(WordNetVersions.parse(new TextDecoder().decode(bytes), queries.index));
      });
      return false;
    } catch (error) {
      // The remembered load forgets a failed one: the next id that needs the map fetches it again.
      console.warn(`the WordNet version map could not be loaded: ${errorDetail(error)}`);
      queries.wordNetVersions.fail(errorMessage(error));
      return true;
    }
  }

  /** Lets the next id that needs the version map fetch it again. */
  clearVersionFailure(): void {
    this.built?.wordNetVersions.clearFailure();
  }

  /**
   * Keeps `value` under `key` with its digest, for {@link readCached}; resolves to whether it
   * was kept. A failure is a warning (`what` names the record): this visit has what it derived,
   * and only the next one works it out again.
   */
  private async keepDerived(key: string, value: object, what: string): Promise<boolean> {
    if (!this.store) return false;
    try {
      await this.store.writeDerived({ key, value, digest: await digestFields(value) });
      return true;
    } catch (error) {
      console.warn(`could not keep the ${what}: ${errorMessage(error)}`);
      return false;
    }
  }

  /** A derived record kept under `key` (`what` names it in a warning), if a copy that matches its digest is stored. */
  private async readCached<T>(key: string, what: string): Promise<T | undefined> {
    if (!this.store) return undefined;
    try {
      const record = await this.store.readDerived(key);
      if (!record) return undefined;
      if ((await digestFields(record.value as object)) !== record.digest) throw new Error('it does not match its digest');
      return record.value as T;
    } catch (error) {
      console.warn(`ignoring the cached ${what}: ${errorMessage(error)}`);
      return undefined;
    }
  }

  private nameShard(k: number): Promise<NameShard> {
    return this.nameShards.get(k, async () => {
      const bytes = await this.source.get(this.labelShards[k]!);
      const decoded = decodeNameShard(bytes, shardSize(this.labelShards, k, this.manifest.nouns));
      this.loadedNameShards.set(k, decoded);
      return decoded;
    });
  }

  /** A synset's name and number from its names shard, or undefined when no synset has the offset. */
  private async nameByOffset(offset: number): Promise<{ name: SynsetName; number: number } | undefined> {
    const k = shardOfOffset(this.labelShards, offset);
    const shard = await this.nameShard(k);
    const found = firstLemmaInShard(shard, offset);
    if (!found) return undefined;
    return { name: synsetName(wnidOfOffset(offset), found.lemma, found.sense), number: this.labelShards[k]!.start + found.position };
  }

  private offsetOfNumber(i: number): number {
    if (this.built) return this.built.index.bundle.offsets[i]!;
    const k = shardOfNumber(this.labelShards, i);
    // Only reached for numbers found through their names shard, which is therefore loaded.
    const shard = this.loadedNameShards.get(k);
    if (!shard) throw new Error(`names shard ${k} is not loaded`);
    return shard.offsets[i - this.labelShards[k]!.start]!;
  }

  /** Starts reading the gloss shards of the wnids among ids: a wnid's shard is known from its offset. */
  private prefetchGlossesOf(ids: readonly string[]): void {
    if (!Array.isArray(ids)) return;
    for (const id of ids.slice(0, 100)) {
      const offset = offsetOfId(id);
      if (offset !== undefined) this.glossShard(shardOfOffset(this.manifest.glosses, offset)).catch(() => {});
    }
  }

  private async loadGlossesOf(numbers: readonly number[]): Promise<void> {
    const shards = new Set(numbers.map((i) => shardOfNumber(this.manifest.glosses, i)));
    await Promise.all([...shards].map((k) => this.glossShard(k)));
  }

  private glossShard(k: number): Promise<string[]> {
    return this.glossShards.get(k, async () => this.setGlossShard(k, await this.source.get(this.manifest.glosses[k]!)));
  }

  private setGlossShard(k: number, bytes: Uint8Array): string[] {
    const lines = (this.glossLines[k] ??= decodeGlossShard(bytes, shardSize(this.manifest.glosses, k, this.manifest.nouns)));
    if (!this.glossShards.peek(k)) this.glossShards.keep(k, Promise.resolve(lines));
    return lines;
  }

  private glossLine(i: number): string | undefined {
    const k = shardOfNumber(this.manifest.glosses, i);
    return this.glossLines[k]?.[i - this.manifest.glosses[k]!.start];
  }
}

/** The build's label shards, or its names shards when it has none (an older build) or they are damaged. */
export function labelShardsOf(manifest: PartsManifest): readonly ShardEntry[] {
  if (!manifest.labelNames) return manifest.names;
  try {
    return expandShards(manifest.labelNames);
  } catch (error) {
    console.warn(`reading names from the index's shards: ${errorMessage(error)}`);
    return manifest.names;
  }
}

/** The offset of a wnid or WordNet's `02084071-n`, spaces around it allowed: the forms a names shard can answer alone. */
function offsetOfId(id: unknown): number | undefined {
  return typeof id === 'string' ? nounOffsetOf(id.trim()) : undefined;
}
