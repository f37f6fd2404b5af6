/** The custom lists' database on its own, on the page's thread, in real IndexedDB: opened as the data cache is. */
import { openDB } from 'idb';
import { expect, test } from 'vitest';
import { LabelListStore, type StoredLabelList } from '../../src/worker/label-list-store.js';
import { useTestClients } from './databases.js';
import { OWN_DATABASE_VERSION } from '../../src/worker/own-database.js';

const tests = useTestClients('lists');

const list = (name: string): StoredLabelList => ({ name, text: 'n01440764\n', description: 'tench', classes: 1, added: Date.now() });

/** Opens databases named `name` one version higher than asked, as a newer build would: put back by the returned function. */
function newerBuild(name: string): () => void {
  const factory = IDBFactory.prototype;
  const open = factory.open;
  factory.open = function (this: IDBFactory, asked: string, version?: number) {
    return open.call(this, asked, asked === name && version !== undefined ? version + 1 : version);
  };
  return () => void (factory.open = open);
}

test('keeps a list for the next opening', async () => {
  const name = tests.dbName();
  const first = await LabelListStore.open(name, { blockedTimeoutMs: 1000 });
  expect(await first.put(list('list:aaaaaaaaaaaa'))).toEqual({ kept: true });
  const again = await LabelListStore.open(name, { blockedTimeoutMs: 1000 });
  expect((await again.all()).map((kept) => kept.name)).toEqual(['list:aaaaaaaaaaaa']);
});

test('gives up on an upgrade an older connection blocks, and keeps lists for the page, saying so', async () => {
  const name = tests.dbName();
  const older = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('lists', { keyPath: 'name' }) });
  tests.onCleanup(newerBuild(name));
  // Opening settles instead of waiting on the other tab for ever.
  const store = await LabelListStore.open(name, { blockedTimeoutMs: 100 });
  const outcome = await store.put(list('list:bbbbbbbbbbbb'));
  expect(outcome.kept).toBe(false);
  expect(outcome.warning).toMatch(/in use on this page only/);
  expect((await store.all()).map((kept) => kept.name)).toEqual(['list:bbbbbbbbbbbb']);
  // The pending upgrade completes when the old connection closes; it must then close too.
  older.close();
});

test('lets a newer version have the database, and keeps later lists for the page, saying so', async () => {
  const name = tests.dbName();
  const store = await LabelListStore.open(name, { blockedTimeoutMs: 1000 });
  expect(await store.put(list('list:cccccccccccc'))).toEqual({ kept: true });
  let blocked = false;
  const newer = await openDB(name, OWN_DATABASE_VERSION + 1, { blocked: () => (blocked = true) });
  newer.close();
  expect(blocked).toBe(false);
  const outcome = await store.put(list('list:dddddddddddd'));
  expect(outcome).toMatchObject({ kept: false });
  expect((await store.all()).map((kept) => kept.name)).toContain('list:dddddddddddd');
});
