/**
 * How the classes at or below some synsets fall into a grouping's groups, in compressed rows:
 * what each arc of the explorer's sunburst stands for, counted over every hypernym path.
 */
import { climb } from './hierarchy/ancestors.js';
import type { SynsetIndex } from './synset-index.js';

/**
 * How the classes at or below each of some synsets fall into a grouping's groups: what a
 * sunburst's arc stands for, not only what it draws. Compressed rows, one per synset asked
 * for: entries `offsets[k]` to `offsets[k + 1]` hold its groups (-1: classes no group places)
 * and how many of its classes are in each, the largest first (ties: the lower group first).
 */
export interface GroupsBelow {
  offsets: Uint32Array;
  groups: Int32Array;
  counts: Uint32Array;
}

/** Classes no group places: the group -1 of {@link GroupsBelow}. */
export const NOT_PLACED = -1;

/**
 * Each of `synsets`' classes by group: a class counts for every synset it is at or below (all
 * its hypernym paths, as the tree's counts do), once each, however many paths lead there.
 *
 * @param classes the set's classes as synset numbers in class index order (-1: a hole, skipped)
 * @param groupOf each class's group by class index (-1: not placed)
 * @param synsets the synsets to count for (a sunburst's nodes)
 */
export function groupsBelow(
  index: SynsetIndex,
  classes: ArrayLike<number>,
  groupOf: ArrayLike<number>,
  synsets: readonly number[],
): GroupsBelow {
  const rowOf = new Map<number, number>();
  synsets.forEach((synset, row) => {
    if (!rowOf.has(synset)) rowOf.set(synset, row);
  });
  const tallies = synsets.map(() => new Map<number, number>());
  // Each synset once: a list that names a synset twice counts it under its first class's group.
  const seen = new Set<number>();
  for (let k = 0; k < classes.length; k++) {
    const synset = classes[k]!;
    if (synset < 0 || seen.has(synset)) continue;
    seen.add(synset);
    const group = groupOf[k]! >= 0 ? groupOf[k]! : NOT_PLACED;
    // Up every hypernym path, each ancestor once for this class.
    climb(index, synset, index.marks[0], (at) => {
      const row = rowOf.get(at);
      if (row === undefined) return;
      const tally = tallies[row]!;
      tally.set(group, (tally.get(group) ?? 0) + 1);
    });
  }
  return compress(synsets.map((synset) => tallies[rowOf.get(synset)!]!));
}

function compress(tallies: readonly Map<number, number>[]): GroupsBelow {
  const offsets = new Uint32Array(tallies.length + 1);
  const groups: number[] = [];
  const counts: number[] = [];
  tallies.forEach((tally, row) => {
    const entries = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [group, count] of entries) {
      groups.push(group);
      counts.push(count);
    }
    offsets[row + 1] = groups.length;
  });
  return { offsets, groups: Int32Array.from(groups), counts: Uint32Array.from(counts) };
}
