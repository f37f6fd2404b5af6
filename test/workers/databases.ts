/**
 * Databases and clients for browser tests. Every test file shares one origin, so each test
 * gets databases of its own, deleted (after its clients' workers are stopped) in teardown.
 */
import { deleteDB } from 'idb';
import { afterEach } from 'vitest';
import { createSynsetClient, type SynsetClient, type SynsetClientOptions } from '../../src/client.js';
import { IndexStore } from '../../workers/index-store.js';

let counter = 0;

/** Deletes a database once the connections still open (a stopped worker's) have let go. */
export const deleteDatabase = (name: string): Promise<void> => deleteDB(name);

/** The part files a cache database holds, sorted. */
export async function storedParts(dbName: string): Promise<string[]> {
  const store = await IndexStore.open(dbName, { blockedTimeoutMs: 5000 });
  try {
    return (await store.partFiles()).sort();
  } finally {
    store.close();
  }
}

/**
 * Registers teardown for this file and returns makers: `dbName()` for a fresh database name,
 * `client()` for a client on its own worker. Both are cleaned up after each test.
 */
export function useTestClients(label: string) {
  const clients: SynsetClient[] = [];
  const dbNames: string[] = [];
  const cleanups: (() => void | Promise<void>)[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.dispose();
    for (const cleanup of cleanups.splice(0)) await cleanup();
    await Promise.all(dbNames.splice(0).map(deleteDatabase));
  });
  return {
    dbName(): string {
      const name = `synset-test-${label}-${Date.now().toString(36)}-${counter++}`;
      dbNames.push(name);
      return name;
    },
    client(options: SynsetClientOptions): SynsetClient {
      const client = createSynsetClient(options);
      clients.push(client);
      return client;
    },
    /** Runs `cleanup` after the test, before its databases are deleted. */
    onCleanup(cleanup: () => void | Promise<void>): void {
      cleanups.push(cleanup);
    },
  };
}
