/**
 * The arithmetic of a list of equal-height rows drawn only where it can be seen: which rows a
 * scroll position shows, and where to scroll to bring a row into view. Pure, so it is tested
 * without a browser; `synset-tree` does the DOM.
 */

/** Rows `first` (inclusive) to `end` (exclusive). */
export interface RowRange {
  first: number;
  end: number;
}

export interface Viewport {
  /** The scroller's `scrollTop`, px. */
  scrollTop: number;
  /** The scroller's inner height, px. */
  height: number;
  /** One row's height, px. */
  rowHeight: number;
  /** Rows in the list. */
  count: number;
}

/** The rows a viewport shows, with `overscan` more on each side so a short scroll finds them drawn. */
export function rowsInView({ scrollTop, height, rowHeight, count }: Viewport, overscan: number): RowRange {
  if (count === 0 || rowHeight <= 0) return { first: 0, end: 0 };
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return { first: Math.min(first, end), end };
}

/**
 * The `scrollTop` that shows row `index`: `nearest` moves as little as it can (not at all when
 * the row is in view), `center` puts the row in the middle. Never past either end.
 */
export function scrollTopFor(index: number, block: 'nearest' | 'center', { scrollTop, height, rowHeight, count }: Viewport): number {
  const top = index * rowHeight;
  let target = scrollTop;
  if (block === 'center') target = top - (height - rowHeight) / 2;
  else if (top < scrollTop) target = top;
  else if (top + rowHeight > scrollTop + height) target = top + rowHeight - height;
  return Math.max(0, Math.min(target, count * rowHeight - height));
}
