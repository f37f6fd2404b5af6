/**
 * Binary search, once for the whole code base. Every search here is one question: in a range
 * whose positions answer "yes" up to some point and "no" after it, where is the first "no"?
 * {@link partitionPoint} answers it; the helpers below ask it of sorted arrays. Callers pass a
 * small arrow function, which V8 inlines at each call site, so the hot paths (search's prefix
 * ranges, id lookups) pay no call per step.
 */

/**
 * The first position in [from, to) for which `before` is false, or `to` when there is none;
 * `before` must be true for a prefix of the range and false for the rest.
 */
export function partitionPoint(from: number, to: number, before: (at: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position in ascending `sorted` (within [from, to)) whose value is not below `value`. */
export function lowerBound<T extends string | number>(sorted: ArrayLike<T>, value: T, from = 0, to = sorted.length): number {
  return partitionPoint(from, to, (at) => sorted[at]! < value);
}

/** Where `value` is in ascending `sorted` (the index's offsets: an id lookup), or -1. */
export function indexOfSorted(sorted: Uint32Array, value: number): number {
  // Its own test rather than lowerBound's, which sees arrays of every kind: this one stays monomorphic.
  const at = partitionPoint(0, sorted.length, (k) => sorted[k]! < value);
  return at < sorted.length && sorted[at] === value ? at : -1;
}

/**
 * The last position in [0, length) at or below which `atOrBelow` holds, for a test that holds
 * for a prefix: the entry of a table of ascending starts that covers a value. 0 when it holds
 * for none (the first entry covers everything below it).
 */
export function lastAtOrBelow(length: number, atOrBelow: (at: number) => boolean): number {
  return Math.max(0, partitionPoint(0, length, atOrBelow) - 1);
}
