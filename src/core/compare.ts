/**
 * Two synsets compared, as the explorer's Compare view shows them: every distance of the pair
 * and a hypernym path to each that meets at their lowest common hypernym.
 */
import { distanceRecord, setHeight, type DistanceRecord } from './hierarchy-metrics.js';
import type { SynsetIndex } from './synset-index.js';

/** Two synsets side by side: their distances and a hypernym path to each that meets at their LCA. */
export interface Comparison {
  distance: DistanceRecord;
  /** Root first, down to a, through the first lowest common hypernym. */
  pathA: string[];
  /** Root first, down to b, through the same hypernym: the two share every wnid up to it. */
  pathB: string[];
}

/**
 * Compares a and b, `severity` relative to the largest max depth among `classes` (a label
 * set's, the 1k by default in callers). Of each synset's hypernym paths the first (in NLTK's
 * `hypernym_paths()` order) through the LCA is drawn, so the picture joins where the figures say.
 */
export function compareSynsets(index: SynsetIndex, a: number, b: number, classes: ArrayLike<number>): Comparison {
  const distance = distanceRecord(index, a, b, Math.max(setHeight(index, classes), index.maxDepth(a), index.maxDepth(b)));
  const lca = index.numberOfWnid(distance.lca[0]!);
  const through = (i: number): string[] => {
    const paths = index.hypernymPaths(i);
    const path = paths.find((candidate) => candidate.includes(lca)) ?? paths[0]!;
    return path.map((p) => index.wnidOf(p));
  };
  return { distance, pathA: through(a), pathB: through(b) };
}
