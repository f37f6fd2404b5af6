/**
 * A set's classes in a given number of groups, as balanced as WordNet's longest-path tree
 * allows: a tree-knapsack over the cuts of that tree (`groupByCount`).
 */
import { holeProblem, numberGroups, type GroupingProblem, type SetGrouping } from './groupings-result.js';
import { checkClasses, classTree, lowestWithSameClasses, type ClassTree, type GroupingTree } from './groupings-tree.js';
import type { SynsetIndex } from './synset-index.js';

/**
 * Groups classes into `count` superclasses, as balanced as the hierarchy allows.
 *
 * Rules:
 * - The classes hang in the longest-path tree (each synset under the first parent on the
 *   longest path, as `groupByDepth` climbs), so a class with two parents is in one group only.
 * - A grouping is a cut of that tree: a set of synsets none above another, holding every class
 *   once. A synset that is itself a class and has classes below it can be cut into "itself"
 *   (a group of its own) and its children's groups.
 * - Of the cuts with exactly `count` groups, the one whose largest group is smallest; among
 *   those, the one whose sum of squared group sizes is smallest (the most even); any tie left
 *   goes to the first found, taking children in wnid order and giving earlier children fewer groups.
 *   Both are exact (dynamic programming over the tree, about size × count steps), not greedy.
 * - A group's superclass is the lowest synset above all its classes in the tree (its name is
 *   that synset's first lemma).
 * - Groups are numbered in the order their first class comes in the set.
 * - Not every count is a cut (a synset with five children holding classes gives 1 or 5, not 3):
 *   then the grouping has the largest count below that is, and `note` says so.
 * - A hole (-1) in `classes` is placed in no group and listed as a `no-synset` problem.
 *
 * @param classes synset numbers in class index order (a `LabelSet`'s `classes`)
 * @param hierarchy a user's hierarchy to cut instead of WordNet's longest-path tree
 * @throws RangeError unless `count` is a whole number from 1 to the number of classes
 * @throws SynsetIdError for a class that is not a synset number
 */
export function groupByCount(index: SynsetIndex, classes: ArrayLike<number>, count: number, hierarchy?: GroupingTree): SetGrouping {
  if (!Number.isInteger(count) || count < 1 || count > classes.length) {
    throw new RangeError(`a group count is a whole number from 1 to the ${classes.length} classes, not ${String(count)}`);
  }
  checkClasses(index, classes);
  const tree = classTree(index, classes, hierarchy);
  if (tree.root < 0) throw new RangeError('no class of the set names a synset: there is nothing to group');
  const smallestLargest = cutTables(tree, count, (size) => size, Math.max);
  const reachable = largestReachable(smallestLargest.best.get(tree.root)!, count);
  const cap = smallestLargest.best.get(tree.root)![reachable]!;
  const evenest = cutTables(
    tree,
    reachable,
    (size) => (size <= cap ? size * size : Infinity),
    (a, b) => a + b,
  );
  const superclassOf = chosenCut(tree, evenest, reachable);
  const problems: GroupingProblem[] = [];
  const grouping = numberGroups(
    index,
    classes.length,
    (k) => {
      const i = classes[k]!;
      if (i >= 0) return superclassOf.get(i)!;
      problems.push(holeProblem(k));
      return -1;
    },
    problems,
  );
  if (reachable !== count) {
    grouping.note = `no cut of the hierarchy makes ${count} groups of these classes; the nearest below is ${reachable}`;
  }
  return grouping;
}

/** Per synset of the tree, the best cost of cutting its subtree into k groups (index k), and how. */
interface CutTables {
  best: Map<number, Float64Array>;
  /** Per synset, per child (in order): groups given to that child, by groups used so far. */
  choices: Map<number, Int32Array[]>;
}

/**
 * The tree-knapsack over cuts: a subtree is one group (cost of its size), or its own classes (a
 * group, if any) plus each child cut into one group or more, the costs joined. `join` is max or
 * sum, both with 0 as identity and never decreasing, so the best of a subtree's parts makes its best.
 */
function cutTables(tree: ClassTree, count: number, cost: (size: number) => number, join: (a: number, b: number) => number): CutTables {
  const best = new Map<number, Float64Array>();
  const choices = new Map<number, Int32Array[]>();
  for (const v of postOrder(tree)) {
    const own = tree.own.get(v) ?? 0;
    let acc = own > 0 ? Float64Array.of(Infinity, cost(own)) : Float64Array.of(0);
    const steps: Int32Array[] = [];
    for (const c of tree.children.get(v) ?? []) {
      const child = best.get(c)!;
      const next = new Float64Array(Math.min(count, acc.length - 1 + child.length - 1) + 1).fill(Infinity);
      const given = new Int32Array(next.length);
      for (let g = 0; g < acc.length; g++) {
        if (acc[g] === Infinity) continue;
        for (let k = 1; k < child.length && g + k < next.length; k++) {
          const value = join(acc[g]!, child[k]!);
          if (value < next[g + k]!) {
            next[g + k] = value;
            given[g + k] = k;
          }
        }
      }
      steps.push(given);
      acc = next;
    }
    // One group for the whole subtree; a cut into one part below it holds the same classes.
    acc[1] = cost(tree.total.get(v)!);
    acc[0] = Infinity;
    best.set(v, acc);
    choices.set(v, steps);
  }
  return { best, choices };
}

/** Synsets of the tree, each after all below it. */
function postOrder(tree: ClassTree): number[] {
  const order: number[] = [];
  const stack = [tree.root];
  while (stack.length > 0) {
    const v = stack.pop()!;
    order.push(v);
    for (const c of tree.children.get(v) ?? []) stack.push(c);
  }
  return order.reverse();
}

/** The largest k ≤ count with a finite cost (k = 1 always has one). */
function largestReachable(costs: Float64Array, count: number): number {
  for (let k = Math.min(count, costs.length - 1); k > 1; k--) if (costs[k]! < Infinity) return k;
  return 1;
}

/** The superclass of each class synset in the cut the tables chose for `count` groups. */
function chosenCut(tree: ClassTree, tables: CutTables, count: number): Map<number, number> {
  const superclassOf = new Map<number, number>();
  const stack: [number, number][] = [[tree.root, count]];
  while (stack.length > 0) {
    const [v, k] = stack.pop()!;
    if (k === 1) {
      const superclass = lowestWithSameClasses(tree, v);
      for (const member of classesBelow(tree, v)) superclassOf.set(member, superclass);
      continue;
    }
    const below = tree.children.get(v) ?? [];
    const steps = tables.choices.get(v)!;
    let g = k;
    for (let j = below.length - 1; j >= 0; j--) {
      const given = steps[j]![g]!;
      stack.push([below[j]!, given]);
      g -= given;
    }
    // What is left is v's own group, when v is a class itself.
    if (g === 1) superclassOf.set(v, v);
  }
  return superclassOf;
}

/** The class synsets at or below v in the tree. */
function classesBelow(tree: ClassTree, v: number): number[] {
  const found: number[] = [];
  const stack = [v];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if ((tree.own.get(at) ?? 0) > 0) found.push(at);
    for (const c of tree.children.get(at) ?? []) stack.push(c);
  }
  return found;
}
