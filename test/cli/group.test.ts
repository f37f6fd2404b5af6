/** `synset group`: published groupings, --count and --depth partitions, --under's problems. */
import { describe, expect, it } from 'vitest';
import { jsonLines, lines } from './run-cli.js';
import { runMain } from './run-main.js';

const RECORD_KEYS = ['input', 'wnid', 'index', 'group', 'groupWnid', 'groupLabel'];

async function records(args: string[]): Promise<Record<string, unknown>[]> {
  const run = await runMain(['group', '--json', ...args]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return jsonLines(run.stdout);
}

/** Every class of the set in exactly one group, each group non-empty: a partition. */
function expectPartition(rows: Record<string, unknown>[], size: number): Set<unknown> {
  expect(rows.map((row) => row.index)).toStrictEqual(Array.from({ length: size }, (_, k) => k));
  expect(rows.every((row) => typeof row.group === 'number')).toBe(true);
  return new Set(rows.map((row) => row.group));
}

describe('synset group --grouping', () => {
  it('gives restricted-imagenet as 203 records in 9 groups, with the contract keys', async () => {
    const rows = await records(['--grouping', 'restricted-imagenet']);
    expect(rows).toHaveLength(203);
    expect(rows.every((row) => Object.keys(row).join() === RECORD_KEYS.join())).toBe(true);
    expect(new Set(rows.map((row) => row.group)).size).toBe(9);
    expect(rows[0]).toStrictEqual({ input: '1k:151', wnid: 'n02085620', index: 151, group: 0, groupWnid: null, groupLabel: 'dog' });
  });

  it('keeps a BREEDS split only when asked', async () => {
    const both = await records(['--grouping', 'breeds-living17']);
    const source = await records(['--grouping', 'breeds-living17', '--split', 'source']);
    const target = await records(['--grouping', 'breeds-living17', '--split', 'target']);
    expect(source.length + target.length).toBe(both.length);
    expect(new Set(source.map((row) => row.group)).size).toBe(17);
    expect(source.some((row) => target.some((other) => other.wnid === row.wnid))).toBe(false);
  });

  it('refuses a split of restricted-imagenet and a grouping of another set', async () => {
    expect((await runMain(['group', '--grouping', 'restricted-imagenet', '--split', 'source'])).status).toBe(2);
    expect((await runMain(['group', '--grouping', 'breeds-entity13', '--set', 'imagenette'])).status).toBe(2);
    expect((await runMain(['group', '--grouping', 'breeds-entity14'])).status).toBe(2);
  });
});

describe('synset group --count', () => {
  it.each([1, 5, 10, 40])('partitions the 1k into %i groups, the same on a second run', async (count) => {
    const rows = await records(['--count', String(count)]);
    expect(expectPartition(rows, 1000).size).toBe(count);
    expect(await records(['--count', String(count)])).toStrictEqual(rows);
  });

  it('says on stderr when no cut gives the count, and gives the nearest below', async () => {
    // imagewoof's ten classes hang under canine: no cut of its tree gives every count.
    const counts: number[] = [];
    for (let count = 1; count <= 10; count++) {
      const run = await runMain(['group', '--set', 'imagewoof', '--count', String(count), '--json']);
      expect(run.status).toBe(0);
      const groups = expectPartition(jsonLines(run.stdout), 10).size;
      expect(groups).toBeLessThanOrEqual(count);
      if (groups < count) expect(run.stderr).toMatch(new RegExp(`^synset: no cut of the hierarchy makes ${count} groups`));
      else expect(run.stderr).toBe('');
      counts.push(groups);
    }
    expect(counts[0]).toBe(1);
    expect(counts[9]).toBe(10);
  });

  it.each(['0', '-1', '2.5', 'many', '1001'])('exits 2 on --count %s', async (count) => {
    const run = await runMain(['group', `--count=${count}`]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^synset: --count must be/);
  });
});

describe('synset group --depth', () => {
  it('partitions the set, every group wnid an ancestor at that depth or a shallower class', async () => {
    const rows = await records(['--set', 'imagenette', '--depth', '5']);
    expectPartition(rows, 10);
    expect(rows.slice(0, 2).map((row) => row.groupLabel)).toStrictEqual(['organism', 'organism']);
    const top = await records(['--set', 'imagenette', '--depth', '0']);
    expect(new Set(top.map((row) => row.groupWnid))).toStrictEqual(new Set(['n00001740']));
  });
});

describe('synset group --under', () => {
  it('places each class under its one listed superclass', async () => {
    const rows = await records(['--set', 'imagewoof', '--under', 'dog.n.01,wild_dog.n.01']);
    expectPartition(rows, 10);
    expect(rows.filter((row) => row.groupWnid === 'n02084071')).toHaveLength(9);
  });

  it('reports a class under none and one under two, keeps their records with null groups, and exits 1', async () => {
    const run = await runMain(['group', '--set', 'imagenette', '--under', 'fish.n.01,animal.n.01', '--json']);
    expect(run.status).toBe(1);
    const rows = jsonLines(run.stdout);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatchObject({ index: 0, group: null, groupWnid: null, groupLabel: null });
    expect(rows[1]).toMatchObject({ index: 1, group: 1, groupWnid: 'n00015388' });
    const problems = lines(run.stderr);
    expect(problems[0]).toBe('synset: imagenette: class 0 (n01440764) is under 2 superclasses: n02512053, n00015388');
    expect(problems.slice(1)).toHaveLength(8);
    expect(problems.slice(1).every((line) => / is under none of the superclasses$/.test(line))).toBe(true);
  });

  it('fails an unknown superclass with one line', async () => {
    const run = await runMain(['group', '--set', 'imagenette', '--under', 'n99999999']);
    expect(run.status).toBe(1);
    expect(lines(run.stderr)).toHaveLength(1);
  });
});

describe('synset group output', () => {
  it('writes --fields as tsv with a header, and as JSON objects starting with input', async () => {
    const tsv = await runMain(['group', '--set', 'imagenette', '--depth', '5', '--fields', 'wnid,groupLabel', '--header']);
    expect(lines(tsv.stdout).slice(0, 2)).toStrictEqual(['wnid\tgroupLabel', 'n01440764\torganism']);
    const json = await records(['--set', 'imagenette', '--depth', '5', '--fields', 'groupLabel']);
    expect(json[0]).toStrictEqual({ input: 'imagenette:0', groupLabel: 'organism' });
  });

  it('needs exactly one rule', async () => {
    expect((await runMain(['group', '--set', 'imagenette'])).status).toBe(2);
    expect((await runMain(['group', '--depth', '3', '--count', '4'])).status).toBe(2);
  });
});
