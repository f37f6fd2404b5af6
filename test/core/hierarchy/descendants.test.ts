import { expect, it } from 'vitest';
import { descendantsOf } from '../../../src/core/hierarchy/descendants.js';
import { isA } from '../../../src/core/hierarchy/is-a.js';
import { VisitMarks } from '../../../src/core/hierarchy/visit-marks.js';
import { queries } from '../real-data.js';

it('lists every synset below one, in the membership asked for, once and ascending', () => {
  const index = queries.index;
  const marks = new VisitMarks(index.size);
  const other = new VisitMarks(index.size);
  const all = queries.labelSpaces.filter('all');
  const in1k = queries.labelSpaces.filter('1k');
  for (const wnid of ['n02084071', 'n01503061', 'n04341686']) {
    const i = index.numberOfWnid(wnid);
    const below: number[] = [];
    for (let j = 0; j < index.size; j++) if (j !== i && isA(index, j, i, other)) below.push(j);
    expect(Array.from(descendantsOf(index, i, all, marks))).toEqual(below);
    expect(Array.from(descendantsOf(index, i, in1k, marks))).toEqual(below.filter((j) => in1k.has(j)));
  }
});
