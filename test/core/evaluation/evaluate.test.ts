/**
 * Every figure of an evaluation against NumPy's and NLTK's (test/fixtures/evaluation/figures.json,
 * made by data/evaluation/make-evaluation-fixtures.py over the shipped files): cleanlab's real
 * predictions in both orders, a top-5 subset in every input form, per class, per group, in a tree;
 * the confusion-matrix route against the per-image one; group shares on a hand-made case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ClassHierarchy } from '../../../src/core/class-hierarchy.js';
import { arrayTable, type ClassCells, type ClassTable } from '../../../src/core/evaluation/class-table.js';
import {
  classCellsOf,
  evaluateConfusion,
  evaluateSamples,
  type ClassGroups,
  type Evaluation,
  type EvaluationContext,
} from '../../../src/core/evaluation/evaluate.js';
import { parseClassTable } from '../../../src/core/evaluation/read-class-table.js';
import { joinSamples, type Samples } from '../../../src/core/evaluation/samples.js';
import { treeSeverity, wordnetSeverity } from '../../../src/core/evaluation/severity-measure.js';
import type { ValidationData } from '../../../src/core/evaluation/validation-data.js';
import type { LabelSet } from '../../../src/core/label-set.js';
import { readValidationData } from '../../../src/node/evaluation-data.js';
import { readPublishedGrouping } from '../../../src/node/groupings.js';
import { useBuiltInLabelSets } from '../../../src/node/label-spaces.js';
import { findProjectRoot } from '../../../src/node/project-root.js';
import { queries } from '../real-data.js';
import { expectFigures, FIGURES, FIXTURES, fixtureBytes } from './fixture-files.js';

let set: LabelSet;
let cells: ClassCells;
let validation: ValidationData;
let context: EvaluationContext;
let cleanlab: ClassTable;
let cleanlabSamples: Samples;
let cleanlabEvaluation: Evaluation;
beforeAll(() => {
  useBuiltInLabelSets(queries);
  set = queries.labelSpaces.set('1k');
  cells = classCellsOf(queries.index, set);
  validation = readValidationData();
  context = { index: queries.index, set, measure: wordnetSeverity(queries.index, set.classes) };
  cleanlab = parseClassTable(readFileSync(join(findProjectRoot(), 'data/evaluation/cleanlab-predictions.npy')), 'pred', cells);
  cleanlabSamples = joinSamples(cleanlab, { kind: 'val-imagefolder' }, validation);
  cleanlabEvaluation = evaluateSamples(cleanlabSamples, context, validation.real);
});

describe("cleanlab's predictions", () => {
  it('score as NumPy scores them in ImageFolder order: top-1, ReaL top-1, mistake severity, hier. dist', () => {
    expect(cleanlab.form).toBe('.npy (50000,) <u2');
    expectFigures(cleanlabEvaluation, FIGURES.cleanlabImageFolder);
    expect(cleanlabEvaluation.severity).toStrictEqual({ kind: 'wordnet', height: FIGURES.height });
    expect(cleanlabEvaluation.truth).toBe('in ImageFolder order');
  });

  it('score the same in file-name order (the file NumPy reordered), against val', () => {
    const table = parseClassTable(fixtureBytes('cleanlab-filename-order.npy'), 'pred', cells);
    const evaluation = evaluateSamples(joinSamples(table, { kind: 'val' }, validation), context, validation.real);
    expectFigures(evaluation, FIGURES.cleanlabFileName);
  });

  it("give each class NumPy's accuracy, ReaL accuracy and top confusions with NLTK's LCA and severity", () => {
    const entries = Object.entries(FIGURES.cleanlabClasses);
    expect(entries.length).toBeGreaterThan(20);
    for (const [k, expected] of entries) {
      const c = cleanlabEvaluation.classes[Number(k)]!;
      expect(c.wnid).toBe(queries.index.wnidOf(set.classes[Number(k)]!));
      expect([c.images, c.realImages, c.errors], k).toStrictEqual([
        expected.images,
        expected.realImages,
        expected.images - Math.round(expected.top1 * expected.images),
      ]);
      expect(c.top1, k).toBeCloseTo(expected.top1, 12);
      if (expected.realTop1 === null) expect(c.realTop1).toBeNull();
      else expect(c.realTop1, k).toBeCloseTo(expected.realTop1, 12);
      expect(
        c.confusions.map((x) => [x.index, x.count, x.lca, x.severity]),
        k,
      ).toStrictEqual(expected.confusions);
      for (const x of c.confusions) expect(x.wnid).toBe(queries.index.wnidOf(set.classes[x.index]!));
    }
  });

  it("give Restricted ImageNet's groups NumPy's accuracy and share of errors staying in the group", () => {
    const published = readPublishedGrouping(queries.index, 'restricted-imagenet');
    const groupOf = new Int32Array(1000).fill(-1);
    for (const entry of published.classes) groupOf[entry.index1k] = entry.group;
    const evaluation = evaluateSamples(cleanlabSamples, { ...context, grouping: { groupOf, groups: published.groups } }, validation.real);
    expect(evaluation.groups!.map((g) => g.name)).toStrictEqual(published.groups.map((g) => g.name));
    for (const g of evaluation.groups!) {
      const expected = FIGURES.cleanlabRestrictedImageNet[String(g.group)]!;
      expect([g.images, g.errors, g.errorsInGroup], g.name).toStrictEqual([expected.images, expected.errors, expected.errorsInGroup]);
      expect(g.top1).toBeCloseTo(expected.top1, 12);
      expect(g.withinShare).toBe(expected.errorsInGroup / expected.errors);
    }
  });

  it("score in a tree as Making Better Mistakes counts severity: the tree's height − the LCA's depth", () => {
    const text = readFileSync(join(FIXTURES, 'wordnet-1k-tree.txt'), 'utf8');
    const tree = ClassHierarchy.parse(text, (id) => queries.resolve(id), queries.index);
    const evaluation = evaluateSamples(cleanlabSamples, { ...context, measure: treeSeverity(tree, set.classes) }, validation.real);
    const { height, ...figures } = FIGURES.cleanlabTree;
    expect(evaluation.severity).toStrictEqual({ kind: 'hierarchy', height });
    // ReaL is the same images' whichever severity is in use.
    expectFigures(evaluation, { ...figures, realTop1: cleanlabEvaluation.realTop1, realImages: cleanlabEvaluation.realImages });
    expect(evaluation.mistakeSeverity).not.toBe(cleanlabEvaluation.mistakeSeverity);
  });
});

describe('the top-5 subset', () => {
  it.each(['subset-top5.npy', 'subset-top5.txt', 'subset-top5-tab.txt', 'subset-top5-comma.csv', 'subset-top5-wnids.tsv'])(
    'scores %s against subset-true row by row as NumPy does (no ReaL: the images are not named)',
    (file) => {
      for (const truthFile of ['subset-true.npy', 'subset-true.txt']) {
        const truth = parseClassTable(fixtureBytes(truthFile), 'true', cells);
        const samples = joinSamples(parseClassTable(fixtureBytes(file), 'pred', cells), { kind: 'table', table: truth }, validation);
        expectFigures(evaluateSamples(samples, context, validation.real), FIGURES.subsetRowByRow);
      }
    },
  );

  it('scores the per-image CSV (shuffled, folders before some names) by file name, with ReaL', () => {
    const samples = joinSamples(parseClassTable(fixtureBytes('subset-per-image.csv'), 'pred', cells), { kind: 'files' }, validation);
    const evaluation = evaluateSamples(samples, context, validation.real);
    expectFigures(evaluation, FIGURES.subsetByFileName);
    expect(FIGURES.subsetByFileName.top5).not.toBe(FIGURES.subsetByFileName.top1);
  });
});

describe('a confusion matrix', () => {
  it('gives the figures of the samples it counts: all but top-k and ReaL, per class and per group alike', () => {
    const cells1k = new Float64Array(1000 * 1000);
    for (let i = 0; i < cleanlabSamples.n; i++) cells1k[cleanlabSamples.truth[i]! * 1000 + cleanlabSamples.pred[i]!]!++;
    const grouping: ClassGroups = {
      groupOf: Int32Array.from({ length: 1000 }, (_, k) => k % 7),
      groups: Array.from({ length: 7 }, (_, g) => ({ name: `g${g}`, wnid: null })),
    };
    const fromSamples = evaluateSamples(cleanlabSamples, { ...context, grouping }, null);
    const fromMatrix = evaluateConfusion(cells1k, '1000 x 1000', { ...context, grouping });
    expect({ ...fromMatrix, truth: '' }).toStrictEqual({ ...fromSamples, truth: '' });
    expect(fromMatrix.truth).toBe('a confusion matrix');
    expect([fromMatrix.realTop1, fromMatrix.top5, fromMatrix.k]).toStrictEqual([null, null, 1]);
    expect(fromMatrix.mistakeSeverity).toBe(cleanlabEvaluation.mistakeSeverity);
  });

  it('must be K x K counts', () => {
    expect(() => evaluateConfusion(new Float64Array(4), '2 x 2', context)).toThrow(
      'a confusion matrix of 1000 classes is 1000 x 1000 (rows true, columns predicted), not 2 x 2',
    );
    const negative = new Float64Array(1000 * 1000);
    negative[1001] = -1;
    expect(() => evaluateConfusion(negative, '1000 x 1000', context)).toThrow('row 2: cell (1, 1) is -1, not a count (0 to 4294967295)');
  });
});

describe('groups, worked by hand', () => {
  /*
   * imagenette's 10 classes in three groups of our making, two classes in none:
   *   animals  = tench 0, springer 1;  machines = cassette player 2, chain saw 3, garbage truck 6, gas pump 7;
   *   other    = church 4, French horn 5;  golf ball 8 and parachute 9 in no group.
   *
   *   true -> predicted        group     right   errors: inside the group / outside
   *   0->0 0->1 0->2 1->1 1->0  animals   2 of 5  0->1, 1->0 inside; 0->2 outside     2 of 3
   *   2->3 2->2 3->6 6->9 7->7 7->4
   *                             machines  2 of 6  2->3, 3->6 inside; 6->9, 7->4 out   2 of 4
   *   4->5 5->5                 other     1 of 2  4->5 inside                          1 of 1
   *   8->8 9->0                 (none: no row)
   */
  it('counts top-1 and the share of errors staying in each group', () => {
    const pairs = [
      [0, 0], [0, 1], [0, 2], [1, 1], [1, 0],
      [2, 3], [2, 2], [3, 6], [6, 9], [7, 7], [7, 4],
      [4, 5], [5, 5],
      [8, 8], [9, 0],
    ]; // prettier-ignore
    const imagenette = queries.labelSpaces.set('imagenette');
    const small = classCellsOf(queries.index, imagenette);
    const table = (column: number, role: 'pred' | 'true') =>
      arrayTable(
        Int32Array.from(pairs, (pair) => pair[column]!),
        1,
        role,
        small,
        'hand',
      );
    const samples = joinSamples(table(1, 'pred'), { kind: 'table', table: table(0, 'true') }, null);
    const grouping: ClassGroups = {
      groupOf: [0, 0, 1, 1, 2, 2, 1, 1, -1, -1],
      groups: [
        { name: 'animals', wnid: null },
        { name: 'machines', wnid: null },
        { name: 'other', wnid: null },
      ],
    };
    const evaluation = evaluateSamples(
      samples,
      { index: queries.index, set: imagenette, measure: wordnetSeverity(queries.index, imagenette.classes), grouping },
      null,
    );
    expect(evaluation.groups).toStrictEqual([
      { group: 0, name: 'animals', wnid: null, classes: 2, images: 5, top1: 2 / 5, errors: 3, errorsInGroup: 2, withinShare: 2 / 3 },
      { group: 1, name: 'machines', wnid: null, classes: 4, images: 6, top1: 2 / 6, errors: 4, errorsInGroup: 2, withinShare: 2 / 4 },
      { group: 2, name: 'other', wnid: null, classes: 2, images: 2, top1: 1 / 2, errors: 1, errorsInGroup: 1, withinShare: 1 },
    ]);
    expect([evaluation.images, evaluation.top1]).toStrictEqual([15, 6 / 15]);
  });
});
