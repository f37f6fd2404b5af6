/**
 * Lays out two hypernym paths that meet at their lowest common hypernym (`client.compare`'s
 * `pathA` and `pathB`, root first), with no DOM: the shared trunk runs down from the root to the
 * LCA, then the path to a branches off to the left and the path to b to the right, one row per
 * step. Connectors are d3-shape links (SVG path data), so the element only places what this
 * returns.
 */
import { link, curveBumpY } from 'd3-shape';

/** Which part of the drawing a point is on. */
export type CompareSide = 'trunk' | 'a' | 'b';

export interface ComparePoint {
  readonly wnid: string;
  readonly label: string;
  readonly side: CompareSide;
  /** Steps from the root (the path's index): the same on both branches for the same depth. */
  readonly step: number;
  readonly x: number;
  readonly y: number;
  /** The lowest common hypernym (the last point of the trunk). */
  readonly isLca: boolean;
  /** One of the two synsets compared (the LCA too when one is a hypernym of the other). */
  readonly isEnd: boolean;
  /** Where its label goes: `end` (to its left, the a branch) or `start` (to its right). */
  readonly anchor: 'start' | 'end';
}

export interface CompareLink {
  readonly side: CompareSide;
  /** SVG path data from the point above to the point below. */
  readonly d: string;
}

export interface CompareLayout {
  readonly points: readonly ComparePoint[];
  readonly links: readonly CompareLink[];
  /** The drawing's box, labels included (by `charWidth`): for the SVG's viewBox. */
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

export interface CompareLayoutOptions {
  /** Vertical distance between steps (default 24). */
  rowHeight?: number;
  /** Horizontal distance of each branch from the trunk (default 28). */
  branchOffset?: number;
  /** Width of a label's character, to size the box (default 6.6, for 12 px text). */
  charWidth?: number;
  /** Gap between a point and its label (default 8). */
  labelGap?: number;
}

/** The number of wnids the two paths share from the root: the LCA is the last of them. */
export function sharedLength(pathA: readonly string[], pathB: readonly string[]): number {
  let k = 0;
  while (k < pathA.length && k < pathB.length && pathA[k] === pathB[k]) k++;
  return k;
}

const drawLink = link<unknown, readonly [number, number]>(curveBumpY);

export function layoutComparison(
  pathA: readonly string[],
  pathB: readonly string[],
  labelOf: (wnid: string) => string,
  options: CompareLayoutOptions = {},
): CompareLayout {
  const rowHeight = options.rowHeight ?? 24;
  const offset = options.branchOffset ?? 28;
  const charWidth = options.charWidth ?? 6.6;
  const gap = options.labelGap ?? 8;
  const shared = sharedLength(pathA, pathB);
  if (shared === 0) throw new Error('the two paths do not start at the same root');
  const a = pathA[pathA.length - 1];
  const b = pathB[pathB.length - 1];
  const points: ComparePoint[] = [];
  const links: CompareLink[] = [];
  const place = (wnid: string, side: CompareSide, step: number, x: number): ComparePoint => {
    const point: ComparePoint = {
      wnid,
      label: labelOf(wnid),
      side,
      step,
      x,
      y: step * rowHeight,
      isLca: side === 'trunk' && step === shared - 1,
      isEnd: (side !== 'b' && wnid === a && step === pathA.length - 1) || (side !== 'a' && wnid === b && step === pathB.length - 1),
      anchor: side === 'a' ? 'end' : 'start',
    };
    points.push(point);
    return point;
  };
  let above: ComparePoint | undefined;
  for (let step = 0; step < shared; step++) {
    const point = place(pathA[step]!, 'trunk', step, 0);
    if (above) links.push({ side: 'trunk', d: drawLink({ source: [above.x, above.y], target: [point.x, point.y] })! });
    above = point;
  }
  const lca = above!;
  for (const [side, path, x] of [
    ['a', pathA, -offset],
    ['b', pathB, offset],
  ] as const) {
    let from = lca;
    for (let step = shared; step < path.length; step++) {
      const point = place(path[step]!, side, step, x);
      links.push({ side, d: drawLink({ source: [from.x, from.y], target: [point.x, point.y] })! });
      from = point;
    }
  }
  let left = -offset;
  let right = offset;
  for (const point of points) {
    const width = gap + point.label.length * charWidth;
    if (point.anchor === 'end') left = Math.min(left, point.x - width);
    else right = Math.max(right, point.x + width);
  }
  const rows = Math.max(pathA.length, pathB.length);
  const pad = rowHeight / 2;
  return {
    points,
    links,
    box: { x: left - 4, y: -pad, width: right - left + 8, height: (rows - 1) * rowHeight + 2 * pad },
  };
}
