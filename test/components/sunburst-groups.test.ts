import { expect, test } from 'vitest';
import { arcGroups, bandSegments, MIXED, UNGROUPED } from '../../src/components/synset-sunburst/sunburst-groups.js';
import { layoutSunburst } from '../../src/components/synset-sunburst/sunburst-layout.js';
import type { GroupsBelow, SubtreeLayout } from '../../src/worker/api.js';

/**
 * root → p (→ c1, c2: classes of group 0), q (→ c3 group 0, c4 group 1), s (cut off: 3 classes
 * below, all group 2), u (→ c5, a class not placed), m (a class of group 1 with c6, group 1, below).
 */
const layout: SubtreeLayout = {
  wnids: ['root', 'p', 'q', 's', 'u', 'm', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6'],
  labels: ['root', 'p', 'q', 's', 'u', 'm', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6'],
  parent: Int32Array.from([-1, 0, 0, 0, 0, 0, 1, 1, 2, 2, 4, 5]),
  member: Uint8Array.from([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]),
  count: Uint32Array.from([11, 2, 2, 3, 1, 1, 0, 0, 0, 0, 0, 0]),
  truncated: false,
};

/** The worker's answer for that layout: each node's classes by group, the largest first. */
function belowOf(rows: [number, number][][]): GroupsBelow {
  const offsets = new Uint32Array(rows.length + 1);
  rows.forEach((row, k) => (offsets[k + 1] = offsets[k]! + row.length));
  return {
    offsets,
    groups: Int32Array.from(rows.flat().map(([group]) => group)),
    counts: Uint32Array.from(rows.flat().map(([, classes]) => classes)),
  };
}
const below = belowOf([
  [
    [0, 3],
    [2, 3],
    [1, 3],
    [-1, 1],
  ],
  [[0, 2]],
  [
    [0, 1],
    [1, 1],
  ],
  [[2, 3]],
  [[-1, 1]],
  [[1, 2]],
  [[0, 1]],
  [[0, 1]],
  [[0, 1]],
  [[1, 1]],
  [[-1, 1]],
  [[1, 1]],
]);
const byWnid = (values: ArrayLike<number>) => Object.fromEntries(layout.wnids.map((wnid, k) => [wnid, values[k]]));

test('an arc whose classes are all of one group takes it, also at the cut-off depth with nothing drawn below', () => {
  expect(byWnid(arcGroups(below))).toMatchObject({ p: 0, s: 2, m: 1, c1: 0, c4: 1 });
});

test('an arc over several groups is mixed, whatever is drawn of it; one over classes of no group is neutral', () => {
  expect(byWnid(arcGroups(below))).toMatchObject({ root: MIXED, q: MIXED, u: UNGROUPED, c5: UNGROUPED });
});

test('the band gives every angle to the groups of the classes there, the cut-off arc its three classes', () => {
  const arcs = layoutSunburst(layout, { radius: 100 });
  const band = bandSegments(arcs, layout.parent, below);
  // The whole circle, in order, with no gap or overlap.
  expect(band[0]!.x0).toBeCloseTo(0);
  expect(band.at(-1)!.x1).toBeCloseTo(2 * Math.PI);
  for (let k = 1; k < band.length; k++) expect(band[k]!.x0).toBeCloseTo(band[k - 1]!.x1);
  const share = (group: number) => band.filter((s) => s.group === group).reduce((sum, s) => sum + s.x1 - s.x0, 0) / (2 * Math.PI);
  expect(share(0)).toBeCloseTo(3 / 10);
  expect(share(1)).toBeCloseTo(3 / 10);
  expect(share(2)).toBeCloseTo(3 / 10);
  expect(share(-1)).toBeCloseTo(1 / 10);
  // m is a class with a child drawn: its own share, after c6, is group 1 too, and joins it.
  const s = arcs.find((arc) => arc.wnid === 's')!;
  expect(band.find((segment) => segment.group === 2)).toMatchObject({ x0: s.x0, x1: s.x1, classes: 3 });
});
