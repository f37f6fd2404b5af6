import { expect, test } from 'vitest';
import { layoutSunburst } from '../../src/components/synset-sunburst/sunburst-layout.js';
import type { SubtreeLayout } from '../../src/worker/api.js';

/** root → a (member, with 10 more members below the cut), b → b1 (member), b2 (member). */
const layout: SubtreeLayout = {
  wnids: ['root', 'a', 'b', 'b1', 'b2'],
  labels: ['Root', 'A', 'B', 'B1', 'B2'],
  parent: Int32Array.from([-1, 0, 0, 2, 2]),
  member: Uint8Array.from([0, 1, 0, 1, 1]),
  count: Uint32Array.from([13, 10, 2, 0, 0]),
  truncated: false,
};

test('the root is the centre disc, the full circle', () => {
  const [root] = layoutSunburst(layout, { radius: 100 });
  expect(root).toMatchObject({ wnid: 'root', depth: 0, x0: 0, y0: 0, value: 13, branch: -1 });
  expect(root!.x1).toBeCloseTo(2 * Math.PI);
});

test('leaves at the cut weigh what lies below them; inner nodes the sum of their children', () => {
  const arcs = layoutSunburst(layout, { radius: 100 });
  const byId = new Map(arcs.map((arc) => [arc.wnid, arc]));
  expect(byId.get('a')!.value).toBe(11);
  // What the arcs tell is what the tree tells: the classes below, not the synset itself.
  expect(byId.get('a')).toMatchObject({ below: 10, isMember: true });
  expect(byId.get('root')).toMatchObject({ below: 13, isMember: false });
  expect(byId.get('b')!.value).toBe(2);
  expect(byId.get('b1')!.value).toBe(1);
  expect((byId.get('a')!.x1 - byId.get('a')!.x0) / (2 * Math.PI)).toBeCloseTo(11 / 13);
});

test('bigger branches come first; each arc knows its branch and ring', () => {
  const arcs = layoutSunburst(layout, { radius: 90 });
  expect(arcs.map((arc) => [arc.wnid, arc.depth, arc.branch])).toEqual([
    ['root', 0, -1],
    ['a', 1, 0],
    ['b', 1, 1],
    ['b1', 2, 1],
    ['b2', 2, 1],
  ]);
  expect(arcs[1]).toMatchObject({ y0: 30, y1: 60, hasChildren: true });
  expect(arcs[3]).toMatchObject({ y0: 60, y1: 90, hasChildren: false });
});

test('arcs too thin to see are left out', () => {
  const arcs = layoutSunburst(layout, { radius: 100, minAngle: 1.5 });
  expect(arcs.map((arc) => arc.wnid)).toEqual(['root', 'a']);
});

test('an empty layout draws nothing', () => {
  expect(
    layoutSunburst(
      { ...layout, wnids: [], labels: [], parent: new Int32Array(), member: new Uint8Array(), count: new Uint32Array() },
      { radius: 1 },
    ),
  ).toEqual([]);
});
