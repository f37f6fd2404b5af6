/**
 * What every grouping algorithm returns, and the steps they share: numbering groups in the
 * order of their first class, naming two groups that share a name apart, reporting a hole.
 */
import type { SynsetIndex } from './synset-index.js';
import { uniqueLabels } from './unique-names.js';

/** One group of a grouping. */
export interface Group {
  /** Its number: what a class's `group` says. */
  index: number;
  /**
   * The published name, or the superclass's first lemma with spaces (`domestic animal`), made
   * unique where two superclasses of the grouping share it (`food (solid food)`).
   */
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
  nameApart(index, groups);
  return { groups, groupOf, problems, note: null };
}

/**
 * Two superclasses that share a first lemma (at depth 4 of the 1k: food, n00021265 and
 * n07555863) would be two groups of one name: those get their unique names ("food (solid
 * food)", see `uniqueLabels`), so a legend and a file of groups tell them apart.
 */
export function nameApart(index: SynsetIndex, groups: Group[]): void {
  const superclasses = groups.map((group) => (group.wnid === null ? -1 : index.numberOfWnid(group.wnid)));
  const names = uniqueLabels(index, superclasses);
  groups.forEach((group, g) => {
    if (superclasses[g]! >= 0) group.name = names[g]!;
  });
}

/** The problem record of a custom list's line that names no synset. */
export function holeProblem(k: number): GroupingProblem {
  return { index: k, wnid: null, problem: 'no-synset', groups: [], message: `class ${k} names no synset` };
}
