/**
 * Every line of IndexedDB code in the app. The database keeps the data parts a page has loaded
 * (`src/core/data-parts.ts`), one record per part file, keyed by its content-hashed name: a
 * part is read, checked and replaced alone. Parts are few and large (a names shard is about
 * 60 KB, the structure 2.2 MB): `npm run bench:idb` measured 82k small records taking seconds to put
 * against milliseconds for a few large ones. A second store keeps what the worker derives
 * from parts at some cost (the search tables), keyed by what it was derived from.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { errorDetail } from '../core/error-detail.js';

/**
 * The database version. Bump it whenever the stores or their records change shape: the
 * upgrade drops every older store (it is only a cache) and the next visit fetches afresh.
 */
export const INDEX_DB_VERSION = 3;

/** The database name the app uses when the page does not choose one. */
export const DEFAULT_DB_NAME = 'synset-explorer';

const PARTS = 'parts';
const DERIVED = 'derived';

/** One data part, uncompressed, under its file name (which carries its content hash). */
export interface StoredPart {
  file: string;
  bytes: Uint8Array;
}

/** Something derived from parts: `key` names its inputs; `digest` checks `value` on read. */
export interface StoredDerived {
  key: string;
  value: unknown;
  digest: string;
}

interface IndexCacheSchema extends DBSchema {
  [PARTS]: { key: string; value: StoredPart };
  [DERIVED]: { key: string; value: StoredDerived };
}

/**
 * IndexedDB cannot be used here. The message says why for the console; `reason` says it for
 * people, to complete "This browser could not keep a copy of the data (…)".
 */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';

  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
  }
}

/** Why a storage error keeps the data from being kept, in words for people (see {@link StorageUnavailableError}). */
export function storageReason(error: unknown): string {
  if (error instanceof StorageUnavailableError) return error.reason;
  if ((error as { name?: unknown } | null)?.name === 'QuotaExceededError') return 'its storage for this site is full';
  return 'its storage failed';
}

/** Why the connection closed: for the console, and for people. */
interface Closing {
  detail: string;
  reason: string;
}

export interface OpenStoreOptions {
  /** Give up this long after another connection blocks the upgrade. */
  blockedTimeoutMs: number;
}

/** An open connection to the cache. Every method may reject: callers treat that as no cache. */
export class IndexStore {
  private pendingWrites: StoredPart[] = [];
  private flush: Promise<void> | undefined;

  private constructor(
    private readonly db: IDBPDatabase<IndexCacheSchema>,
    private readonly state: { closedBecause?: Closing },
  ) {}

  /**
   * Opens (creating or upgrading) the cache. Rejects with {@link StorageUnavailableError} when
   * IndexedDB is missing, refuses, holds a newer version, fails to upgrade, or stays blocked
   * past the timeout.
   */
  static async open(name: string, options: OpenStoreOptions): Promise<IndexStore> {
    if (typeof indexedDB === 'undefined') {
      throw new StorageUnavailableError('IndexedDB is not available in this browser context', 'it offers this page no storage');
    }
    const state: { closedBecause?: Closing } = {};
    let upgradeError: unknown;
    let giveUp: (error: Error) => void = () => {};
    const blockedTooLong = new Promise<never>((_, reject) => (giveUp = reject));
    let blockedTimer: ReturnType<typeof setTimeout> | undefined;
    let gaveUp = false;
    let opening: Promise<IDBPDatabase<IndexCacheSchema>>;
    try {
      opening = openDB<IndexCacheSchema>(name, INDEX_DB_VERSION, {
        upgrade(db, _oldVersion, _newVersion, transaction) {
          // An aborted upgrade rejects opening; its transaction's `done` must not go unhandled.
          transaction.done.catch(() => {});
          // Thrown here, an error would escape as the worker's uncaught error (this runs in an
          // IndexedDB event): abort the upgrade instead, so opening rejects and the data is
          // served from memory.
          try {
            // A cache: whatever an older version kept is dropped, never migrated.
            for (const old of Array.from(db.objectStoreNames)) db.deleteObjectStore(old);
            db.createObjectStore(PARTS, { keyPath: 'file' });
            db.createObjectStore(DERIVED, { keyPath: 'key' });
          } catch (error) {
            upgradeError = error;
            try {
              transaction.abort();
            } catch {
              // Already aborted: opening rejects all the same.
            }
          }
        },
        blocked() {
          blockedTimer ??= setTimeout(() => {
            gaveUp = true;
            giveUp(
              new StorageUnavailableError(
                `another tab keeps an older version of database '${name}' open`,
                'another tab has an older version of this page open',
              ),
            );
          }, options.blockedTimeoutMs);
        },
        // A newer build in another tab wants to upgrade: let it, rather than block it forever.
        blocking(_current, _blocked, event) {
          state.closedBecause ??= {
            detail: 'another tab upgraded the database',
            reason: 'a newer version of this page took over its storage',
          };
          (event.target as IDBDatabase).close();
        },
        terminated() {
          state.closedBecause ??= { detail: 'the browser closed the database', reason: 'it closed its storage' };
        },
      });
    } catch (error) {
      // `indexedDB.open` itself may throw (site data blocked by policy).
      throw new StorageUnavailableError(`IndexedDB refused to open: ${errorDetail(error)}`, 'it blocks storage for this site');
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
      if (upgradeError !== undefined) {
        throw new StorageUnavailableError(
          `IndexedDB could not upgrade database '${name}': ${errorDetail(upgradeError)}`,
          'it could not prepare its storage',
        );
      }
      // VersionError: a newer build already upgraded it; the cache is theirs now.
      const newer = (error as { name?: unknown } | null)?.name === 'VersionError';
      throw new StorageUnavailableError(
        `IndexedDB refused to open: ${errorDetail(error)}`,
        newer ? 'a newer version of this page took over its storage' : 'its storage did not open',
      );
    }
    if (!db.objectStoreNames.contains(PARTS) || !db.objectStoreNames.contains(DERIVED)) {
      db.close();
      throw new StorageUnavailableError(
        `database '${name}' exists but is not a synset index cache`,
        'its storage holds other data under the same name',
      );
    }
    return new IndexStore(db, state);
  }

  /** These parts' bytes (undefined where a part is not stored), in one transaction. Unverified. */
  async readParts(files: readonly string[]): Promise<(Uint8Array | undefined)[]> {
    this.assertOpen();
    const tx = this.db.transaction(PARTS, 'readonly');
    const records = await Promise.all([...files.map((file) => tx.store.get(file)), tx.done]);
    return records.slice(0, files.length).map((record) => (record as StoredPart | undefined)?.bytes);
  }

  /** Whether this part is stored (without reading it). */
  async hasPart(file: string): Promise<boolean> {
    this.assertOpen();
    return (await this.db.getKey(PARTS, file)) !== undefined;
  }

  /**
   * Stores parts. Writes asked for in the same task share one transaction: a page's first
   * visit stores dozens of shards as they arrive.
   */
  writePart(part: StoredPart): Promise<void> {
    this.assertOpen();
    this.pendingWrites.push(part);
    return (this.flush ??= Promise.resolve().then(() => {
      const parts = this.pendingWrites.splice(0);
      this.flush = undefined;
      return this.put(parts);
    }));
  }

  private async put(parts: StoredPart[]): Promise<void> {
    this.assertOpen();
    const tx = this.db.transaction(PARTS, 'readwrite');
    // Failures surface through tx.done (QuotaExceededError, AbortError), not the requests.
    try {
      for (const part of parts) tx.store.put(part).catch(() => {});
    } catch (error) {
      // put throws synchronously for uncloneable values (or when the quota is exceeded): write none of them.
      tx.done.catch(() => {});
      tx.abort();
      throw error;
    }
    await tx.done;
  }

  /** Deletes one part (found damaged). */
  async deletePart(file: string): Promise<void> {
    this.assertOpen();
    await this.db.delete(PARTS, file);
  }

  /** Deletes every part and derived record that `keep` does not name: an older build's. */
  async keepOnly(keep: ReadonlySet<string>): Promise<string[]> {
    this.assertOpen();
    const tx = this.db.transaction([PARTS, DERIVED], 'readwrite');
    const dropped: string[] = [];
    for (const name of [PARTS, DERIVED] as const) {
      for (const key of await tx.objectStore(name).getAllKeys()) {
        if (keep.has(key)) continue;
        dropped.push(key);
        void tx.objectStore(name).delete(key);
      }
    }
    await tx.done;
    return dropped;
  }

  /** The part files stored; for tests and devtools. */
  async partFiles(): Promise<string[]> {
    this.assertOpen();
    return this.db.getAllKeys(PARTS);
  }

  async readDerived(key: string): Promise<StoredDerived | undefined> {
    this.assertOpen();
    return this.db.get(DERIVED, key);
  }

  async writeDerived(record: StoredDerived): Promise<void> {
    this.assertOpen();
    await this.db.put(DERIVED, record);
  }

  /** Deletes every record: frees the space when a write failed (quota). */
  async discardAll(): Promise<void> {
    this.assertOpen();
    const tx = this.db.transaction([PARTS, DERIVED], 'readwrite');
    await Promise.all([tx.objectStore(PARTS).clear(), tx.objectStore(DERIVED).clear(), tx.done]);
  }

  close(): void {
    this.state.closedBecause ??= { detail: 'closed', reason: 'its storage was closed' };
    this.db.close();
  }

  private assertOpen(): void {
    const closing = this.state.closedBecause;
    if (closing !== undefined) throw new StorageUnavailableError(`the index cache is closed: ${closing.detail}`, closing.reason);
  }
}
