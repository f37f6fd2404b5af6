/**
 * The one typed boundary between the page and the index worker. The worker exposes an object
 * that `satisfies SynsetApi`; `src/client.ts` wraps the worker as one. Only structured-cloneable
 * data crosses: strings, plain objects, typed arrays.
 */
import type { Membership } from './membership.js';
import type {
  ChildPage,
  ChildPageOptions,
  IdOutcome,
  LookupOutcome,
  MembershipOption,
  NameOutcome,
  SubtreeLayout,
  SynsetQueries,
  SynsetStats,
} from './queries.js';
import type { SearchHit, SearchOptions } from './search.js';
import type { SynsetDetails, SynsetName, SynsetRow } from './synset-index.js';

export type {
  ChildPage,
  ChildPageOptions,
  IdOutcome,
  LookupOutcome,
  Membership,
  MembershipOption,
  NameOutcome,
  SearchHit,
  SearchOptions,
  SubtreeLayout,
  SynsetDetails,
  SynsetName,
  SynsetRow,
  SynsetStats,
};

/**
 * Where the index came from when it became queryable: `network` (fetched, and being kept in
 * IndexedDB), `indexeddb` (a later visit), or `memory` (fetched, but IndexedDB cannot be used:
 * the next visit fetches again; `IndexReady.storageWarning` says why).
 */
export type IndexSource = 'network' | 'indexeddb' | 'memory';

/**
 * Progress of a load, for a progress bar. A first visit goes `fetch` (the download is
 * un-gzipped as it streams; `decompress` only reports what is left after its last byte),
 * `build`, and after the index is ready `store`; a later visit goes `read`.
 */
export interface LoadProgress {
  phase: 'fetch' | 'decompress' | 'build' | 'store' | 'read';
  /** Bytes done and expected in this phase (expected 0 when unknown). */
  loaded: number;
  total: number;
}

export interface OpenOptions {
  /** URL of the gzipped data bundle; defaults to the one built with the app. */
  dataUrl?: string;
  /** Content hash the bundle must have; defaults to the built manifest's. */
  dataHash?: string;
  /** IndexedDB database name (tests give each their own). */
  dbName?: string;
  /**
   * How long to wait, once another tab holding an older version of the database keeps it
   * (`blocked`), before giving up on the cache and serving from memory. Default 1,000 ms.
   */
  blockedTimeoutMs?: number;
  /** Test-only: failures the worker injects into its own scope before loading. Never set in the app. */
  faults?: LoadFaults;
}

/**
 * Test-only fault injection. Each fault replaces a real browser API in the worker's scope, so
 * the loader meets the same errors a real browser gives; nothing else in the code knows of it.
 */
export interface LoadFaults {
  /** `missing`: the worker scope has no `indexedDB`; `open-throws`: `indexedDB.open` throws. */
  indexedDB?: 'missing' | 'open-throws';
  /** Every IndexedDB `put` throws `QuotaExceededError`. */
  quotaExceeded?: boolean;
  /** Open this database version instead of the current one: plays a newer build of the app. */
  schemaVersion?: number;
  /**
   * The worker's first `count` bundle fetches fail: `network` rejects as a dropped connection
   * does; `truncated` ends the body halfway.
   */
  fetchFailures?: { kind: 'network' | 'truncated'; count: number };
}

export interface IndexReady {
  source: IndexSource;
  /** Milliseconds the worker spent from `open` to queryable. */
  ms: number;
  /** Set when the index could not be kept in IndexedDB: why, in a sentence. */
  storageWarning?: string;
}

/** How keeping a freshly fetched index in IndexedDB ended (it happens after the index is ready). */
export interface PersistOutcome {
  /** The database holds this bundle's index: the next visit reads it instead of fetching. */
  stored: boolean;
  /** Why not, in a sentence, when it does not. */
  storageWarning?: string;
}

type Promised<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never };

/** The queries of {@link SynsetQueries}, asynchronous. */
export type SynsetQueryApi = Promised<
  Pick<
    SynsetQueries,
    | 'stats'
    | 'lookup'
    | 'lookupMany'
    | 'names'
    | 'search'
    | 'timeSearches'
    | 'ancestors'
    | 'descendants'
    | 'descendantOffsets'
    | 'isA'
    | 'lca'
    | 'row'
    | 'children'
    | 'parents'
    | 'subtree'
  >
>;

export interface SynsetApi extends SynsetQueryApi {
  /**
   * Loads the index (IndexedDB first, the network when it has no copy of this bundle) and
   * resolves when it is queryable. Idempotent: later calls resolve with the first result, and
   * after a failure (rejected with a `BundleLoadError` saying what went wrong) the next call
   * tries again. `onProgress` must be wrapped with `comlink.proxy`.
   */
  open(options?: OpenOptions, onProgress?: (progress: LoadProgress) => void): Promise<IndexReady>;
  /**
   * Resolves when the worker is done keeping the index in IndexedDB: at once after a load from
   * IndexedDB, after the write (or its failure) after a load from the network.
   */
  persisted(): Promise<PersistOutcome>;
  /** URLs the worker has fetched (its resource timing): lets tests see a warm start fetch no data. */
  fetchedUrls(): Promise<string[]>;
}
