/**
 * A set's classes grouped by their ancestor at a given max depth, on each class's longest
 * hypernym path (`groupByDepth`).
 */
import { holeProblem, numberGroups, type GroupingProblem, type SetGrouping } from './groupings-result.js';
import { ancestorAtDepth, checkClasses, type GroupingTree } from './groupings-tree.js';
import type { SynsetIndex } from './synset-index.js';

/**
 * Groups classes by their ancestor at max depth `depth` (NLTK's `max_depth()`: the root is at 0).
 *
 * Rules:
 * - The ancestor is taken on the class's longest hypernym path; where several paths are longest,
 *   on the one NLTK's `hypernym_paths()` lists first among them (see `longestPathParent`). On a
 *   longest path the synset at position d has max depth d, so every group's superclass has max
 *   depth exactly `depth`, or is a class shallower than that.
 * - A class whose max depth is below `depth` is its own group.
 * - Groups are numbered in the order their first class comes in the set.
 * - A hole (-1) in `classes` is placed in no group and listed as a `no-synset` problem.
 *
 * @param classes synset numbers in class index order (a `LabelSet`'s `classes`)
 * @param tree a user's hierarchy to take ancestors and depths in (default: WordNet's longest paths)
 * @throws RangeError unless `depth` is a whole number from 0
 * @throws SynsetIdError for a class that is not a synset number
 */
export function groupByDepth(index: SynsetIndex, classes: ArrayLike<number>, depth: number, tree?: GroupingTree): SetGrouping {
  if (!Number.isInteger(depth) || depth < 0) throw new RangeError(`a grouping depth is a whole number from 0, not ${String(depth)}`);
  checkClasses(index, classes);
  const problems: GroupingProblem[] = [];
  const ancestors = new Map<number, number>();
  return numberGroups(
    index,
    classes.length,
    (k) => {
      const i = classes[k]!;
      if (i < 0) {
        problems.push(holeProblem(k));
        return -1;
      }
      let ancestor = ancestors.get(i);
      if (ancestor === undefined) ancestors.set(i, (ancestor = ancestorAtDepth(index, i, depth, tree)));
      return ancestor;
    },
    problems,
  );
}
