/**
 * Gets the index into the worker: from IndexedDB when it holds this bundle's index, otherwise
 * from the network, then keeps it in IndexedDB for the next visit. Whatever storage does, the
 * page gets a working index; only a bundle that cannot be downloaded or is not the expected
 * one fails `open`, and the next `open` tries again.
 */
import manifest from '../data/generated/manifest.json';
import type { IndexReady, LoadFaults, LoadProgress, OpenOptions, PersistOutcome } from '../src/core/api.js';
import { decodeBundle } from '../src/core/bundle-format.js';
import { SynsetQueries } from '../src/core/queries.js';
import type { SearchTables } from '../src/core/search.js';
import { SynsetIndex } from '../src/core/synset-index.js';
import { BundleLoadError, downloadBundle } from './bundle-download.js';
import { digestSearchTables, sha256Hex } from './content-digest.js';
import { failingFetch } from './fetch-faults.js';
import { DEFAULT_DB_NAME, IndexStore, injectStorageFaults, type StoredIndex } from './index-store.js';

/** The bundle built with the app; Vite serves it in development and emits it in a build. */
const DEFAULT_DATA_URL = new URL('../data/generated/synsets.bin.gz', import.meta.url).href;
const DEFAULT_BLOCKED_TIMEOUT_MS = 1000;

type ProgressListener = (progress: LoadProgress) => void;

interface LoadedIndex {
  queries: SynsetQueries;
  ready: IndexReady;
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

  /** The queries once the index is open; waits for a load under way. */
  async queries(): Promise<SynsetQueries> {
    if (!this.loading) throw new Error('the synset index is not open: call open() first');
    return (await this.loading).queries;
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
      const cached = store && !download && (await readCache(store, settings.dataHash, onProgress));
      if (cached) {
        store!.close();
        this.persisting = Promise.resolve({ stored: true });
        warmSearch(cached);
        return { queries: cached, ready: { source: 'indexeddb', ms: performance.now() - started } };
      }
      const bytes = await startDownload();
      onProgress({ phase: 'build', loaded: 0, total: 0 });
      const queries = await buildChecked(bytes, settings.dataHash).catch((error: unknown) => {
        throw new BundleLoadError(`the synset data from ${settings.dataUrl} ${describe(error)}`);
      });
      const ms = performance.now() - started;
      if (store) {
        this.persisting = persist(store, { hash: settings.dataHash, bytes, queries, onProgress });
        warmSearch(queries);
        return { queries, ready: { source: 'network', ms } };
      }
      this.persisting = Promise.resolve({ stored: false, storageWarning: storageWarning! });
      warmSearch(queries);
      return { queries, ready: { source: 'memory', ms, storageWarning: storageWarning! } };
    } catch (error) {
      store?.close();
      throw error;
    }
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
 * it is deleted, and the caller fetches and stores a good one).
 */
async function readCache(store: IndexStore, hash: string, onProgress: ProgressListener): Promise<SynsetQueries | undefined> {
  onProgress({ phase: 'read', loaded: 0, total: 0 });
  let record: StoredIndex | undefined;
  try {
    record = await store.read(hash);
  } catch (error) {
    console.warn(`could not read the cached synset index: ${describe(error)}`);
    return undefined;
  }
  if (!record) return undefined;
  const size = record.bundle?.byteLength ?? 0;
  onProgress({ phase: 'read', loaded: size, total: size });
  try {
    if (!(record.bundle instanceof Uint8Array)) throw new Error('the record has no bundle bytes');
    return await buildChecked(record.bundle as Uint8Array<ArrayBuffer>, hash, record.searchTables, record.searchTablesDigest);
  } catch (error) {
    console.warn(`discarding the cached synset index for ${hash}: ${describe(error)}`);
    await store.discard(hash).catch(() => {});
    return undefined;
  }
}

/**
 * Builds the queries while SHA-256 checks the bytes (and cached tables) off this thread: a
 * check costs nothing on the critical path unless it fails, and then the result is dropped.
 */
async function buildChecked(
  bytes: Uint8Array<ArrayBuffer>,
  expectedHash: string,
  searchTables?: SearchTables,
  searchTablesDigest?: string,
): Promise<SynsetQueries> {
  const bundleHash = sha256Hex(bytes);
  const tablesDigest = searchTables ? digestSearchTables(searchTables) : Promise.resolve(undefined);
  // The checks are awaited below; until then a rejection must not count as unhandled.
  bundleHash.catch(() => {});
  tablesDigest.catch(() => {});
  let index: SynsetIndex;
  try {
    index = new SynsetIndex(decodeBundle(bytes));
  } catch (error) {
    throw new Error(`is not a valid bundle: ${describe(error)}`);
  }
  const actual = await bundleHash;
  if (actual !== expectedHash) throw new Error(`does not have the expected content (sha256 ${actual}, expected ${expectedHash})`);
  if (searchTables && (await tablesDigest) !== searchTablesDigest) throw new Error('has search tables that do not match their digest');
  return new SynsetQueries(index, searchTables);
}

interface FetchedIndex {
  hash: string;
  bytes: Uint8Array<ArrayBuffer>;
  queries: SynsetQueries;
  onProgress: ProgressListener;
}

/**
 * Keeps a fetched index for the next visit, after the page has it: building the search tables
 * (about 0.3 s) and writing (about 50 ms) would otherwise delay the first visit's ready.
 * Failures (quota, another tab upgrading the database) only cost the next visit a fetch.
 */
async function persist(store: IndexStore, fetched: FetchedIndex): Promise<PersistOutcome> {
  const { bytes, onProgress } = fetched;
  try {
    // Queries queued while the index was building go first.
    await nextTask();
    const searchTables = fetched.queries.searcher.tables;
    onProgress({ phase: 'store', loaded: 0, total: bytes.byteLength });
    const searchTablesDigest = await digestSearchTables(searchTables);
    await store.replaceAll({ hash: fetched.hash, bundle: bytes, searchTables, searchTablesDigest, storedAt: Date.now() });
    onProgress({ phase: 'store', loaded: bytes.byteLength, total: bytes.byteLength });
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
 * Builds the search engine in the next task, and its gloss-word index in the one after, so
 * that no keystroke pays for them (the gloss index takes about 0.3 s; queued queries go first).
 */
function warmSearch(queries: SynsetQueries): void {
  nextTask()
    .then(() => queries.searcher)
    .then(nextTask)
    .then(() => queries.searcher.warmGlossIndex())
    .catch((error: unknown) => console.warn(`could not prepare search: ${describe(error)}`));
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
