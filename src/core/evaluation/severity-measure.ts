/**
 * How bad a wrong prediction is, for evaluation: rows of severity between a true class and every
 * class of the set, and the LCA of a confusion. Ours over WordNet's DAG (H − lcaDepth, H the
 * set's height), or Making Better Mistakes' in a tree a user brings (its height − the LCA's
 * depth). A row is computed once, when a true class first needs it.
 */
import type { ClassHierarchy } from '../class-hierarchy.js';
import { severityRowReader } from '../metric-matrix.js';
import { setHeight } from '../pair-metrics.js';
import type { SynsetIndex } from '../synset-index.js';

export interface SeverityMeasure {
  /** H: the height severities count from. */
  readonly height: number;
  /** `wordnet`, or `hierarchy` for a user's tree. */
  readonly kind: 'wordnet' | 'hierarchy';
  /** severity(class t, class j) for every class j of the set, by class index. */
  row(t: number): ArrayLike<number>;
  /** The synset of the LCA of classes t and p (WordNet: the first of the lowest common hypernyms by NLTK name). */
  lca(t: number, p: number): number;
}

/** Our severity over WordNet, H the largest max depth among the set's classes (18 for the 1k). */
export function wordnetSeverity(index: SynsetIndex, classes: ArrayLike<number>): SeverityMeasure {
  const height = setHeight(index, classes);
  return cachedRows(
    'wordnet',
    height,
    severityRowReader(index, classes, height),
    (t, p) => index.lowestCommonHypernyms(classes[t]!, classes[p]!)[0]!,
  );
}

/** Making Better Mistakes' severity in a user's tree, which must hold every class. */
export function treeSeverity(hierarchy: ClassHierarchy, classes: ArrayLike<number>): SeverityMeasure {
  const row = (t: number): Uint8Array => {
    const values = new Uint8Array(classes.length);
    for (let j = 0; j < classes.length; j++) values[j] = hierarchy.severity(classes[t]!, classes[j]!);
    return values;
  };
  return cachedRows('hierarchy', hierarchy.height, row, (t, p) => hierarchy.lca(classes[t]!, classes[p]!));
}

function cachedRows(
  kind: SeverityMeasure['kind'],
  height: number,
  compute: (t: number) => ArrayLike<number>,
  lca: (t: number, p: number) => number,
): SeverityMeasure {
  const rows = new Map<number, ArrayLike<number>>();
  return {
    kind,
    height,
    row: (t) => {
      let row = rows.get(t);
      if (!row) rows.set(t, (row = compute(t)));
      return row;
    },
    lca,
  };
}
