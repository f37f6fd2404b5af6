/** Label spaces on the command line: built-in names, list files, SET:INDEX ids and class indices as floats. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLines, lines, ROOT, STACK_FRAME } from './run-cli.js';
import { runMain } from './run-main.js';

const folder = mkdtempSync(join(tmpdir(), 'synset-lists-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A custom list: a comment, a good line, a bad one, a LOC_synset_mapping line, a class index. */
const LIST = '# my classes\nn01440764\nnot-a-class\n\nn02099601 golden retriever\n207\n';
const listFile = join(folder, 'mine.txt');
writeFileSync(listFile, LIST);

const imagenetR = readFileSync(join(ROOT, 'data/labelsets/imagenet-r.txt'), 'utf8').split('\n').filter(Boolean);

describe('a custom list file', () => {
  it('reports each bad line on stderr with its number, keeps the rest at their indices, and exits 1', async () => {
    const run = await runMain(['lookup', '0', '2', '--set', listFile, '--json']);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout).map((record) => [record.wnid, record.set, record.index])).toStrictEqual([
      ['n01440764', listFile, 0],
      ['n02099601', listFile, 2],
    ]);
    expect(lines(run.stderr)).toStrictEqual([
      `synset: ${listFile} line 3: "not-a-class": not a synset id: expected a wnid (n02084071), a class index (0–999), a name (dog.n.01) or 02084071-n`,
      `synset: ${listFile} line 6: "207": repeats class 2 (line 5)`,
    ]);
  });

  it('answers its hole as an error of that input only', async () => {
    const run = await runMain(['lookup', '1', '0', '--set', listFile, '--json']);
    expect(jsonLines(run.stdout).map((record) => record.wnid)).toStrictEqual(['n01440764']);
    expect(run.stderr).toMatch(/synset: "1": class 1 of .*mine\.txt is a line that names no synset/);
  });

  it('filters descendants and search with --in FILE', async () => {
    const dogs = await runMain(['descendants', 'dog.n.01', '--in', listFile, '--json']);
    expect(jsonLines(dogs.stdout)[0]).toMatchObject({ in: listFile, descendants: ['n02099601'] });
    const found = await runMain(['search', 'retriever', '--in', listFile, '--json']);
    const results = jsonLines(found.stdout)[0]!.results as { wnid: string; index: number }[];
    expect(results.map((hit) => [hit.wnid, hit.index])).toStrictEqual([['n02099601', 2]]);
  });

  it('is read once however many options name it', async () => {
    const run = await runMain(['descendants', 'dog.n.01', '--in', listFile, '--set', listFile]);
    expect(lines(run.stderr)).toHaveLength(2);
  });
});

describe('an unknown set', () => {
  it.each([
    ['--in', ['descendants', 'dog.n.01', '--in', 'imagenet-z']],
    ['--set', ['lookup', '5', '--set', 'imagenet-z']],
    ['--to', ['map', '5', '--to', 'imagenet-z']],
    ['--from', ['map', '5', '--from', 'imagenet-z', '--to', '1k']],
    ['--set', ['export', '--set', 'imagenet-z']],
  ])('named by %s is a usage error listing the known sets', async (option, args) => {
    const run = await runMain(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const [message, hint, ...more] = lines(run.stderr);
    expect(message).toMatch(
      new RegExp(`^synset: ${option}: no label set or list file "imagenet-z" \\(sets: .*1k, 21k, .*imagenet-r.*\\)$`),
    );
    expect(message!.includes('all, ') === (option === '--in')).toBe(true);
    expect(hint).toMatch(/synset --help/);
    expect(more).toStrictEqual([]);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('in a SET:INDEX id fails that input only, naming the known sets', async () => {
    const run = await runMain(['lookup', 'imagenet-z:3', '0', '--json']);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout)).toHaveLength(1);
    expect(run.stderr).toMatch(/^synset: "imagenet-z:3": unknown label set 'imagenet-z' \(known: .*imagenet-r/);
  });
});

describe('ids in a label space', () => {
  it('reads SET:INDEX anywhere an id is read', async () => {
    const run = await runMain(['lookup', 'imagenet-r:17', '21k:9000', '1k:207', '--json', '--fields', 'wnid']);
    const fall11 = readFileSync(join(ROOT, 'data/imagenet/fall11.txt'), 'utf8').split('\n');
    expect(jsonLines(run.stdout).map((record) => record.wnid)).toStrictEqual([imagenetR[17], fall11[9000], 'n02099601']);
    const pair = await runMain(['lca', 'imagenet-r:17,1k:207', '--json']);
    expect(jsonLines(pair.stdout)[0]).toMatchObject({ a: imagenetR[17], b: 'n02099601' });
  });

  it('reads bare numbers in --set', async () => {
    const run = await runMain(['ancestors', '17', '--set', 'imagenet-r', '--json']);
    expect(jsonLines(run.stdout)[0]).toMatchObject({ input: '17', wnid: imagenetR[17] });
  });

  it('accepts integral floats as NumPy writes them and refuses 207.5', async () => {
    const run = await runMain(['lookup', '207.0', '2.07e+02', '207.5', '--json', '--fields', 'wnid']);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout)).toStrictEqual([
      { input: '207.0', wnid: 'n02099601' },
      { input: '2.07e+02', wnid: 'n02099601' },
    ]);
    expect(lines(run.stderr)).toStrictEqual(['synset: "207.5": a class index is a whole number from 0, not 207.5']);
  });
});
