import { expect, test } from 'vitest';
import { fitLabel, type LabelMetrics } from '../../src/components/synset-sunburst/sunburst-labels.js';

/** Every character 6 units wide, "…" too; a line 12 high; 1 unit clear. */
const metrics: LabelMetrics = { measure: (text) => text.length * 6, lineHeight: 12, margin: 1 };
const ring = { y0: 100, y1: 150 };

test('a label that fits is shown whole, centred between where the ring starts and ends for it', () => {
  const fit = fitLabel({ ...ring, x0: 0, x1: 1, label: 'dog' }, metrics)!;
  expect(fit.text).toBe('dog');
  expect(fit.radius).toBeGreaterThan(100);
  expect(fit.radius).toBeLessThan(150);
});

test('a long label is cut with "…" to the room along the ring, never past it', () => {
  const fit = fitLabel({ ...ring, x0: 0, x1: 1, label: 'a very long name of a synset' }, metrics)!;
  expect(fit.text.endsWith('…')).toBe(true);
  // 50 units deep, 1 clear at each end, the outer corners half a line off the radius: 7 characters.
  expect(fit.text.length * 6).toBeLessThanOrEqual(48);
  expect(fit.text).toBe('a very…');
});

test('a thin arc starts its label further out, where its wedge is a line wide, and has less room', () => {
  const wide = fitLabel({ ...ring, x0: 0, x1: 0.5, label: 'abcdefghijklmnop' }, metrics)!;
  const thin = fitLabel({ ...ring, x0: 0, x1: 0.12, label: 'abcdefghijklmnop' }, metrics)!;
  expect(thin.radius).toBeGreaterThan(wide.radius);
  expect(thin.text.length).toBeLessThan(wide.text.length);
});

test('an arc too thin for a line of text, or too shallow for a letter and "…", has no label', () => {
  // At the ring's outer edge, 0.08 radians is a 12-unit chord: not a 12-unit line and its margins.
  expect(fitLabel({ ...ring, x0: 0, x1: 0.08, label: 'dog' }, metrics)).toBeNull();
  expect(fitLabel({ y0: 100, y1: 110, x0: 0, x1: 1, label: 'dog' }, metrics)).toBeNull();
});

test('an arc of half the circle or more is wide enough everywhere along the ring', () => {
  const fit = fitLabel({ ...ring, x0: 0, x1: 4, label: 'physical entity' }, metrics)!;
  expect(fit.text).toBe('physic…');
});
