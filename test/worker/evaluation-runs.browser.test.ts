/**
 * A person's model runs through the real client and worker: a file scored with the core's
 * evaluation (the figures part A's CLI and NumPy agree on: test/fixtures/evaluation/figures.json),
 * keyed per synset for the views, kept in a real IndexedDB across workers, and bad files
 * explained; the evaluation data parts fetched only when a run is scored or issues are asked for.
 */
import { transfer } from 'comlink';
import { describe, expect, test } from 'vitest';
import figures from '../fixtures/evaluation/figures.json';
import perImageCsv from '../fixtures/evaluation/subset-per-image.csv?raw';
import { deleteDatabase, useTestClients } from './databases.js';
import type { TestSynsetClient } from './test-worker-client.js';
import type { RunEvaluation, RunOutcome } from '../../src/worker/api.js';

const tests = useTestClients('runs');

function clientWithRuns(dbName = tests.dbName()): { client: TestSynsetClient; dbName: string } {
  tests.onCleanup(() => deleteDatabase(`${dbName}-lists`));
  return { client: tests.client({ dbName }), dbName };
}

async function cleanlabBytes(): Promise<ArrayBuffer> {
  return (await fetch('/data/evaluation/cleanlab-predictions.npy')).arrayBuffer();
}

async function evaluationParts(client: TestSynsetClient): Promise<string[]> {
  return (await client.fetchedUrls()).map((url) => url.slice(url.lastIndexOf('/') + 1)).filter((file) => file.startsWith('evaluation-'));
}

function scored(outcome: RunOutcome): RunEvaluation {
  if (!('evaluation' in outcome)) throw new Error(`not scored: ${outcome.problems.join('; ')}`);
  return outcome.evaluation;
}

const headline = (evaluation: RunEvaluation) => {
  const { images, k, top1, top5, topK, mistakeSeverity, hierDistAt1, hierDistAtK, realTop1, realImages } = evaluation.summary;
  return { images, k, top1, top5, topK, mistakeSeverity, hierDistAt1, hierDistAtK, realTop1, realImages };
};

describe('a run scored in the worker', () => {
  test('has the figures of the same file scored by the CLI, per class and per synset, fetching the evaluation data only then', async () => {
    const { client } = clientWithRuns();
    await client.row('n00001740', { in: '1k' });
    expect(await evaluationParts(client)).toEqual([]);
    const bytes = await cleanlabBytes();
    const evaluation = scored(await client.evaluateRun(transfer(bytes, [bytes]), 'cleanlab-predictions.npy', { order: 'val-imagefolder' }));
    expect(bytes.byteLength).toBe(0);
    expect(headline(evaluation)).toEqual(expect.objectContaining(closeTo(figures.cleanlabImageFolder)));
    expect(evaluation.summary).toMatchObject({
      fileName: 'cleanlab-predictions.npy',
      truth: 'in ImageFolder order',
      id: expect.stringMatching(/^[0-9a-f]{12}$/),
    });
    expect((await evaluationParts(client)).map((file) => file.replace(/\..*/, '')).sort()).toEqual([
      'evaluation-real-labels-txt',
      'evaluation-val-labels-npy',
    ]);
    for (const [index, expected] of Object.entries(figures.cleanlabClasses)) {
      const actual = evaluation.classes[Number(index)]!;
      expect(actual.images).toBe(expected.images);
      expect(actual.top1).toBeCloseTo(expected.top1!, 12);
      expect(actual.realTop1).toBeCloseTo(expected.realTop1!, 12);
      expect(actual.confusions.map((c) => [c.index, c.count, c.lca, c.severity])).toEqual(expected.confusions);
    }
    // A node's accuracy: its 1k classes' images and right answers summed, each class once.
    const dogClasses = new Set(await client.descendants('n02084071', { in: '1k' }));
    const under = evaluation.classes.filter((c) => dogClasses.has(c.wnid));
    const at = evaluation.nodeWnids.indexOf('n02084071');
    expect(evaluation.nodeImages[at]).toBe(under.reduce((sum, c) => sum + c.images, 0));
    expect(evaluation.nodeTop1[at]).toBe(under.reduce((sum, c) => sum + c.images - c.errors, 0));
    const root = evaluation.nodeWnids.indexOf('n00001740');
    expect([evaluation.nodeImages[root], evaluation.nodeTop1[root]]).toEqual([
      50_000,
      Math.round(figures.cleanlabImageFolder.top1 * 50_000),
    ]);
    // Tench's errors: every one stays under entity, those predicted as fish under fish.
    const tench = evaluation.errorsUnder[0]!;
    expect(tench.find((a) => a.wnid === 'n00001740')!.errors).toBe(evaluation.classes[0]!.errors);
    const fishClasses = new Set(await client.descendants('n02512053', { in: '1k' }));
    const fishErrors = evaluation.classes[0]!.confusions.filter((c) => fishClasses.has(c.wnid)).reduce((sum, c) => sum + c.count, 0);
    expect(tench.find((a) => a.wnid === 'n02512053')!.errors).toBeGreaterThanOrEqual(fishErrors);
    expect(tench[0]!.wnid).not.toBe('n00001740');
  });

  test('reads a per-image CSV naming its files, in any order', async () => {
    const { client } = clientWithRuns();
    const bytes = new TextEncoder().encode(perImageCsv).buffer;
    const evaluation = scored(await client.evaluateRun(bytes, 'subset.csv'));
    expect(headline(evaluation)).toEqual(expect.objectContaining(closeTo(figures.subsetByFileName)));
    expect(evaluation.summary.truth).toBe('by file name to the validation labels');
  });

  test('explains a malformed file in sentences with its lines, and keeps nothing of it', async () => {
    const { client } = clientWithRuns();
    const text = '3\n7\nseven\n1200\n';
    const outcome = await client.evaluateRun(new TextEncoder().encode(text).buffer, 'bad.txt', { order: 'val' });
    expect(outcome).toEqual({ fileName: 'bad.txt', problems: [expect.stringMatching(/^line 3: /), expect.stringMatching(/^line 4: /)] });
    expect('problems' in outcome && outcome.problems.join(' ')).not.toMatch(/at \w+ \(|Error:/);
    const short = await client.evaluateRun(new TextEncoder().encode('3\n7\n').buffer, 'short.txt', { order: 'val' });
    expect(short).toMatchObject({ problems: [expect.stringMatching(/2 rows but the validation set has 50000 images/)] });
    expect(await client.runs()).toEqual([]);
  });

  test('is kept in this browser: another worker lists it and gives the same figures; removed, it is gone', async () => {
    const { client, dbName } = clientWithRuns();
    const first = scored(await client.evaluateRun(await cleanlabBytes(), 'cleanlab-predictions.npy'));
    // Listed once written: the write goes on behind the answer.
    expect((await client.runs()).map((run) => run.id)).toEqual([first.summary.id]);
    client.dispose();
    const again = tests.client({ dbName });
    expect((await again.runs()).map((run) => run.id)).toEqual([first.summary.id]);
    const read = await again.runEvaluation(first.summary.id);
    expect(read.summary).toEqual(first.summary);
    expect(read.classes).toEqual(first.classes);
    expect([...read.nodeTop1]).toEqual([...first.nodeTop1]);
    await again.removeRun(first.summary.id);
    expect(await again.runs()).toEqual([]);
    await expect(again.runEvaluation(first.summary.id)).rejects.toThrow(/no run/);
  });

  test('scores a confusion matrix as the same figures as its predictions, but ReaL', async () => {
    const { client } = clientWithRuns();
    const predictions = scored(await client.evaluateRun(await cleanlabBytes(), 'p.npy'));
    // The matrix of the same predictions, counted here from the file and the labels' ImageFolder order (sorted labels).
    const cells = new Uint32Array(1000 * 1000);
    const npy = new Uint8Array(await cleanlabBytes());
    const labels = new Uint8Array(await (await fetch('/data/evaluation/val-labels.npy')).arrayBuffer());
    const pred = new Uint16Array(npy.buffer.slice(npy.length - 100_000));
    const byName = new Uint16Array(labels.buffer.slice(labels.length - 100_000));
    const truthImageFolder = Uint16Array.from(byName).sort();
    pred.forEach((p, r) => void cells[truthImageFolder[r]! * 1000 + p]!++);
    const text = Array.from({ length: 1000 }, (_, t) => cells.subarray(t * 1000, (t + 1) * 1000).join(',')).join('\n');
    const matrix = scored(await client.evaluateRun(new TextEncoder().encode(text).buffer, 'confusion.csv'));
    expect(matrix.summary.truth).toBe('a confusion matrix');
    expect(matrix.summary.top1).toBe(predictions.summary.top1);
    expect(matrix.summary.mistakeSeverity).toBeCloseTo(predictions.summary.mistakeSeverity!, 10);
    expect(matrix.summary.realTop1).toBeNull();
    expect([...matrix.nodeTop1]).toEqual([...predictions.nodeTop1]);
  });
});

describe('known label issues', () => {
  test('are those of the shipped table, fetched when first asked; none for a synset that is no 1k class', async () => {
    const { client } = clientWithRuns();
    expect(await client.knownIssues('n02084071')).toBeNull();
    const tench = (await client.knownIssues('n01440764'))!;
    const expected = figures.realIssues['0'];
    expect(tench.real).toMatchObject({ images: expected.images, labelled: expected.labelled, kept: expected.kept });
    expect(tench.real.added.map((c) => [c.index1k, c.count])).toEqual(expected.added);
    expect((await evaluationParts(client)).map((file) => file.replace(/\..*/, ''))).toEqual(['evaluation-known-issues-tsv']);
  });
});

describe('label agreement on the hierarchy', () => {
  test('a synset has the ReaL counts of the 1k classes below it summed, each class once; the root has every ReaL-labelled image', async () => {
    const { client } = clientWithRuns();
    const agreement = await client.labelAgreement();
    const at = (wnid: string) => agreement.nodeWnids.indexOf(wnid);
    // Dog, fish, and a synset with classes under several of its parents' paths (food).
    for (const wnid of ['n02084071', 'n02512053', 'n00021265']) {
      const classes = await client.descendants(wnid, { in: '1k' });
      const issues = await Promise.all(classes.map(async (c) => (await client.knownIssues(c))!.real));
      expect(agreement.nodeLabelled[at(wnid)]).toBe(issues.reduce((sum, real) => sum + real.labelled, 0));
      expect(agreement.nodeKept[at(wnid)]).toBe(issues.reduce((sum, real) => sum + real.kept, 0));
    }
    expect(agreement.nodeLabelled[at('n00001740')]).toBe(figures.cleanlabImageFolder.realImages);
    const tench = figures.realIssues['0'];
    expect([agreement.nodeLabelled[at('n01440764')], agreement.nodeKept[at('n01440764')]]).toEqual([tench.labelled, tench.kept]);
    // No synset outside the 1k's ancestors.
    expect(at('n00015388')).toBeGreaterThanOrEqual(0);
    expect(at('n07480068')).toBe(-1);
  });
});

/** The fixture's figures as matchers: numbers to 12 digits, nulls as they are. */
function closeTo(expected: Record<string, number | null>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(expected).map(([key, value]) => [key, value === null || Number.isInteger(value) ? value : expect.closeTo(value, 12)]),
  );
}
