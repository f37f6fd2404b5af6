/**
 * Gets the index into the worker: from IndexedDB when it holds this bundle's index, otherwise
 * from the network, then keeps it in IndexedDB for the next visit. Whatever storage does, the
 * page gets a working index; only a bundle that cannot be downloaded or is not the expected
 * one fails `open`, and the next `open` tries again.
 *
 * An index from IndexedDB is ready before its glosses: they are two thirds of the bytes and
 * no part of start-up, so they are read just after. Lookups and searches wait for them
 * (`queries({ glosses: true })`); the tree's queries answer at once.
 */
import manifest from '../data/generated/manifest.json';
import type { IndexReady, LoadFaults, LoadProgress, OpenOptions, PersistOutcome } from '../src/core/api.js';
import { decodeBundleParts, joinBundle, type BundleArrays, type BundleParts } from '../src/core/bundle-format.js';
import { SynsetQueries } from '../src/core/queries.js';
import { SynsetIndex } from '../src/core/synset-index.js';
import { BundleLoadError, downloadBundle } from './bundle-download.js';
import { digestFields, sha256Hex } from './content-digest.js';
import { failingFetch } from './fetch-faults.js';
import { DEFAULT_DB_NAME, IndexStore, injectStorageFaults, type StoredArrays, type StoredIndex } from './index-store.js';

/** The bundle built with the app; Vite serves it in development and emits it in a build. */
const DEFAULT_DATA_URL = new URL('../data/generated/synsets.bin.gz', import.meta.url).href;
const DEFAULT_BLOCKED_TIMEOUT_MS = 1000;

type ProgressListener = (progress: LoadProgress) => void;

interface LoadedIndex {
  queries: SynsetQueries;
  ready: IndexReady;
  /** Resolves when `queries` can read glosses: at once, unless the index came from IndexedDB. */
  glosses: () => Promise<void>;
}

/** What one load needs, with every default filled in. */
interface LoadSettings {
  dataUrl: string;
  dataHash: string;
  dbName: string;
  blockedTimeoutMs: number;
  schemaVersion: number | undefined;
  /** The manifest's sizes, when the URL is the built bundle's (0: unknown). */
  expectedBytes: number;
  expectedTransferBytes: number;
}

export class IndexLoader {
  private loading: Promise<LoadedIndex> | undefined;
  private persisting: Promise<PersistOutcome> | undefined;
  private fetch: typeof fetch = (input, init) => fetch(input, init);
  private faultsInjected = false;
  /** Set when a cached index's glosses had to be downloaded: the cache being written afresh. */
  private glossRepair: Promise<PersistOutcome> | undefined;

  constructor(private readonly scope: typeof globalThis = globalThis) {}

  /** See {@link SynsetApi.open}: one load per worker, tried again only after a failure. */
  open(options: OpenOptions = {}, onProgress: ProgressListener = () => {}): Promise<IndexReady> {
    if (!this.loading) {
      const loading = this.load(options, onProgress);
      this.loading = loading;
      loading.catch(() => {
        if (this.loading === loading) this.loading = undefined;
      });
    }
    return this.loading.then((loaded) => loaded.ready);
  }

  /** The queries once the index is open (and, when asked, its glosses); waits for a load under way. */
  async queries(needs: { glosses?: boolean } = {}): Promise<SynsetQueries> {
    if (!this.loading) throw new Error('the synset index is not open: call open() first');
    const loaded = await this.loading;
    if (needs.glosses) await loaded.glosses();
    return loaded.queries;
  }

  /** See {@link SynsetApi.persisted}. */
  async persisted(): Promise<PersistOutcome> {
    if (!this.loading) throw new Error('the synset index is not open: call open() first');
    await this.loading;
    return this.persisting!;
  }

  private async load(options: OpenOptions, onProgress: ProgressListener): Promise<LoadedIndex> {
    const started = performance.now();
    if (options.faults) this.injectFaults(options.faults);
    const settings = settingsFor(options);
    let download: Promise<Uint8Array<ArrayBuffer>> | undefined;
    const startDownload = () => (download ??= downloadBundle(settings.dataUrl, { ...settings, onProgress, fetch: this.fetch }));
    let store: IndexStore | undefined;
    let storageWarning: string | undefined;
    performance.mark('synset-load-start');
    try {
      store = await IndexStore.open(settings.dbName, {
        version: settings.schemaVersion,
        blockedTimeoutMs: settings.blockedTimeoutMs,
        // A new database holds nothing: start fetching while it is being created.
        onCreate: () => startDownload().catch(() => {}),
      });
    } catch (error) {
      storageWarning = `the synset index is kept in memory only, and fetched again next visit: ${describe(error)}`;
      console.warn(storageWarning);
    }
    try {
      const lateGlosses: LateGlosses = new LateGlosses(() => this.cachedGlosses(store!, settings, cached!, onProgress));
      const cached: SynsetQueries | undefined =
        store && !download ? await readCache(store, settings.dataHash, onProgress, lateGlosses.read) : undefined;
      if (cached) {
        // The first read starts now; whether it finds the glosses is whether the cache is whole.
        this.persisting = lateGlosses.load().then(
          () => this.glossRepair ?? { stored: true },
          (error: unknown) => ({ stored: false, storageWarning: `the synset glosses could not be loaded: ${describe(error)}` }),
        );
        const glosses = () => lateGlosses.load();
        warmSearch(cached, glosses);
        return { queries: cached, glosses, ready: { source: 'indexeddb', ms: performance.now() - started } };
      }
      const bytes = await startDownload();
      performance.mark('synset-downloaded');
      onProgress({ phase: 'build', loaded: 0, total: 0 });
      const { queries, parts } = await buildChecked(bytes, settings.dataHash).catch((error: unknown) => {
        throw new BundleLoadError(`the synset data from ${settings.dataUrl} ${describe(error)}`);
      });
      const ms = performance.now() - started;
      const glosses = () => Promise.resolve();
      warmSearch(queries, glosses);
      if (store) {
        this.persisting = persist(store, { hash: settings.dataHash, parts, queries, onProgress });
        return { queries, glosses, ready: { source: 'network', ms } };
      }
      this.persisting = Promise.resolve({ stored: false, storageWarning: storageWarning! });
      return { queries, glosses, ready: { source: 'memory', ms, storageWarning: storageWarning! } };
    } catch (error) {
      store?.close();
      throw error;
    }
  }

  /**
   * The glosses of an index read from IndexedDB. When their record is missing or damaged, the
   * bundle is downloaded again for them and the whole cache rewritten (`glossRepair`).
   */
  private async cachedGlosses(
    store: IndexStore,
    settings: LoadSettings,
    queries: SynsetQueries,
    onProgress: ProgressListener,
  ): Promise<Uint8Array> {
    const hash = settings.dataHash;
    try {
      const stored = await store.readGlosses(hash);
      if (!stored) throw new Error('are missing');
      if (!(stored.bytes instanceof Uint8Array) || (await sha256Hex(stored.bytes as Uint8Array<ArrayBuffer>)) !== stored.digest) {
        throw new Error('do not match their digest');
      }
      store.close();
      return stored.bytes;
    } catch (error) {
      console.warn(`the cached synset glosses ${describe(error)}: downloading the bundle for them`);
      await store.discard(hash).catch(() => {});
    }
    const bytes = await downloadBundle(settings.dataUrl, { ...settings, onProgress, fetch: this.fetch });
    const actual = await sha256Hex(bytes);
    if (actual !== hash) throw new BundleLoadError(`the synset data from ${settings.dataUrl} is not the expected build (sha256 ${actual})`);
    const parts = decodeBundleParts(bytes);
    this.glossRepair = persist(store, { hash, parts, queries, onProgress });
    return parts.glossBytes;
  }

  /** Faults replace browser APIs in this worker's scope, once: a retry meets the same scope. */
  private injectFaults(faults: LoadFaults): void {
    if (this.faultsInjected) return;
    this.faultsInjected = true;
    injectStorageFaults(this.scope, faults);
    if (faults.fetchFailures) this.fetch = failingFetch(this.fetch, faults.fetchFailures);
  }
}

function settingsFor(options: OpenOptions): LoadSettings {
  const dataUrl = options.dataUrl ?? DEFAULT_DATA_URL;
  const isBuiltBundle = dataUrl === DEFAULT_DATA_URL;
  return {
    dataUrl,
    dataHash: options.dataHash ?? manifest.hash,
    dbName: options.dbName ?? DEFAULT_DB_NAME,
    blockedTimeoutMs: options.blockedTimeoutMs ?? DEFAULT_BLOCKED_TIMEOUT_MS,
    schemaVersion: options.faults?.schemaVersion,
    expectedBytes: isBuiltBundle ? manifest.bytes : 0,
    expectedTransferBytes: isBuiltBundle ? manifest.gzipBytes : 0,
  };
}

/**
 * The cached index for this hash, or undefined when there is none or it fails its checks (then
 * it is deleted, and the caller fetches and stores a good one). Its glosses come from
 * `glossText`, which has them only once they are read.
 */
async function readCache(
  store: IndexStore,
  hash: string,
  onProgress: ProgressListener,
  glossText: () => string,
): Promise<SynsetQueries | undefined> {
  onProgress({ phase: 'read', loaded: 0, total: 0 });
  let record: StoredIndex | undefined;
  try {
    record = await store.read(hash);
  } catch (error) {
    console.warn(`could not read the cached synset index: ${describe(error)}`);
    return undefined;
  }
  if (!record) return undefined;
  performance.mark('synset-cache-read');
  const size = byteSize(record.arrays, record.searchTables);
  onProgress({ phase: 'read', loaded: size, total: size });
  // The digest runs off this thread while the index is built; a rejection is awaited below.
  const digest = digestFields(record.arrays, record.searchTables);
  digest.catch(() => {});
  try {
    const queries = new SynsetQueries(new SynsetIndex(joinBundle(fromStored(record.arrays), glossText)), record.searchTables);
    performance.mark('synset-index-built');
    if ((await digest) !== record.digest) throw new Error('its contents do not match their digest');
    return queries;
  } catch (error) {
    console.warn(`discarding the cached synset index for ${hash}: ${describe(error)}`);
    await store.discard(hash).catch(() => {});
    return undefined;
  }
}

/**
 * Builds the queries from a downloaded bundle while SHA-256 checks it off this thread: the
 * check costs nothing on the critical path unless it fails, and then the result is dropped.
 */
async function buildChecked(bytes: Uint8Array<ArrayBuffer>, expectedHash: string): Promise<{ queries: SynsetQueries; parts: BundleParts }> {
  const bundleHash = sha256Hex(bytes);
  bundleHash.catch(() => {});
  let parts: BundleParts;
  let queries: SynsetQueries;
  try {
    parts = decodeBundleParts(bytes);
    const { arrays, glossBytes } = parts;
    queries = new SynsetQueries(new SynsetIndex(joinBundle(arrays, () => new TextDecoder().decode(glossBytes))));
    performance.mark('synset-index-built');
  } catch (error) {
    throw new Error(`is not a valid bundle: ${describe(error)}`);
  }
  const actual = await bundleHash;
  if (actual !== expectedHash) throw new Error(`does not have the expected content (sha256 ${actual}, expected ${expectedHash})`);
  return { queries, parts };
}

/**
 * The glosses of an index read from IndexedDB, which arrive after it is ready: `read` (the
 * bundle's gloss source) throws until `load` has them. A failed load is tried again on the
 * next `load`.
 */
class LateGlosses {
  private text: string | undefined;
  private loading: Promise<void> | undefined;

  constructor(private readonly fetchBytes: () => Promise<Uint8Array>) {}

  readonly read = (): string => {
    if (this.text === undefined) throw new Error('the synset glosses are not loaded yet');
    return this.text;
  };

  load(): Promise<void> {
    return (this.loading ??= this.fetchBytes().then(
      (bytes) => {
        this.text = new TextDecoder().decode(bytes);
        performance.mark('synset-glosses-read');
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    ));
  }
}

interface FetchedIndex {
  hash: string;
  parts: BundleParts;
  queries: SynsetQueries;
  onProgress: ProgressListener;
}

/**
 * Keeps a fetched index for the next visit, after the page has it: building the search tables
 * (about 0.3 s) and writing (about 50 ms) would otherwise delay the first visit's ready.
 * Failures (quota, another tab upgrading the database) only cost the next visit a fetch.
 */
async function persist(store: IndexStore, fetched: FetchedIndex): Promise<PersistOutcome> {
  const { hash, parts, onProgress } = fetched;
  try {
    // Queries queued while the index was building go first.
    await nextTask();
    const searchTables = fetched.queries.searcher.tables;
    const arrays = toStored(parts.arrays);
    const glossBytes = parts.glossBytes.slice();
    const total = byteSize(arrays, searchTables) + glossBytes.byteLength;
    onProgress({ phase: 'store', loaded: 0, total });
    const [digest, glossDigest] = await Promise.all([digestFields(arrays, searchTables), sha256Hex(glossBytes)]);
    await store.replaceAll({ hash, arrays, searchTables, digest, storedAt: Date.now() }, { hash, bytes: glossBytes, digest: glossDigest });
    onProgress({ phase: 'store', loaded: total, total });
    return { stored: true };
  } catch (error) {
    // An older bundle's index may be what fills the quota: without it the next visit can store.
    await store.discardAll().catch(() => {});
    const storageWarning = `the synset index could not be kept for the next visit: ${describe(error)}`;
    console.warn(storageWarning);
    return { stored: false, storageWarning };
  } finally {
    store.close();
  }
}

/**
 * The arrays as IndexedDB keeps them. A view is stored with its whole buffer, so the bundle's
 * byte sections get buffers of their own.
 */
function toStored({ lemmaText, ...arrays }: BundleArrays): StoredArrays {
  const copy: Record<string, unknown> = { ...arrays, lemmaUtf8: new TextEncoder().encode(lemmaText) };
  for (const [name, value] of Object.entries(copy)) {
    if (value instanceof Uint8Array && value.byteLength !== value.buffer.byteLength) copy[name] = value.slice();
  }
  return copy as StoredArrays;
}

function fromStored({ lemmaUtf8, ...arrays }: StoredArrays): BundleArrays {
  if (!(lemmaUtf8 instanceof Uint8Array)) throw new Error('the lemma text is missing');
  return { ...arrays, lemmaText: new TextDecoder().decode(lemmaUtf8) };
}

/** Bytes of the typed arrays and strings in these objects, for progress reports. */
function byteSize(...objects: readonly object[]): number {
  let size = 0;
  for (const object of objects) {
    for (const value of Object.values(object ?? {})) {
      if (ArrayBuffer.isView(value)) size += value.byteLength;
      else if (typeof value === 'string') size += value.length;
    }
  }
  return size;
}

/**
 * Builds the search engine in the next task, then its gloss-word index a slice per task, so
 * that no keystroke pays for them (the gloss index takes about 0.3 s in all; queries that
 * arrive meanwhile are answered between slices).
 * The gloss index waits for the glosses, which an index from IndexedDB reads after start-up.
 */
function warmSearch(queries: SynsetQueries, glosses: () => Promise<void>): void {
  nextTask()
    .then(() => queries.searcher)
    .then(glosses)
    .then(nextTask)
    .then(async () => {
      // A slice per task: queries that arrive during the build are answered between slices.
      while (!queries.searcher.warmGlossIndexStep()) await nextTask();
    })
    .catch((error: unknown) => console.warn(`could not prepare search: ${describe(error)}`));
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
