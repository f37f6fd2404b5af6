/** The known label issues of the 1k classes, as data/evaluation/known-issues.tsv ships them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseKnownIssues, type KnownIssues } from '../../../src/core/evaluation/known-issues.js';
import { realAccepts, realLabelled } from '../../../src/core/evaluation/real-labels.js';
import { evaluationFolder, readValidationData } from '../../../src/node/evaluation-data.js';
import { FIGURES } from './fixture-files.js';

let issues: KnownIssues[];
beforeAll(() => {
  issues = parseKnownIssues(readFileSync(join(evaluationFolder(), 'known-issues.tsv'), 'utf8'));
});

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

describe('known issues', () => {
  it("holds ReaL's figures NumPy finds in the shipped labels for the fixture's classes", () => {
    for (const [k, expected] of Object.entries(FIGURES.realIssues)) {
      const { real } = issues[Number(k)]!;
      expect(
        { images: real.images, labelled: real.labelled, kept: real.kept, added: real.added.map((c) => [c.index1k, c.count]) },
        k,
      ).toStrictEqual(expected);
      expect(real.agreement).toBe(expected.kept / expected.labelled);
    }
  });

  it("agrees for every class with the shipped validation labels and ReaL's, counted here", () => {
    const { labels, real } = readValidationData();
    const labelled = new Array<number>(1000).fill(0);
    const kept = new Array<number>(1000).fill(0);
    labels.forEach((c, n) => {
      if (!realLabelled(real, n + 1)) return;
      labelled[c]!++;
      if (realAccepts(real, n + 1, c)) kept[c]!++;
    });
    expect(issues.map((row) => row.real.labelled)).toStrictEqual(labelled);
    expect(issues.map((row) => row.real.kept)).toStrictEqual(kept);
    expect(sum(issues.map((row) => row.real.images))).toBe(50000);
  });

  it("adds up to the crowd check's published counts: 5,440 checked, 2,916 label errors, 1,428 relabelled", () => {
    expect(sum(issues.map((row) => row.crowd.checked))).toBe(5440);
    expect(sum(issues.map((row) => row.crowd.givenRejected))).toBe(2916);
    expect(sum(issues.map((row) => row.crowd.confirmed))).toBe(1428);
    for (const row of issues) {
      expect(sum(row.crowd.relabelled.map((c) => c.count))).toBe(row.crowd.confirmed);
      expect(row.crowd.confirmed).toBeLessThanOrEqual(row.crowd.givenRejected);
    }
  });

  it("lists the experts' 481 confusable pairs from both sides", () => {
    let pairs = 0;
    issues.forEach((row, k) => {
      for (const partner of row.confusable) {
        pairs++;
        expect(issues[partner.index1k]!.confusable.find((c) => c.index1k === k)?.count).toBe(partner.count);
      }
    });
    expect(pairs / 2).toBe(481);
  });

  it('names each listed class by its wnid, as the 1k list does', () => {
    const wnids = readFileSync(join(evaluationFolder(), '../imagenet/ilsvrc2012.txt'), 'utf8').split('\n');
    for (const row of issues)
      for (const c of [...row.real.added, ...row.crowd.relabelled, ...row.confusable]) expect(c.wnid).toBe(wnids[c.index1k]);
    // sunglass: ReaL adds sunglasses to 46 of its 49 labelled images.
    expect(issues[836]!.real.added[0]).toStrictEqual({ index1k: 837, wnid: 'n04356056', count: 46 });
  });

  it('refuses a table of another shape', () => {
    expect(() => parseKnownIssues('index\twnid\n0\tn01440764\n')).toThrow(
      'known issues: not the table data/evaluation/known-issues.tsv ships',
    );
  });
});
