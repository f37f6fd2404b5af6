/**
 * Distances and similarities between two noun synsets, by synset number, each equal to its NLTK
 * namesake on WordNet 3.0's nouns (which have one root, so NLTK adds no simulated root for them).
 * Hypernyms here are NLTK's: `hypernyms()` and `instance_hypernyms()` together.
 */
import { hypernymDistances } from './hierarchy/hypernym-distances.js';
import type { SynsetIndex } from './synset-index.js';
import { SynsetIdError } from './errors.js';

/** Throws {@link SynsetIdError} unless `i` is a synset number of the index. */
export function checkSynsetNumber(index: SynsetIndex, i: number): void {
  if (!Number.isInteger(i) || i < 0 || i >= index.size) {
    throw new SynsetIdError(`no synset number ${String(i)}: synset numbers run from 0 to ${index.size - 1}`);
  }
}

/** Throws unless the set names at least one synset, each a synset number of the index. */
export function checkSet(index: SynsetIndex, numbers: ArrayLike<number>): void {
  if (numbers.length === 0) throw new RangeError('a set of synsets needs at least one member');
  for (let k = 0; k < numbers.length; k++) checkSynsetNumber(index, numbers[k]!);
}

/** The severity height H of a set of classes: the largest max depth among them. */
export function setHeight(index: SynsetIndex, classes: ArrayLike<number>): number {
  checkSet(index, classes);
  let height = 0;
  for (let k = 0; k < classes.length; k++) height = Math.max(height, index.maxDepth(classes[k]!));
  return height;
}

/** Edges on the shortest upward path from i to each of its hypernyms, i itself at 0 (NLTK's `_shortest_hypernym_paths`). */
export function upwardDistances(index: SynsetIndex, i: number): Map<number, number> {
  checkSynsetNumber(index, i);
  return hypernymDistances(index, i);
}

/** The hypernyms common to two synsets, each counting as its own, from their {@link upwardDistances}. */
export function commonHypernyms(fromA: Map<number, number>, fromB: Map<number, number>): number[] {
  const common: number[] = [];
  for (const c of fromB.keys()) if (fromA.has(c)) common.push(c);
  return common;
}

/** The fewest edges up from one synset and down to the other through a hypernym of both, from their {@link upwardDistances}. */
export function lengthBetween(fromA: Map<number, number>, fromB: Map<number, number>): number {
  let shortest = Infinity;
  for (const [c, up] of fromB) {
    const down = fromA.get(c);
    if (down !== undefined && down + up < shortest) shortest = down + up;
  }
  return shortest;
}

/** NLTK's `shortest_path_distance`: the fewest edges between a and b through a hypernym common to both. */
export function pathLength(index: SynsetIndex, a: number, b: number): number {
  return lengthBetween(upwardDistances(index, a), upwardDistances(index, b));
}

/** The max depth (NLTK's `max_depth()`) of the lowest common hypernyms of a and b. */
export function lcaDepth(index: SynsetIndex, a: number, b: number): number {
  checkSynsetNumber(index, a);
  checkSynsetNumber(index, b);
  return index.maxDepth(index.lowestCommonHypernyms(a, b)[0]!);
}

/**
 * How bad predicting b for a is (Bertinetto et al.): 0 when a = b, else `height − lcaDepth(a, b)`,
 * with `height` the largest max depth among the classes in use ({@link setHeight}).
 */
export function severity(index: SynsetIndex, a: number, b: number, height: number): number {
  const depth = lcaDepth(index, a, b);
  checkHeight(height, depth);
  return a === b ? 0 : height - depth;
}

/** Throws unless `height` can stand above a common hypernym of max depth `depth`: a severity is never negative. */
export function checkHeight(height: number, depth: number): void {
  if (!Number.isInteger(height) || height < depth) {
    throw new RangeError(
      `a severity height must be an integer of at least ${depth} (the classes' largest max depth), not ${String(height)}`,
    );
  }
}

/** NLTK's `path_similarity`: `1 / (pathLength + 1)`. */
export function pathSimilarity(index: SynsetIndex, a: number, b: number): number {
  return pathSimilarityOf(pathLength(index, a, b));
}

/** Path similarity from a path length (the one formula the record and the pairwise function share). */
export function pathSimilarityOf(length: number): number {
  return 1 / (length + 1);
}

const taxonomyDepths = new WeakMap<SynsetIndex, number>();

/** The largest max depth of any noun: NLTK's `_max_depth['n']`, the depth in Leacock–Chodorow's formula. */
export function taxonomyDepth(index: SynsetIndex): number {
  let depth = taxonomyDepths.get(index);
  if (depth === undefined) {
    depth = 0;
    for (let i = 0; i < index.size; i++) depth = Math.max(depth, index.maxDepth(i));
    taxonomyDepths.set(index, depth);
  }
  return depth;
}

/** NLTK's `lch_similarity`: `−log((pathLength + 1) / (2 · taxonomyDepth))`. */
export function lchSimilarity(index: SynsetIndex, a: number, b: number): number {
  return lchOfPathLength(pathLength(index, a, b), taxonomyDepth(index));
}

/** Leacock–Chodorow from a path length, written as NLTK evaluates it so the floats agree. */
export function lchOfPathLength(length: number, depth: number): number {
  return -Math.log((length + 1) / (2 * depth));
}

/**
 * The subsumer NLTK's `wup_similarity(a, …)` uses among the common hypernyms: those of greatest
 * *min* depth (it asks `lowest_common_hypernyms` for `use_min_depth=True`), then a itself if it
 * is one of them, else the first by name.
 */
export function wupSubsumer(index: SynsetIndex, a: number, common: number[]): number {
  let best = -1;
  for (const c of common) if (best < 0 || wupPrefers(index, c, best, a)) best = c;
  return best;
}

/** Whether c ranks before d as the Wu–Palmer subsumer of a pair whose first synset is a. */
function wupPrefers(index: SynsetIndex, c: number, d: number, a: number): boolean {
  const byDepth = index.minDepth(c) - index.minDepth(d);
  if (byDepth !== 0) return byDepth > 0;
  if (c === a || d === a) return c === a;
  return index.nameOf(c) < index.nameOf(d);
}

/** NLTK's `wup_similarity`: `2·(D+1) / (len(a,s) + len(b,s) + 2·(D+1))`, s the {@link wupSubsumer}, D its max depth. */
export function wupSimilarity(index: SynsetIndex, a: number, b: number): number {
  const fromA = upwardDistances(index, a);
  const fromB = upwardDistances(index, b);
  return wupOfPair(index, a, fromA, fromB, commonHypernyms(fromA, fromB));
}

/** Wu–Palmer of a pair whose upward distances and common hypernyms are known. */
export function wupOfPair(index: SynsetIndex, a: number, fromA: Map<number, number>, fromB: Map<number, number>, common: number[]): number {
  const subsumer = wupSubsumer(index, a, common);
  const fromSubsumer = upwardDistances(index, subsumer);
  return wupOf(index.maxDepth(subsumer), lengthBetween(fromA, fromSubsumer), lengthBetween(fromB, fromSubsumer));
}

/** Wu–Palmer from the subsumer's max depth and the two path lengths to it, as NLTK evaluates it. */
export function wupOf(subsumerMaxDepth: number, lengthA: number, lengthB: number): number {
  const depth = subsumerMaxDepth + 1;
  return (2 * depth) / (lengthA + depth + (lengthB + depth));
}
