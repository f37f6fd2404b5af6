import { expect, test } from 'vitest';
import { arcGroups, UNGROUPED } from '../../src/components/synset-sunburst/sunburst-groups.js';

/**
 * root → p (→ c1, c2: classes of group 0), q (→ c3 group 0, c4 group 1), s (a superclass of
 * group 2, nothing drawn below), u (→ c5, a class not placed).
 */
const layout = {
  wnids: ['root', 'p', 'q', 's', 'u', 'c1', 'c2', 'c3', 'c4', 'c5'],
  parent: Int32Array.from([-1, 0, 0, 0, 0, 1, 1, 2, 2, 4]),
  member: Uint8Array.from([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]),
};
const classGroup = new Map([
  ['c1', 0],
  ['c2', 0],
  ['c3', 0],
  ['c4', 1],
]);
const superclassGroup = new Map([['s', 2]]);

const groups = () => {
  const result = arcGroups(layout, classGroup, superclassGroup);
  return Object.fromEntries(layout.wnids.map((wnid, k) => [wnid, result[k]]));
};

test('a class takes its own group; a class not placed is neutral', () => {
  expect(groups()).toMatchObject({ c1: 0, c2: 0, c3: 0, c4: 1, c5: UNGROUPED });
});

test('an ancestor whose drawn classes are all of one group takes it', () => {
  expect(groups()['p']).toBe(0);
});

test('an ancestor over two groups is neutral, and so is one over nothing placed', () => {
  expect(groups()['q']).toBe(UNGROUPED);
  expect(groups()['u']).toBe(UNGROUPED);
  expect(groups()['root']).toBe(UNGROUPED);
});

test("a group's superclass takes its group's colour", () => {
  expect(groups()['s']).toBe(2);
});

test('the root takes a colour when everything below is one group', () => {
  const small = { wnids: ['root', 'p', 'c1'], parent: Int32Array.from([-1, 0, 1]), member: Uint8Array.from([0, 0, 1]) };
  expect([...arcGroups(small, classGroup, new Map())]).toEqual([0, 0, 0]);
});
