/**
 * Turns a worker's flattened subtree (`client.subtree`) into sunburst arcs: a d3-hierarchy
 * partition, with no DOM. Each node is sized by the classes it stands for: itself when it is a
 * member, and, at the cut-off depth, everything below it (`count`), so the outer ring still
 * weighs what lies beyond it.
 */
import { hierarchy, partition } from 'd3-hierarchy';
import type { SubtreeLayout } from '../../worker/api.js';

export interface SunburstArc {
  /** Row of the node in the layout. */
  readonly node: number;
  readonly wnid: string;
  readonly label: string;
  /** 0 is the centre disc (the root). */
  readonly depth: number;
  /** Start and end angle in radians, clockwise from 12 o'clock. */
  readonly x0: number;
  readonly x1: number;
  /** Inner and outer radius. */
  readonly y0: number;
  readonly y1: number;
  /** The arc's share of the drawing: classes, a synset under two drawn parents counted under each. */
  readonly value: number;
  /**
   * Distinct classes below the synset, not counting itself: the number the tree, the card and
   * the CLI's `desc1k`/`desc21k`/`descendants` give for it, and what the drawing tells people.
   */
  readonly below: number;
  /** The synset is itself one of the classes (its arc's own share of the drawing). */
  readonly isMember: boolean;
  /** Which of the root's children the arc descends from (-1 for the root): picks its colour. */
  readonly branch: number;
  readonly hasChildren: boolean;
}

export interface SunburstOptions {
  /** Outer radius of the sunburst. */
  radius: number;
  /** Arcs narrower than this many radians are left out (default 0.002). */
  minAngle?: number;
}

export function layoutSunburst(layout: SubtreeLayout, options: SunburstOptions): SunburstArc[] {
  const size = layout.wnids.length;
  if (size === 0) return [];
  const children: number[][] = Array.from({ length: size }, () => []);
  for (let k = 1; k < size; k++) children[layout.parent[k]!]!.push(k);
  const root = hierarchy(0, (k) => children[k])
    .sum((k) => layout.member[k]! + (children[k]!.length === 0 ? layout.count[k]! : 0))
    .sort((a, b) => b.value! - a.value! || a.data - b.data);
  const minAngle = options.minAngle ?? 0.002;
  const arcs: SunburstArc[] = [];
  for (const node of partition<number>()
    .size([2 * Math.PI, options.radius])(root)
    .descendants()) {
    if (node.depth > 0 && node.x1 - node.x0 < minAngle) continue;
    let top = node;
    while (top.depth > 1) top = top.parent!;
    arcs.push({
      node: node.data,
      wnid: layout.wnids[node.data]!,
      label: layout.labels[node.data]!,
      depth: node.depth,
      x0: node.x0,
      x1: node.x1,
      y0: node.y0,
      y1: node.y1,
      value: node.value ?? 0,
      below: layout.count[node.data]!,
      isMember: layout.member[node.data] === 1,
      branch: node.depth === 0 ? -1 : root.children!.indexOf(top),
      hasChildren: children[node.data]!.length > 0 || layout.count[node.data]! > 0,
    });
  }
  return arcs;
}
