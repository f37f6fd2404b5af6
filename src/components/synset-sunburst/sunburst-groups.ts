/**
 * Which group each node of a sunburst's layout is coloured by, when the label space's classes
 * are grouped (the explorer's Groups). The rule, in order:
 *
 * 1. a class of the set takes its own group's colour (a class not placed: neutral);
 * 2. a group's superclass (depth and count groupings, BREEDS) takes its group's colour;
 * 3. any other node takes a colour only when every coloured node drawn below it has the same
 *    one: unanimous, not a majority, so a coloured ancestor always means "all of one group";
 *    nodes over several groups, or over none drawn, stay neutral.
 *
 * Only what the drawing holds is counted: a node at the cut-off depth stands for itself.
 */
import type { SubtreeLayout } from '../../worker/api.js';

/** No group: the arc is drawn neutral. */
export const UNGROUPED = -1;
const MIXED = -2;

export function arcGroups(
  layout: Pick<SubtreeLayout, 'wnids' | 'parent' | 'member'>,
  classGroup: ReadonlyMap<string, number>,
  superclassGroup: ReadonlyMap<string, number>,
): Int32Array {
  const size = layout.wnids.length;
  // Below: the merged colour of each node's drawn descendants (UNGROUPED: none coloured yet).
  const below = new Int32Array(size).fill(UNGROUPED);
  const own = new Int32Array(size).fill(UNGROUPED);
  // Parents come before their children in the layout, so one pass from the end merges upwards.
  for (let k = size - 1; k >= 0; k--) {
    const wnid = layout.wnids[k]!;
    if (layout.member[k] === 1) own[k] = classGroup.get(wnid) ?? UNGROUPED;
    else own[k] = superclassGroup.get(wnid) ?? (below[k]! >= 0 ? below[k]! : UNGROUPED);
    const passed = layout.member[k] === 1 || superclassGroup.has(wnid) ? merge(own[k]!, below[k]!) : below[k]!;
    const parent = layout.parent[k]!;
    if (parent >= 0) below[parent] = merge(below[parent]!, passed);
  }
  return own;
}

/** Two colours of a subtree merged: none gives way to one; two different ones are mixed. */
function merge(a: number, b: number): number {
  if (a === UNGROUPED) return b;
  if (b === UNGROUPED || a === b) return a;
  return MIXED;
}
