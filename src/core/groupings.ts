/**
 * Superclass groupings of a set's classes (issue 11, `synset group`): by depth, under listed
 * superclasses, by a count of groups, or a published one (Restricted ImageNet, BREEDS). Each
 * algorithm is its own module; this one gathers them and turns a grouping into the CLI's records.
 */
import type { PublishedClass, PublishedGrouping } from './groupings-published.js';
import type { Group, SetGrouping } from './groupings-result.js';
import type { SynsetIndex } from './synset-index.js';

export { groupByCount } from './groupings-count.js';
export { groupByDepth } from './groupings-depth.js';
export {
  isPublishedGrouping,
  parseGroupTable,
  parsePublishedGrouping,
  publishedGroupingFiles,
  PUBLISHED_GROUPINGS,
  type GroupingFiles,
  type GroupingSplit,
  type GroupTableRow,
  type PublishedClass,
  type PublishedGrouping,
  type PublishedGroupingName,
} from './groupings-published.js';
export type { Group, GroupingProblem, SetGrouping } from './groupings-result.js';
export { ancestorAtDepth, longestPathParent, longestPathTree, type GroupingTree } from './groupings-tree.js';
export { groupUnder } from './groupings-under.js';

/** One class and its group: `synset group`'s `--json` keys. */
export interface GroupRecord {
  /** The class as the request named it (`1k:151`). */
  input: string;
  /** Null for a line of a custom list that names no synset. */
  wnid: string | null;
  /** Its class index in the set (for a published grouping, its 1k index). */
  index: number;
  /** Its group's index; null when the grouping does not place it (see the grouping's problems). */
  group: number | null;
  /** The group's superclass; null where the group is a name only, or the class has no group. */
  groupWnid: string | null;
  /** The group's published name or its superclass's first lemma; null when the class has no group. */
  groupLabel: string | null;
}

/** The record of one class, given its group (undefined: none). */
export function groupRecord(input: string, wnid: string | null, classIndex: number, group: Group | undefined): GroupRecord {
  return {
    input,
    wnid,
    index: classIndex,
    group: group?.index ?? null,
    groupWnid: group?.wnid ?? null,
    groupLabel: group?.name ?? null,
  };
}

/**
 * The records of a set's classes in class index order.
 *
 * @param classes the synset numbers the grouping was made of
 * @param inputOf how the request named class k (the CLI: `SET:k`)
 */
export function setGroupRecords(
  index: SynsetIndex,
  classes: ArrayLike<number>,
  grouping: SetGrouping,
  inputOf: (k: number) => string = String,
): GroupRecord[] {
  if (grouping.groupOf.length !== classes.length) {
    throw new RangeError(`the grouping has ${grouping.groupOf.length} classes, the set ${classes.length}`);
  }
  return Array.from(classes, (i, k) => {
    const g = grouping.groupOf[k]!;
    return groupRecord(inputOf(k), i < 0 ? null : index.wnidOf(i), k, g < 0 ? undefined : grouping.groups[g]);
  });
}

/** The records of a published grouping, in its tables' order; input `1k:INDEX` unless told otherwise. */
export function publishedGroupRecords(
  grouping: PublishedGrouping,
  inputOf: (entry: PublishedClass) => string = (entry) => `1k:${entry.index1k}`,
): GroupRecord[] {
  return grouping.classes.map((entry) => groupRecord(inputOf(entry), entry.wnid, entry.index1k, grouping.groups[entry.group]));
}
