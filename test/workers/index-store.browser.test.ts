/** The IndexedDB cache on its own, on the page's thread, in real IndexedDB. */
import { openDB } from 'idb';
import { expect, test } from 'vitest';
import { INDEX_DB_VERSION, IndexStore, StorageUnavailableError, type StoredGlosses, type StoredIndex } from '../../workers/index-store.js';
import { useTestClients } from './databases.js';

const tests = useTestClients('store');

function records(hash: string): [StoredIndex, StoredGlosses] {
  return [
    { hash, arrays: { offsets: Uint32Array.of(1740) } as never, searchTables: { keyText: 'dog' } as never, digest: 'x', storedAt: 1 },
    { hash, bytes: new TextEncoder().encode(`glosses of ${hash}`), digest: 'y' },
  ];
}

test('keeps one index: storing another bundle hash replaces the old one, glosses and all', async () => {
  const store = await IndexStore.open(tests.dbName(), { blockedTimeoutMs: 1000 });
  tests.onCleanup(() => store.close());
  await store.replaceAll(...records('a'));
  expect(await store.hashes()).toEqual(['a']);
  await store.replaceAll(...records('b'));
  expect(await store.hashes()).toEqual(['b']);
  expect(await store.read('a')).toBeUndefined();
  expect(await store.readGlosses('a')).toBeUndefined();
  expect((await store.read('b'))!.arrays.offsets).toEqual(Uint32Array.of(1740));
  expect(new TextDecoder().decode((await store.readGlosses('b'))!.bytes)).toBe('glosses of b');
  await store.discard('b');
  expect(await store.hashes()).toEqual([]);
  expect(await store.readGlosses('b')).toBeUndefined();
});

test('a write that fails leaves neither record behind', async () => {
  const store = await IndexStore.open(tests.dbName(), { blockedTimeoutMs: 1000 });
  tests.onCleanup(() => store.close());
  await store.replaceAll(...records('a'));
  const [index] = records('b');
  // A function cannot be cloned: the glosses' put throws, and the transaction must not commit.
  await expect(store.replaceAll(index, { hash: 'b', bytes: (() => {}) as never, digest: '' })).rejects.toThrow();
  expect(await store.hashes()).toEqual(['a']);
  expect(await store.read('b')).toBeUndefined();
  expect(await store.readGlosses('a')).toBeDefined();
});

test('tells a new database apart from one that exists', async () => {
  const dbName = tests.dbName();
  let created = 0;
  (await IndexStore.open(dbName, { blockedTimeoutMs: 1000, onCreate: () => created++ })).close();
  (await IndexStore.open(dbName, { blockedTimeoutMs: 1000, onCreate: () => created++ })).close();
  expect(created).toBe(1);
});

test('closes when a newer version wants the database, so the upgrade is not blocked', async () => {
  const dbName = tests.dbName();
  const store = await IndexStore.open(dbName, { blockedTimeoutMs: 1000 });
  let blocked = false;
  const newer = await openDB(dbName, INDEX_DB_VERSION + 1, { blocked: () => (blocked = true) });
  newer.close();
  expect(blocked).toBe(false);
  await expect(store.read('a')).rejects.toThrow('the index cache is closed: another tab upgraded the database');
});

test('gives up on an upgrade blocked by an older connection, then lets go once it opens', async () => {
  const dbName = tests.dbName();
  const older = await openDB(dbName, INDEX_DB_VERSION, { upgrade: (db) => void db.createObjectStore('old-layout') });
  const opening = IndexStore.open(dbName, { version: INDEX_DB_VERSION + 1, blockedTimeoutMs: 100 });
  await expect(opening).rejects.toThrow(StorageUnavailableError);
  await expect(opening).rejects.toThrow(/another tab keeps an older version/);
  // The pending upgrade completes when the old connection closes; it must then close too,
  // or deleting the database in teardown would wait for ever.
  older.close();
});

test('refuses a database a newer build already upgraded', async () => {
  const dbName = tests.dbName();
  (await openDB(dbName, INDEX_DB_VERSION + 1)).close();
  await expect(IndexStore.open(dbName, { blockedTimeoutMs: 1000 })).rejects.toThrow(/IndexedDB refused to open: VersionError/);
});

test('refuses a database of the same name that is not an index cache', async () => {
  const dbName = tests.dbName();
  (await openDB(dbName, INDEX_DB_VERSION, { upgrade: (db) => void db.createObjectStore('something-else') })).close();
  await expect(IndexStore.open(dbName, { blockedTimeoutMs: 1000 })).rejects.toThrow(/is not a synset index cache/);
});
