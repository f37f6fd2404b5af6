/**
 * The headline figures of an evaluation, from its counts (docs/evaluate.md gives each formula
 * and its paper). With N samples, tᵢ the true class and pᵢ₁ … pᵢₖ the ranked predictions:
 *
 * - top1 = |{i : pᵢ₁ = tᵢ}| / N; top5 and topK: tᵢ among the first 5 (k ≥ 5), among all k.
 * - realTop1 = |{i ∈ R : pᵢ₁ ∈ ReaL(i)}| / |R|, R the images ReaL gives at least one label
 *   (Beyer et al. 2020); realImages = |R|.
 * - mistakeSeverity = the mean severity(pᵢ₁, tᵢ) over the samples whose top-1 is wrong
 *   (Bertinetto et al. 2020, "Making Better Mistakes").
 * - hierDistAt1 = (1/N)·Σᵢ severity(pᵢ₁, tᵢ); hierDistAtK = (1/N)·Σᵢ (1/k)·Σⱼ severity(pᵢⱼ, tᵢ).
 *
 * A figure over no samples is null. Severity sums go over the confusion matrices' cells, a row of
 * severities per true class with errors, not per sample.
 */
import type { CountMatrix } from './count-matrix.js';
import type { EvaluationCounts } from './counts.js';
import type { SeverityMeasure } from './severity-measure.js';

/** The figures of a whole evaluation: `synset evaluate --json`'s first keys. */
export interface EvaluationSummary {
  images: number;
  k: number;
  top1: number | null;
  top5: number | null;
  topK: number | null;
  realTop1: number | null;
  realImages: number | null;
  mistakeSeverity: number | null;
  hierDistAt1: number | null;
  hierDistAtK: number | null;
}

export function summaryFigures(counts: EvaluationCounts, measure: SeverityMeasure): EvaluationSummary {
  const n = counts.images;
  const share = (count: number | null, of: number | null): number | null => (count === null || !of ? null : count / of);
  const top1Severity = severitySum(counts.confusion, measure);
  const rankSeverity = counts.rankPairs === counts.confusion ? top1Severity : severitySum(counts.rankPairs, measure);
  return {
    images: n,
    k: counts.k,
    top1: share(counts.top1, n),
    top5: share(counts.top5, n),
    topK: share(counts.topK, n),
    realTop1: share(counts.realTop1, counts.realImages),
    realImages: counts.realImages,
    mistakeSeverity: share(top1Severity, n - counts.top1),
    hierDistAt1: share(top1Severity, n),
    hierDistAtK: share(rankSeverity, n * counts.k),
  };
}

/** Σ over the cells t ≠ p of count · severity(t, p): a row of severities per true class with an error. */
function severitySum(matrix: CountMatrix, measure: SeverityMeasure): number {
  let sum = 0;
  for (const t of matrix.rowsUsed()) {
    const counts = matrix.row(t);
    let severities: ArrayLike<number> | undefined;
    for (let p = 0; p < counts.length; p++) {
      const count = counts[p]!;
      if (count === 0 || p === t) continue;
      severities ??= measure.row(t);
      sum += count * severities[p]!;
    }
  }
  return sum;
}
