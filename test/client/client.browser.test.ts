/** The page's client: the ready mark, batching, the page-wide instance, disposal. */
import { afterAll, expect, test } from 'vitest';
import { configureSynsets, createSynsetClient, getSynsetClient, READY_MARK, type ReadyMarkDetail } from '../../src/client/client.js';
import { deleteDatabase, storedParts, useTestClients } from '../worker/databases.js';
import builtManifest from '../../data/generated/parts/parts.json';
import { treeParts, type PartsManifest } from '../../src/core/data-parts.js';
import { indexWorkerName } from '../../src/worker/worker-name.js';
import testWorkerUrl from '../worker/test-index.worker.ts?worker&url';

const tests = useTestClients('client');

test('marks synset-index-ready on the page, with where the index came from', async () => {
  const dbName = tests.dbName();
  performance.clearMarks(READY_MARK);
  const first = tests.client({ dbName });
  await first.ready();
  // The whole index: the structure and every names part, kept for the next visit.
  await first.stats();
  await first.persisted();
  first.dispose();
  await tests.client({ dbName }).ready();

  const marks = performance.getEntriesByName(READY_MARK, 'mark') as PerformanceMark[];
  expect(marks.map((mark) => (mark.detail as ReadyMarkDetail).source)).toEqual(['network', 'indexeddb']);
});

test('the worker opens the index from the options in its name as soon as it runs, before any message', async () => {
  const dbName = tests.dbName();
  const tree = treeParts(builtManifest as PartsManifest).map((part) => part.file);
  const worker = new Worker(new URL(testWorkerUrl, import.meta.url), {
    type: 'module',
    name: indexWorkerName({ dbName, preloadTree: true }),
  });
  try {
    // Nothing is posted to it: the database is made and the tree kept on its name alone.
    const made = async () => (await indexedDB.databases()).some((db) => db.name === dbName);
    await expect
      .poll(async () => (await made()) && (await storedParts(dbName)).length, { timeout: 20_000, interval: 250 })
      .toBe(tree.length);
    expect(await storedParts(dbName)).toEqual([...tree].sort());
  } finally {
    worker.terminate();
  }
});

test('settled() waits for the calls in flight (not the background preload), or for its timeout', async () => {
  const client = tests.client({ dbName: tests.dbName() });
  const later = (ms: number, what: string) => new Promise<string>((resolve) => setTimeout(() => resolve(what), ms));
  // Only the preload in flight: settled at once.
  const preload = client.preload();
  expect(await Promise.race([client.settled(60_000).then(() => 'settled'), later(5000, 'waited')])).toBe('settled');
  // A first visit's stats wait for the tree's download and build: a short timeout comes first.
  const stats = client.stats();
  expect(await Promise.race([client.settled(30).then(() => 'settled'), stats.then(() => 'answered')])).toBe('settled');
  await client.settled(60_000);
  // Settled as the answer came: it is there within the same task.
  expect(await Promise.race([stats.then(() => 'answered'), later(0, 'still waiting')])).toBe('answered');
  await preload;
});

test('1,000 labels asking at once cost one lookupMany', async () => {
  const client = tests.client({ dbName: tests.dbName() });
  const ids = (await client.descendants('animal.n.01')).slice(0, 999);
  const lookups = [...ids, 'n99999999'].map((id) =>
    client.lookupBatched(id).then(
      (synset) => synset.wnid,
      (error: Error) => error,
    ),
  );

  const results = await Promise.all(lookups);
  expect(await client.callCount('lookupMany')).toBe(1);
  expect(results.slice(0, 999)).toEqual(ids);
  expect(results[999]).toMatchObject({ name: 'SynsetIdError', message: expect.stringMatching(/n99999999/) });

  // Ids asked for again in a later task share one more round trip, duplicates included.
  const again = await Promise.all([client.lookupBatched('n02084071'), client.lookupBatched('n02084071'), client.lookupBatched('207')]);
  expect(again.map((synset) => synset.name)).toEqual(['dog.n.01', 'dog.n.01', 'golden_retriever.n.01']);
  expect(await client.callCount('lookupMany')).toBe(2);
});

test('names are batched the same way, in their own list', async () => {
  const client = tests.client({ dbName: tests.dbName() });
  const ids = ['n02084071', '207', 'dog.n.01', 'n99999999'];
  const results = await Promise.all(
    ids.map((id) =>
      client.nameBatched(id).then(
        (synset) => synset,
        (error: Error) => error,
      ),
    ),
  );
  expect(results.slice(0, 3)).toEqual([
    { wnid: 'n02084071', name: 'dog.n.01', label: 'dog' },
    { wnid: 'n02099601', name: 'golden_retriever.n.01', label: 'golden retriever' },
    { wnid: 'n02084071', name: 'dog.n.01', label: 'dog' },
  ]);
  expect(results[3]).toMatchObject({ name: 'SynsetIdError', message: expect.stringMatching(/n99999999/) });
  expect([await client.callCount('names'), await client.callCount('lookupMany')]).toEqual([1, 0]);
});

test('reports progress to every listener, the latest first to a late one', async () => {
  const client = tests.client({ dbName: tests.dbName() });
  const seen: string[] = [];
  const stop = client.onProgress((progress) => seen.push(progress.phase));
  await client.stats();
  stop();
  expect(seen).toContain('fetch');
  const late: string[] = [];
  client.onProgress((progress) => late.push(progress.phase));
  expect(late).toHaveLength(1);
});

test('after a failed load, queries fail at once with the same error and send nothing, until retry()', async () => {
  const client = tests.client({ dbName: tests.dbName(), faults: { fetchFailures: { kind: 'network', count: 1 } } });
  const told: (string | undefined)[] = [];
  client.onLoadError((error) => told.push(error?.message));
  const failure = await client.stats().catch((error: Error) => error);
  expect(failure).toMatchObject({ name: 'BundleLoadError', message: expect.stringMatching(/Failed to fetch/) });
  // The structure comes alone or in the tree's joined file.
  const structureFetches = async () => (await client.fetchedUrls()).filter((url) => /\/(structure|tree)\./.test(url)).length;
  const fetched = await structureFetches();
  // A keystroke each: none reaches the worker, none downloads.
  for (const query of ['t', 'te', 'ten', 'tench']) await expect(client.search(query)).rejects.toBe(failure);
  await expect(client.nameBatched('n01440764')).rejects.toBe(failure);
  expect([await client.callCount('search'), await client.callCount('names')]).toEqual([0, 0]);
  expect(await structureFetches()).toBe(fetched);
  expect(told).toEqual([(failure as Error).message]);

  await client.retry();
  expect((await client.stats()).nouns).toBe(82_115);
  expect(told).toEqual([(failure as Error).message, undefined]);
  expect((await client.search('tench'))[0]!.wnid).toBe('n01440764');
});

test('a failed background preload stops no query: the views do not wait on it', async () => {
  const client = tests.client({ dbName: tests.dbName(), faults: { fetchFailures: { kind: 'network', count: 1 } } });
  await expect(client.preload()).rejects.toMatchObject({ name: 'BundleLoadError' });
  expect((await client.names(['n01440764']))[0]).toMatchObject({ synset: { label: 'tench' } });
  expect((await client.stats()).nouns).toBe(82_115);
});

test('a bad id is no load failure: the next query goes through', async () => {
  const client = tests.client({ dbName: tests.dbName() });
  await expect(client.lookup('n99999999')).rejects.toMatchObject({ name: 'SynsetIdError' });
  expect((await client.lookup('dog.n.01')).wnid).toBe('n02084071');
});

test('dispose rejects pending and later calls', async () => {
  const client = tests.client({ dbName: tests.dbName() });
  const pending = [client.lookupBatched('dog.n.01'), client.nameBatched('dog.n.01')];
  client.dispose();
  for (const call of pending) await expect(call).rejects.toThrow('this synset client was disposed');
  await expect(client.lookup('dog.n.01')).rejects.toThrow('this synset client was disposed');
});

test('dispose during a load rejects the load instead of leaving it waiting', async () => {
  const client = tests.client({ dbName: tests.dbName() });
  const ready = client.ready();
  client.dispose();
  await expect(ready).rejects.toThrow('this synset client was disposed');
});

test('the page-wide client is one instance, configured before first use', async () => {
  const dbName = `synset-test-client-page-${Date.now().toString(36)}`;
  afterAll(() => deleteDatabase(dbName));
  configureSynsets({ dbName });
  const client = getSynsetClient();
  expect(getSynsetClient()).toBe(client);
  expect(() => configureSynsets({ dbName: 'another' })).toThrow(/before the first getSynsetClient/);
  expect((await client.ready()).source).toBe('network');
  await client.stats();
  await client.persisted();
  client.dispose();
  // After disposal the page gets a fresh client, which finds the cache its predecessor kept.
  const next = getSynsetClient();
  expect(next).not.toBe(client);
  expect((await next.ready()).source).toBe('indexeddb');
  next.dispose();
});

test('a worker that fails as it starts rejects the calls, saying so once, without the console’s “Uncaught Error:”', async () => {
  const script = URL.createObjectURL(new Blob(["throw new Error('the index is not here');"], { type: 'text/javascript' }));
  const client = createSynsetClient({ dbName: 'synset-test-client-failing-worker', worker: () => new Worker(script, { type: 'module' }) });
  try {
    const error = await client.ready().catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^the synset index worker failed: (?:the index is not here|it could not be loaded)$/);
  } finally {
    client.dispose();
    URL.revokeObjectURL(script);
  }
});
