/**
 * Label spaces through the real client and worker: built-in lists fetched as parts when first
 * named, custom lists kept in a real IndexedDB database of their own across workers.
 */
import { openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import simpleNames from '../../data/labelsets/names/simple.json';
import imagenetteList from '../../data/labelsets/imagenette.txt?raw';
import imagenetRList from '../../data/labelsets/imagenet-r.txt?raw';
import { deleteDatabase, useTestClients } from './databases.js';
import type { TestSynsetClient } from './test-worker-client.js';

const tests = useTestClients('labels');

/** A client whose custom-list database is deleted with the test's other databases. */
function clientWithLists(): { client: TestSynsetClient; dbName: string } {
  const dbName = tests.dbName();
  tests.onCleanup(() => deleteDatabase(`${dbName}-lists`));
  return { client: tests.client({ dbName }), dbName };
}

async function labelParts(client: TestSynsetClient): Promise<string[]> {
  return (await client.fetchedUrls()).map((url) => url.slice(url.lastIndexOf('/') + 1)).filter((file) => file.startsWith('labels-'));
}

describe('built-in label spaces', () => {
  test('are listed from the manifest without fetching a list', async () => {
    const { client } = clientWithLists();
    const sets = await client.labelSets();
    expect(sets.map((set) => set.name)).toContain('imagenet-r');
    expect(sets.find((set) => set.name === '21k-p-winter21')).toMatchObject({ classes: 10450, custom: false });
    expect(sets.every((set) => set.source.length > 0)).toBe(true);
    expect(await labelParts(client)).toEqual([]);
  });

  test('a query in a set fetches that set’s list only, and counts its classes', async () => {
    const { client } = clientWithLists();
    const root = await client.row('n00001740', { in: 'imagenette' });
    expect(root.count).toBe(10);
    const [part, ...others] = await labelParts(client);
    expect(part).toMatch(/^labels-imagenette\./);
    expect(others).toEqual([]);
    const wnids = imagenetteList.split('\n').filter(Boolean);
    expect(await client.descendants('n00001740', { in: 'imagenette' })).toEqual([...wnids].sort());
    expect((await client.row(wnids[3]!, { in: 'imagenette' })).setIndex).toBe(3);
  });

  test('coco’s declared hole is a hole in the worker too, saying why; tieredImageNet’s grouping groups a split by its categories', async () => {
    const { client } = clientWithLists();
    expect((await client.row('n00001740', { in: 'coco' })).count).toBe(79);
    expect(await client.setIndices('n02084071')).toContainEqual({ set: 'coco', index: 16 });
    const set = (await client.labelSets()).find((summary) => summary.name === 'coco')!;
    expect(set.classes).toBe(80);
    await client.addLabelList('coco:12\ncoco:11\n').then((added) =>
      expect(added.problems).toEqual([
        expect.objectContaining({
          line: 2,
          message: 'class 11 of coco (stop sign) names no synset: LVIS maps it to stop_sign.n.01, which is not a WordNet 3.0 noun',
        }),
      ]),
    );
    const test = await client.groupSet('tiered-imagenet-test', { by: 'published', name: 'tiered-imagenet' });
    expect(test.groups).toHaveLength(34);
    expect(test.groups.filter((group) => group.size > 0)).toHaveLength(8);
    expect(test.groupOf.every((group) => group >= 0)).toBe(true);
    expect(test.groups.reduce((sum, group) => sum + group.size, 0)).toBe(160);
  });

  test('an unknown set is refused with the known ones', async () => {
    const { client } = clientWithLists();
    await expect(client.row('n00001740', { in: 'imagenet-z' })).rejects.toThrow(/unknown label set 'imagenet-z' \(known: all, 1k, 21k/);
  });

  test('a synset’s index in every set is the same found in the lists’ text as read from the loaded sets', async () => {
    const { client } = clientWithLists();
    // tench (1k class 0), dog (no 1k class), golden retriever, a wing: sets of every size hold some.
    const wnids = ['n01440764', 'n02084071', 'n02099601', 'n04592741'];
    const searched = [];
    for (const wnid of wnids) searched.push(await client.setIndices(wnid));
    expect(searched[1]).toContainEqual({ set: '21k', index: expect.any(Number) });
    for (const { name, custom } of await client.labelSets()) if (!custom) await client.row('n00001740', { in: name });
    for (const [k, wnid] of wnids.entries()) expect(await client.setIndices(wnid), wnid).toEqual(searched[k]);
  });

  test('a synset’s index in every set, names and exports', async () => {
    const { client } = clientWithLists();
    const indices = await client.setIndices('n01440764');
    expect(indices).toContainEqual({ set: '1k', index: 0 });
    expect(indices).toContainEqual({ set: '22k-ms', index: 0 });
    expect(indices.some((entry) => entry.set === 'imagenet-r')).toBe(false);
    expect((await client.classLabels('1k', 'simple'))[0]).toBe(simpleNames[0]);
    const keras = JSON.parse(await client.exportSet('imagenette', { format: 'keras' })) as Record<string, [string, string]>;
    expect(Object.keys(keras)).toHaveLength(10);
    const dogs = (await client.exportSet('1k', { format: 'jsonl', under: 'dog.n.01' })).trim().split('\n');
    expect(dogs).toHaveLength(118);
  });
});

describe('custom lists', () => {
  const text = '# my classes\nn01440764\nnot a class\ndog.n.01\n207\n';

  test('report bad lines and keep the list for a later visit', async () => {
    const { client, dbName } = clientWithLists();
    const added = await client.addLabelList(text, 'fish and dogs');
    expect(added.set).toMatchObject({ classes: 3, custom: true, description: 'fish and dogs' });
    expect(added.set.name).toMatch(/^list:[0-9a-f]{12}$/);
    expect(added.problems.map((problem) => problem.line)).toEqual([3]);
    expect((await client.row('n00001740', { in: added.set.name })).count).toBe(3);
    client.dispose();

    const later = tests.client({ dbName });
    expect((await later.labelSets()).filter((set) => set.custom)).toEqual([added.set]);
    expect(await later.descendants('dog.n.01', { in: added.set.name })).toEqual(['n02099601']);
    await later.removeLabelList(added.set.name);
    expect((await later.labelSets()).some((set) => set.custom)).toBe(false);
    // Forgotten by this worker too, not only by the next one.
    await expect(later.descendants('dog.n.01', { in: added.set.name })).rejects.toThrow(/no custom list list:[0-9a-f]{12} in this browser/);
  });

  /** Every id form: a wnid, another set's class, a 21k class, an NLTK name, a 1k index as NumPy writes it, WordNet's offset form. */
  const EVERY_FORM = 'n01440764\nimagenet-r:17\n21k:9000\ndog.n.01\n207.0\n01443537-n\n';
  const tarantula = imagenetRList.split('\n')[17]!;

  test('reads back after a restart exactly as it was added, for every id form', async () => {
    const { client, dbName } = clientWithLists();
    // As in the explorer, where imagenet-r was on show when the list was pasted.
    await client.row('n00001740', { in: 'imagenet-r' });
    const added = await client.addLabelList(EVERY_FORM, 'every id form');
    expect(added.problems).toEqual([]);
    expect(added.set.classes).toBe(6);
    const exported = await client.exportSet(added.set.name, { format: 'jsonl' });
    expect(exported.trim().split('\n')).toHaveLength(6);
    expect(exported).toContain(`"wnid":"${tarantula}"`);
    client.dispose();

    // A new worker (a reload): imagenet-r is not loaded until the list's own line needs it.
    const later = tests.client({ dbName });
    expect((await later.labelSets()).find((set) => set.name === added.set.name)).toEqual(added.set);
    expect(await later.exportSet(added.set.name, { format: 'jsonl' })).toBe(exported);
    expect((await later.row(tarantula, { in: added.set.name })).setIndex).toBe(1);
  });

  test('a list kept without its wnids (an older version) is read with the sets it names; a damaged one says it cannot be read back', async () => {
    const { client, dbName } = clientWithLists();
    // The records as the page's databases hold them: written here, before the worker opens them.
    const lists = await openDB(`${dbName}-lists`, 1, { upgrade: (db) => db.createObjectStore('lists', { keyPath: 'name' }) });
    await lists.put('lists', { name: 'list:0123456789ab', text: EVERY_FORM, description: 'older', classes: 6, added: 1 });
    await lists.put('lists', {
      name: 'list:ba9876543210',
      text: 'n01440764\n',
      description: 'damaged',
      classes: 1,
      added: 2,
      wnids: ['n99999999'],
      problems: [],
    });
    lists.close();
    expect((await client.row(tarantula, { in: 'list:0123456789ab' })).setIndex).toBe(1);
    await expect(client.row('n00001740', { in: 'list:ba9876543210' })).rejects.toThrow(
      /the list “damaged” kept in this browser cannot be read back \(class 0 is n99999999.*\): add it again/,
    );
  });

  test('loads the label sets its SET:INDEX lines name before reading them', async () => {
    const { client } = clientWithLists();
    const added = await client.addLabelList(EVERY_FORM);
    expect(added.problems).toEqual([]);
    expect((await client.row(tarantula, { in: added.set.name })).setIndex).toBe(1);
  });

  test.each(['missing', 'open-throws'] as const)(
    'where IndexedDB is %s, a list is used and the answer says it will not be kept',
    async (fault) => {
      const client = tests.client({ dbName: tests.dbName(), faults: { indexedDB: fault } });
      const added = await client.addLabelList('n01440764\ndog.n.01\n');
      expect(added.storageWarning).toMatch(/could not keep the list: it is in use on this page only/);
      expect((await client.row('n00001740', { in: added.set.name })).count).toBe(2);
    },
  );

  test('a list this browser keeps carries no warning', async () => {
    const { client } = clientWithLists();
    expect((await client.addLabelList('n01440764\n')).storageWarning).toBeUndefined();
  });

  test('a list added with no description is named by its first classes', async () => {
    const { client } = clientWithLists();
    expect((await client.addLabelList('not a class\nn01440764\ndog.n.01\n207\n')).set.description).toBe('your list: tench, dog, …');
    expect((await client.addLabelList('n01443537\n')).set.description).toBe('your list: goldfish');
  });

  test('a list naming no class is refused', async () => {
    const { client } = clientWithLists();
    await expect(client.addLabelList('nothing here\n')).rejects.toThrow(/no line of the list names a class \(line 1/);
  });
});

describe('the explorer’s comparisons and groupings', () => {
  test('compares two classes with paths that meet at their LCA', async () => {
    const { client } = clientWithLists();
    const { distance, pathA, pathB } = await client.compare('n01440764', 'n02099601');
    expect(distance).toMatchObject({ a: 'n01440764', b: 'n02099601', lca: ['n01471682'] });
    const meet = pathA.indexOf('n01471682');
    expect(meet).toBe(distance.lcaDepth);
    expect(pathB.slice(0, meet + 1)).toEqual(pathA.slice(0, meet + 1));
    expect(pathA.at(-1)).toBe('n01440764');
    expect(pathB.at(-1)).toBe('n02099601');
  });

  test('groups a set by a published grouping fetched as parts, and by count', async () => {
    const { client } = clientWithLists();
    const restricted = await client.groupSet('1k', { by: 'published', name: 'restricted-imagenet' });
    expect(restricted.groups).toHaveLength(9);
    expect(Array.from(restricted.groupOf).filter((g) => g >= 0)).toHaveLength(203);
    const dogGroup = restricted.groupOf[207]!;
    expect(restricted.groups[dogGroup]).toMatchObject({ name: 'dog', size: 118 });
    const parts = (await client.fetchedUrls()).filter((url) => url.includes('grouping-'));
    expect(parts).toHaveLength(1);

    const byCount = await client.groupSet('1k', { by: 'count', count: 5 });
    expect(byCount.groups).toHaveLength(5);
    expect(byCount.note).toBeNull();
    expect(Array.from(byCount.groupOf).every((g) => g >= 0 && g < 5)).toBe(true);
  });
});
