/** `synset distance` and `synset lca` of sets: the core's figures, with the contract's JSON keys. */
import { beforeAll, describe, expect, it } from 'vitest';
import { distanceRecord, lcaOfSet, setHeight } from '../../src/core/hierarchy-metrics.js';
import { SynsetQueries } from '../../src/core/queries.js';
import { useBuiltInLabelSets } from '../../src/node/label-spaces.js';
import { loadIndex } from '../../src/node/load-bundle.js';
import { jsonLines, lines } from './run-cli.js';
import { runMain } from './run-main.js';

const DISTANCE_KEYS = ['input', 'a', 'b', 'lca', 'lcaDepth', 'pathLength', 'pathSimilarity', 'wupSimilarity', 'lchSimilarity', 'severity'];

let queries: SynsetQueries;
beforeAll(() => {
  queries = new SynsetQueries(loadIndex());
  useBuiltInLabelSets(queries);
});

const classesOf = (set: string) => Array.from(queries.labelSpaces.set(set).classes);

describe('synset distance', () => {
  const pairs = [
    ['dog.n.01', 'cat.n.01'],
    ['n01440764', 'n01443537'],
    ['1k:207', '1k:208'],
    ['dog.n.01', 'dog.n.01'],
    ['n04399382', 'entity.n.01'],
  ];

  it('answers each pair with exactly the contract keys, equal to the core record (severity in the 1k)', async () => {
    const run = await runMain(['distance', '--json', ...pairs.map((pair) => pair.join(','))]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const records = jsonLines(run.stdout);
    expect(records).toHaveLength(pairs.length);
    const height = setHeight(queries.index, classesOf('1k'));
    expect(height).toBe(18);
    records.forEach((record, k) => {
      expect(Object.keys(record)).toStrictEqual(DISTANCE_KEYS);
      const [a, b] = pairs[k]!.map((id) => queries.resolve(id)) as [number, number];
      expect(record).toStrictEqual({ input: pairs[k]!.join(','), ...distanceRecord(queries.index, a, b, height) });
    });
    // dog and cat meet at carnivore (max depth 11): 18 - 11.
    expect(records[0]).toMatchObject({ lca: ['n02075296'], lcaDepth: 11, pathLength: 4, severity: 7 });
    expect(records[3]!.severity).toBe(0);
  });

  it('takes severity relative to --set: H is the largest max depth of its classes', async () => {
    const [record] = jsonLines((await runMain(['distance', 'dog.n.01,cat.n.01', '--set', 'imagewoof', '--json'])).stdout);
    const height = setHeight(queries.index, classesOf('imagewoof'));
    expect(height).toBe(17);
    expect(record!.severity).toBe(height - 11);
  });

  it('reads two arguments as one pair, and pairs from standard input', async () => {
    const [two] = jsonLines((await runMain(['distance', 'dog.n.01', 'cat.n.01', '--json'])).stdout);
    expect(two).toMatchObject({ input: 'dog.n.01,cat.n.01', a: 'n02084071', b: 'n02121620' });
    const piped = await runMain(['distance', '-', '--json'], 'dog.n.01,cat.n.01\n\n207,208\n');
    expect(jsonLines(piped.stdout).map((record) => record.input)).toStrictEqual(['dog.n.01,cat.n.01', '207,208']);
  });

  it('writes csv rows under a header, the lca wnids joined', async () => {
    const run = await runMain(['distance', 'dog.n.01,cat.n.01', '--format', 'csv', '--header']);
    const [header, row] = lines(run.stdout);
    expect(header).toBe(DISTANCE_KEYS.join(','));
    expect(row).toBe('"dog.n.01,cat.n.01",n02084071,n02121620,n02075296,11,4,0.2,0.8571428571428571,2.0281482472922856,7');
  });

  it('fails a line that is not a pair, saying why, and answers the others', async () => {
    const run = await runMain(
      ['distance', '-', '--json', '--on-error', 'inline'],
      'dog.n.01,cat.n.01,tench\ndog.n.01,n99999999\ndog.n.01,cat.n.01\n',
    );
    expect(run.status).toBe(1);
    const records = jsonLines(run.stdout);
    expect(records[0]).toStrictEqual({ input: 'dog.n.01,cat.n.01,tench', error: 'expected a pair of ids: a,b' });
    expect(records[1]!.error).toMatch(/^second id: /);
    expect(records[2]!.severity).toBe(7);
  });
});

describe('synset lca of more than two', () => {
  it('gives the lowest common hypernyms of three ids, as the core does', async () => {
    const ids = ['n01440764', 'n02084071', 'n02121808'];
    const run = await runMain(['lca', ids.join(','), '--json']);
    expect(run.status).toBe(0);
    const expected = lcaOfSet(
      queries.index,
      ids.map((id) => queries.resolve(id)),
    ).map((i) => queries.index.wnidOf(i));
    expect(expected).toStrictEqual(['n01471682']); // vertebrate
    expect(jsonLines(run.stdout)).toStrictEqual([{ input: ids.join(','), synsets: ids, lca: expected }]);
  });

  it('keeps the pair shape for two ids', async () => {
    const [record] = jsonLines((await runMain(['lca', 'n01440764,n02084071', '--json'])).stdout);
    expect(Object.keys(record!)).toStrictEqual(['input', 'a', 'b', 'lca']);
  });

  it.each(['imagenette', 'imagewoof', '1k'])('gives the LCA of the whole set %s', async (set) => {
    const run = await runMain(['lca', '--set', set, '--json']);
    expect(run.status).toBe(0);
    const classes = classesOf(set);
    const expected = lcaOfSet(queries.index, classes).map((i) => queries.index.wnidOf(i));
    expect(jsonLines(run.stdout)).toStrictEqual([{ input: set, set, classes: classes.length, lca: expected }]);
  });

  it('finds imagewoof (nine dog breeds and the dingo) under canine.n.02', async () => {
    const [record] = jsonLines((await runMain(['lca', '--set', 'imagewoof', '--json'])).stdout);
    expect(record!.lca).toStrictEqual(['n02083346']);
  });
});
