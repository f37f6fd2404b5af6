/**
 * How a sunburst shows a grouping of its classes (the explorer's Groups), from the worker's
 * count of each drawn node's classes by group (`client.groupsBelow`: every class at or below
 * the node, not only those drawn):
 *
 * - an arc is coloured by its classes: all in one group, that group's colour; all in none, the
 *   neutral grey; some in one group and some in another (or in none), mixed;
 * - a band around the drawing shows where the groups are at every angle: each arc that is not
 *   covered by arcs drawn outside it (a leaf, an arc at the cut-off depth, the share of an arc
 *   that is itself a class) gives its angle to its classes' groups, in proportion. The first
 *   rings of a start view are all mixed; the band shows the groups there too.
 *
 * Pure: no DOM.
 */
import type { GroupsBelow, SubtreeLayout } from '../../worker/api.js';
import { groupNames, type ClassGrouping } from '../class-grouping.js';
import type { SunburstArc } from './sunburst-layout.js';

/** An arc whose classes no group places (or that stands for no class): drawn neutral. */
export const UNGROUPED = -1;
/** An arc whose classes are in more than one group, or in one and in none. */
export const MIXED = -2;

/** The classes of layout node `node` as [group, classes] pairs, the largest first (group -1: in none). */
export function groupsOfNode(below: GroupsBelow, node: number): [group: number, classes: number][] {
  const pairs: [number, number][] = [];
  for (let at = below.offsets[node]!; at < below.offsets[node + 1]!; at++) pairs.push([below.groups[at]!, below.counts[at]!]);
  return pairs;
}

/** Each layout node's colour: its one group, {@link UNGROUPED} or {@link MIXED}. */
export function arcGroups(below: GroupsBelow): Int32Array {
  const nodes = below.offsets.length - 1;
  const groups = new Int32Array(nodes);
  for (let k = 0; k < nodes; k++) {
    const entries = below.offsets[k + 1]! - below.offsets[k]!;
    groups[k] = entries === 0 ? UNGROUPED : entries === 1 ? Math.max(UNGROUPED, below.groups[below.offsets[k]!]!) : MIXED;
  }
  return groups;
}

/** One stretch of the band: the angles it spans and the group (-1: none) of the classes there. */
export interface BandSegment {
  readonly x0: number;
  readonly x1: number;
  readonly group: number;
  /** How many classes it stands for. */
  readonly classes: number;
}

/**
 * The band's stretches, clockwise, neighbours of one group joined. `parent` is the layout's
 * (node → its parent's node); an arc's children fill its angle from its start (d3's partition),
 * so what they leave is the arc's own share and that of children too thin to draw: it goes to
 * the arc's classes less those of the children drawn.
 */
export function bandSegments(arcs: readonly SunburstArc[], parent: Int32Array, below: GroupsBelow, minAngle = 0.002): BandSegment[] {
  const childSpan = new Map<number, number>();
  const childGroups = new Map<number, Map<number, number>>();
  for (const arc of arcs) {
    if (arc.depth === 0) continue;
    const up = parent[arc.node]!;
    childSpan.set(up, (childSpan.get(up) ?? 0) + arc.x1 - arc.x0);
    const tally = childGroups.get(up) ?? new Map<number, number>();
    for (const [group, classes] of groupsOfNode(below, arc.node)) tally.set(group, (tally.get(group) ?? 0) + classes);
    childGroups.set(up, tally);
  }
  const segments: BandSegment[] = [];
  for (const arc of arcs) {
    const covered = childSpan.get(arc.node) ?? 0;
    const span = arc.x1 - arc.x0 - covered;
    if (span < minAngle) continue;
    const drawnBelow = childGroups.get(arc.node);
    // A class under two drawn children is counted under each: never below none.
    const left = groupsOfNode(below, arc.node)
      .map(([group, classes]): [number, number] => [group, Math.max(0, classes - (drawnBelow?.get(group) ?? 0))])
      .filter(([, classes]) => classes > 0);
    const total = left.reduce((sum, [, classes]) => sum + classes, 0);
    let start = arc.x0 + covered;
    for (const [group, classes] of left) {
      const end = start + (span * classes) / total;
      segments.push({ x0: start, x1: end, group, classes });
      start = end;
    }
  }
  segments.sort((a, b) => a.x0 - b.x0);
  const joined: BandSegment[] = [];
  for (const segment of segments) {
    const last = joined.at(-1);
    if (last && last.group === segment.group && Math.abs(last.x1 - segment.x0) < 1e-9)
      joined[joined.length - 1] = { x0: last.x0, x1: segment.x1, group: last.group, classes: last.classes + segment.classes };
    else joined.push(segment);
  }
  return joined;
}

/** A grouping's colours for one drawing: each node's group, the band, the groups' names. */
export interface GroupView {
  readonly grouping: ClassGrouping;
  readonly below: GroupsBelow;
  /** Per layout node: its one group, {@link UNGROUPED} or {@link MIXED}. */
  readonly groups: Int32Array;
  readonly band: readonly BandSegment[];
  readonly names: readonly string[];
}

export function groupView(grouping: ClassGrouping, below: GroupsBelow, layout: SubtreeLayout, arcs: readonly SunburstArc[]): GroupView {
  return { grouping, below, groups: arcGroups(below), band: bandSegments(arcs, layout.parent, below), names: groupNames(grouping) };
}

/** What an arc's classes are, by group, for its tooltip (" · all in group dog"). */
export function groupText(arc: SunburstArc, view: GroupView): string {
  const pairs = groupsOfNode(view.below, arc.node);
  const group = view.groups[arc.node]!;
  if (pairs.length === 0) return '';
  if (group >= 0) return ` · ${arc.below === 0 ? 'in' : 'all in'} group ${view.names[group]}`;
  if (group === UNGROUPED) return ' · in no group';
  const placed = pairs.filter(([g]) => g >= 0).length;
  return ` · classes of ${placed} groups${pairs.some(([g]) => g < 0) ? ' and of none' : ''}`;
}
