/** Percentiles and medians for the bench. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** A figure rounded to `digits` decimals, as the bench reports it. */
export function round(value: number, digits = 0): number {
  return Number(value.toFixed(digits));
}

/** Runs fn, returning its result and the milliseconds it took. */
export function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

/** A figure over several runs: the median and the range. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** The median and range of `values`, rounded to `digits`; undefined when there are none. */
export function spread(values: readonly number[], digits = 1): Spread | undefined {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return undefined;
  const round = (value: number): number => Number(value.toFixed(digits));
  return { median: round(median(finite)), min: round(Math.min(...finite)), max: round(Math.max(...finite)), runs: finite.length };
}
