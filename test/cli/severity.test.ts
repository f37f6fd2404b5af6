/** `synset severity`: a predictions file scored, its summary worked out by hand. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { setHeight, severity } from '../../src/core/hierarchy-metrics.js';
import { SynsetQueries } from '../../src/core/queries.js';
import { useBuiltInLabelSets } from '../../src/node/label-spaces.js';
import { loadIndex } from '../../src/node/load-bundle.js';
import { jsonLines, lines, ROOT } from './run-cli.js';
import { runMain } from './run-main.js';

let queries: SynsetQueries;
beforeAll(() => {
  queries = new SynsetQueries(loadIndex());
  useBuiltInLabelSets(queries);
});

/*
 * Four samples of the 1k, k = 2, as `true,pred1,pred2` class indices:
 * 0 tench (n01440764), 1 goldfish (n01443537), 207 golden retriever (n02099601), 208 Labrador (n02099712).
 *
 * H = 18: the largest max depth among the 1k's classes.
 * The lowest common hypernyms and their max depths (WordNet 3.0):
 *   tench, goldfish                 -> cyprinid (n01439121),  depth 15 -> severity 18 - 15 = 3
 *   golden retriever, Labrador      -> retriever (n02099029), depth 16 -> severity 18 - 16 = 2
 *   golden retriever, tench/goldfish -> vertebrate (n01471682), depth 8 -> severity 18 - 8 = 10
 *   a class and itself                                                  -> severity 0
 *
 *   line        true      pred1 (sev)    pred2 (sev)   top-1   mean of the 2
 *   0,0,1       tench     tench (0)      goldfish (3)  right   (0 + 3) / 2 = 1.5
 *   0,1,0       tench     goldfish (3)   tench (0)     wrong   (3 + 0) / 2 = 1.5
 *   207,208,0   golden    Labrador (2)   tench (10)    wrong   (2 + 10) / 2 = 6
 *   1,207,1     goldfish  golden (10)    goldfish (0)  wrong   (10 + 0) / 2 = 5
 *
 *   top1Error       = 3 wrong / 4 samples                 = 0.75
 *   mistakeSeverity = (3 + 2 + 10) / 3 wrong               = 5
 *   hierDistAt1     = (0 + 3 + 2 + 10) / 4                 = 3.75
 *   hierDistAtK     = (1.5 + 1.5 + 6 + 5) / 4 = 14 / 4     = 3.5
 */
const PREDICTIONS = '0,0,1\n0,1,0\n207,208,0\n1,207,1\n';
const HAND_SEVERITIES = [
  [0, 3],
  [3, 0],
  [2, 10],
  [10, 0],
];

describe('synset severity', () => {
  it('agrees with the core on each severity the hand computation uses (cross-check)', () => {
    const k1 = queries.labelSpaces.set('1k');
    const height = setHeight(queries.index, k1.classes);
    expect(height).toBe(18);
    PREDICTIONS.trim()
      .split('\n')
      .forEach((line, n) => {
        const [truth, ...predicted] = line.split(',').map((k) => k1.synsetAt(Number(k)));
        expect(predicted.map((p) => severity(queries.index, p, truth!, height))).toStrictEqual(HAND_SEVERITIES[n]);
      });
  });

  it('prints a record per line with --json, nothing else, and the summary worked out by hand with --summary', async () => {
    const run = await runMain(['severity', '--set', '1k', '--json'], PREDICTIONS);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const records = jsonLines(run.stdout);
    // One JSON object per sample and no summary row: pd.read_json(lines=True) reads exactly the samples.
    expect(records).toHaveLength(4);
    records.push(...jsonLines((await runMain(['severity', '--set', '1k', '--json', '--summary'], PREDICTIONS)).stdout));
    expect(records).toHaveLength(5);
    expect(records[0]).toStrictEqual({
      input: '0,0,1',
      true: 'n01440764',
      predictions: ['n01440764', 'n01443537'],
      correct: true,
      severities: [0, 3],
    });
    expect(records.slice(0, 4).map((record) => record.severities)).toStrictEqual(HAND_SEVERITIES);
    expect(records.slice(0, 4).map((record) => record.correct)).toStrictEqual([true, false, false, false]);
    expect(records[4]).toStrictEqual({ samples: 4, k: 2, top1Error: 0.75, mistakeSeverity: 5, hierDistAt1: 3.75, hierDistAtK: 3.5 });
    expect(Object.keys(records[4]!)).toStrictEqual(['samples', 'k', 'top1Error', 'mistakeSeverity', 'hierDistAt1', 'hierDistAtK']);
  });

  it('reads wnids and SET:INDEX ids as well as indices, and the same summary comes out', async () => {
    const ids = 'n01440764,n01440764,goldfish.n.01\n1k:0,1k:1,1k:0\nn02099601,n02099712,n01440764\n1,207,1\n';
    const records = jsonLines((await runMain(['severity', '--json', '--summary'], ids)).stdout);
    expect(records).toHaveLength(1);
    expect(records.at(-1)).toStrictEqual({ samples: 4, k: 2, top1Error: 0.75, mistakeSeverity: 5, hierDistAt1: 3.75, hierDistAtK: 3.5 });
  });

  it('refuses a line with another k, naming its line, and leaves it out of the summary', async () => {
    const run = await runMain(['severity', '--json', '--summary'], PREDICTIONS + '0,1\n207,1,0,208\n');
    expect(run.status).toBe(1);
    expect(lines(run.stderr)).toStrictEqual([
      'synset: line 5: "0,1": 1 prediction, but the first line scored had 2: every line needs the same k',
      'synset: line 6: "207,1,0,208": 3 predictions, but the first line scored had 2: every line needs the same k',
    ]);
    expect(jsonLines(run.stdout).at(-1)).toMatchObject({ samples: 4, k: 2, hierDistAtK: 3.5 });
  });

  it('refuses a class outside the set and a line without predictions', async () => {
    const run = await runMain(['severity', '--set', 'imagenette', '--json', '--on-error', 'inline'], 'n01440764,dog.n.01\n0\n0,0\n');
    expect(run.status).toBe(1);
    const records = jsonLines(run.stdout);
    expect(records[0]).toStrictEqual({ input: 'n01440764,dog.n.01', error: 'prediction 1: n02084071 is not a class of imagenette' });
    expect(records[1]).toStrictEqual({ input: '0', error: 'expected true,pred1[,pred2,...]' });
    expect(records).toHaveLength(3);
    const summary = jsonLines(
      (await runMain(['severity', '--set', 'imagenette', '--json', '--summary'], 'n01440764,dog.n.01\n0\n0,0\n')).stdout,
    );
    expect(summary).toStrictEqual([{ samples: 1, k: 1, top1Error: 0, mistakeSeverity: null, hierDistAt1: 0, hierDistAtK: 0 }]);
  });

  it('answers a blank line in place with --on-error inline, so record N is line N', async () => {
    const run = await runMain(['severity', '--json', '--on-error', 'inline'], '0,0,1\n\n207,208,0\n');
    expect(jsonLines(run.stdout).map((record) => record.input)).toStrictEqual(['0,0,1', '', '207,208,0']);
    expect(jsonLines(run.stdout)[1]).toStrictEqual({ input: '', error: 'empty line' });
  });

  it('shows the summary to people in text', async () => {
    const run = await runMain(['severity'], PREDICTIONS);
    expect(lines(run.stdout).slice(-5)).toStrictEqual([
      '4 samples, k = 2, severity in 1k (H = 18)',
      '  top-1 error       0.75',
      '  mistake severity  5',
      '  hier. dist@1      3.75',
      '  hier. dist@k      3.5',
    ]);
  });
});

/** NumPy's own files (data/numpy/make-npy-fixtures.py): the four samples above, as an evaluation script writes them. */
const numpy = (name: string): string => join(ROOT, 'test/fixtures/numpy', name);
const HAND_SUMMARY = { samples: 4, k: 2, top1Error: 0.75, mistakeSeverity: 5, hierDistAt1: 3.75, hierDistAtK: 3.5 };

describe('synset severity reads what NumPy writes', () => {
  it("reads np.savetxt's default text ('%.18e', spaces), and its tab and comma forms, as the hand-worked lines", async () => {
    for (const file of ['predictions.txt', 'predictions-tab.txt', 'predictions-comma.csv']) {
      const text = readFileSync(numpy(file), 'utf8');
      expect(text.split('\n')[2], file).toMatch(/^2\.070000000000000000e\+02[ \t,]2\.080000000000000000e\+02/);
      const run = await runMain(['severity', '--json'], text);
      expect(run.stderr, file).toBe('');
      expect(
        jsonLines(run.stdout).map((record) => record.severities),
        file,
      ).toStrictEqual(HAND_SEVERITIES);
      expect(jsonLines((await runMain(['severity', '--json', '--summary'], text)).stdout), file).toStrictEqual([HAND_SUMMARY]);
    }
  });

  it('reads --true Y --pred P: .npy (any layout NumPy saves) or text, in any pairing', async () => {
    for (const [truth, pred] of [
      ['labels.npy', 'top2.npy'],
      ['labels.txt', 'top2.txt'],
      ['labels.npy', 'top2.txt'],
      ['labels.txt', 'top2-fortran.npy'],
      ['labels.npy', 'top2-big-endian.npy'],
      ['labels.npy', 'top2-uint8.npy'],
      ['labels.npy', 'top2-float32.npy'],
    ]) {
      const run = await runMain(['severity', '--true', numpy(truth!), '--pred', numpy(pred!), '--json']);
      expect(run.stderr, `${truth} ${pred}`).toBe('');
      expect(
        jsonLines(run.stdout).map((record) => record.severities),
        `${truth} ${pred}`,
      ).toStrictEqual(HAND_SEVERITIES);
      const summary = await runMain(['severity', '--true', numpy(truth!), '--pred', numpy(pred!), '--summary', '--json']);
      expect(jsonLines(summary.stdout), `${truth} ${pred}`).toStrictEqual([HAND_SUMMARY]);
    }
  });

  it('gives the same summary from a confusion matrix (.npy or csv) as from its samples, k = 1', async () => {
    const samples = await runMain([
      'severity',
      '--set',
      'imagenette',
      '--true',
      numpy('imagenette-true.npy'),
      '--pred',
      numpy('imagenette-pred.npy'),
      '--summary',
      '--json',
    ]);
    const expected = jsonLines(samples.stdout)[0]!;
    expect(expected).toMatchObject({ samples: 40, k: 1 });
    expect(expected.top1Error).toBeGreaterThan(0);
    for (const file of ['imagenette-confusion.npy', 'imagenette-confusion.csv']) {
      const run = await runMain(['severity', '--set', 'imagenette', '--confusion', numpy(file), '--json']);
      expect(run.stderr, file).toBe('');
      expect(jsonLines(run.stdout), file).toStrictEqual([expected]);
    }
  });

  it('says what is wrong with a file, in one line, exit 1', async () => {
    const mismatch = await runMain([
      'severity',
      '--set',
      'imagenette',
      '--true',
      numpy('imagenette-true.npy'),
      '--pred',
      numpy('top2.npy'),
    ]);
    expect(mismatch.status).toBe(1);
    expect(lines(mismatch.stderr)).toStrictEqual([
      expect.stringMatching(/has 40 rows but --pred .*top2\.npy has 4: a row per sample in both$/),
    ]);
    const wrongSize = await runMain(['severity', '--confusion', numpy('imagenette-confusion.npy')]);
    expect(wrongSize.status).toBe(1);
    expect(lines(wrongSize.stderr)).toStrictEqual([
      expect.stringMatching(/a confusion matrix of 1k is 1000 x 1000 \(rows true, columns predicted\), not 10 x 10$/),
    ]);
    const missing = await runMain(['severity', '--true', numpy('no-such.npy'), '--pred', numpy('top2.npy')]);
    expect(lines(missing.stderr)).toStrictEqual([expect.stringMatching(/^synset: cannot read .*no-such\.npy: ENOENT/)]);
  });
});
