/**
 * The one-parent tree a grouping cuts: WordNet's longest-path tree (below), or a user's own
 * (`--hierarchy`), and the check that a grouping's classes are synsets of the index.
 */
import { checkSynsetNumber } from './pair-metrics.js';
import type { SynsetIndex } from './synset-index.js';
import { SynsetIdError } from './errors.js';

/**
 * The longest-path tree that `groupByDepth` and `groupByCount` cut. WordNet is a DAG; to give
 * every class one group, each synset hangs under one parent only: the first, in NLTK's
 * `hypernyms() + instance_hypernyms()` order, whose max depth is one less than its own. Climbing
 * these parents from a synset walks the path that NLTK's `hypernym_paths()` lists first among
 * the longest (its paths come first parent first), and a synset's depth in the tree is its
 * `max_depth()`.
 */
export function longestPathParent(index: SynsetIndex, i: number): number {
  const depth = index.maxDepth(i);
  for (const p of index.parentsOf(i)) if (index.maxDepth(p) === depth - 1) return p;
  return -1;
}

/**
 * The tree a grouping cuts: one parent per synset (-1 at the root) and the synset's depth in it.
 * WordNet's longest-path tree unless a user brings their own (`--hierarchy`: `ClassHierarchy`
 * is one), whose parents and depths are then the ones that count.
 */
export interface GroupingTree {
  parentOf(i: number): number;
  depthOf(i: number): number;
}

/** WordNet's longest-path tree (see {@link longestPathParent}): depth is max depth. */
export function longestPathTree(index: SynsetIndex): GroupingTree {
  return { parentOf: (i) => longestPathParent(index, i), depthOf: (i) => index.maxDepth(i) };
}

/** The ancestor of i at depth `depth` in the tree (by default on its first longest path); i itself when it is not deeper. */
export function ancestorAtDepth(index: SynsetIndex, i: number, depth: number, tree: GroupingTree = longestPathTree(index)): number {
  let at = i;
  while (tree.depthOf(at) > depth) at = tree.parentOf(at);
  return at;
}

/**
 * Checks a list of classes: each a synset number of the index, or -1 for a custom list's line
 * that names no synset (a hole, which no grouping places).
 */
export function checkClasses(index: SynsetIndex, classes: ArrayLike<number>): void {
  for (let k = 0; k < classes.length; k++) {
    const i = classes[k]!;
    if (i === -1) continue;
    try {
      checkSynsetNumber(index, i);
    } catch (error) {
      throw new SynsetIdError(`class ${k}: ${(error as Error).message}`);
    }
  }
}

/** The part of the longest-path tree that holds a set's classes, children in wnid order. */
export interface ClassTree {
  /** The top of the tree (the root of the nouns), or -1 for a set with no synsets. */
  root: number;
  /** Children that hold classes, by synset, ascending. */
  children: Map<number, number[]>;
  /** Class indices naming the synset itself (a list may repeat a class). */
  own: Map<number, number>;
  /** Class indices naming the synset or one below it. */
  total: Map<number, number>;
}

/** The tree (by default the longest-path tree) over the classes' synsets and their ancestors. */
export function classTree(index: SynsetIndex, classes: ArrayLike<number>, grouping: GroupingTree = longestPathTree(index)): ClassTree {
  const children = new Map<number, number[]>();
  const own = new Map<number, number>();
  const total = new Map<number, number>();
  let root = -1;
  for (let k = 0; k < classes.length; k++) {
    const i = classes[k]!;
    if (i < 0) continue;
    own.set(i, (own.get(i) ?? 0) + 1);
    // Climb until a synset already in the tree: from there up, the totals still need the class.
    let at = i;
    for (;;) {
      const known = total.has(at);
      total.set(at, (total.get(at) ?? 0) + 1);
      const parent = grouping.parentOf(at);
      if (parent < 0) {
        root = at;
        break;
      }
      if (!known) {
        const siblings = children.get(parent);
        if (siblings) siblings.push(at);
        else children.set(parent, [at]);
      }
      at = parent;
    }
  }
  for (const list of children.values()) list.sort((a, b) => a - b);
  return { root, children, own, total };
}

/**
 * The lowest synset holding the same classes as v: down while v names no class itself and has
 * one child holding them all. A group's superclass is named by it.
 */
export function lowestWithSameClasses(tree: ClassTree, v: number): number {
  let at = v;
  for (;;) {
    const below = tree.children.get(at);
    if ((tree.own.get(at) ?? 0) > 0 || !below || below.length !== 1) return at;
    at = below[0]!;
  }
}
