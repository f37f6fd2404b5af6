/**
 * The index worker through the real client: a real Worker, real IndexedDB, the real data parts
 * served by the test server. Each test has its own database; faults are installed into the
 * worker's own scope by the test worker (`test-index.worker.ts`), which also records the URLs
 * it fetches: which parts a query fetched.
 * Tests of a first visit make a real one; tests of later visits start from a copy of one first
 * visit made once for the file (`useSeededDatabase`).
 */
import { openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import builtManifest from '../../data/generated/parts/parts.json';
import { expandShards, shardOfOffset, type PartsManifest } from '../../src/core/data-parts.js';
import type { GlossWordTables } from '../../src/core/search-gloss.js';
import type { TreeTables } from '../../src/core/tree-tables.js';
import { digestFields } from '../../src/worker/content-digest.js';
import { INDEX_DB_VERSION, IndexStore, type StoredDerived } from '../../src/worker/index-store.js';
import { ProgressiveIndex } from '../../src/worker/progressive-index.js';
import { ALTERED_DOG_GLOSS, alteredPartsUrl, fileOf, manifestAt, partFiles, wrongPartsUrl } from './bundles.js';
import { storedParts, useSeededDatabase, useTestClients } from './databases.js';
import type { TestSynsetClient } from './test-worker-client.js';

const tests = useTestClients('worker');
const built = builtManifest as PartsManifest;
/** A first visit made once for the file; tests about later visits start from a copy of it. */
const seeded = useSeededDatabase('worker', built);
const skeletonFiles = [built.structure, ...built.names].map((part) => part.file);
/** The one file a first visit fetches the tree in: the structure's and the names' parts joined. */
const treeFile = built.tree!.file;

/** The part files (and joined parts) this client's worker has fetched, in order. */
async function fetchedParts(client: TestSynsetClient): Promise<string[]> {
  return (await client.fetchedUrls()).filter((url) => url.includes('.bin.gz') || url.endsWith('.parts')).map(fileOf);
}

function rejectAfter(ms: number, message: string): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));
}

describe('each query loads the parts it needs and no others', () => {
  test('opening fetches nothing; a name fetches its one small names part (a label shard, a few KB)', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    expect((await client.ready()).source).toBe('network');
    expect(await fetchedParts(client)).toEqual([]);

    expect(await client.names(['n01440764', 'n01443537', '01440764-n'])).toEqual([
      { id: 'n01440764', synset: { wnid: 'n01440764', name: 'tench.n.01', label: 'tench' } },
      { id: 'n01443537', synset: { wnid: 'n01443537', name: 'goldfish.n.01', label: 'goldfish' } },
      { id: '01440764-n', synset: { wnid: 'n01440764', name: 'tench.n.01', label: 'tench' } },
    ]);
    const [names] = await fetchedParts(client);
    expect(await fetchedParts(client)).toEqual([names]);
    expect(names).toMatch(/^label-names-\d{3}\./);
    // What a page of labels saves: the label shard against the index's names shard of the same synsets.
    const labelShard = expandShards(built.labelNames!).find((part) => part.file === names)!;
    const indexShard = built.names[shardOfOffset(built.names, 1440764)]!;
    expect(labelShard.gzipBytes * 4).toBeLessThan(indexShard.gzipBytes);
  });

  test('opening with preloadTree loads the tree, and only the tree, before any query asks', async () => {
    const dbName = tests.dbName();
    const client = tests.client({ dbName, preloadTree: true });
    const phases: string[] = [];
    client.onProgress((progress) => phases.push(progress.phase));
    expect((await client.ready()).source).toBe('network');
    // No query is sent: the parts come, are kept and built into the index on the open's word alone.
    await expect.poll(() => phases.at(-1), { timeout: 20_000 }).toBe('build');
    expect(await client.persisted()).toEqual({ stored: true });
    expect(await storedParts(dbName)).toEqual([...skeletonFiles].sort());
    expect(await fetchedParts(client)).toEqual([treeFile]);
    // The tree's first query finds it loaded.
    expect((await client.children('n02084071', { in: '1k' })).total).toBeGreaterThan(5);
    expect(await fetchedParts(client)).toEqual([treeFile]);
  });

  test('a definition fetches a names part and a gloss part, not the whole index', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    const [tench, unknown] = await client.definitions(['n01440764', 'n01440765']);
    expect(tench).toEqual({
      id: 'n01440764',
      synset: {
        wnid: 'n01440764',
        gloss: 'freshwater dace-like game fish of Europe and western Asia noted for ability to survive outside water',
        examples: [],
      },
    });
    expect(unknown).toEqual({ id: 'n01440765', error: 'no WordNet 3.0 noun synset n01440765' });
    const fetched = await fetchedParts(client);
    expect(fetched.map((file) => /^(glosses|label-names)-/.exec(file)?.[1]).sort()).toEqual(['glosses', 'label-names']);
    expect(fetched).not.toContain(built.structure.file);
  });

  test('ids in other forms, the tree and lookups wait for the whole index; a lookup adds one gloss part', async () => {
    const dbName = tests.dbName();
    const client = tests.client({ dbName });
    expect((await client.names(['207']))[0]).toMatchObject({ synset: { wnid: 'n02099601', label: 'golden retriever' } });
    // The structure and every names shard, in one request; each kept under its own name.
    expect(await fetchedParts(client)).toEqual([treeFile]);
    expect((await client.children('n02084071', { in: '1k' })).total).toBeGreaterThan(5);
    expect((await client.lookup('dog.n.01')).gloss).toMatch(/^a member of the genus Canis/);
    const glossParts = (await fetchedParts(client)).filter((file) => file.startsWith('glosses-'));
    expect(glossParts).toHaveLength(1);
    expect(await client.persisted()).toEqual({ stored: true });
    expect(await storedParts(dbName)).toEqual([...skeletonFiles, ...glossParts].sort());
  });

  test("a part a query needs goes ahead of the preload's downloads, which wait until no query runs", async () => {
    const client = tests.client({ dbName: tests.dbName() });
    await client.stats();
    // Class 999 sits in one of the last gloss parts: the preload would download it near the end.
    const tissuePart = built.glosses[shardOfOffset(built.glosses, 15_075_141)]!.file;
    expect(built.glosses.findIndex((part) => part.file === tissuePart)).toBeGreaterThan(50);
    const preload = client.preload();
    const tissue = client.lookup('n15075141');
    expect((await tissue).gloss).toMatch(/absorbent paper/);
    await preload;
    const glossParts = (await fetchedParts(client)).filter((file) => file.startsWith('glosses-'));
    expect(glossParts).toHaveLength(built.glosses.length);
    // The preload starts once the lookup is answered: on a later visit its one read of all 64
    // parts from IndexedDB would otherwise hold the card's part until the last had come.
    expect(glossParts[0]).toBe(tissuePart);
  });

  test('progress follows the load of the whole index', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    const seen: { phase: string; loaded: number; total: number }[] = [];
    client.onProgress((progress) => seen.push(progress));
    await client.stats();
    // Progress comes on a port of its own (the listener's proxy), so the last of it may follow
    // the answer to stats().
    await expect.poll(() => seen.at(-1)?.phase).toBe('build');
    const fetches = seen.filter((p) => p.phase === 'fetch');
    expect(fetches.length).toBeGreaterThan(1);
    expect(fetches.at(-1)!.loaded).toBe(fetches.at(-1)!.total);
  });
});

describe('later visits and new builds', () => {
  test('a later visit reads IndexedDB and fetches no data', async () => {
    const dbName = tests.dbName();
    await seeded.into(dbName);
    // What the first visit kept: every part of the build.
    expect(await storedParts(seeded.name)).toEqual(partFiles(built).sort());
    expect(await storedParts(dbName)).toEqual(partFiles(built).sort());

    const client = tests.client({ dbName });
    const phases = new Set<string>();
    client.onProgress((p) => phases.add(p.phase));
    expect((await client.ready()).source).toBe('indexeddb');
    expect((await client.lookup('dog.n.01')).gloss).toMatch(/^a member of the genus Canis/);
    expect(await client.search('golden retriever')).toEqual(expect.arrayContaining([expect.objectContaining({ wnid: 'n02099601' })]));
    expect([...phases]).toEqual(['read', 'build']);
    expect(await fetchedParts(client)).toEqual([]);
  });

  test('a later visit missing a names part and holding a damaged one fetches those two alone, not the whole tree', async () => {
    const dbName = tests.dbName();
    await seeded.into(dbName);
    const [lost, damaged] = [built.names[3]!.file, built.names[17]!.file];
    const store = await IndexStore.open(dbName, { blockedTimeoutMs: 5000 });
    try {
      await store.deletePart(lost);
      await store.writePart({ file: damaged, bytes: new TextEncoder().encode('not a names shard') });
    } finally {
      store.close();
    }
    const client = tests.client({ dbName });
    expect((await client.lookup('dog.n.01')).gloss).toMatch(/^a member of the genus Canis/);
    expect((await fetchedParts(client)).sort()).toEqual([lost, damaged].sort());
    expect(await client.persisted()).toEqual({ stored: true });
    expect(await storedParts(dbName)).toEqual(partFiles(built).sort());
  });

  test('a later visit searches gloss words with the index a visit kept, not one built again', async () => {
    const dbName = tests.dbName();
    await seeded.into(dbName);
    // The kept index with one word renamed (in its sorted place): only a search on the kept copy finds the new spelling.
    const key = ProgressiveIndex.glossWordsKey(built);
    const store = await IndexStore.open(dbName, { blockedTimeoutMs: 5000 });
    try {
      const kept = (await store.readDerived(key))!.value as GlossWordTables;
      const words = kept.words.split('\n');
      const at = words.indexOf('prehistoric');
      expect([words[at - 1]! < 'prehistoricqx', 'prehistoricqx' < words[at + 1]!]).toEqual([true, true]);
      words[at] = 'prehistoricqx';
      const renamed = { ...kept, words: words.join('\n') };
      await store.writeDerived({ key, value: renamed, digest: await digestFields(renamed) });
    } finally {
      store.close();
    }

    const client = tests.client({ dbName });
    expect((await client.ready()).source).toBe('indexeddb');
    const hits = await client.search('prehistoricqx', { limit: 50 });
    expect(hits.map((hit) => hit.wnid)).toContain('n02084071');
    expect(hits.every((hit) => hit.match === 'gloss')).toBe(true);
  });

  test('a kept gloss word index that does not match its digest is ignored, built again and kept again', async () => {
    const dbName = tests.dbName();
    await seeded.into(dbName);
    const key = ProgressiveIndex.glossWordsKey(built);
    const store = await IndexStore.open(dbName, { blockedTimeoutMs: 5000 });
    const kept = (await store.readDerived(key))!;
    await store.writeDerived({ ...kept, digest: 'not its digest' });
    store.close();

    const client = tests.client({ dbName });
    const hits = await client.search('domesticated by man since prehistoric');
    expect(hits.map((hit) => hit.wnid)).toContain('n02084071');
    await client.preload();
    const again = await IndexStore.open(dbName, { blockedTimeoutMs: 5000 });
    try {
      expect((await again.readDerived(key))?.digest).toBe(kept.digest);
    } finally {
      again.close();
    }
  });

  test('a later visit builds its tree with the tables the first visit kept; a copy that does not match its digest is ignored and kept again', async () => {
    const key = ProgressiveIndex.treeTablesKey(built);
    /** The seeded visit's tree tables, or `replace`'s of them, in a database of its own. */
    async function databaseWith(
      replace: (kept: StoredDerived) => Promise<StoredDerived>,
    ): Promise<{ dbName: string; kept: StoredDerived }> {
      const dbName = tests.dbName();
      await seeded.into(dbName);
      const store = await IndexStore.open(dbName, { blockedTimeoutMs: 5000 });
      try {
        const kept = (await store.readDerived(key))!;
        expect(kept.digest).toBe(await digestFields(kept.value as TreeTables));
        await store.writeDerived(await replace(kept));
        return { dbName, kept };
      } finally {
        store.close();
      }
    }
    // Tables that say abstraction's first lemma is physical entity's last (synsets 1 and 2, in
    // offset order): only an index built with them answers so.
    const planted = (kept: StoredDerived): TreeTables => {
      const tables = kept.value as TreeTables;
      const lemmaStart = tables.lemmaStart.slice();
      lemmaStart[2]!++;
      return { ...tables, lemmaStart };
    };

    const used = await databaseWith(async (kept) => ({ key, value: planted(kept), digest: await digestFields(planted(kept)) }));
    const client = tests.client({ dbName: used.dbName });
    expect((await client.lookup('n00002137')).lemmas).toEqual(['abstract_entity']);
    expect((await client.lookup('n00001930')).lemmas).toEqual(['physical_entity', 'abstraction']);

    const damaged = await databaseWith(async (kept) => ({ key, value: planted(kept), digest: kept.digest }));
    const next = tests.client({ dbName: damaged.dbName });
    expect((await next.lookup('n00002137')).lemmas).toEqual(['abstraction', 'abstract_entity']);
    await next.preload();
    const again = await IndexStore.open(damaged.dbName, { blockedTimeoutMs: 5000 });
    try {
      expect((await again.readDerived(key))?.digest).toBe(damaged.kept.digest);
    } finally {
      again.close();
    }
  });

  test("a new build's parts replace the old ones: only the parts that changed are fetched", async () => {
    const dbName = tests.dbName();
    await seeded.into(dbName);
    const altered = await manifestAt(alteredPartsUrl);
    const changed = partFiles(altered).filter((file) => !partFiles(built).includes(file));
    expect(changed).toHaveLength(1);

    const client = tests.client({ dbName, dataUrl: alteredPartsUrl });
    expect((await client.ready()).source).toBe('indexeddb');
    expect((await client.lookup('dog.n.01')).gloss).toBe(ALTERED_DOG_GLOSS);
    await client.preload();
    expect(await client.persisted()).toEqual({ stored: true });
    expect(await fetchedParts(client)).toEqual(changed);
    expect(await storedParts(dbName)).toEqual(partFiles(altered).sort());
  });
});

describe('a damaged or missing part is fetched again, alone', () => {
  async function damagePart(dbName: string, file: string, damage: (bytes: Uint8Array) => Uint8Array | undefined): Promise<void> {
    const db = await openDB(dbName, INDEX_DB_VERSION);
    try {
      const record = (await db.get('parts', file)) as { file: string; bytes: Uint8Array };
      const damaged = damage(record.bytes);
      if (damaged) await db.put('parts', { file, bytes: damaged });
      else await db.delete('parts', file);
    } finally {
      db.close();
    }
  }
  const flipOne = (bytes: Uint8Array) => Object.assign(bytes.slice(), { [bytes.length >> 1]: bytes[bytes.length >> 1]! ^ 1 });
  const dogGlossPart = built.glosses.findLast((shard) => shard.firstOffset <= 2084071)!.file;

  test.each([
    ['the structure, one flipped bit', built.structure.file, flipOne],
    ['a names part, cut in half', built.names[7]!.file, (bytes: Uint8Array) => bytes.slice(0, bytes.length >> 1)],
    ["dog's gloss part, missing", dogGlossPart, () => undefined],
  ] as const)('%s', async (_, file, damage) => {
    const dbName = tests.dbName();
    await seeded.into(dbName);
    await damagePart(dbName, file, damage);

    const client = tests.client({ dbName });
    expect((await client.ready()).source).toBe('indexeddb');
    expect((await client.lookup('dog.n.01')).gloss).toMatch(/^a member of the genus Canis/);
    await client.preload();
    expect(await fetchedParts(client)).toEqual([file]);
    expect(await client.persisted()).toEqual({ stored: true });

    const next = tests.client({ dbName });
    expect((await next.search('dog'))[0]!.wnid).toBe('n02084071');
    expect(await fetchedParts(next)).toEqual([]);
  });
});

describe('storage faults: the data is served anyway', () => {
  test('no IndexedDB in the worker: served from memory, with a warning', async () => {
    const client = tests.client({ dbName: tests.dbName(), faults: { indexedDB: 'missing' } });
    const ready = await client.ready();
    expect(ready.source).toBe('memory');
    expect(ready.storageWarning).toBe(
      'This browser could not keep a copy of the data (it offers this page no storage), so the next visit downloads it again.',
    );
    expect((await client.stats()).nouns).toBe(82_115);
    expect(await client.persisted()).toEqual({ stored: false, storageWarning: ready.storageWarning });
  });

  test('indexedDB.open throwing: served from memory, with a warning', async () => {
    const client = tests.client({ dbName: tests.dbName(), faults: { indexedDB: 'open-throws' } });
    const ready = await client.ready();
    expect(ready.source).toBe('memory');
    expect(ready.storageWarning).toMatch(/could not keep a copy of the data \(it blocks storage for this site\)/);
    expect((await client.lookup('207')).wnid).toBe('n02099601');
  });

  test('the upgrade failing (its transaction aborted): served from memory, with a warning; retry() keeps serving', async () => {
    const client = tests.client({ dbName: tests.dbName(), faults: { indexedDB: 'upgrade-aborts' } });
    const ready = await client.ready();
    expect(ready.source).toBe('memory');
    expect(ready.storageWarning).toMatch(/could not keep a copy of the data \(it could not prepare its storage\)/);
    expect((await client.stats()).nouns).toBe(82_115);
    expect((await client.retry()).source).toBe('memory');
    expect((await client.lookup('dog.n.01')).wnid).toBe('n02084071');
  });

  test('quota exceeded while storing: keeps serving, says why, and the next visit stores it', async () => {
    const dbName = tests.dbName();
    const full = tests.client({ dbName, faults: { quotaExceeded: true } });
    expect((await full.ready()).source).toBe('network');
    expect((await full.lookup('cat.n.01')).wnid).toBe('n02121620');
    const outcome = await full.persisted();
    expect(outcome.stored).toBe(false);
    expect(outcome.storageWarning).toMatch(/could not keep a copy of the data \(its storage for this site is full\)/);
    expect(await storedParts(dbName)).toEqual([]);
    full.dispose();

    // The next visit stores what it loaded (the whole index and a gloss part: a preload of
    // every part would store more of the same, at the cost of another full first visit).
    const next = tests.client({ dbName });
    expect((await next.ready()).source).toBe('network');
    expect((await next.lookup('cat.n.01')).wnid).toBe('n02121620');
    expect(await next.persisted()).toEqual({ stored: true });
    expect((await storedParts(dbName)).length).toBeGreaterThan(0);
    next.dispose();
    expect((await tests.client({ dbName }).ready()).source).toBe('indexeddb');
  });

  test('an older tab holding the database blocks the upgrade: times out to memory', async () => {
    const dbName = tests.dbName();
    // The "old tab": holds the current version and ignores versionchange.
    const oldTab = await openDB(dbName, INDEX_DB_VERSION, { upgrade: (db) => void db.createObjectStore('old-layout') });
    tests.onCleanup(() => oldTab.close());

    const client = tests.client({ dbName, blockedTimeoutMs: 200, faults: { schemaVersion: INDEX_DB_VERSION + 1 } });
    const ready = await client.ready();
    expect(ready.source).toBe('memory');
    expect(ready.storageWarning).toMatch(/\(another tab has an older version of this page open\)/);
    expect((await client.lookup('dog.n.01')).wnid).toBe('n02084071');
  });

  test('a newer tab upgrading the database: the worker lets go and keeps serving', async () => {
    const dbName = tests.dbName();
    const client = tests.client({ dbName });
    expect((await client.ready()).source).toBe('network');
    const lookup = client.lookup('dog.n.01');
    // A newer build upgrades the database while the worker may be storing parts: the upgrade
    // must not wait on the worker (an open write may finish first).
    const newerTab = await Promise.race([openDB(dbName, INDEX_DB_VERSION + 1), rejectAfter(5000, 'the upgrade was blocked')]);
    newerTab.close();
    expect((await lookup).wnid).toBe('n02084071');
    const outcome = await client.persisted();
    if (!outcome.stored) expect(outcome.storageWarning).toMatch(/\(a newer version of this page took over its storage\)/);

    // This build, now older than the database, meets a VersionError: served from memory.
    const older = tests.client({ dbName });
    const ready = await older.ready();
    expect(ready.source).toBe('memory');
    expect(ready.storageWarning).toMatch(/\(a newer version of this page took over its storage\)/);
  });
});

// The client fails fast after a load failure (see client.browser.test.ts): retry() lets the
// next query through, and the worker, which forgot the failed part, fetches it again.
describe('download faults: a clear error for the queries that needed the part, and after retry() the next one tries again', () => {
  test('a dropped connection rejects the query; the next query loads', async () => {
    const client = tests.client({ dbName: tests.dbName(), faults: { fetchFailures: { kind: 'network', count: 1 } } });
    expect((await client.ready()).source).toBe('network');
    await expect(client.names(['n01440764'])).rejects.toThrow(
      /could not download the synset data from .*names-\d{3}\.\w+\.bin\.gz: Failed to fetch/,
    );
    await client.retry();
    expect((await client.names(['n01440764']))[0]).toMatchObject({ synset: { label: 'tench' } });
  });

  test('a body shorter than its Content-Length rejects with "cut short"', async () => {
    const client = tests.client({ dbName: tests.dbName(), faults: { fetchFailures: { kind: 'truncated', count: 1 } } });
    const error = await client.names(['n01440764']).catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'BundleLoadError' });
    expect((error as Error).message).toMatch(/was cut short at \d+ of \d+ bytes/);
    await client.retry();
    expect((await client.names(['n01440764']))[0]).toMatchObject({ synset: { label: 'tench' } });
  });

  test('the joined tree cut short: the parts it brought are kept, the rest come alone', async () => {
    const dbName = tests.dbName();
    const client = tests.client({ dbName, faults: { fetchFailures: { kind: 'truncated', count: 1 } } });
    expect((await client.stats()).nouns).toBe(82_115);
    const [first, ...alone] = await fetchedParts(client);
    expect(first).toBe(treeFile);
    // Half the body came: the parts in its first half were whole, and only the others were asked for again.
    expect(alone.length).toBeGreaterThan(5);
    expect(alone.length).toBeLessThan(skeletonFiles.length - 5);
    expect(alone.every((file) => skeletonFiles.includes(file))).toBe(true);
    expect(alone).not.toContain(built.structure.file);
    expect(await client.persisted()).toEqual({ stored: true });
    expect(await storedParts(dbName)).toEqual([...skeletonFiles].sort());
  });

  test('a part that is not the content its name says is refused, and not kept', async () => {
    const dbName = tests.dbName();
    const client = tests.client({ dbName, dataUrl: wrongPartsUrl });
    await expect(client.stats()).rejects.toThrow(/structure\.\w+\.bin\.gz is not the expected content/);
    // Refused in the joined file, the structure was asked for alone, and refused again.
    const structure = (await manifestAt(wrongPartsUrl)).structure.file;
    expect((await fetchedParts(client)).filter((file) => file === structure || file.endsWith('.parts'))).toEqual([
      expect.stringMatching(/^tree\./),
      structure,
    ]);
    await client.retry();
    expect((await client.names(['n01440764']))[0]).toMatchObject({ synset: { label: 'tench' } });
    await client.persisted();
    expect((await storedParts(dbName)).some((file) => file.startsWith('structure.'))).toBe(false);
  });

  test('a manifest URL that is wrong rejects opening, saying so; the next open tries again', async () => {
    const client = tests.client({ dbName: tests.dbName(), dataUrl: '/no/such/parts.json' });
    await expect(client.ready()).rejects.toThrow(/no\/such\/parts\.json/);
    await expect(client.retry()).rejects.toThrow(/^the server did not send the synset data.*no\/such\/parts\.json/);
  });
});

describe('queries', () => {
  test('a bad argument rejects with the core message; the worker keeps answering', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    await expect(client.lookup('n99999999')).rejects.toMatchObject({ name: 'SynsetIdError', message: expect.stringMatching(/n99999999/) });
    await expect(client.children('dog.n.01', { in: 'bogus' as never })).rejects.toThrow(
      "unknown label set 'bogus' (known: all, 1k, 21k, 21k-goog",
    );
    await expect(client.search(42 as never)).rejects.toThrow('a search query must be text');
    expect((await client.names(['n99999999']))[0]).toEqual({ id: 'n99999999', error: 'no WordNet 3.0 noun synset n99999999' });
    expect((await client.lookup('dog.n.01')).wnid).toBe('n02084071');
  });

  // One first visit for both: the search's, which waits for the whole index and every gloss part to download.
  test('a search waits for every gloss part (its last tier reads them all); one cancelled while it waits rejects at once, and the worker drops it', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    await client.ready();
    const superseded = new AbortController();
    const first = client.search('dog', {}, superseded.signal);
    // Sent, and waiting in the worker: the next keystroke's search supersedes it.
    await expect.poll(() => client.callCount('search')).toBe(1);
    const latest = client.search('dogs', {});
    superseded.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect((await latest).length).toBeGreaterThan(0);
    // The worker heard of the cancel, and answered the cancelled search with an AbortError instead of searching.
    expect(await client.callCount('cancel')).toBe(1);
    await expect.poll(() => client.answersTo('search')).toEqual(expect.arrayContaining(['AbortError', 'answer']));
    expect(await client.answersTo('search')).toHaveLength(2);
    // A signal that has aborted already sends nothing.
    await expect(client.search('cat', {}, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect(await client.callCount('search')).toBe(2);

    // What the searches waited for: every gloss part, each once.
    expect((await fetchedParts(client)).filter((file) => file.startsWith('glosses-'))).toHaveLength(built.glosses.length);
    expect((await client.search('mentions retrievers')).length).toBeGreaterThanOrEqual(0);
    expect(await client.search('golden retriever')).toEqual(expect.arrayContaining([expect.objectContaining({ wnid: 'n02099601' })]));
  });

  test('large lists travel as compact arrays and are spelled as wnids on the page', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    const offsets = await client.descendantOffsets('entity.n.01');
    expect(offsets).toBeInstanceOf(Uint32Array);
    expect(offsets.length).toBe(82_114);
    const wnids = await client.descendants('dog.n.01', { in: '1k' });
    expect(wnids).toHaveLength((await client.lookup('dog.n.01')).desc1k);
    expect(wnids).toContain('n02099601');
    // A core query the worker answers from the list alone (CORE_QUERIES).
    expect(await client.firstParent('dog.n.01')).toBe('n02083346');
    const layout = await client.subtree('dog.n.01', { depth: 1 });
    expect(layout.parent).toBeInstanceOf(Int32Array);
    expect(layout.wnids[0]).toBe('n02084071');
  });
});
