/** The IndexedDB cache on its own, on the page's thread, in real IndexedDB. */
import { openDB } from 'idb';
import { expect, test } from 'vitest';
import { INDEX_DB_VERSION, IndexStore } from '../../src/worker/index-store.js';
import { StorageUnavailableError } from '../../src/worker/open-database.js';
import { breakStorage } from './scope-faults.js';
import { useTestClients } from './databases.js';

const tests = useTestClients('store');
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

test('keeps parts by file name; writes asked for together share a transaction; reads come back in order', async () => {
  const store = await IndexStore.open(tests.dbName(), { blockedTimeoutMs: 1000 });
  tests.onCleanup(() => store.close());
  await Promise.all([
    store.writePart({ file: 'a.bin.gz', bytes: bytesOf('A') }),
    store.writePart({ file: 'b.bin.gz', bytes: bytesOf('B') }),
  ]);
  const [a, missing, b] = await store.readParts(['a.bin.gz', 'c.bin.gz', 'b.bin.gz']);
  expect([new TextDecoder().decode(a), missing, new TextDecoder().decode(b)]).toEqual(['A', undefined, 'B']);
  expect(await store.hasPart('b.bin.gz')).toBe(true);
  expect(await store.hasPart('c.bin.gz')).toBe(false);
  await store.deletePart('a.bin.gz');
  expect(await store.partFiles()).toEqual(['b.bin.gz']);
});

test('a database this connection made answers reads of keys it has not written at once, without reading', async () => {
  const name = tests.dbName();
  const made = await IndexStore.open(name, { blockedTimeoutMs: 1000 });
  tests.onCleanup(() => made.close());
  const kept = await IndexStore.open(name, { blockedTimeoutMs: 1000 });
  tests.onCleanup(() => kept.close());
  expect([made.madeNow, kept.madeNow]).toEqual([true, false]);
  await kept.writePart({ file: 'other.bin.gz', bytes: bytesOf('O') });
  await kept.writeDerived({ key: 'tables:other', value: 1, digest: 'd' });
  expect(await kept.hasPart('other.bin.gz')).toBe(true);
  // The connection that made the stores does not look: another's writes are a cache miss to it.
  expect(await made.readParts(['other.bin.gz'])).toEqual([undefined]);
  expect(await made.hasPart('other.bin.gz')).toBe(false);
  expect(await made.readDerived('tables:other')).toBeUndefined();
  // What it wrote itself it reads, and the rest with it, in one transaction.
  await made.writePart({ file: 'mine.bin.gz', bytes: bytesOf('M') });
  const [mine, other] = await made.readParts(['mine.bin.gz', 'other.bin.gz']);
  expect([new TextDecoder().decode(mine), new TextDecoder().decode(other)]).toEqual(['M', 'O']);
});

test("keepOnly drops an older build's parts and derived records, and keeps the named ones", async () => {
  const store = await IndexStore.open(tests.dbName(), { blockedTimeoutMs: 1000 });
  tests.onCleanup(() => store.close());
  for (const file of ['old.bin.gz', 'shared.bin.gz', 'new.bin.gz']) await store.writePart({ file, bytes: bytesOf(file) });
  await store.writeDerived({ key: 'tables:old', value: { x: 1 }, digest: 'd' });
  await store.writeDerived({ key: 'tables:new', value: { x: 2 }, digest: 'd' });
  expect((await store.keepOnly(new Set(['shared.bin.gz', 'new.bin.gz', 'tables:new']))).sort()).toEqual(['old.bin.gz', 'tables:old']);
  expect((await store.partFiles()).sort()).toEqual(['new.bin.gz', 'shared.bin.gz']);
  expect(await store.readDerived('tables:old')).toBeUndefined();
  expect((await store.readDerived('tables:new'))?.value).toEqual({ x: 2 });
});

test('a batch of writes that fails leaves none of them behind', async () => {
  const store = await IndexStore.open(tests.dbName(), { blockedTimeoutMs: 1000 });
  tests.onCleanup(() => store.close());
  // A function cannot be cloned: the second put throws, and the first must not commit alone.
  const writes = [
    store.writePart({ file: 'a.bin.gz', bytes: bytesOf('A') }),
    store.writePart({ file: 'b.bin.gz', bytes: (() => {}) as never }),
  ];
  await expect(Promise.all(writes)).rejects.toThrow();
  expect(await store.partFiles()).toEqual([]);
});

test('closes when a newer version wants the database, so the upgrade is not blocked', async () => {
  const dbName = tests.dbName();
  const store = await IndexStore.open(dbName, { blockedTimeoutMs: 1000 });
  let blocked = false;
  const newer = await openDB(dbName, INDEX_DB_VERSION + 1, { blocked: () => (blocked = true) });
  newer.close();
  expect(blocked).toBe(false);
  await expect(store.readParts(['a'])).rejects.toThrow('the index cache is closed: another tab upgraded the database');
});

test('gives up on an upgrade blocked by an older connection, then lets go once it opens', async () => {
  const dbName = tests.dbName();
  const older = await openDB(dbName, INDEX_DB_VERSION, { upgrade: (db) => void db.createObjectStore('old-layout') });
  // A newer build: the store opens the database at the next version.
  const repair = breakStorage(globalThis, { schemaVersion: INDEX_DB_VERSION + 1 });
  const opening = IndexStore.open(dbName, { blockedTimeoutMs: 100 });
  repair();
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

test('an upgrade that fails rejects opening, with no uncaught error', async () => {
  tests.onCleanup(breakStorage(globalThis, { indexedDB: 'upgrade-aborts' }));
  const opening = IndexStore.open(tests.dbName(), { blockedTimeoutMs: 1000 });
  await expect(opening).rejects.toThrow(StorageUnavailableError);
  await expect(opening).rejects.toThrow(/IndexedDB could not upgrade database '.*': (InvalidStateError|TransactionInactiveError)/);
  await expect(opening).rejects.toMatchObject({ reason: 'it could not prepare its storage' });
});
