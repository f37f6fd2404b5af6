/**
 * A set's classes grouped under listed superclasses: each class goes to the one superclass it
 * lies below, and a class below several or none is reported, never placed silently.
 */
import { holeProblem, nameApart, type Group, type GroupingProblem, type SetGrouping } from './groupings-result.js';
import { checkClasses, type GroupingTree } from './groupings-tree.js';
import { climb } from './hierarchy/ancestors.js';
import { checkSynsetNumber } from './pair-metrics.js';
import type { SynsetIndex } from './synset-index.js';
import { SynsetIdError, SynsetRequestError } from './errors.js';

/**
 * Groups classes under listed superclasses: group g is `superclasses[g]`, and a class goes to
 * the one superclass it is, or is a hyponym of by any hypernym path (WordNet's DAG, instance
 * hypernyms included, as `isA`).
 *
 * A class under two or more of them, or under none, is not placed: its `groupOf` is -1 and it
 * is listed in `problems` (`under-several` with the groups it sits under, or `under-none`), so
 * nothing is assigned silently. A listed superclass that holds no class is a group of size 0.
 *
 * @param classes synset numbers in class index order (a `LabelSet`'s `classes`)
 * @param superclasses synset numbers, in the order that numbers the groups
 * @param tree a user's hierarchy: a class is then under the superclasses on its one path to the root
 * @throws SynsetIdError for a class or superclass that is not a synset number; SynsetRequestError for a superclass listed twice
 * @throws RangeError when no superclass is listed
 */
export function groupUnder(
  index: SynsetIndex,
  classes: ArrayLike<number>,
  superclasses: ArrayLike<number>,
  tree?: GroupingTree,
): SetGrouping {
  checkClasses(index, classes);
  if (superclasses.length === 0) throw new RangeError('groupUnder needs at least one superclass');
  const groupOfSuperclass = new Map<number, number>();
  const groups: Group[] = [];
  for (let g = 0; g < superclasses.length; g++) {
    const s = superclasses[g]!;
    try {
      checkSynsetNumber(index, s);
    } catch (error) {
      throw new SynsetIdError(`superclass ${g}: ${(error as Error).message}`);
    }
    if (groupOfSuperclass.has(s))
      throw new SynsetRequestError(`superclass ${index.wnidOf(s)} is listed twice (${groupOfSuperclass.get(s)} and ${g})`);
    groupOfSuperclass.set(s, g);
    groups.push({ index: g, name: index.labelOf(s), wnid: index.wnidOf(s), size: 0 });
  }
  const groupOf = new Int32Array(classes.length).fill(-1);
  const problems: GroupingProblem[] = [];
  const groupsAbove = new Map<number, number[]>();
  for (let k = 0; k < classes.length; k++) {
    const i = classes[k]!;
    if (i < 0) {
      problems.push(holeProblem(k));
      continue;
    }
    let above = groupsAbove.get(i);
    if (above === undefined) groupsAbove.set(i, (above = listedAbove(index, i, groupOfSuperclass, tree)));
    if (above.length === 1) {
      groupOf[k] = above[0]!;
      groups[above[0]!]!.size++;
      continue;
    }
    const wnid = index.wnidOf(i);
    const message =
      above.length === 0
        ? `class ${k} (${wnid}) is under none of the superclasses`
        : `class ${k} (${wnid}) is under ${above.length} superclasses: ${above.map((g) => groups[g]!.wnid).join(', ')}`;
    problems.push({ index: k, wnid, problem: above.length === 0 ? 'under-none' : 'under-several', groups: above, message });
  }
  nameApart(index, groups);
  return { groups, groupOf, problems, note: null };
}

/** The groups whose superclass is i or one of its hypernyms (in the tree, when one is given), ascending. */
function listedAbove(index: SynsetIndex, i: number, groupOfSuperclass: Map<number, number>, tree: GroupingTree | undefined): number[] {
  const found: number[] = [];
  if (tree) {
    for (let at = i; at >= 0; at = tree.parentOf(at)) {
      const g = groupOfSuperclass.get(at);
      if (g !== undefined) found.push(g);
    }
    return found.sort((a, b) => a - b);
  }
  climb(index, i, index.marks[0], (at) => {
    const g = groupOfSuperclass.get(at);
    if (g !== undefined) found.push(g);
  });
  return found.sort((a, b) => a - b);
}
