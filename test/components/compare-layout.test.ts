import { expect, test } from 'vitest';
import { layoutComparison, sharedLength } from '../../src/components/synset-compare/compare-layout.js';

const label = (wnid: string): string => wnid.toUpperCase();
/** root → x → lca, then lca → a1 → a and lca → b. */
const pathA = ['root', 'x', 'lca', 'a1', 'a'];
const pathB = ['root', 'x', 'lca', 'b'];

test('the paths share the wnids up to their LCA', () => {
  expect(sharedLength(pathA, pathB)).toBe(3);
  expect(sharedLength(['r', 'a'], ['r', 'a', 'b'])).toBe(2);
  expect(sharedLength(['r'], ['s'])).toBe(0);
});

test('the trunk runs from the root to the LCA, once, on the middle line', () => {
  const { points } = layoutComparison(pathA, pathB, label);
  const trunk = points.filter((p) => p.side === 'trunk');
  expect(trunk.map((p) => p.wnid)).toEqual(['root', 'x', 'lca']);
  expect(trunk.every((p) => p.x === 0)).toBe(true);
  expect(points.filter((p) => p.wnid === 'lca')).toHaveLength(1);
  expect(points.filter((p) => p.isLca).map((p) => p.wnid)).toEqual(['lca']);
});

test('the branches leave the LCA to the left (a) and right (b), one row a step', () => {
  const { points } = layoutComparison(pathA, pathB, label, { rowHeight: 10, branchOffset: 20 });
  const a = points.filter((p) => p.side === 'a');
  const b = points.filter((p) => p.side === 'b');
  expect(a.map((p) => [p.wnid, p.x, p.y, p.anchor])).toEqual([
    ['a1', -20, 30, 'end'],
    ['a', -20, 40, 'end'],
  ]);
  expect(b.map((p) => [p.wnid, p.x, p.y, p.anchor])).toEqual([['b', 20, 30, 'start']]);
  expect(points.filter((p) => p.isEnd).map((p) => p.wnid)).toEqual(['a', 'b']);
  expect(points.find((p) => p.wnid === 'a1')!.label).toBe('A1');
});

test('one link for each step: the trunk, then each branch from the LCA', () => {
  const { links } = layoutComparison(pathA, pathB, label, { rowHeight: 10, branchOffset: 20 });
  expect(links.map((l) => l.side)).toEqual(['trunk', 'trunk', 'a', 'a', 'b']);
  // The first link of a branch starts at the LCA (0, 20).
  expect(links[2]!.d.startsWith('M0,20')).toBe(true);
  expect(links[4]!.d.startsWith('M0,20')).toBe(true);
  expect(links[4]!.d.endsWith('20,30')).toBe(true);
});

test('when one synset is a hypernym of the other, it is the LCA and an end; its branch is empty', () => {
  const { points, links } = layoutComparison(['r', 'dog'], ['r', 'dog', 'pug'], label);
  expect(points.map((p) => [p.wnid, p.side, p.isLca, p.isEnd])).toEqual([
    ['r', 'trunk', false, false],
    ['dog', 'trunk', true, true],
    ['pug', 'b', false, true],
  ]);
  expect(links.map((l) => l.side)).toEqual(['trunk', 'b']);
});

test('a synset compared with itself is all trunk', () => {
  const { points } = layoutComparison(['r', 'dog'], ['r', 'dog'], label);
  expect(points.map((p) => p.side)).toEqual(['trunk', 'trunk']);
  expect(points[1]).toMatchObject({ isLca: true, isEnd: true });
});

test('the box holds the labels: a-side to the left, the rest to the right', () => {
  const { box } = layoutComparison(pathA, pathB, () => 'xxxxxxxxxx', { rowHeight: 10, branchOffset: 20, charWidth: 5, labelGap: 8 });
  // a's labels end 8 + 50 left of x = -20; the others start 8 right of their points.
  expect(box.x).toBe(-20 - 58 - 4);
  expect(box.x + box.width).toBe(20 + 58 + 4);
  expect(box.y).toBe(-5);
  expect(box.height).toBe(4 * 10 + 10);
});

test('paths from different roots are refused', () => {
  expect(() => layoutComparison(['r', 'a'], ['s', 'b'], label)).toThrow(/same root/);
});
