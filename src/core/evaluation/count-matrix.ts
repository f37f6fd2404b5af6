/**
 * A K×K matrix of counts, rows true classes and columns predicted ones: a confusion matrix.
 * Dense for the sets people evaluate (the 1k: 8 MB of float64 counts, exact past 2³²), a map of its nonzero cells past
 * {@link DENSE_LIMIT} classes, where K² cells would not fit (the 21k: 1.9 GB).
 */

/** Sets up to this many classes count in a dense array. */
export const DENSE_LIMIT = 2048;

export class CountMatrix {
  private readonly dense: Float64Array | null;
  private readonly sparse: Map<number, number> | null;

  constructor(readonly size: number) {
    this.dense = size <= DENSE_LIMIT ? new Float64Array(size * size) : null;
    this.sparse = this.dense ? null : new Map();
  }

  add(t: number, p: number, count = 1): void {
    const at = t * this.size + p;
    if (this.dense) this.dense[at]! += count;
    else this.sparse!.set(at, (this.sparse!.get(at) ?? 0) + count);
  }

  get(t: number, p: number): number {
    const at = t * this.size + p;
    return this.dense ? this.dense[at]! : (this.sparse!.get(at) ?? 0);
  }

  /** Calls `visit(t, p, count)` for every nonzero cell, row by row (dense) or in insertion order (sparse). */
  forEach(visit: (t: number, p: number, count: number) => void): void {
    const n = this.size;
    if (this.dense) {
      const cells = this.dense;
      for (let at = 0; at < cells.length; at++) if (cells[at] !== 0) visit(Math.floor(at / n), at % n, cells[at]!);
    } else for (const [at, count] of this.sparse!) visit(Math.floor(at / n), at % n, count);
  }
}
