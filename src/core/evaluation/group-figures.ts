/**
 * Per group of classes (a published grouping, a cut of the hierarchy, a user's table): the
 * top-1 accuracy of the images whose true class is in the group, and the share of their errors
 * that stay in it (the prediction is another class of the same group): "82% of dog errors are
 * other dogs".
 */
import type { EvaluationCounts } from './counts.js';

/** Classes grouped, as `synset group` makes them: a group per class index (-1: none) and the groups. */
export interface ClassGroups {
  groupOf: ArrayLike<number>;
  groups: readonly { name: string; wnid: string | null }[];
}

export interface GroupFigures {
  group: number;
  name: string;
  wnid: string | null;
  /** Classes of the set in the group. */
  classes: number;
  /** Samples whose true class is in the group, and their top-1 accuracy (null without any). */
  images: number;
  top1: number | null;
  /** Those answered wrong, and of them those predicted as a class of the same group. */
  errors: number;
  errorsInGroup: number;
  /** errorsInGroup / errors; null without errors. */
  withinShare: number | null;
}

/** Every group's figures, in group order; throws when the grouping does not cover the set's classes. */
export function groupFigures(counts: EvaluationCounts, grouping: ClassGroups): GroupFigures[] {
  const K = counts.classCount;
  if (grouping.groupOf.length !== K) throw new RangeError(`a grouping of ${grouping.groupOf.length} classes for a set of ${K}`);
  const G = grouping.groups.length;
  const classes = new Uint32Array(G);
  const images = new Float64Array(G);
  const right = new Float64Array(G);
  const inGroup = new Float64Array(G);
  for (let t = 0; t < K; t++) {
    const g = grouping.groupOf[t]!;
    if (g < 0) continue;
    classes[g]!++;
    images[g]! += counts.classImages[t]!;
    right[g]! += counts.classTop1[t]!;
  }
  for (const t of counts.confusion.rowsUsed()) {
    const g = grouping.groupOf[t]!;
    if (g < 0) continue;
    const row = counts.confusion.row(t);
    for (let p = 0; p < row.length; p++) if (p !== t && row[p] !== 0 && grouping.groupOf[p] === g) inGroup[g]! += row[p]!;
  }
  return grouping.groups.map(({ name, wnid }, g): GroupFigures => {
    const errors = images[g]! - right[g]!;
    return {
      group: g,
      name,
      wnid,
      classes: classes[g]!,
      images: images[g]!,
      top1: images[g] === 0 ? null : right[g]! / images[g]!,
      errors,
      errorsInGroup: inGroup[g]!,
      withinShare: errors === 0 ? null : inGroup[g]! / errors,
    };
  });
}
