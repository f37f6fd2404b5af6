/**
 * `--hierarchy FILE`: distance, lca, matrix, severity and group in a user's tree, on the small
 * tree of test/core/class-hierarchy.test.ts (drawn there, every height worked out by hand).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLines, lines, ROOT } from './run-cli.js';
import { runMain } from './run-main.js';

const TREE = join(ROOT, 'test/fixtures/hierarchy/small-tree.txt');
const work = mkdtempSync(join(tmpdir(), 'synset-hierarchy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Five leaves of the tree as a label set: 0 tench, 1 goldfish, 2 hen, 3 golden retriever, 4 bee. */
const LIST = join(work, 'leaves.txt');
writeFileSync(LIST, 'n01440764\nn01443537\nn01514859\nn02099601\nn02206856\n');

/*
 * Depths: tench, goldfish 4 (cyprinid 3, fish 2), hen 3 (bird 2), golden retriever 7 (mammal 2),
 * bee 4 (arthropod 2); vertebrate and invertebrate 1, animal 0; the tree's height H = 7.
 * Severity H - depth(LCA): tench/goldfish 7 - 3 = 4; tench/hen, tench/golden, hen/golden: LCA
 * vertebrate, 6; anything with bee: LCA animal, 7.
 * Path lengths: tench/goldfish 2; tench/hen 3 + 2 = 5; tench/golden 3 + 6 = 9; tench/bee 4 + 4 = 8;
 * hen/golden 2 + 6 = 8; hen/bee 3 + 4 = 7; golden/bee 7 + 4 = 11.
 */
const SEVERITY = [
  [0, 4, 6, 6, 7],
  [4, 0, 6, 6, 7],
  [6, 6, 0, 6, 7],
  [6, 6, 6, 0, 7],
  [7, 7, 7, 7, 0],
];
const PATH = [
  [0, 2, 5, 9, 8],
  [2, 0, 5, 9, 8],
  [5, 5, 0, 8, 7],
  [9, 9, 8, 0, 11],
  [8, 8, 7, 11, 0],
];

describe('--hierarchy FILE', () => {
  it('gives a pair its LCA, depth, path and severity in the tree (distance)', async () => {
    const run = await runMain(['distance', 'n01440764,n01443537', 'n01514859,n02099601', '--hierarchy', TREE, '--json']);
    expect(run.stderr).toBe('');
    expect(jsonLines(run.stdout)).toStrictEqual([
      { input: 'n01440764,n01443537', a: 'n01440764', b: 'n01443537', lca: ['n01439121'], lcaDepth: 3, pathLength: 2, severity: 4 },
      { input: 'n01514859,n02099601', a: 'n01514859', b: 'n02099601', lca: ['n01471682'], lcaDepth: 1, pathLength: 8, severity: 6 },
    ]);
    const tsv = await runMain(['distance', 'n01440764,n02206856', '--hierarchy', TREE, '--format', 'tsv', '--header']);
    expect(lines(tsv.stdout)).toStrictEqual([
      'input\ta\tb\tlca\tlcaDepth\tpathLength\tseverity',
      'n01440764,n02206856\tn01440764\tn02206856\tn00015388\t0\t8\t7',
    ]);
  });

  it('gives the LCA in the tree of a pair, of several, and of a whole set (lca)', async () => {
    const run = await runMain(['lca', 'n01440764,n01443537', 'n01440764,n01443537,n01514859', '--hierarchy', TREE, '--json']);
    expect(jsonLines(run.stdout).map((record) => record.lca)).toStrictEqual([['n01439121'], ['n01471682']]);
    const whole = await runMain(['lca', '--set', LIST, '--hierarchy', TREE, '--json']);
    expect(jsonLines(whole.stdout)[0]).toMatchObject({ set: LIST, classes: 5, lca: ['n00015388'] });
  });

  it('writes the matrix of severity and of path length in the tree, as worked out by hand (matrix)', async () => {
    const severity = await runMain(['matrix', '--set', LIST, '--metric', 'severity', '--hierarchy', TREE, '--format', 'csv']);
    expect(severity.stderr).toBe('');
    expect(lines(severity.stdout).map((line) => line.split(',').map(Number))).toStrictEqual(SEVERITY);
    const path = await runMain(['matrix', '--set', LIST, '--metric', 'path', '--hierarchy', TREE, '--format', 'json']);
    expect(JSON.parse(path.stdout)).toStrictEqual(PATH);
  });

  it('scores predictions with the severity in the tree (severity)', async () => {
    const run = await runMain(['severity', '--set', LIST, '--hierarchy', TREE, '--json'], '0,1\n2,3\n4,4\n');
    expect(jsonLines(run.stdout).map((record) => record.severities)).toStrictEqual([[4], [6], [0]]);
    const summary = await runMain(['severity', '--set', LIST, '--hierarchy', TREE, '--summary'], '0,1\n2,3\n4,4\n');
    // 2 of 3 wrong; mistakes (4 + 6) / 2 = 5; hier. dist@1 (4 + 6 + 0) / 3.
    expect(lines(summary.stdout)).toStrictEqual([
      `3 samples, k = 1, Making Better Mistakes' severity in ${TREE} (H = 7)`,
      '  top-1 error       0.6667',
      '  mistake severity  5',
      '  hier. dist@1      3.3333',
      '  hier. dist@k      3.3333',
    ]);
  });

  it('groups in the tree: by depth, under superclasses, by count (group)', async () => {
    const groupsOf = async (...rule: string[]) =>
      jsonLines((await runMain(['group', '--set', LIST, '--hierarchy', TREE, '--json', ...rule])).stdout).map((r) => [
        r.group,
        r.groupWnid,
      ]);
    // Depth 2: fish, fish, bird, mammal, arthropod.
    expect(await groupsOf('--depth', '2')).toStrictEqual([
      [0, 'n02512053'],
      [0, 'n02512053'],
      [1, 'n01503061'],
      [2, 'n01861778'],
      [3, 'n01767661'],
    ]);
    expect((await groupsOf('--under', 'n01471682,n01905661')).map(([group]) => group)).toStrictEqual([0, 0, 0, 0, 1]);
    expect((await groupsOf('--count', '2')).map(([, wnid]) => wnid)).toStrictEqual([
      'n01471682',
      'n01471682',
      'n01471682',
      'n01471682',
      'n02206856',
    ]);
  });

  it('reports a bad file line by line, and a set class the tree lacks, exit 1', async () => {
    const bad = join(work, 'bad.txt');
    writeFileSync(bad, 'n00015388 n01471682\nn00015388 n99999999\nn01503061 n01471682\n');
    const run = await runMain(['distance', '0,1', '--hierarchy', bad]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toStrictEqual([
      `synset: ${bad} line 2: "n00015388 n99999999": child n99999999: no WordNet 3.0 noun synset n99999999`,
      `synset: ${bad} line 3: "n01503061 n01471682": n01471682 has two parents: n00015388 (line 1) and n01503061; a tree has one`,
    ]);
    const missing = await runMain(['matrix', '--set', 'imagenette', '--metric', 'severity', '--hierarchy', TREE, '--format', 'csv']);
    expect(missing.status).toBe(1);
    expect(lines(missing.stderr)[0]).toBe(`synset: ${TREE}: class 1 of imagenette (n02102040) is not in the hierarchy`);
    const pair = await runMain(['distance', 'n01440764,n02085620', '--hierarchy', TREE]);
    expect(lines(pair.stderr)).toStrictEqual(['synset: "n01440764,n02085620": second id: n02085620 is not in the hierarchy']);
    expect((await runMain(['lca', '0,1', '--hierarchy', join(work, 'none.txt')])).status).toBe(2);
  });

  it.each([
    ['wup in a tree', ['matrix', '--set', '1k', '--metric', 'wup', '--hierarchy', TREE]],
    ['a published grouping', ['group', '--grouping', 'restricted-imagenet', '--hierarchy', TREE]],
    ['a command without it', ['lookup', '0', '--hierarchy', TREE]],
  ])('is a usage error with %s', async (_, args) => {
    expect((await runMain(args)).status).toBe(2);
  });
});

describe('synset group --published and --all', () => {
  it('gives restricted-imagenet its 203 classes, and with --all every 1k class, -1 outside every group', async () => {
    const published = jsonLines((await runMain(['group', '--set', '1k', '--published', 'restricted-imagenet', '--json'])).stdout);
    expect(published).toHaveLength(203);
    const all = jsonLines((await runMain(['group', '--set', '1k', '--published', 'restricted-imagenet', '--all', '--json'])).stdout);
    expect(all.map((record) => record.index)).toStrictEqual(Array.from({ length: 1000 }, (_, k) => k));
    expect(all.filter((record) => record.group === -1)).toHaveLength(797);
    for (const record of published) expect(all[record.index as number]).toStrictEqual(record);
    // As a column: the class -> group array training code indexes.
    const column = lines((await runMain(['group', '--published', 'restricted-imagenet', '--all', '--fields', 'group'])).stdout).map(Number);
    expect(column).toStrictEqual(all.map((record) => record.group));
  });
});
