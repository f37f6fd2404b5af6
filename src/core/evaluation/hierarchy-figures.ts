/**
 * An evaluation drawn on the hierarchy (the explorer's tree, sunburst and card): for every synset
 * at or above a class of the set, the images whose true class lies at or below it and how many
 * of those are answered right (top-1); and for every class, how many of its errors stay under
 * each of its ancestors ("82% of dog errors are other dogs").
 *
 * WordNet is a DAG, so a class counts once under each ancestor however many paths lead there:
 * each class's ancestor closure is climbed once (K climbs of about 20 synsets for the 1k) and
 * the per-class sums added into it. An error (t → p) stays under an ancestor a of t when a is
 * also an ancestor of p: per class with errors, its wrong predictions' closures are met against
 * its own, about 50 of them for a real model's class.
 */
import { climb } from '../hierarchy/ancestors.js';
import type { SynsetIndex } from '../synset-index.js';
import type { EvaluationCounts } from './counts.js';

/** The errors of a class that stay under one of its ancestors. */
export interface ErrorsUnder {
  wnid: string;
  /** Wrong top-1 answers whose predicted class is also at or below `wnid`. */
  errors: number;
}

export interface HierarchyFigures {
  /** Every synset at or above a class, and per synset its images and right top-1 answers (same order). */
  wnids: string[];
  images: Uint32Array;
  top1: Uint32Array;
  /** Per class, in index order: its ancestors (not itself), deepest first, with the errors staying under each. */
  errorsUnder: ErrorsUnder[][];
}

/**
 * The hierarchy's figures of counted samples.
 *
 * @param classes the set's synsets by class index (no holes: `classCellsOf` refuses them)
 */
export function hierarchyFigures(index: SynsetIndex, classes: ArrayLike<number>, counts: EvaluationCounts): HierarchyFigures {
  const sums = sumsAtAncestors(index, classes, [counts.classImages, counts.classTop1]);
  const slots = new Int32Array(index.size);
  const errorsUnder = sums.closures.map((closure, t) => classErrorsUnder(index, classes, sums.closures, counts, t, closure, slots));
  return { wnids: sums.wnids, images: sums.sums[0]!, top1: sums.sums[1]!, errorsUnder };
}

/** Per-class counts added up at every synset at or above a class, each class once per synset. */
export interface AncestorSums {
  /** Every synset at or above a class. */
  wnids: string[];
  /** One array per column given, aligned with `wnids`. */
  sums: Uint32Array[];
  /** Per class, in index order: the synsets at or above it (itself included). */
  closures: number[][];
}

/**
 * Adds per-class counts (`columns[c][t]` for class t) into every synset at or above each class:
 * the sums the tree draws at its rows (a run's images and right answers, ReaL's labels and those
 * it keeps).
 *
 * @param classes the set's synsets by class index (no holes)
 */
export function sumsAtAncestors(index: SynsetIndex, classes: ArrayLike<number>, columns: readonly ArrayLike<number>[]): AncestorSums {
  const marks = index.marks[0];
  const closures: number[][] = [];
  const slotOf = new Map<number, number>();
  const sums: number[][] = columns.map(() => []);
  for (let t = 0; t < classes.length; t++) {
    const closure: number[] = [];
    climb(index, classes[t]!, marks, (synset) => void closure.push(synset));
    closures.push(closure);
    for (const synset of closure) {
      let slot = slotOf.get(synset);
      if (slot === undefined) {
        slotOf.set(synset, (slot = slotOf.size));
        for (const column of sums) column.push(0);
      }
      for (let c = 0; c < columns.length; c++) sums[c]![slot]! += columns[c]![t]!;
    }
  }
  return {
    wnids: [...slotOf.keys()].map((synset) => index.wnidOf(synset)),
    sums: sums.map((column) => Uint32Array.from(column)),
    closures,
  };
}

function classErrorsUnder(
  index: SynsetIndex,
  classes: ArrayLike<number>,
  closures: readonly number[][],
  counts: EvaluationCounts,
  t: number,
  closure: readonly number[],
  slots: Int32Array,
): ErrorsUnder[] {
  const own = classes[t]!;
  const ancestors = closure.filter((synset) => synset !== own);
  const errors = new Float64Array(ancestors.length);
  if (counts.classImages[t] !== counts.classTop1[t]) {
    // Each ancestor's place (1-based) marked in the index-wide array, and cleared after: a
    // prediction's closure is met against this class's with one array read per synset.
    ancestors.forEach((synset, at) => void (slots[synset] = at + 1));
    const row = counts.confusion.row(t);
    for (let p = 0; p < row.length; p++) {
      const count = row[p]!;
      if (count === 0 || p === t) continue;
      for (const synset of closures[p]!) {
        const at = slots[synset]!;
        if (at !== 0) errors[at - 1]! += count;
      }
    }
    for (const synset of ancestors) slots[synset] = 0;
  }
  return ancestors
    .map((synset, at) => ({ synset, errors: errors[at]! }))
    .sort((a, b) => index.maxDepth(b.synset) - index.maxDepth(a.synset) || index.minDepth(b.synset) - index.minDepth(a.synset))
    .map(({ synset, errors: count }) => ({ wnid: index.wnidOf(synset), errors: count }));
}
