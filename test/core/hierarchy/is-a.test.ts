import { expect, it } from 'vitest';
import { ancestorSet } from '../../../src/core/hierarchy/ancestors.js';
import { isA } from '../../../src/core/hierarchy/is-a.js';
import { VisitMarks } from '../../../src/core/hierarchy/visit-marks.js';
import { queries } from '../real-data.js';

it('says whether a synset is another or lies below it', () => {
  const index = queries.index;
  const marks = new VisitMarks(index.size);
  const dog = index.numberOfWnid('n02084071');
  const corgi = index.numberOfWnid('n02113186');
  expect(isA(index, corgi, dog, marks)).toBe(true);
  expect(isA(index, dog, corgi, marks)).toBe(false);
  expect(isA(index, dog, dog, marks)).toBe(true);
  for (let i = 11; i < index.size; i += 1009) {
    const above = ancestorSet(index, i, new VisitMarks(index.size));
    for (let j = 0; j < index.size; j += 4099) expect(isA(index, i, j, marks)).toBe(above.has(j));
  }
});
