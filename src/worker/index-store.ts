/**
 * The data cache in IndexedDB (opened as every store is, by `open-database.ts`; the person's own
 * lists have a database of their own, `label-list-store.ts`). It keeps the data parts a page has loaded
 * (`src/core/data-parts.ts`), one record per part file, keyed by its content-hashed name: a
 * part is read, checked and replaced alone. Parts are few and large (a names shard is about
 * 60 KB, the structure 2.2 MB): `npm run bench:idb` measured 82k small records taking seconds to put
 * against milliseconds for a few large ones. A second store keeps what the worker derives
 * from parts at some cost (the search tables, the gloss word index), keyed by what it was derived from.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import { openDatabase, StorageUnavailableError, type Closing } from './open-database.js';

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

export interface OpenStoreOptions {
  /** Give up this long after another connection blocks the upgrade. */
  blockedTimeoutMs: number;
}

/** An open connection to the cache. Every method may reject: callers treat that as no cache. */
export class IndexStore {
  private pendingWrites: StoredPart[] = [];
  private flush: Promise<void> | undefined;
  /**
   * When this connection made the stores (a first visit, or an upgrade, which drops what an
   * older version kept), the keys it has written since: nothing else is there, so reading
   * anything else answers at once, without a transaction (a first visit's reads cost it
   * about 50 ms of the worker before its first download). Undefined for a database a visit kept.
   */
  private readonly writtenSinceMade: Set<string> | undefined;

  private constructor(
    private readonly db: IDBPDatabase<IndexCacheSchema>,
    private readonly state: { closedBecause?: Closing },
    madeNow: boolean,
  ) {
    this.writtenSinceMade = madeNow ? new Set() : undefined;
  }

  /** Whether this connection made the stores: they hold nothing a visit before kept. */
  get madeNow(): boolean {
    return this.writtenSinceMade !== undefined;
  }

  /**
   * Opens (creating or upgrading) the cache. Rejects with {@link StorageUnavailableError} when
   * IndexedDB is missing, refuses, holds a newer version, fails to upgrade, or stays blocked
   * past the timeout.
   */
  static async open(name: string, options: OpenStoreOptions): Promise<IndexStore> {
    let madeNow = false;
    const { db, state } = await openDatabase<IndexCacheSchema>(name, INDEX_DB_VERSION, {
      blockedTimeoutMs: options.blockedTimeoutMs,
      upgrade(database) {
        madeNow = true;
        // A cache: whatever an older version kept is dropped, never migrated.
        for (const old of Array.from(database.objectStoreNames)) database.deleteObjectStore(old);
        database.createObjectStore(PARTS, { keyPath: 'file' });
        database.createObjectStore(DERIVED, { keyPath: 'key' });
      },
    });
    if (!db.objectStoreNames.contains(PARTS) || !db.objectStoreNames.contains(DERIVED)) {
      db.close();
      throw new StorageUnavailableError(
        `database '${name}' exists but is not a synset index cache`,
        'its storage holds other data under the same name',
      );
    }
    return new IndexStore(db, state, madeNow);
  }

  /** These parts' bytes (undefined where a part is not stored), in one transaction. Unverified. */
  async readParts(files: readonly string[]): Promise<(Uint8Array | undefined)[]> {
    this.assertOpen();
    if (this.holdsNone(files)) return files.map(() => undefined);
    const tx = this.db.transaction(PARTS, 'readonly');
    const records = await Promise.all([...files.map((file) => tx.store.get(file)), tx.done]);
    return records.slice(0, files.length).map((record) => (record as StoredPart | undefined)?.bytes);
  }

  /** Whether this part is stored (without reading it). */
  async hasPart(file: string): Promise<boolean> {
    this.assertOpen();
    if (this.holdsNone([file])) return false;
    return (await this.db.getKey(PARTS, file)) !== undefined;
  }

  /**
   * Stores parts. Writes asked for in the same task share one transaction: a page's first
   * visit stores dozens of shards as they arrive.
   */
  writePart(part: StoredPart): Promise<void> {
    this.assertOpen();
    this.pendingWrites.push(part);
    this.writtenSinceMade?.add(part.file);
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
    if (this.holdsNone([key])) return undefined;
    return this.db.get(DERIVED, key);
  }

  async writeDerived(record: StoredDerived): Promise<void> {
    this.assertOpen();
    this.writtenSinceMade?.add(record.key);
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

  /**
   * Whether none of these keys can be stored: the stores were made by this connection, which
   * has not written them. Another tab's connection may have meanwhile; then they are only
   * fetched again, as a cache miss is.
   */
  private holdsNone(keys: readonly string[]): boolean {
    const written = this.writtenSinceMade;
    return written !== undefined && !keys.some((key) => written.has(key));
  }

  private assertOpen(): void {
    const closing = this.state.closedBecause;
    if (closing !== undefined) throw new StorageUnavailableError(`the index cache is closed: ${closing.detail}`, closing.reason);
  }
}
