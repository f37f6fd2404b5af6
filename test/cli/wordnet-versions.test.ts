/** Ids of other WordNets on the command line and in the Node API: read, shown, mapped to. */
import { describe, expect, it } from 'vitest';
import { openSynsets } from '../../src/node/index.js';
import { jsonLines, lines, synset } from './run-cli.js';
import { runMain } from './run-main.js';

const DOG_FORMS = ['i46360', 'wn31:02086723-n', 'wn31:n02086723', 'oewn-02086723-n'];

describe('ids of other WordNets', () => {
  it('each form is read by the executable as the WordNet 3.0 synset', () => {
    const run = synset(['lookup', ...DOG_FORMS, '--fields', 'input,wnid,name']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toEqual(DOG_FORMS.map((id) => `${id}\tn02084071\tdog.n.01`));
  });

  it('and wherever else ids are read: ancestors, lca pairs, standard input', async () => {
    const ancestors = await runMain(['ancestors', 'wn31:n02086723', '--json']);
    expect(jsonLines(ancestors.stdout)[0]).toMatchObject({ wnid: 'n02084071' });
    const lca = await runMain(['lca', 'i46360,oewn-02124272-n', '--json']); // dog and cat (3.1's cat.n.01), carnivore
    expect(jsonLines(lca.stdout)[0]).toMatchObject({ a: 'n02084071', b: 'n02121620', lca: ['n02075296'] });
    const piped = await runMain(['lookup', '-', '--format', 'tsv', '--fields', 'wnid'], DOG_FORMS.join('\n') + '\n');
    expect(lines(piped.stdout)).toEqual(DOG_FORMS.map(() => 'n02084071'));
  });

  it('a plain wnid that is a WordNet 3.1 one gets a one-line hint naming its 3.0 synset', async () => {
    const run = await runMain(['lookup', 'n02086723']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `synset: "n02086723": no WordNet 3.0 noun synset n02086723; it is a WordNet 3.1 id: wn31:02086723-n is WordNet 3.0's n02084071 (dog.n.01)\n`,
    );
  });

  it('ids that name no single 3.0 synset say why, and the other inputs are answered', async () => {
    const run = await runMain(['lookup', 'wn31:03872233-n', 'dog.n.01', 'wn31:00951435-n', 'i7', '--fields', 'wnid']);
    expect(run.status).toBe(1);
    expect(lines(run.stdout)).toEqual(['n02084071']);
    expect(lines(run.stderr)).toEqual([
      'synset: "wn31:03872233-n": wn31:03872233-n is one synset in WordNet 3.1 for 4 WordNet 3.0 synsets (3.1 merged them): n03685962, n03778135, n03830278, n03866555; name one of those',
      'synset: "wn31:00951435-n": wn31:00951435-n (technology) is new in WordNet 3.1: WordNet 3.0 has no such synset',
      'synset: "i7": i7 is not the ILI of a WordNet 3.0 noun synset',
    ]);
  });
});

describe('lookup shows them', () => {
  it('--json carries ili, wn31, oewn, and wn31Note: null with the reason for a noun 3.1 deprecated', async () => {
    const run = await runMain(['lookup', 'dog.n.01', 'n04231905', '--json']);
    const [dog, skivvies] = jsonLines(run.stdout);
    expect(dog).toMatchObject({ wnid: 'n02084071', ili: 'i46360', wn31: '02086723-n', oewn: 'oewn-02086723-n', wn31Note: null });
    expect(skivvies).toMatchObject({
      wnid: 'n04231905',
      wn31: null,
      oewn: null,
      wn31Note: 'deprecated in WordNet 3.1, which has no synset for it',
    });
    expect(skivvies!['ili']).toMatch(/^i\d+$/);
  });

  it('--fields wnid,ili,wn31,oewn', async () => {
    const run = await runMain(['lookup', '207', 'n04231905', '--fields', 'wnid,ili,wn31,oewn', '--format', 'csv', '--header']);
    expect(lines(run.stdout)).toEqual([
      'wnid,ili,wn31,oewn',
      'n02099601,i46457,02102253-n,oewn-02102253-n',
      expect.stringMatching(/^n04231905,i\d+,,$/),
    ]);
  });
});

describe('synset map --to wn31|ili|oewn', () => {
  it('maps a whole label space: one JSON array of ids, class k at k', async () => {
    const run = await runMain(['map', '--from', 'imagewoof', '--to', 'wn31', '--all', '--json']);
    expect(run.status).toBe(0);
    const ids = JSON.parse(run.stdout) as string[];
    const expected = openSynsets();
    expect(ids).toEqual(
      Array.from(expected.labelSpaces.set('imagewoof').classes, (i) => expected.versionIds(expected.index.wnidOf(i)).wn31),
    );
    expect(ids.every((id) => /^\d{8}-n$/.test(id))).toBe(true);
    const ili = JSON.parse((await runMain(['map', '--from', 'imagewoof', '--to', 'ili', '--all', '--json'])).stdout) as string[];
    expect(ili).toHaveLength(10);
    expect(new Set(ili).size).toBe(10);
  });

  it('answers each id, null with the reason where 3.1 has none', async () => {
    const run = await runMain(['map', 'dog.n.01', 'n03019434', '--to', 'wn31', '--json']);
    expect(jsonLines(run.stdout)).toEqual([
      { input: 'dog.n.01', wnid: 'n02084071', from: null, to: 'wn31', wn31: '02086723-n', wn31Note: null },
      {
        input: 'n03019434',
        wnid: 'n03019434',
        from: null,
        to: 'wn31',
        wn31: null,
        wn31Note: 'deprecated in WordNet 3.1, which has no synset for it',
      },
    ]);
    const text = await runMain(['map', 'imagenette:0', '--to', 'oewn']);
    expect(text.stdout).toBe('imagenette:0  ->  oewn-01443405-n  n01440764  tench\n');
    const tsv = await runMain(['map', '--from', 'imagenette', '--to', 'ili', '--all', '--format', 'tsv']);
    expect(lines(tsv.stdout)[0]).toBe('imagenette:0\tn01440764\timagenette\tili\ti42861');
  });
});

describe('the Node API', () => {
  it('reads the forms and gives the ids', () => {
    const queries = openSynsets();
    for (const id of DOG_FORMS) expect(queries.lookup(id).wnid).toBe('n02084071');
    expect(queries.versionIds('n02084071')).toEqual({
      wnid: 'n02084071',
      ili: 'i46360',
      wn31: '02086723-n',
      oewn: 'oewn-02086723-n',
      note: null,
    });
  });
});
