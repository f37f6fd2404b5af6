/**
 * The index worker through the real client: a real Worker, real IndexedDB, the real bundle.
 * Each test has its own database; faults are injected into the worker's own scope.
 */
import { openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import manifest from '../../data/generated/manifest.json';
import type { LoadProgress } from '../../src/client.js';
import { INDEX_DB_VERSION, IndexStore } from '../../workers/index-store.js';
import { alteredBundle, blobUrl, builtBundle, gzip } from './bundles.js';
import { storedHashes, useTestClients } from './databases.js';

const tests = useTestClients('worker');

/** Opens a cache and lets the worker finish storing it: what a first visit leaves behind. */
async function visitOnce(dbName: string): Promise<void> {
  const client = tests.client({ dbName });
  expect((await client.ready()).source).toBe('network');
  expect(await client.persisted()).toEqual({ stored: true });
  client.dispose();
}

function rejectAfter(ms: number, message: string): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));
}

const isBundleUrl = (url: string): boolean => url.includes('synsets.bin');

describe('first and later visits', () => {
  test('a first visit fetches the bundle, reports progress and fills IndexedDB', async () => {
    const dbName = tests.dbName();
    const client = tests.client({ dbName });
    const progress: LoadProgress[] = [];
    client.onProgress((p) => progress.push(p));

    const ready = await client.ready();
    expect(ready.source).toBe('network');
    expect(ready.storageWarning).toBeUndefined();
    expect((await client.lookup('dog.n.01')).wnid).toBe('n02084071');
    expect(await client.persisted()).toEqual({ stored: true });
    expect(await storedHashes(dbName)).toEqual([manifest.hash]);

    const fetched = progress.filter((p) => p.phase === 'fetch');
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.at(-1)!.loaded).toBeGreaterThan(1_000_000);
    expect(progress.map((p) => p.phase)).toContain('build');
    expect(progress.at(-1)).toMatchObject({ phase: 'store' });
    expect((await client.fetchedUrls()).filter(isBundleUrl)).toHaveLength(1);
  });

  test('a later visit reads IndexedDB and fetches no data', async () => {
    const dbName = tests.dbName();
    await visitOnce(dbName);

    const client = tests.client({ dbName });
    const phases = new Set<string>();
    client.onProgress((p) => phases.add(p.phase));
    const ready = await client.ready();
    expect(ready.source).toBe('indexeddb');
    expect([...phases]).toEqual(['read']);
    expect(await client.fetchedUrls().then((urls) => urls.filter(isBundleUrl))).toEqual([]);
    expect(await client.search('golden retriever')).toEqual(expect.arrayContaining([expect.objectContaining({ wnid: 'n02099601' })]));
    expect((await client.lookup('dog.n.01')).gloss).toMatch(/^a member of the genus Canis/);
    expect(await client.persisted()).toEqual({ stored: true });
  });

  test('a bundle with another hash replaces the cache instead of mixing with it', async () => {
    const dbName = tests.dbName();
    await visitOnce(dbName);
    const altered = await alteredBundle();
    const dataUrl = blobUrl(await gzip(altered.bytes));
    tests.onCleanup(() => URL.revokeObjectURL(dataUrl));

    const client = tests.client({ dbName, dataUrl, dataHash: altered.hash });
    expect((await client.ready()).source).toBe('network');
    expect((await client.lookup('dog.n.01')).gloss).toBe(altered.dogGloss);
    expect(await client.persisted()).toEqual({ stored: true });
    expect(await storedHashes(dbName)).toEqual([altered.hash]);

    const again = tests.client({ dbName, dataUrl, dataHash: altered.hash });
    expect((await again.ready()).source).toBe('indexeddb');
    expect((await again.lookup('dog.n.01')).gloss).toBe(altered.dogGloss);
  });
});

describe('a damaged cache record is found, dropped and rebuilt', () => {
  type CacheRecord = Record<string, unknown>;

  /** Rewrites what a first visit stored, in the store named, as `damage` says. */
  async function damageStored(dbName: string, storeName: 'indexes' | 'glosses', damage: (record: CacheRecord) => CacheRecord | undefined) {
    const db = await openDB(dbName, INDEX_DB_VERSION);
    try {
      const record = (await db.get(storeName, manifest.hash)) as CacheRecord;
      const damaged = damage(record);
      if (damaged) await db.put(storeName, damaged);
      else await db.delete(storeName, manifest.hash);
    } finally {
      db.close();
    }
  }

  /** The record with one of its typed arrays replaced by `change(a copy of it)`. */
  function withArray(record: CacheRecord, field: 'arrays' | 'searchTables', name: string, change: (array: Uint32Array) => Uint32Array) {
    const part = record[field] as Record<string, Uint32Array>;
    return { ...record, [field]: { ...part, [name]: change(part[name]!.slice()) } };
  }

  const flipOne = (array: Uint32Array) => Object.assign(array, { [array.length >> 1]: array[array.length >> 1]! ^ 1 });
  const indexDamages: [string, (record: CacheRecord) => CacheRecord | undefined][] = [
    ['one flipped bit in the parent lists', (record) => withArray(record, 'arrays', 'parents', flipOne)],
    ['the offsets cut in half', (record) => withArray(record, 'arrays', 'offsets', (array) => array.slice(0, array.length >> 1))],
    ['no arrays at all', (record) => ({ ...record, arrays: undefined })],
    ['search tables that fail their digest', (record) => withArray(record, 'searchTables', 'byKey', flipOne)],
  ];
  test.each(indexDamages)('index record: %s', async (_, damage) => {
    const dbName = tests.dbName();
    await visitOnce(dbName);
    await damageStored(dbName, 'indexes', damage);

    const client = tests.client({ dbName });
    expect((await client.ready()).source).toBe('network');
    expect((await client.lookup('n02084071')).name).toBe('dog.n.01');
    expect(await client.persisted()).toEqual({ stored: true });

    const next = tests.client({ dbName });
    expect((await next.ready()).source).toBe('indexeddb');
    expect((await next.search('dog'))[0]!.wnid).toBe('n02084071');
  });

  const glossDamages: [string, (record: CacheRecord) => CacheRecord | undefined][] = [
    ['one flipped bit', (record) => ({ ...record, bytes: Object.assign((record.bytes as Uint8Array).slice(), { 1000: 0x41 }) })],
    ['missing', () => undefined],
  ];
  test.each(glossDamages)('glosses record: %s; the index starts from the cache, the glosses come from the bundle', async (_, damage) => {
    const dbName = tests.dbName();
    await visitOnce(dbName);
    await damageStored(dbName, 'glosses', damage);

    const client = tests.client({ dbName });
    expect((await client.ready()).source).toBe('indexeddb');
    expect((await client.lookup('dog.n.01')).gloss).toMatch(/^a member of the genus Canis/);
    expect(await client.persisted()).toEqual({ stored: true });
    expect((await client.fetchedUrls()).filter(isBundleUrl)).toHaveLength(1);

    const next = tests.client({ dbName });
    expect((await next.ready()).source).toBe('indexeddb');
    expect((await next.lookup('dog.n.01')).gloss).toMatch(/^a member of the genus Canis/);
    expect((await next.fetchedUrls()).filter(isBundleUrl)).toEqual([]);
  });

  test('glosses missing and the bundle unreachable: lookups say so, the tree answers, and the next lookup tries again', async () => {
    const dbName = tests.dbName();
    await visitOnce(dbName);
    await damageStored(dbName, 'glosses', () => undefined);

    const client = tests.client({ dbName, faults: { fetchFailures: { kind: 'network', count: 1 } } });
    expect((await client.ready()).source).toBe('indexeddb');
    await expect(client.lookup('dog.n.01')).rejects.toThrow(/could not download the synset data/);
    expect((await client.children('n02084071', { in: '1k' })).total).toBeGreaterThan(5);
    expect((await client.lookup('dog.n.01')).gloss).toMatch(/^a member of the genus Canis/);
  });
});

describe('storage faults: the index is served anyway', () => {
  test('no IndexedDB in the worker: served from memory, with a warning', async () => {
    const client = tests.client({ dbName: tests.dbName(), faults: { indexedDB: 'missing' } });
    const ready = await client.ready();
    expect(ready.source).toBe('memory');
    expect(ready.storageWarning).toMatch(/IndexedDB is not available/);
    expect((await client.stats()).nouns).toBe(82_115);
    expect(await client.persisted()).toEqual({ stored: false, storageWarning: ready.storageWarning });
  });

  test('indexedDB.open throwing: served from memory, with a warning', async () => {
    const client = tests.client({ dbName: tests.dbName(), faults: { indexedDB: 'open-throws' } });
    const ready = await client.ready();
    expect(ready.source).toBe('memory');
    expect(ready.storageWarning).toMatch(/refused to open.*denied permission/);
    expect((await client.lookup('207')).wnid).toBe('n02099601');
  });

  test('quota exceeded while storing: keeps serving, frees the space, and the next visit stores it', async () => {
    const dbName = tests.dbName();
    const store = await IndexStore.open(dbName, { blockedTimeoutMs: 1000 });
    await store.replaceAll(
      { hash: 'an-older-bundle', arrays: {} as never, searchTables: {} as never, digest: '', storedAt: 0 },
      { hash: 'an-older-bundle', bytes: new Uint8Array(8), digest: '' },
    );
    store.close();

    const full = tests.client({ dbName, faults: { quotaExceeded: true } });
    expect((await full.ready()).source).toBe('network');
    const outcome = await full.persisted();
    expect(outcome.stored).toBe(false);
    expect(outcome.storageWarning).toMatch(/quota/i);
    expect((await full.lookup('cat.n.01')).wnid).toBe('n02121620');
    expect(await storedHashes(dbName)).toEqual([]);
    full.dispose();

    await visitOnce(dbName);
    expect((await tests.client({ dbName }).ready()).source).toBe('indexeddb');
  });

  test('an older tab holding the database blocks the upgrade: times out to memory', async () => {
    const dbName = tests.dbName();
    // The "old tab": holds the current version and ignores versionchange.
    const oldTab = await openDB(dbName, INDEX_DB_VERSION, { upgrade: (db) => void db.createObjectStore('old-layout') });
    tests.onCleanup(() => oldTab.close());

    const started = performance.now();
    const client = tests.client({ dbName, blockedTimeoutMs: 200, faults: { schemaVersion: INDEX_DB_VERSION + 1 } });
    const ready = await client.ready();
    expect(ready.source).toBe('memory');
    expect(ready.storageWarning).toMatch(/another tab keeps an older version/);
    expect(performance.now() - started).toBeLessThan(5000);
    expect((await client.lookup('dog.n.01')).wnid).toBe('n02084071');
  });

  test('a newer tab upgrading the database: the worker lets go and keeps serving', async () => {
    const dbName = tests.dbName();
    const client = tests.client({ dbName });
    expect((await client.ready()).source).toBe('network');
    // A newer build upgrades the database while the worker may still hold it to store the
    // index: the upgrade must not wait on the worker (an open write may finish first).
    const newerTab = await Promise.race([openDB(dbName, INDEX_DB_VERSION + 1), rejectAfter(5000, 'the upgrade was blocked')]);
    newerTab.close();
    const outcome = await client.persisted();
    if (!outcome.stored) expect(outcome.storageWarning).toMatch(/another tab upgraded the database/);
    expect((await client.lookup('dog.n.01')).wnid).toBe('n02084071');

    // This build, now older than the database, meets a VersionError: served from memory.
    const older = tests.client({ dbName });
    const ready = await older.ready();
    expect(ready.source).toBe('memory');
    expect(ready.storageWarning).toMatch(/VersionError/);
  });
});

describe('bundle faults: a clear error, and a retry that works', () => {
  test('a dropped connection rejects open; retry() loads', async () => {
    const client = tests.client({ dbName: tests.dbName(), faults: { fetchFailures: { kind: 'network', count: 1 } } });
    await expect(client.ready()).rejects.toThrow(/could not download the synset data from .*synsets\.bin\.gz: Failed to fetch/);
    await expect(client.lookup('dog.n.01')).resolves.toMatchObject({ wnid: 'n02084071' });
    expect((await client.retry()).source).toBe('network');
  });

  test('a body shorter than its Content-Length rejects with "cut short"', async () => {
    const client = tests.client({ dbName: tests.dbName(), faults: { fetchFailures: { kind: 'truncated', count: 1 } } });
    const error = await client.ready().catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'BundleLoadError' });
    expect((error as Error).message).toMatch(/was cut short at \d+ of \d+ bytes/);
    expect((await client.retry()).source).toBe('network');
  });

  test('a truncated gzip file rejects with a clear error', async () => {
    const gz = await gzip(await builtBundle());
    const dataUrl = blobUrl(gz.slice(0, gz.length - 1000));
    tests.onCleanup(() => URL.revokeObjectURL(dataUrl));
    const client = tests.client({ dbName: tests.dbName(), dataUrl });
    await expect(client.ready()).rejects.toThrow(/is not valid gzip \(corrupt or cut short/);
  });

  test('a wrong URL, answered with an index page by the dev server, rejects saying so', async () => {
    const client = tests.client({ dbName: tests.dbName(), dataUrl: '/no/such/synsets.bin.gz' });
    await expect(client.ready()).rejects.toThrow(/no\/such\/synsets\.bin\.gz: the server answered with an HTML page/);
  });

  test('a bundle that is not the expected build rejects, and is not cached', async () => {
    const dbName = tests.dbName();
    const client = tests.client({ dbName, dataHash: '0'.repeat(64) });
    await expect(client.ready()).rejects.toThrow(/does not have the expected content \(sha256 [0-9a-f]{64}, expected 0{64}\)/);
    expect(await storedHashes(dbName)).toEqual([]);
  });
});

describe('queries', () => {
  test('a bad argument rejects with the core message; the worker keeps answering', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    await expect(client.lookup('n99999999')).rejects.toMatchObject({ name: 'SynsetIdError', message: expect.stringMatching(/n99999999/) });
    await expect(client.children('dog.n.01', { in: 'bogus' as never })).rejects.toThrow("unknown membership 'bogus': use all, 21k or 1k");
    await expect(client.search(42 as never)).rejects.toThrow('a search query must be text');
    expect((await client.lookup('dog.n.01')).wnid).toBe('n02084071');
  });

  test('large lists travel as compact arrays and are spelled as wnids on the page', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    const offsets = await client.descendantOffsets('entity.n.01');
    expect(offsets).toBeInstanceOf(Uint32Array);
    expect(offsets.length).toBe(82_114);
    const wnids = await client.descendants('dog.n.01', { in: '1k' });
    expect(wnids).toHaveLength((await client.lookup('dog.n.01')).desc1k);
    expect(wnids).toContain('n02099601');
    const layout = await client.subtree('dog.n.01', { depth: 1 });
    expect(layout.parent).toBeInstanceOf(Int32Array);
    expect(layout.wnids[0]).toBe('n02084071');
    const times = await client.timeSearches(['dog', 'cat']);
    expect(times).toBeInstanceOf(Float64Array);
    expect(times).toHaveLength(2);
  });
});
