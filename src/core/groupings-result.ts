import type { SynsetIndex } from './synset-index.js';

/** One group of a grouping. */
export interface Group {
  /** Its number: what a class's `group` says. */
  index: number;
  /** The published name, or the superclass's first lemma with spaces (`domestic animal`). */
  name: string;
  /** The superclass's wnid; null where a published group is a name only (Restricted ImageNet's). */
  wnid: string | null;
  /** Class indices in the group. */
  size: number;
}

/** A class that a grouping does not place, and why. */
export interface GroupingProblem {
  /** Its class index in the set. */
  index: number;
  /** Its wnid; null for a line of a custom list that names no synset. */
  wnid: string | null;
  /** `no-synset`: a hole in a custom list; `under-none`, `under-several`: see `groupUnder`. */
  problem: 'no-synset' | 'under-none' | 'under-several';
  /** The groups the class sits under (two or more for `under-several`, else none). */
  groups: number[];
  /** The problem in words, for people. */
  message: string;
}

/** A set's classes grouped: plain data, so it crosses to and from a worker as it is. */
export interface SetGrouping {
  groups: Group[];
  /** The group of each class, by class index; -1 for a class listed in `problems`. */
  groupOf: Int32Array;
  problems: GroupingProblem[];
  /** Why the grouping is not exactly what was asked (a count it cannot reach), else null. */
  note: string | null;
}

/**
 * Numbers the groups of synset-named superclasses in the order their first class comes in the
 * set, so group 0 holds class 0. `superclassOf(k)` gives class k's superclass, or -1 when class
 * k is one of the problems.
 */
export function numberGroups(
  index: SynsetIndex,
  classCount: number,
  superclassOf: (k: number) => number,
  problems: GroupingProblem[] = [],
): SetGrouping {
  const groupOf = new Int32Array(classCount).fill(-1);
  const numberOf = new Map<number, number>();
  const groups: Group[] = [];
  for (let k = 0; k < classCount; k++) {
    const superclass = superclassOf(k);
    if (superclass < 0) continue;
    let group = numberOf.get(superclass);
    if (group === undefined) {
      group = groups.length;
      numberOf.set(superclass, group);
      groups.push({ index: group, name: index.labelOf(superclass), wnid: index.wnidOf(superclass), size: 0 });
    }
    groups[group]!.size++;
    groupOf[k] = group;
  }
  return { groups, groupOf, problems, note: null };
}

/** The problem record of a custom list's line that names no synset. */
export function holeProblem(k: number): GroupingProblem {
  return { index: k, wnid: null, problem: 'no-synset', groups: [], message: `class ${k} names no synset` };
}
