/**
 * The sums every figure of an evaluation is made of, in one pass over the samples: per class,
 * its images, right top-1 answers and ReaL's; the top-1 confusion matrix; and, for top-k, the
 * matrix of every rank's (true, predicted) pairs, which hier. dist@k sums severities over. A
 * confusion matrix a user brings fills the same sums (top-1 only, no ReaL).
 */
import { CountMatrix, MAX_COUNT } from './count-matrix.js';
import { EvaluationInputError } from './input-error.js';
import { realAccepts, realLabelled, type RealLabels } from './real-labels.js';
import type { Samples } from './samples.js';

export interface EvaluationCounts {
  readonly classCount: number;
  readonly images: number;
  /** Predictions per sample (1 for a confusion matrix). */
  readonly k: number;
  /** Samples whose first prediction is right. */
  readonly top1: number;
  /** Samples whose true class is among the first min(5, k) predictions; null for k < 5. */
  readonly top5: number | null;
  /** Samples whose true class is among all k predictions. */
  readonly topK: number;
  /** Samples ReaL labels, and those whose first prediction ReaL accepts; null when the images are unknown. */
  readonly realImages: number | null;
  readonly realTop1: number | null;
  /** Per true class: its samples, right top-1 answers, ReaL-labelled samples and ReaL-right ones. */
  readonly classImages: Uint32Array;
  readonly classTop1: Uint32Array;
  readonly classRealImages: Uint32Array | null;
  readonly classRealTop1: Uint32Array | null;
  /** Top-1 counts: rows true, columns predicted. */
  readonly confusion: CountMatrix;
  /** Every rank's counts (Σ over ranks j of the (true, pred_j) pairs); the confusion itself for k = 1. */
  readonly rankPairs: CountMatrix;
}

/** Counts joined samples; `real` only for samples of validation images (their `images`). */
export function countSamples(samples: Samples, classCount: number, real: RealLabels | null): EvaluationCounts {
  const { n, k, pred, truth, images } = samples;
  const classImages = new Uint32Array(classCount);
  const classTop1 = new Uint32Array(classCount);
  const useReal = real !== null && images !== null;
  const classRealImages = useReal ? new Uint32Array(classCount) : null;
  const classRealTop1 = useReal ? new Uint32Array(classCount) : null;
  const confusion = new CountMatrix(classCount);
  const rankPairs = k === 1 ? confusion : new CountMatrix(classCount);
  const top5Ranks = Math.min(5, k);
  let top1 = 0;
  let top5 = 0;
  let topK = 0;
  let realImages = 0;
  let realTop1 = 0;
  for (let i = 0; i < n; i++) {
    const t = truth[i]!;
    const row = i * k;
    const first = pred[row]!;
    classImages[t]!++;
    confusion.add(t, first);
    if (first === t) {
      top1++;
      classTop1[t]!++;
    }
    let rank = -1;
    for (let j = 0; j < k; j++) {
      const p = pred[row + j]!;
      if (rankPairs !== confusion) rankPairs.add(t, p);
      if (rank < 0 && p === t) rank = j;
    }
    if (rank >= 0) {
      topK++;
      if (rank < top5Ranks) top5++;
    }
    if (useReal && realLabelled(real, images[i]!)) {
      realImages++;
      classRealImages![t]!++;
      if (realAccepts(real, images[i]!, first)) {
        realTop1++;
        classRealTop1![t]!++;
      }
    }
  }
  return {
    classCount,
    images: n,
    k,
    top1,
    top5: k >= 5 ? top5 : null,
    topK,
    realImages: useReal ? realImages : null,
    realTop1: useReal ? realTop1 : null,
    classImages,
    classTop1,
    classRealImages,
    classRealTop1,
    confusion,
    rankPairs,
  };
}

/**
 * Counts a K×K confusion matrix (rows true, columns predicted, C order): the same sums as the
 * samples it counts, with k = 1 and no ReaL. Throws for a wrong size or a cell that is no count.
 */
export function countConfusion(cells: ArrayLike<number>, classCount: number, shape: string): EvaluationCounts {
  if (cells.length !== classCount * classCount) {
    throw EvaluationInputError.whole(
      `a confusion matrix of ${classCount} classes is ${classCount} x ${classCount} (rows true, columns predicted), not ${shape}`,
    );
  }
  const confusion = new CountMatrix(classCount);
  const classImages = new Uint32Array(classCount);
  const classTop1 = new Uint32Array(classCount);
  let images = 0;
  for (let t = 0; t < classCount; t++) {
    for (let p = 0; p < classCount; p++) {
      const count = cells[t * classCount + p]!;
      if (count === 0) continue;
      if (!Number.isSafeInteger(count) || count < 0 || count > MAX_COUNT) {
        throw new EvaluationInputError([{ line: t + 1, message: `cell (${t}, ${p}) is ${count}, not a count (0 to ${MAX_COUNT})` }], 'row');
      }
      confusion.add(t, p, count);
      classImages[t]! += count;
      images += count;
      if (t === p) classTop1[t]! += count;
    }
  }
  const top1 = classTop1.reduce((sum, c) => sum + c, 0);
  return {
    classCount,
    images,
    k: 1,
    top1,
    top5: null,
    topK: top1,
    realImages: null,
    realTop1: null,
    classImages,
    classTop1,
    classRealImages: null,
    classRealTop1: null,
    confusion,
    rankPairs: confusion,
  };
}
