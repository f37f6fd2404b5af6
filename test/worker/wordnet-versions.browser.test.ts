/**
 * Ids of other WordNets through the real client and worker: the version map is a part of its
 * own, fetched the first time an id needs it, and a failed download fails only those ids.
 */
import { describe, expect, test } from 'vitest';
import { deleteDatabase, useTestClients } from './databases.js';
import type { TestSynsetClient } from './test-worker-client.js';

const tests = useTestClients('versions');
const DOG_FORMS = ['i46360', 'ili:i46360', 'wn31:02086723-n', 'wn31:n02086723', 'oewn-02086723-n'];

async function versionParts(client: TestSynsetClient): Promise<string[]> {
  return (await client.fetchedUrls())
    .map((url) => url.slice(url.lastIndexOf('/') + 1))
    .filter((file) => file.startsWith('wordnet-versions.'));
}

describe('the version map in the worker', () => {
  test('is not fetched by a page that reads only wnids, names and rows; a wnid that is not found fetches it, for the hint', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    expect((await client.lookup('dog.n.01')).wnid).toBe('n02084071');
    expect((await client.row('n02084071')).lemma).toBe('dog');
    expect((await client.names(['n02084071']))[0]).toMatchObject({ synset: { name: 'dog.n.01' } });
    expect(await versionParts(client)).toEqual([]);
    await expect(client.lookup('n99999999')).rejects.toThrow(/^no WordNet 3\.0 noun synset n99999999$/);
    expect(await versionParts(client)).toHaveLength(1);
  });

  test('is fetched once, on the first id of another WordNet, and then each form names dog', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    for (const id of DOG_FORMS) expect((await client.lookup(id)).wnid).toBe('n02084071');
    expect((await client.names(DOG_FORMS)).map((outcome) => ('synset' in outcome ? outcome.synset.name : outcome.error))).toEqual(
      DOG_FORMS.map(() => 'dog.n.01'),
    );
    expect(await client.ancestors('wn31:n02086723')).toContainEqual(expect.arrayContaining(['n00001740', 'n02084071']));
    expect(await versionParts(client)).toHaveLength(1);
  });

  test('gives a synset’s ids, and says why a 3.1 id names no 3.0 synset', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    expect(await client.versionIds('207')).toEqual({
      wnid: 'n02099601',
      ili: 'i46457',
      wn31: '02102253-n',
      oewn: 'oewn-02102253-n',
      note: null,
    });
    expect(await client.versionIds('n03019434')).toMatchObject({
      wn31: null,
      note: 'deprecated in WordNet 3.1, which has no synset for it',
    });
    const outcomes = await client.lookupMany(['wn31:03872233-n', 'i46360', 'wn31:00951435-n']);
    expect(outcomes.map((outcome) => ('error' in outcome ? outcome.error : outcome.synset.wnid))).toEqual([
      'wn31:03872233-n is one synset in WordNet 3.1 for 4 WordNet 3.0 synsets (3.1 merged them): n03685962, n03778135, n03830278, n03866555; name one of those',
      'n02084071',
      'wn31:00951435-n (technology) is new in WordNet 3.1: WordNet 3.0 has no such synset',
    ]);
  });

  test('hints at the 3.0 synset of a plain wnid that is a WordNet 3.1 one', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    await expect(client.lookup('n02086723')).rejects.toThrow(
      "no WordNet 3.0 noun synset n02086723; it is a WordNet 3.1 id: wn31:02086723-n is WordNet 3.0's n02084071 (dog.n.01)",
    );
  });

  test('search finds the synset, and a custom list reads the ids', async () => {
    const dbName = tests.dbName();
    tests.onCleanup(() => deleteDatabase(`${dbName}-lists`));
    const client = tests.client({ dbName });
    expect((await client.search('wn31:02086723-n', { limit: 3 }))[0]).toMatchObject({ wnid: 'n02084071', match: 'id' });
    const added = await client.addLabelList('oewn-02086723-n\ni46457\nwn31:03872233-n\n');
    expect(added.set.classes).toBe(2);
    expect(added.problems).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/^wn31:03872233-n is one synset in WordNet 3\.1/) }),
    ]);
    expect(await client.descendants('n00001740', { in: added.set.name })).toEqual(['n02084071', 'n02099601']);
  });

  test('a failed download fails the ids that need it, saying why; the rest answer, and the next such id fetches again', async () => {
    const client = tests.client({
      dbName: tests.dbName(),
      faults: { fetchFailures: { kind: 'network', count: 1, urlContains: 'wordnet-versions' } },
    });
    const outcomes = await client.lookupMany(['i46360', 'dog.n.01']);
    expect(outcomes[0]).toMatchObject({
      error: expect.stringMatching(/^WordNet 3\.1 and ILI ids cannot be read now: could not download the synset data/),
    });
    expect(outcomes[1]).toMatchObject({ synset: { wnid: 'n02084071' } });
    // The download that failed is not among those made; this one is.
    expect(await versionParts(client)).toEqual([]);
    expect((await client.lookup('i46360')).wnid).toBe('n02084071');
    expect(await versionParts(client)).toHaveLength(1);
  });
});
