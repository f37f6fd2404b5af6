import { expect, test } from 'vitest';
import { AGREEMENT_HUE, accuracyColour, formatPoints, RunFigures } from '../../src/components/run-figures.js';
import { AgreementFigures, agreementText } from '../../src/components/label-agreement.js';
import type { ClassFigures, RunEvaluation, RunSummary } from '../../src/worker/api.js';

/** A run of two classes under one parent: a (right/images given), b. */
function run(id: string, a: [number, number], b: [number, number]): RunEvaluation {
  const figures = (index: number, wnid: string, [right, images]: [number, number]): ClassFigures => ({
    index,
    wnid,
    images,
    top1: right / images,
    realImages: null,
    realTop1: null,
    errors: images - right,
    confusions: [],
  });
  return {
    summary: { id } as RunSummary,
    classes: [figures(0, 'n1', a), figures(1, 'n2', b)],
    nodeWnids: ['n1', 'n0', 'n2', 'n9'],
    nodeImages: Uint32Array.of(a[1], a[1] + b[1], b[1], 0),
    nodeTop1: Uint32Array.of(a[0], a[0] + b[0], b[0], 0),
    errorsUnder: [[{ wnid: 'n0', errors: a[1] - a[0] }], [{ wnid: 'n0', errors: b[1] - b[0] }]],
  };
}

test('a node’s accuracy is its right answers over its images; none where it has no images or is not drawn', () => {
  const figures = new RunFigures(run('x', [9, 10], [1, 10]));
  expect(figures.accuracy('n0')).toEqual({ share: 0.5, images: 20, right: 10, difference: null });
  expect(figures.accuracy('n9')).toBeNull();
  expect(figures.accuracy('n5')).toBeNull();
  expect(figures.classOf('n2')?.figures.errors).toBe(9);
  expect(figures.classOf('n0')).toBeNull();
});

test('against a baseline, a node gets the difference, and worst first means the largest drop first', () => {
  const figures = new RunFigures(run('new', [5, 10], [9, 10]), run('old', [9, 10], [8, 10]));
  expect(figures.accuracy('n1')!.difference).toBeCloseTo(-0.4);
  expect(figures.accuracy('n2')!.difference).toBeCloseTo(0.1);
  expect(['n2', 'n9', 'n1'].sort(figures.worstFirst)).toEqual(['n1', 'n2', 'n9']);
  expect(figures.classOf('n1')!.baseline!.top1).toBe(0.9);
  // Without one, worst first is by accuracy.
  expect(['n2', 'n9', 'n1'].sort(new RunFigures(run('new', [5, 10], [9, 10])).worstFirst)).toEqual(['n1', 'n2', 'n9']);
});

test('the scale is one hue whose lightness grows with accuracy; points are signed', () => {
  const lightness = (share: number) => Number(/oklch\(([\d.]+) /.exec(accuracyColour(share))![1]);
  expect(lightness(0)).toBeLessThan(lightness(0.5));
  expect(lightness(0.5)).toBeLessThan(lightness(1));
  expect(accuracyColour(0.2).split(' ').slice(1)).toEqual(accuracyColour(0.9).split(' ').slice(1));
  expect([formatPoints(0.032), formatPoints(-0.004)]).toEqual(['+3.2 pts', '−0.4 pts']);
});

test('against a baseline, the classes’ changes come largest drop first; none without a baseline', () => {
  const figures = new RunFigures(run('new', [5, 10], [9, 10]), run('old', [9, 10], [8, 10]));
  const changes = figures.classChanges();
  expect(changes.map((c) => c.wnid)).toEqual(['n1', 'n2']);
  expect(changes[0]).toMatchObject({ index: 0, share: 0.5, baseline: 0.9 });
  expect(changes[0]!.difference).toBeCloseTo(-0.4);
  expect(changes[1]!.difference).toBeCloseTo(0.1);
  expect(figures.classChanges()).toBe(changes);
  expect(new RunFigures(run('x', [9, 10], [1, 10])).classChanges()).toEqual([]);
});

test('ReaL’s agreement at a node is the labels it keeps over those it labels; label issues first puts the lowest share first', () => {
  const agreement = new AgreementFigures({
    nodeWnids: ['n1', 'n0', 'n2', 'n9'],
    nodeLabelled: Uint32Array.of(40, 90, 50, 0),
    nodeKept: Uint32Array.of(38, 63, 25, 0),
  });
  expect(agreement.at('n0')).toEqual({ share: 0.7, images: 90, right: 63, difference: null });
  expect(agreement.at('n9')).toBeNull();
  expect(agreement.at('n5')).toBeNull();
  expect(['n9', 'n1', 'n5', 'n2'].sort(agreement.fewestKeptFirst)).toEqual(['n2', 'n1', 'n9', 'n5']);
  expect(agreementText(agreement.at('n2')!)).toBe('ReaL keeps 50.0% of 50 validation labels');
  // The same lightness as an accuracy, in a hue of its own.
  expect(accuracyColour(0.5, AGREEMENT_HUE)).toBe(accuracyColour(0.5).replace(/ \d+\)$/, ` ${AGREEMENT_HUE})`));
});
