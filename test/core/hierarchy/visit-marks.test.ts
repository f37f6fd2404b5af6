import { expect, it } from 'vitest';
import { VisitMarks } from '../../../src/core/hierarchy/visit-marks.js';

it('marks each synset once per walk, and forgets every mark when the next walk begins', () => {
  const marks = new VisitMarks(4);
  marks.begin();
  expect(marks.visit(2)).toBe(true);
  expect(marks.visit(2)).toBe(false);
  expect(marks.has(2)).toBe(true);
  expect(marks.has(3)).toBe(false);
  marks.begin();
  expect(marks.has(2)).toBe(false);
  expect(marks.visit(2)).toBe(true);
});
