/**
 * The database of what a person made in this browser, beside the data cache (`index-store.ts`),
 * which a new build or a damaged part may empty: their custom label lists (`label-list-store.ts`,
 * since version 1) and their model's runs (`run-store.ts`, since version 2). One schema, one
 * version, one upgrade, whichever store opens it first.
 */
import type { DBSchema } from 'idb';
import type { StoredLabelList } from './label-list-store.js';
import { openDatabase, type OpenedDatabase } from './open-database.js';
import type { StoredRun } from './run-store.js';

/** Version 2 added `runs`; an upgrade from 1 keeps every list. */
export const OWN_DATABASE_VERSION = 2;

export interface OwnSchema extends DBSchema {
  lists: { key: string; value: StoredLabelList };
  runs: { key: string; value: StoredRun };
}

export interface OpenOwnOptions {
  /** Give up this long after another connection blocks the upgrade (the stores then keep things in memory). */
  blockedTimeoutMs: number;
}

/** Opens (creating or upgrading) the person's database; rejects with a `StorageUnavailableError`. */
export function openOwnDatabase(name: string, options: OpenOwnOptions): Promise<OpenedDatabase<OwnSchema>> {
  return openDatabase<OwnSchema>(name, OWN_DATABASE_VERSION, {
    blockedTimeoutMs: options.blockedTimeoutMs,
    upgrade(database) {
      // Each store made once, whichever version the database had: nothing kept is dropped.
      if (!database.objectStoreNames.contains('lists')) database.createObjectStore('lists', { keyPath: 'name' });
      if (!database.objectStoreNames.contains('runs')) database.createObjectStore('runs', { keyPath: 'id' });
    },
  });
}
