/**
 * Every line of IndexedDB code in the app. The database caches one index per data bundle, as
 * TWO records: the decoded arrays and search tables that start-up needs (about 6 MB), and the
 * glosses' UTF-8 (6 MB), read after the index is ready. The issue measured, in a worker in
 * this Chromium, 7.8–8.7 s to put 82k small records against 41 ms for one record of 8.8 MB of
 * typed arrays, so nothing here is stored per synset; and a read costs about 7 ms per MB, so
 * start-up reads only what it needs.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LoadFaults } from '../src/core/api.js';
import type { BundleArrays } from '../src/core/bundle-format.js';
import type { SearchTables } from '../src/core/search.js';

/**
 * The database version. Bump it whenever the stores or {@link StoredIndex} change shape: the
 * upgrade drops every older store (it is only a cache) and the next visit fetches afresh.
 */
export const INDEX_DB_VERSION = 2;

/** The database name the app uses when the page does not choose one. */
export const DEFAULT_DB_NAME = 'synset-explorer';

const STORE = 'indexes';
const GLOSS_STORE = 'glosses';

/**
 * A bundle's arrays as stored: the lemma text as UTF-8, so that its digest needs no encoding
 * on start-up's critical path.
 */
export type StoredArrays = Omit<BundleArrays, 'lemmaText'> & { lemmaUtf8: Uint8Array };

/** One cached index, keyed by its bundle's content hash. */
export interface StoredIndex {
  /** sha256 (hex) of the uncompressed bundle, as `data/generated/manifest.json` gives it. */
  hash: string;
  /** The bundle's arrays, decoded from the bytes whose sha256 is {@link hash}. */
  arrays: StoredArrays;
  /** `SynsetQueries.searcher.tables` built from them; opaque here. */
  searchTables: SearchTables;
  /** `digestFields(arrays, searchTables)`, taken when they were written. */
  digest: string;
  /** `Date.now()` at write time, for people reading the database in devtools. */
  storedAt: number;
}

/** The glosses of the cached index with the same hash. */
export interface StoredGlosses {
  hash: string;
  /** The bundle's gloss section: UTF-8, one line per synset. */
  bytes: Uint8Array;
  /** sha256 (hex) of {@link bytes}. */
  digest: string;
}

interface IndexCacheSchema extends DBSchema {
  [STORE]: { key: string; value: StoredIndex };
  [GLOSS_STORE]: { key: string; value: StoredGlosses };
}

/** IndexedDB cannot be used here; the message says why, for `IndexReady.storageWarning`. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

export interface OpenStoreOptions {
  /** Database version to open; {@link INDEX_DB_VERSION} unless a test plays a newer build. */
  version?: number;
  /** Give up this long after another connection blocks the upgrade. */
  blockedTimeoutMs: number;
  /** Called as soon as it is known the database is new (so it holds no index): a first visit. */
  onCreate?: () => void;
}

/** An open connection to the cache. Every method may reject: callers treat that as no cache. */
export class IndexStore {
  private constructor(
    private readonly db: IDBPDatabase<IndexCacheSchema>,
    private readonly state: { closedBecause?: string },
  ) {}

  /**
   * Opens (creating or upgrading) the cache. Rejects with {@link StorageUnavailableError} when
   * IndexedDB is missing, refuses, holds a newer version, or stays blocked past the timeout.
   */
  static async open(name: string, options: OpenStoreOptions): Promise<IndexStore> {
    if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('IndexedDB is not available in this browser context');
    const state: { closedBecause?: string } = {};
    let giveUp: (error: Error) => void = () => {};
    const blockedTooLong = new Promise<never>((_, reject) => (giveUp = reject));
    let blockedTimer: ReturnType<typeof setTimeout> | undefined;
    let gaveUp = false;
    let opening: Promise<IDBPDatabase<IndexCacheSchema>>;
    try {
      opening = openDB<IndexCacheSchema>(name, options.version ?? INDEX_DB_VERSION, {
        upgrade(db, oldVersion) {
          if (oldVersion === 0) options.onCreate?.();
          // A cache: whatever an older version kept is dropped, never migrated.
          for (const old of Array.from(db.objectStoreNames)) db.deleteObjectStore(old);
          db.createObjectStore(STORE, { keyPath: 'hash' });
          db.createObjectStore(GLOSS_STORE, { keyPath: 'hash' });
        },
        blocked() {
          blockedTimer ??= setTimeout(() => {
            gaveUp = true;
            giveUp(new StorageUnavailableError(`another tab keeps an older version of database '${name}' open`));
          }, options.blockedTimeoutMs);
        },
        // A newer build in another tab wants to upgrade: let it, rather than block it forever.
        blocking(_current, _blocked, event) {
          state.closedBecause ??= 'another tab upgraded the database';
          (event.target as IDBDatabase).close();
        },
        terminated() {
          state.closedBecause ??= 'the browser closed the database';
        },
      });
    } catch (error) {
      // `indexedDB.open` itself may throw (site data blocked by policy).
      throw new StorageUnavailableError(`IndexedDB refused to open: ${describe(error)}`);
    }
    // After a blocked timeout the request stays pending; when it finally succeeds, let go.
    opening.then(
      (db) => (gaveUp ? db.close() : clearTimeout(blockedTimer)),
      () => clearTimeout(blockedTimer),
    );
    let db: IDBPDatabase<IndexCacheSchema>;
    try {
      db = await Promise.race([opening, blockedTooLong]);
    } catch (error) {
      if (error instanceof StorageUnavailableError) throw error;
      // VersionError: a newer build already upgraded it; the cache is theirs now.
      throw new StorageUnavailableError(`IndexedDB refused to open: ${describe(error)}`);
    }
    if (!db.objectStoreNames.contains(STORE) || !db.objectStoreNames.contains(GLOSS_STORE)) {
      db.close();
      throw new StorageUnavailableError(`database '${name}' exists but is not a synset index cache`);
    }
    return new IndexStore(db, state);
  }

  /** The index record for this bundle hash, if any. Its contents are unverified. */
  async read(hash: string): Promise<StoredIndex | undefined> {
    this.assertOpen();
    return this.db.get(STORE, hash);
  }

  /** The glosses record for this bundle hash, if any. Its contents are unverified. */
  async readGlosses(hash: string): Promise<StoredGlosses | undefined> {
    this.assertOpen();
    return this.db.get(GLOSS_STORE, hash);
  }

  /**
   * Stores this index and its glosses and deletes every other record, in one transaction:
   * caches never mix, and a failed write leaves no half of an index behind.
   */
  async replaceAll(record: StoredIndex, glosses: StoredGlosses): Promise<void> {
    this.assertOpen();
    const tx = this.db.transaction([STORE, GLOSS_STORE], 'readwrite');
    try {
      // Failures surface through tx.done (QuotaExceededError, AbortError), not these requests.
      for (const name of [STORE, GLOSS_STORE] as const)
        tx.objectStore(name)
          .clear()
          .catch(() => {});
      tx.objectStore(STORE)
        .put(record)
        .catch(() => {});
      tx.objectStore(GLOSS_STORE)
        .put(glosses)
        .catch(() => {});
    } catch (error) {
      // put throws synchronously for uncloneable values: do not let the clear commit alone.
      tx.done.catch(() => {});
      tx.abort();
      throw error;
    }
    await tx.done;
  }

  /** Deletes every record: frees the space when a write failed (quota), so the next visit can store. */
  async discardAll(): Promise<void> {
    this.assertOpen();
    const tx = this.db.transaction([STORE, GLOSS_STORE], 'readwrite');
    await Promise.all([tx.objectStore(STORE).clear(), tx.objectStore(GLOSS_STORE).clear(), tx.done]);
  }

  /** Deletes both records for this hash (one found corrupt). */
  async discard(hash: string): Promise<void> {
    this.assertOpen();
    const tx = this.db.transaction([STORE, GLOSS_STORE], 'readwrite');
    await Promise.all([tx.objectStore(STORE).delete(hash), tx.objectStore(GLOSS_STORE).delete(hash), tx.done]);
  }

  /** Every stored hash; for tests and devtools. */
  async hashes(): Promise<string[]> {
    this.assertOpen();
    return this.db.getAllKeys(STORE);
  }

  close(): void {
    this.state.closedBecause ??= 'closed';
    this.db.close();
  }

  private assertOpen(): void {
    const reason = this.state.closedBecause;
    if (reason !== undefined) throw new StorageUnavailableError(`the index cache is closed: ${reason}`);
  }
}

/**
 * Test-only: breaks IndexedDB in this scope as {@link LoadFaults} asks, by replacing the real
 * API (so `idb` and the browser produce the errors, not a stub of this module).
 */
export function injectStorageFaults(scope: typeof globalThis, faults: LoadFaults): void {
  if (faults.indexedDB === 'missing') {
    Object.defineProperty(scope, 'indexedDB', { value: undefined, configurable: true });
  } else if (faults.indexedDB === 'open-throws') {
    // What Chromium throws when site data is blocked.
    scope.IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'UnknownError');
    };
  }
  if (faults.quotaExceeded) {
    scope.IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
