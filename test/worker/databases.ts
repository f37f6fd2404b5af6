/**
 * Databases and clients for browser tests. Every test file shares one origin, so each test
 * gets databases of its own, deleted (after its clients' workers are stopped) in teardown.
 */
import { deleteDB } from 'idb';
import { afterAll, afterEach, expect } from 'vitest';
import { createSynsetClient } from '../../src/client/client.js';
import type { PartsManifest } from '../../src/core/data-parts.js';
import { IndexStore } from '../../src/worker/index-store.js';
import { ProgressiveIndex } from '../../src/worker/progressive-index.js';
import { createTestClient, type TestClientOptions, type TestSynsetClient } from './test-worker-client.js';

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
  const clients: TestSynsetClient[] = [];
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
    /** A client on a test worker (see `test-worker-client.ts`), meeting `options.faults`. */
    client(options: TestClientOptions): TestSynsetClient {
      const client = createTestClient(options);
      clients.push(client);
      return client;
    },
    /** Runs `cleanup` after the test, before its databases are deleted. */
    onCleanup(cleanup: () => void | Promise<void>): void {
      cleanups.push(cleanup);
    },
  };
}

/**
 * Copies what a cache database holds (every part, the search tables derived from `manifest`'s
 * names, the gloss word index derived from its glosses and the tree tables) into another, through the store's own code: a later visit's starting point
 * without a first visit's download and build.
 */
export async function copyDatabase(from: string, to: string, manifest: PartsManifest): Promise<void> {
  const source = await IndexStore.open(from, { blockedTimeoutMs: 5000 });
  try {
    const files = await source.partFiles();
    const bytes = await source.readParts(files);
    const derived = await Promise.all(
      [ProgressiveIndex.searchTablesKey(manifest), ProgressiveIndex.glossWordsKey(manifest), ProgressiveIndex.treeTablesKey(manifest)].map(
        (key) => source.readDerived(key),
      ),
    );
    const target = await IndexStore.open(to, { blockedTimeoutMs: 5000 });
    try {
      await Promise.all(files.map((file, k) => target.writePart({ file, bytes: bytes[k]! })));
      for (const record of derived) if (record) await target.writeDerived(record);
    } finally {
      target.close();
    }
  } finally {
    source.close();
  }
}

/**
 * One real first visit per test file (the whole index, every gloss, the search tables, the gloss word index and the tree tables, kept in
 * IndexedDB), made on first use and deleted after the file's tests. `into(dbName)` copies it into
 * a test's own database, so a test about later visits starts from a warm cache at once.
 */
export function useSeededDatabase(label: string, manifest: PartsManifest) {
  const seedName = `synset-test-${label}-seed-${Date.now().toString(36)}`;
  let seeding: Promise<void> | undefined;
  afterAll(async () => {
    if (seeding) await deleteDatabase(seedName);
  });
  async function seed(): Promise<void> {
    const client = createSynsetClient({ dbName: seedName });
    try {
      expect((await client.ready()).source).toBe('network');
      await client.preload();
      expect(await client.persisted()).toEqual({ stored: true });
    } finally {
      client.dispose();
    }
    const store = await IndexStore.open(seedName, { blockedTimeoutMs: 5000 });
    try {
      // The first visit kept every part, the search tables, the gloss word index and the tree tables: copies of it are later visits.
      expect((await store.partFiles()).length).toBe(1 + manifest.names.length + manifest.glosses.length);
      expect(await store.readDerived(ProgressiveIndex.searchTablesKey(manifest))).toBeDefined();
      expect(await store.readDerived(ProgressiveIndex.glossWordsKey(manifest))).toBeDefined();
      expect(await store.readDerived(ProgressiveIndex.treeTablesKey(manifest))).toBeDefined();
    } finally {
      store.close();
    }
  }
  return {
    /** The seed database's name (filled once `into` has been awaited). */
    name: seedName,
    async into(dbName: string): Promise<void> {
      // A failed seeding is tried again by the next test rather than failing every one.
      const attempt = (seeding ??= seed().catch((error: unknown) => {
        seeding = undefined;
        throw error;
      }));
      await attempt;
      await copyDatabase(seedName, dbName, manifest);
    },
  };
}
