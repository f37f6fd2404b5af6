/**
 * Opening an IndexedDB database as every store of the worker does (the data cache and the
 * person's own lists): whatever IndexedDB does, opening settles, and the store learns when its
 * connection closes. IndexedDB missing, refusing, holding a newer version, failing to upgrade,
 * or blocked past a timeout by another tab's older connection, each rejects with a
 * {@link StorageUnavailableError} saying why; a newer build in another tab that wants the
 * database gets it (this connection closes), and a connection the browser ends is noted.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { errorDetail } from '../core/error-detail.js';

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

/** Why a connection closed: for the console, and for people. */
export interface Closing {
  detail: string;
  reason: string;
}

/** An open connection, and why it closed once it has (another tab upgraded the database, the browser ended it). */
export interface OpenedDatabase<S extends DBSchema> {
  db: IDBPDatabase<S>;
  readonly state: { closedBecause?: Closing };
}

export interface OpenDatabaseOptions<S extends DBSchema> {
  /** Give up this long after another connection blocks the upgrade. */
  blockedTimeoutMs: number;
  /** Makes the stores of this version (an error aborts the upgrade: opening then rejects). */
  upgrade(db: IDBPDatabase<S>, transaction: IDBPTransaction<S, StoreNames<S>[], 'versionchange'>): void;
}

/** Opens (creating or upgrading) a database; rejects with {@link StorageUnavailableError}. */
export async function openDatabase<S extends DBSchema>(
  name: string,
  version: number,
  options: OpenDatabaseOptions<S>,
): Promise<OpenedDatabase<S>> {
  if (typeof indexedDB === 'undefined') {
    throw new StorageUnavailableError('IndexedDB is not available in this browser context', 'it offers this page no storage');
  }
  const state: { closedBecause?: Closing } = {};
  let upgradeError: unknown;
  let giveUp: (error: Error) => void = () => {};
  const blockedTooLong = new Promise<never>((_, reject) => (giveUp = reject));
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  let gaveUp = false;
  let opening: Promise<IDBPDatabase<S>>;
  try {
    opening = openDB<S>(name, version, {
      upgrade(db, _oldVersion, _newVersion, transaction) {
        // An aborted upgrade rejects opening; its transaction's `done` must not go unhandled.
        transaction.done.catch(() => {});
        // Thrown here, an error would escape as the worker's uncaught error (this runs in an
        // IndexedDB event): abort the upgrade instead, so opening rejects and the store is
        // served from memory.
        try {
          options.upgrade(db, transaction);
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
  try {
    return { db: await Promise.race([opening, blockedTooLong]), state };
  } catch (error) {
    if (error instanceof StorageUnavailableError) throw error;
    if (upgradeError !== undefined) {
      throw new StorageUnavailableError(
        `IndexedDB could not upgrade database '${name}': ${errorDetail(upgradeError)}`,
        'it could not prepare its storage',
      );
    }
    // VersionError: a newer build already upgraded it; the database is theirs now.
    const newer = (error as { name?: unknown } | null)?.name === 'VersionError';
    throw new StorageUnavailableError(
      `IndexedDB refused to open: ${errorDetail(error)}`,
      newer ? 'a newer version of this page took over its storage' : 'its storage did not open',
    );
  }
}
