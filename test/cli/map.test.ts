/** `synset map`: a class's index in another label space, and whole sets mapped at once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, lines, ROOT } from './run-cli.js';
import { runMain } from './run-main.js';

function wnidsOf(file: string): string[] {
  return readFileSync(join(ROOT, file), 'utf8').split('\n').filter(Boolean);
}

/** The test's own oracle: each class of a list file at its position in the sorted 1k list. */
function indicesIn1k(file: string): number[] {
  const k1 = wnidsOf('data/imagenet/ilsvrc2012.txt');
  return wnidsOf(file).map((wnid) => k1.indexOf(wnid));
}

describe('synset map --all', () => {
  it.each([
    ['imagenet-r', 'data/labelsets/imagenet-r.txt'],
    ['imagenet-a', 'data/labelsets/imagenet-a.txt'],
  ])('prints the 1k indices of the 200 %s classes as one JSON array', async (name, file) => {
    const run = await runMain(['map', '--from', name, '--to', '1k', '--all', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toHaveLength(1);
    const indices = JSON.parse(run.stdout) as number[];
    const expected = indicesIn1k(file);
    expect(expected).toHaveLength(200);
    expect(expected.every((k) => k >= 0)).toBe(true);
    expect(indices).toStrictEqual(expected);
  });

  it('gives null for the classes the target lacks', async () => {
    const run = await runMain(['map', '--from', '1k', '--to', 'imagewoof', '--all', '--json']);
    const indices = JSON.parse(run.stdout) as (number | null)[];
    expect(indices).toHaveLength(1000);
    expect((indices.filter((k) => k !== null) as number[]).sort((a, b) => a - b)).toStrictEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(indices.filter((k) => k === null)).toHaveLength(990);
    expect(indices[207]).toBe(6); // golden retriever, imagewoof's class 6
  });

  it('writes one row per class as tsv, class k on line k+1', async () => {
    const run = await runMain(['map', '--from', 'imagenette', '--to', '1k', '--all', '--format', 'tsv']);
    const rows = lines(run.stdout).map((line) => line.split('\t'));
    expect(rows).toHaveLength(10);
    const wnids = wnidsOf('data/labelsets/imagenette.txt');
    const indices = indicesIn1k('data/labelsets/imagenette.txt');
    expect(rows).toStrictEqual(wnids.map((wnid, k) => [`imagenette:${k}`, wnid, 'imagenette', '1k', String(indices[k])]));
    expect(rows[0]).toStrictEqual(['imagenette:0', 'n01440764', 'imagenette', '1k', '0']);
  });

  it('needs --from, and no ids', async () => {
    expect((await runMain(['map', '--to', '1k', '--all'])).status).toBe(2);
    expect((await runMain(['map', '--from', 'imagenet-r', '--to', '1k', '--all', '207'])).status).toBe(2);
  });
});

describe('synset map ID...', () => {
  it('answers {"input","wnid","from","to","index"}, index null when absent', async () => {
    const run = await runMain(['map', 'imagenet-r:1', 'n02084071', '207', '--to', 'imagenet-r', '--json']);
    expect(run.status).toBe(0);
    const r1 = wnidsOf('data/labelsets/imagenet-r.txt')[1]!;
    expect(jsonLines(run.stdout)).toStrictEqual([
      { input: 'imagenet-r:1', wnid: r1, from: 'imagenet-r', to: 'imagenet-r', index: 1 },
      { input: 'n02084071', wnid: 'n02084071', from: null, to: 'imagenet-r', index: null },
      {
        input: '207',
        wnid: 'n02099601',
        from: null,
        to: 'imagenet-r',
        index: wnidsOf('data/labelsets/imagenet-r.txt').indexOf('n02099601'),
      },
    ]);
  });

  it('reads bare numbers, floats too, in --from', async () => {
    const run = await runMain(['map', '17', '17.0', '1.7e1', '--from', 'imagenet-r', '--to', '1k', '--json']);
    expect(run.status).toBe(0);
    const expected = indicesIn1k('data/labelsets/imagenet-r.txt')[17];
    expect(jsonLines(run.stdout).map((record) => [record.from, record.index])).toStrictEqual([
      ['imagenet-r', expected],
      ['imagenet-r', expected],
      ['imagenet-r', expected],
    ]);
  });

  it('maps ids from standard input, with --fields and --names', async () => {
    const run = await runMain(['map', '-', '--to', '22k-ms', '--fields', 'index,label', '--names', 'unique'], '134\n517\n');
    expect(run.status).toBe(0);
    const [bird, device] = lines(run.stdout).map((line) => line.split('\t'));
    // 22k-ms puts the 1k first, in its order.
    expect(bird![0]).toBe('134');
    expect(device![0]).toBe('517');
    expect(bird![1]).toMatch(/^crane \(.+\)$/);
    expect(device![1]).toMatch(/^crane \(.+\)$/);
    expect(bird![1]).not.toBe(device![1]);
  });

  it('needs --to', async () => {
    const run = await runMain(['map', 'n02084071']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^synset: map needs --to SET/);
  });
});
