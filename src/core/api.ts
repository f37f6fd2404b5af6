/**
 * The one typed boundary between the page and the index worker. The worker exposes an object
 * that `satisfies SynsetApi`; `src/client.ts` wraps the worker as one. Only structured-cloneable
 * data crosses: strings, plain objects, typed arrays.
 */
import type { Membership } from './membership.js';
import type {
  ChildPage,
  ChildPageOptions,
  LookupOutcome,
  MembershipOption,
  SubtreeLayout,
  SynsetQueries,
  SynsetStats,
} from './queries.js';
import type { SearchHit, SearchOptions } from './search.js';
import type { SynsetDetails, SynsetRow } from './synset-index.js';

export type { ChildPage, ChildPageOptions, LookupOutcome, Membership, MembershipOption, SearchHit, SearchOptions, SubtreeLayout, SynsetDetails, SynsetRow, SynsetStats };

/** Where the index came from when it became queryable. */
export type IndexSource = 'network' | 'indexeddb' | 'memory';

/** Progress of the first visit's load, for a progress bar. */
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
}

export interface IndexReady {
  source: IndexSource;
  /** Milliseconds the worker spent from `open` to queryable. */
  ms: number;
  /** Set when the index could not be kept in IndexedDB: why, in a sentence. */
  storageWarning?: string;
}

type Promised<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never };

/** The queries of {@link SynsetQueries}, asynchronous. */
export type SynsetQueryApi = Promised<Pick<SynsetQueries, 'stats' | 'lookup' | 'lookupMany' | 'search' | 'ancestors' | 'descendants' | 'descendantOffsets' | 'isA' | 'lca' | 'row' | 'children' | 'parents' | 'subtree'>>;

export interface SynsetApi extends SynsetQueryApi {
  /**
   * Loads the index (IndexedDB first, the network when it has no copy of this bundle) and
   * resolves when it is queryable. Idempotent: later calls resolve with the first result.
   * `onProgress` must be wrapped with `comlink.proxy`.
   */
  open(options?: OpenOptions, onProgress?: (progress: LoadProgress) => void): Promise<IndexReady>;
}

