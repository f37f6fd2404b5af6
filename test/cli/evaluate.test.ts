/**
 * `synset evaluate`: the figures NumPy and NLTK computed (test/fixtures/evaluation/figures.json)
 * through every input form and output format, the confusion route, groups, a tree, and every bad
 * input with its message and exit status.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteInput } from '../../src/cli/escape.js';
import { SUMMARY_KEYS } from '../../src/cli/evaluate-output.js';
import type { Evaluation } from '../../src/core/evaluation/evaluate.js';
import { npyHeader, npyRowBytes } from '../../src/core/npy.js';
import { expectFigures, FIGURES, FIXTURES } from '../core/evaluation/fixture-files.js';
import { lines, ROOT, STACK_FRAME, synset } from './run-cli.js';
import { runMain } from './run-main.js';

const CLEANLAB = join(ROOT, 'data/evaluation/cleanlab-predictions.npy');
const fixture = (name: string): string => join(FIXTURES, name);

let work: string;
let cleanlab: Evaluation;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'synset-evaluate-'));
  cleanlab = await evaluation([CLEANLAB, '--true', 'val-imagefolder']);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `synset evaluate ARGS --json`, which must succeed with nothing on stderr. */
async function evaluation(args: string[], input?: string): Promise<Evaluation> {
  const run = await runMain(['evaluate', ...args, '--json'], input);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(lines(run.stdout)).toHaveLength(1);
  return JSON.parse(run.stdout) as Evaluation;
}

/** A failed run: its status and the lines of stderr, none of them a stack frame. */
async function failure(args: string[]): Promise<{ status: number; errors: string[] }> {
  const run = await runMain(['evaluate', ...args]);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(STACK_FRAME);
  return { status: run.status, errors: lines(run.stderr) };
}

const KEYS = [...SUMMARY_KEYS, 'set', 'truth', 'severity', 'classes', 'groups'];

describe('synset evaluate: the figures', () => {
  it("gives cleanlab's predictions in ImageFolder order NumPy's figures, under the documented keys", () => {
    expect(Object.keys(cleanlab)).toStrictEqual(KEYS);
    expectFigures(cleanlab, FIGURES.cleanlabImageFolder);
    expect([cleanlab.set, cleanlab.truth, cleanlab.severity, cleanlab.classes.length, cleanlab.groups]).toStrictEqual([
      '1k',
      'in ImageFolder order',
      { kind: 'wordnet', height: 18 },
      1000,
      null,
    ]);
    expect(Object.keys(cleanlab.classes[0]!)).toStrictEqual([
      'index',
      'wnid',
      'images',
      'top1',
      'realImages',
      'realTop1',
      'errors',
      'confusions',
    ]);
    expect(Object.keys(cleanlab.classes[0]!.confusions[0]!)).toStrictEqual(['index', 'wnid', 'count', 'lca', 'severity']);
  });

  it('gives the same in file-name order against val', async () => {
    expectFigures(await evaluation([fixture('cleanlab-filename-order.npy'), '--true', 'val']), FIGURES.cleanlabFileName);
  });

  it('reads a per-image CSV by file name without --true, from a file or standard input', async () => {
    expectFigures(await evaluation([fixture('subset-per-image.csv')]), FIGURES.subsetByFileName);
    expectFigures(await evaluation(['-'], readFileSync(fixture('subset-per-image.csv'), 'utf8')), FIGURES.subsetByFileName);
  });

  it.each(['subset-top5.npy', 'subset-top5.txt', 'subset-top5-tab.txt', 'subset-top5-comma.csv', 'subset-top5-wnids.tsv'])(
    'reads %s with --true as a .npy or np.savetxt text, row by row',
    async (file) => {
      for (const truth of ['subset-true.npy', 'subset-true.txt']) {
        expectFigures(await evaluation([fixture(file), '--true', fixture(truth)]), FIGURES.subsetRowByRow);
      }
    },
  );

  it('scores in a tree with --hierarchy as Making Better Mistakes counts severity, and says so', async () => {
    const tree = await evaluation([CLEANLAB, '--true', 'val-imagefolder', '--hierarchy', fixture('wordnet-1k-tree.txt')]);
    const { height, ...figures } = FIGURES.cleanlabTree;
    expectFigures(tree, { ...figures, realTop1: cleanlab.realTop1, realImages: cleanlab.realImages });
    expect(tree.severity).toStrictEqual({ kind: 'hierarchy', height });
    const text = await runMain(['evaluate', CLEANLAB, '--true', 'val-imagefolder', '--hierarchy', fixture('wordnet-1k-tree.txt')]);
    expect(text.stdout).toContain(`(Making Better Mistakes' severity in ${fixture('wordnet-1k-tree.txt')}, H = ${height})`);
  });

  it("reports Restricted ImageNet's groups as NumPy counts them", async () => {
    const grouped = await evaluation([CLEANLAB, '--true', 'val-imagefolder', '--group', 'restricted-imagenet']);
    expect(grouped.groups!.map((g) => g.name)).toStrictEqual(['dog', 'cat', 'frog', 'turtle', 'bird', 'monkey', 'fish', 'crab', 'insect']);
    for (const g of grouped.groups!) {
      const expected = FIGURES.cleanlabRestrictedImageNet[String(g.group)]!;
      expect([g.images, g.errors, g.errorsInGroup]).toStrictEqual([expected.images, expected.errors, expected.errorsInGroup]);
    }
  });

  it('reads a grouping file as synset group --all writes it, equal to the rule that made it', async () => {
    const file = join(work, 'depth4.tsv');
    const group = await runMain(['group', '--depth', '4', '--all', '--format', 'tsv', '--header']);
    expect(group.status).toBe(0);
    writeFileSync(file, group.stdout);
    const plain = join(work, 'depth4.txt');
    writeFileSync(plain, (await runMain(['group', '--depth', '4', '--all', '--fields', 'group'])).stdout);
    const byRule = await evaluation([CLEANLAB, '--true', 'val-imagefolder', '--group', 'depth-4']);
    const byFile = await evaluation([CLEANLAB, '--true', 'val-imagefolder', '--group', file]);
    const byColumn = await evaluation([CLEANLAB, '--true', 'val-imagefolder', '--group', plain]);
    expect(byFile.groups).toStrictEqual(byRule.groups);
    expect(byColumn.groups!.map(({ name: _name, wnid: _wnid, ...g }) => g)).toStrictEqual(
      byRule.groups!.map(({ name: _name, wnid: _wnid, ...g }) => g),
    );
    expect(byRule.groups!.length).toBeGreaterThan(5);
  });

  it('gives the same figures from the confusion matrix of the same predictions (npy), all but top-5 and ReaL', async () => {
    const counts = new Int32Array(1000 * 1000);
    const truth = new Int32Array(50000);
    const npyValues = (file: string) => {
      const bytes = readFileSync(file);
      return new Uint16Array(bytes.buffer.slice(bytes.byteOffset + 128, bytes.byteOffset + bytes.length));
    };
    const labels = npyValues(join(ROOT, 'data/evaluation/val-labels.npy'));
    const byName = npyValues(fixture('cleanlab-filename-order.npy'));
    labels.forEach((c, n) => (truth[n] = c));
    byName.forEach((p, n) => counts[truth[n]! * 1000 + p]!++);
    const file = join(work, 'confusion.npy');
    writeFileSync(file, new Uint8Array([...npyHeader('<i4', [1000, 1000]), ...npyRowBytes(counts, 'int32')]));
    const fromMatrix = await evaluation(['--confusion', file, '--group', 'restricted-imagenet']);
    const fromImages = await evaluation([CLEANLAB, '--true', 'val-imagefolder', '--group', 'restricted-imagenet']);
    expect({ ...fromMatrix, truth: '' }).toStrictEqual({
      ...fromImages,
      truth: '',
      realTop1: null,
      realImages: null,
      classes: fromImages.classes.map((c) => ({ ...c, realImages: null, realTop1: null })),
    });
    expect(fromMatrix.truth).toBe('a confusion matrix');
  });

  it("reads a csv confusion matrix (np.savetxt '%d') to the figures of its samples", async () => {
    const fromMatrix = await evaluation(['--confusion', join(ROOT, 'test/fixtures/numpy/imagenette-confusion.csv'), '--set', 'imagenette']);
    const args = [join(ROOT, 'test/fixtures/numpy/imagenette-pred.npy'), '--true', join(ROOT, 'test/fixtures/numpy/imagenette-true.npy')];
    const fromImages = await evaluation([...args, '--set', 'imagenette']);
    expect({ ...fromMatrix, truth: '' }).toStrictEqual({ ...fromImages, truth: '' });
    // The same figures synset severity gives these files (test/cli/severity.test.ts).
    expect([fromMatrix.images, fromMatrix.mistakeSeverity, fromMatrix.hierDistAt1]).toStrictEqual([40, 14.6, 1.825]);
  });
});

describe('synset evaluate: the outputs', () => {
  it('prints a report: what was read, the figures, the worst classes with what they are taken for', async () => {
    const run = await runMain(['evaluate', CLEANLAB, '--true', 'val-imagefolder']);
    expect(run.status).toBe(0);
    const report = lines(run.stdout);
    expect(report[0]).toBe(`${CLEANLAB}: 50000 images, k = 1, in ImageFolder order`);
    expect(report[1]).toBe(`  top-1             ${(100 * FIGURES.cleanlabImageFolder.top1!).toFixed(2)}%`);
    expect(report[3]).toBe(
      `  ReaL top-1        ${(100 * FIGURES.cleanlabImageFolder.realTop1!).toFixed(2)}%  (over the 46837 images ReaL labels)`,
    );
    expect(report[4]).toBe(
      `  mistake severity  ${Number(FIGURES.cleanlabImageFolder.mistakeSeverity!.toFixed(4))}  (severity in 1k, H = 18)`,
    );
    const worst = [...cleanlab.classes].sort((a, b) => a.top1! - b.top1! || a.index - b.index)[0]!;
    expect(report[8]).toMatch(new RegExp(`^ +${(100 * worst.top1!).toFixed(2)}% +50 images  ${worst.wnid} .+  <- taken for `));
  });

  it.each([
    ['tsv', '\t'],
    ['csv', ','],
  ] as const)('prints a header and a row of the figures with --format %s', async (format, separator) => {
    const run = await runMain(['evaluate', fixture('subset-per-image.csv'), '--format', format]);
    const [header, row] = lines(run.stdout);
    expect(header!.split(separator)).toStrictEqual([...SUMMARY_KEYS]);
    const values = row!.split(separator);
    SUMMARY_KEYS.forEach((key, j) => {
      const expected = FIGURES.subsetByFileName[key];
      expect(values[j] === '' ? null : Number(values[j]), key).toEqual(expected === null ? null : expect.closeTo(expected, 12));
    });
  });

  it('writes every class to --per-class FILE as csv, tsv or json, with --group their group', async () => {
    const args = [CLEANLAB, '--true', 'val-imagefolder', '--group', 'restricted-imagenet'];
    for (const extension of ['csv', 'tsv', 'json']) {
      const file = join(work, `classes.${extension}`);
      const run = await runMain(['evaluate', ...args, '--per-class', file, '--format', 'csv']);
      expect(run.status).toBe(0);
      const text = readFileSync(file, 'utf8');
      if (extension === 'json') {
        const rows = JSON.parse(text) as (Evaluation['classes'][number] & { label: string; group: number })[];
        expect(rows.map(({ label: _label, group: _group, ...c }) => c)).toStrictEqual(cleanlab.classes);
        // Restricted ImageNet leaves tench out (its fish are 389 to 397); Chihuahua is a dog.
        expect([rows[0]!.label, rows[0]!.group, rows[151]!.group, rows[389]!.group]).toStrictEqual(['tench', -1, 0, 6]);
        continue;
      }
      const separator = extension === 'csv' ? ',' : '\t';
      const table = lines(text).map((line) => line.split(separator));
      expect(table).toHaveLength(1001);
      expect(table[0]!.slice(0, 9)).toStrictEqual([
        'index',
        'wnid',
        'label',
        'images',
        'top1',
        'realImages',
        'realTop1',
        'errors',
        'group',
      ]);
      const first = cleanlab.classes[0]!;
      expect(table[1]!.slice(0, 9)).toStrictEqual([
        '0',
        first.wnid,
        'tench',
        '50',
        String(first.top1),
        '50',
        String(first.realTop1),
        String(first.errors),
        '-1',
      ]);
      expect(table[1]!.slice(9, 12)).toStrictEqual([
        first.confusions[0]!.wnid,
        String(first.confusions[0]!.count),
        first.confusions[0]!.lca,
      ]);
    }
  });

  it('notes when the rows look like the other order, and still answers what was asked', async () => {
    const run = await runMain(['evaluate', CLEANLAB, '--true', 'val', '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(lines(run.stderr)).toStrictEqual([
      `synset: note: top-1 is 0.12% in file-name order but ${(100 * FIGURES.cleanlabImageFolder.top1!).toFixed(2)}% in ImageFolder order: are the rows in ImageFolder order? (--true val-imagefolder)`,
    ]);
  });
});

describe('synset evaluate: bad input', () => {
  const write = (name: string, text: string): string => {
    const file = join(work, name);
    writeFileSync(file, text);
    return file;
  };

  it.each([
    [[], "evaluate needs PRED (a predictions file, or '-' for standard input), or --confusion C"],
    [['a.npy', 'b.npy'], 'evaluate reads one predictions file, not 2 ("a.npy", "b.npy")'],
    [['a.npy', '--confusion', 'c.npy'], 'give --confusion C, or PRED [--true TRUE], not both'],
    [['a.npy', '--json', '--format', 'csv'], '--json and --format csv disagree'],
    [['a.npy', '--format', 'npy'], 'evaluate --format must be one of text, json, tsv, csv, not "npy"'],
    [['a.npy', '--true', 'val', '--set', 'imagenette'], "--true val is the 1k's validation labels: give no --set, or --set 1k"],
    [
      ['a.npy', '--group', 'restricted-imagenet', '--hierarchy', 't.txt'],
      '--group restricted-imagenet is a published table, not a cut of a hierarchy: give no --hierarchy, or --group depth-D|count-K',
    ],
    [['a.npy', '--summary'], '--summary does not apply to evaluate'],
  ])('is a usage error (exit 2) for %j', async (args, message) => {
    const { status, errors } = await failure(args);
    expect(status).toBe(2);
    expect(errors[0]).toBe(`synset: ${message}`);
  });

  it('asks for --true (exit 2) when PRED names no files', async () => {
    const { status, errors } = await failure([CLEANLAB]);
    expect(status).toBe(2);
    expect(errors[0]).toBe(
      `synset: ${quoteInput(CLEANLAB)} names no files (.npy (50000,) <u2), so its row order decides the truth: give --true val (file-name order), --true val-imagefolder (ImageFolder order: class folder, then file name) or --true FILE`,
    );
  });

  it('says a count mismatch in one line naming both counts (exit 1)', async () => {
    expect(await failure([fixture('subset-top5.npy'), '--true', 'val'])).toStrictEqual({
      status: 1,
      errors: [
        `synset: ${fixture('subset-top5.npy')}: the predictions have 1000 rows but the validation set has 50000 images: a row per image, in file-name order`,
      ],
    });
    expect(await failure([CLEANLAB, '--true', fixture('subset-true.npy')])).toStrictEqual({
      status: 1,
      errors: [`synset: ${CLEANLAB}: the predictions have 50000 rows but the true labels have 1000: a row per image in both`],
    });
  });

  it('reports each bad row with its line, and uses nothing of the file (exit 1)', async () => {
    const file = write('bad.txt', '1 2\n3 4\n5 1000\n\n7 x\n8\n');
    expect(await failure([file, '--true', 'val'])).toStrictEqual({
      status: 1,
      errors: [
        `synset: ${file}: line 3: "1000" is not a class index of 1k (0 to 999)`,
        `synset: ${file}: line 5: "x" is neither a class index of 1k (0 to 999) nor a wnid`,
        `synset: ${file}: line 6: 1 cell, but line 1 has 2: every row needs the same number`,
      ],
    });
  });

  it('names the line of a file that is no validation image, and of the true labels that lack one (exit 1)', async () => {
    const pred = write('named.csv', 'file_name,predicted_class\nILSVRC2012_val_00000001.JPEG,65\ncat.jpg,3\n');
    expect(await failure([pred])).toStrictEqual({
      status: 1,
      errors: [`synset: ${pred}: line 3: "cat.jpg" is not an ImageNet validation image (ILSVRC2012_val_NNNNNNNN.JPEG)`],
    });
    const truth = write('truth.csv', 'file,label\nILSVRC2012_val_00000002.JPEG,65\n');
    const other = write('other.csv', 'file_name,predicted_class\nILSVRC2012_val_00000001.JPEG,65\n');
    expect((await failure([other, '--true', truth])).errors).toStrictEqual([
      `synset: ${other}: line 2: ILSVRC2012_val_00000001.JPEG has no row in the true labels`,
    ]);
    const badTruth = write('bad-truth.txt', '1\n1001\n');
    expect((await failure([write('two.txt', '1\n2\n'), '--true', badTruth])).errors).toStrictEqual([
      `synset: ${badTruth}: line 2: "1001" is not a class index of 1k (0 to 999)`,
    ]);
  });

  it('says which file it cannot read, which grouping is wrong, which classes a tree lacks, where it cannot write (exit 1)', async () => {
    const missing = join(work, 'missing.npy');
    expect(await failure([missing, '--true', 'val'])).toStrictEqual({
      status: 1,
      errors: [`synset: ${missing}: cannot read it: ENOENT: no such file or directory, stat '${missing}'`],
    });
    const grouping = write('groups.txt', '0\n1\n');
    expect(await failure([CLEANLAB, '--true', 'val-imagefolder', '--group', grouping])).toStrictEqual({
      status: 1,
      errors: [`synset: --group ${grouping}: 2 rows for a set of 1000 classes: a group a class, -1 for none`],
    });
    const tree = await failure([
      CLEANLAB,
      '--true',
      'val-imagefolder',
      '--hierarchy',
      join(ROOT, 'test/fixtures/hierarchy/small-tree.txt'),
    ]);
    expect(tree.status).toBe(1);
    expect(tree.errors[0]).toMatch(/^synset: .*small-tree\.txt: class 2 of 1k \(n01484850\) is not in the hierarchy$/);
    const nowhere = join(work, 'no-such-folder', 'classes.csv');
    expect((await failure([CLEANLAB, '--true', 'val-imagefolder', '--per-class', nowhere, '--format', 'csv'])).errors[0]).toMatch(
      new RegExp(`^synset: cannot write "${nowhere.slice(0, 20)}.*": ENOENT`),
    );
  });

  it('exits with the statuses above as a process, with no stack trace', () => {
    const usage = synset(['evaluate', CLEANLAB]);
    expect(usage.status).toBe(2);
    const mismatch = synset(['evaluate', fixture('subset-top5.npy'), '--true', 'val']);
    expect([mismatch.status, lines(mismatch.stderr).length]).toStrictEqual([1, 1]);
    const good = synset(['evaluate', '-', '--format', 'csv'], readFileSync(fixture('subset-per-image.csv')));
    expect([good.status, good.stderr, lines(good.stdout).length]).toStrictEqual([0, '', 2]);
    for (const run of [usage, mismatch, good]) expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});
