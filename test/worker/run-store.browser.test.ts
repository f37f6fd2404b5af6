/** The runs' store on the page's thread, in real IndexedDB: the person's database upgraded from the lists' version 1, keeping every list. */
import { openDB } from 'idb';
import { expect, test } from 'vitest';
import { LabelListStore } from '../../src/worker/label-list-store.js';
import { OWN_DATABASE_VERSION } from '../../src/worker/own-database.js';
import { RunStore, type StoredRun } from '../../src/worker/run-store.js';
import type { RunSummary } from '../../src/worker/api.js';
import { useTestClients } from './databases.js';

const tests = useTestClients('run-store');

const run = (id: string, added: number): StoredRun => ({
  id,
  bytes: new Uint8Array([1, 2, 3]).buffer,
  summary: { id, added, fileName: `${id}.npy`, order: 'val', truth: 'in file-name order', form: '.npy (3,)' } as RunSummary,
});

test('a database of version 1 (lists only) is upgraded: its lists stay, and runs are kept beside them', async () => {
  const name = tests.dbName();
  const old = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('lists', { keyPath: 'name' }) });
  await old.put('lists', { name: 'list:aaaaaaaaaaaa', text: 'n01440764\n', description: 'tench', classes: 1, added: 1 });
  old.close();
  const runs = await RunStore.open(name, { blockedTimeoutMs: 1000 });
  expect(await runs.put(run('bbbbbbbbbbbb', 2))).toEqual({ kept: true });
  const lists = await LabelListStore.open(name, { blockedTimeoutMs: 1000 });
  expect((await lists.all()).map((list) => list.name)).toEqual(['list:aaaaaaaaaaaa']);
  const reopened = await RunStore.open(name, { blockedTimeoutMs: 1000 });
  expect((await reopened.summaries()).map((summary) => summary.id)).toEqual(['bbbbbbbbbbbb']);
  expect(new Uint8Array((await reopened.get('bbbbbbbbbbbb'))!.bytes)).toEqual(new Uint8Array([1, 2, 3]));
  const raw = await openDB(name);
  expect(raw.version).toBe(OWN_DATABASE_VERSION);
  expect([...raw.objectStoreNames].sort()).toEqual(['lists', 'runs']);
  raw.close();
});

test('lists runs oldest first, and forgets one removed', async () => {
  const name = tests.dbName();
  const runs = await RunStore.open(name, { blockedTimeoutMs: 1000 });
  await runs.put(run('cccccccccccc', 5));
  await runs.put(run('dddddddddddd', 3));
  expect((await runs.summaries()).map((summary) => summary.id)).toEqual(['dddddddddddd', 'cccccccccccc']);
  await runs.delete('dddddddddddd');
  const again = await RunStore.open(name, { blockedTimeoutMs: 1000 });
  expect((await again.summaries()).map((summary) => summary.id)).toEqual(['cccccccccccc']);
});

test('keeps runs for the page, saying so, when a newer version has taken the database', async () => {
  const name = tests.dbName();
  const runs = await RunStore.open(name, { blockedTimeoutMs: 1000 });
  const newer = await openDB(name, OWN_DATABASE_VERSION + 1);
  newer.close();
  const outcome = await runs.put(run('eeeeeeeeeeee', 1));
  expect(outcome).toMatchObject({ kept: false, warning: expect.stringMatching(/gone after a reload/) });
  expect((await runs.summaries()).map((summary) => summary.id)).toEqual(['eeeeeeeeeeee']);
});
