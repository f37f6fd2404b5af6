/**
 * Names and indices in the space in use (map's --to, else --set, else --in SET, else the 1k):
 * --names on lookup, descendants and their text, which stays aligned for long names.
 */
import { describe, expect, it } from 'vitest';
import { jsonLines, lines } from './run-cli.js';
import { runMain } from './run-main.js';

async function labels(args: string[]): Promise<string[]> {
  const run = await runMain([...args, '--fields', 'label']);
  expect(run.stderr).toBe('');
  return lines(run.stdout);
}

describe('--names', () => {
  it('tells the two 1k cranes apart with unique, and keeps names already unique', async () => {
    const [bird, device, tench] = await labels(['lookup', '134', '517', '0', '--names', 'unique']);
    expect(bird).toMatch(/^crane \(.+\)$/);
    expect(device).toMatch(/^crane \(.+\)$/);
    expect(bird).not.toBe(device);
    expect(tench).toBe('tench');
  });

  it('makes names unique within --set: a crane outside the set keeps its WordNet name', async () => {
    // imagenet-r has neither crane; in it, 134 (1k) is outside the set.
    expect(await labels(['lookup', '1k:134', '--names', 'unique', '--set', 'imagenet-r'])).toStrictEqual(['crane']);
    expect(await labels(['lookup', '134', '--names', 'unique'])).not.toStrictEqual(['crane']);
  });

  it('gives the first lemma with wordnet, the default', async () => {
    expect(await labels(['lookup', '134', '517'])).toStrictEqual(['crane', 'crane']);
    expect(await labels(['lookup', '134', '--names', 'wordnet'])).toStrictEqual(['crane']);
  });

  it('gives the published names of the 1k with simple, torchvision and clip', async () => {
    const [simple] = await labels(['lookup', '0', '--names', 'simple']);
    const [clip] = await labels(['lookup', '0', '--names', 'clip']);
    const [torchvision] = await labels(['lookup', '0', '--names', 'torchvision']);
    expect([simple, clip, torchvision].every((name) => name!.length > 0)).toBe(true);
    expect((await labels(['lookup', 'dog.n.01', '--names', 'clip']))[0]).toBe('dog');
  });

  it('adds "label" to lookup JSON only when asked', async () => {
    const plain = jsonLines((await runMain(['lookup', '0', '--json'])).stdout)[0]!;
    expect('label' in plain).toBe(false);
    const named = jsonLines((await runMain(['lookup', '0', '--json', '--names', 'unique'])).stdout)[0]!;
    expect(Object.keys(named).slice(0, 4)).toStrictEqual(['input', 'wnid', 'name', 'label']);
    expect(named.label).toBe('tench');
  });

  it('names descendants as objects in JSON', async () => {
    const run = await runMain(['descendants', 'dog.n.01', '--in', 'imagewoof', '--names', 'unique', '--json']);
    const items = jsonLines(run.stdout)[0]!.descendants as { wnid: string; label: string }[];
    expect(items).toHaveLength(9);
    expect(Object.keys(items[0]!)).toStrictEqual(['wnid', 'label']);
  });
});

describe('text output', () => {
  it('aligns lookup columns when the set’s name makes the index tag long', async () => {
    const run = await runMain(['lookup', '0', '1', '199', 'n01440764', '--set', 'tiny-imagenet']);
    const rows = lines(run.stdout);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^n\d{8} {2}\[tiny-imagenet #0\] +\S/);
    const columns = rows.map((row) => row.search(/\S+\.n\.\d\d /));
    expect(columns[0]).toBeGreaterThan(0);
    expect(new Set(columns).size).toBe(1);
  });

  it('aligns descendants’ index column and gives long names whole', async () => {
    const run = await runMain(['descendants', 'dog.n.01', '--in', '1k']);
    const rows = lines(run.stdout).slice(1);
    expect(rows).toHaveLength(118);
    const labelColumns = new Set(rows.map((row) => /^ {2}n\d{8} {2}#\d+ +/.exec(row)![0].length));
    expect(labelColumns.size).toBe(1);
    expect(rows.some((row) => row.endsWith('Greater Swiss Mountain dog'))).toBe(true);
  });
});
