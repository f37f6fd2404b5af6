/**
 * Per class: how often its images are answered right (top-1, and by ReaL's labels), and what
 * they are taken for most, each confusion with the two classes' LCA and its severity.
 */
import type { EvaluationCounts } from './counts.js';
import type { SeverityMeasure } from './severity-measure.js';

/** Confusions listed per class, most frequent first. */
export const TOP_CONFUSIONS = 3;

/** One class's confusion: its images predicted (top-1) as another class. */
export interface Confusion {
  /** The predicted class's index and wnid. */
  index: number;
  wnid: string;
  /** Images of the true class predicted as this one. */
  count: number;
  /** The LCA of the two classes (WordNet: the first lowest common hypernym by NLTK name; or the tree's). */
  lca: string;
  severity: number;
}

/** A class's figures: a row of `--per-class`, an entry of `--json`'s `classes`. */
export interface ClassFigures {
  index: number;
  wnid: string;
  /** Samples whose true class this is. */
  images: number;
  /** Their top-1 accuracy; null without images. */
  top1: number | null;
  /** Those ReaL labels, and their ReaL top-1 accuracy; null when ReaL does not apply. */
  realImages: number | null;
  realTop1: number | null;
  /** Samples of the class answered wrong (top-1). */
  errors: number;
  confusions: Confusion[];
}

/**
 * The figures of every class of the set, in class index order.
 *
 * @param classes the set's synsets by class index
 * @param wnidOf a synset's wnid
 */
export function classFigures(
  counts: EvaluationCounts,
  measure: SeverityMeasure,
  classes: ArrayLike<number>,
  wnidOf: (synset: number) => string,
): ClassFigures[] {
  return Array.from({ length: counts.classCount }, (_, t): ClassFigures => {
    const images = counts.classImages[t]!;
    const realImages = counts.classRealImages?.[t] ?? null;
    const top = images === counts.classTop1[t] ? [] : mostFrequent(counts.confusion.row(t), t);
    return {
      index: t,
      wnid: wnidOf(classes[t]!),
      images,
      top1: images === 0 ? null : counts.classTop1[t]! / images,
      realImages,
      realTop1: !realImages ? null : counts.classRealTop1![t]! / realImages,
      errors: images - counts.classTop1[t]!,
      confusions: top.map(({ p, count }) => ({
        index: p,
        wnid: wnidOf(classes[p]!),
        count,
        lca: wnidOf(measure.lca(t, p)),
        severity: measure.row(t)[p]!,
      })),
    };
  });
}

/** The {@link TOP_CONFUSIONS} largest counts of a row but its own class's, most first, ties by index. */
function mostFrequent(row: ArrayLike<number>, own: number): { p: number; count: number }[] {
  const top: { p: number; count: number }[] = [];
  for (let p = 0; p < row.length; p++) {
    const count = row[p]!;
    if (count === 0 || p === own) continue;
    if (top.length === TOP_CONFUSIONS && count <= top[TOP_CONFUSIONS - 1]!.count) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.count < count) at--;
    top.splice(at, 0, { p, count });
    if (top.length > TOP_CONFUSIONS) top.pop();
  }
  return top;
}
