/**
 * The hierarchy metrics as the CLI, the Node API and the Compare view ask them: every figure of a
 * pair at once (`distanceRecord`), the LCA of a set (`lcaOfSet`), and the pairwise functions and
 * the whole-matrix rows re-exported from `pair-metrics.ts` and `metric-matrix.ts`.
 */
import { lowestCommonHypernymsOfSet, lowestOf } from './hierarchy/lca.js';
import {
  checkHeight,
  checkSet,
  commonHypernyms,
  lchOfPathLength,
  lengthBetween,
  pathSimilarityOf,
  taxonomyDepth,
  upwardDistances,
  wupOfPair,
} from './pair-metrics.js';
import type { SynsetIndex } from './synset-index.js';

export {
  checkSynsetNumber,
  lcaDepth,
  lchSimilarity,
  pathLength,
  pathSimilarity,
  setHeight,
  severity,
  taxonomyDepth,
  wupSimilarity,
} from './pair-metrics.js';
export { metricRows, type MatrixMetric, type MetricRowOptions } from './metric-matrix.js';

/** What `synset distance` tells about one pair (its `--json` keys). */
export interface DistanceRecord {
  a: string;
  b: string;
  /** The lowest common hypernyms' wnids, sorted by NLTK name (several when they tie). */
  lca: string[];
  lcaDepth: number;
  pathLength: number;
  pathSimilarity: number;
  wupSimilarity: number;
  lchSimilarity: number;
  /** Relative to the height the record was asked with. */
  severity: number;
}

/**
 * The lowest common hypernyms of any number of synsets, NLTK's `lowest_common_hypernyms` rule
 * generalised: the hypernyms common to all (each synset counting as its own), those of greatest
 * max depth, sorted by NLTK name. For two synsets it is `index.lowestCommonHypernyms(a, b)`.
 */
export function lcaOfSet(index: SynsetIndex, numbers: ArrayLike<number>): number[] {
  checkSet(index, numbers);
  return lowestCommonHypernymsOfSet(index, numbers, index.marks[0]);
}

/** Every figure of one pair, `severity` relative to `height` (see {@link setHeight}). */
export function distanceRecord(index: SynsetIndex, a: number, b: number, height: number): DistanceRecord {
  // Three upward walks (from a, b and the Wu–Palmer subsumer) serve every figure.
  const fromA = upwardDistances(index, a);
  const fromB = upwardDistances(index, b);
  const common = commonHypernyms(fromA, fromB);
  const lca = lowestOf(index, common);
  const depth = index.maxDepth(lca[0]!);
  checkHeight(height, depth);
  const length = lengthBetween(fromA, fromB);
  return {
    a: index.wnidOf(a),
    b: index.wnidOf(b),
    lca: lca.map((c) => index.wnidOf(c)),
    lcaDepth: depth,
    pathLength: length,
    pathSimilarity: pathSimilarityOf(length),
    wupSimilarity: wupOfPair(index, a, fromA, fromB, common),
    lchSimilarity: lchOfPathLength(length, taxonomyDepth(index)),
    severity: a === b ? 0 : height - depth,
  };
}
