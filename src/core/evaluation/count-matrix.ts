/**
 * A K×K matrix of counts, rows true classes and columns predicted ones: a confusion matrix.
 * Dense for the sets people evaluate (the 1k: 4 MB of uint32 counts), a map per row past
 * {@link DENSE_LIMIT} classes, where K² cells would not fit (the 21k: 1.9 GB). Read a row at a
 * time: every figure sums a true class's row against that class's severities. A cell holds at
 * most {@link MAX_COUNT}: a confusion matrix's cells are checked against it.
 */

/** Sets up to this many classes count in a dense array. */
export const DENSE_LIMIT = 2048;

/** The largest count a cell holds (uint32: half the memory of float64, and the scans go twice as fast). */
export const MAX_COUNT = 0xffff_ffff;

export class CountMatrix {
  private readonly dense: Uint32Array | null;
  private readonly sparse: Map<number, Map<number, number>> | null;
  private readonly used: Uint8Array;

  constructor(readonly size: number) {
    this.dense = size <= DENSE_LIMIT ? new Uint32Array(size * size) : null;
    this.sparse = this.dense ? null : new Map();
    this.used = new Uint8Array(size);
  }

  add(t: number, p: number, count = 1): void {
    this.used[t] = 1;
    if (this.dense) {
      this.dense[t * this.size + p]! += count;
      return;
    }
    let row = this.sparse!.get(t);
    if (!row) this.sparse!.set(t, (row = new Map()));
    row.set(p, (row.get(p) ?? 0) + count);
  }

  get(t: number, p: number): number {
    return this.dense ? this.dense[t * this.size + p]! : (this.sparse!.get(t)?.get(p) ?? 0);
  }

  /** The rows with a count, ascending. */
  rowsUsed(): number[] {
    const rows: number[] = [];
    for (let t = 0; t < this.size; t++) if (this.used[t]) rows.push(t);
    return rows;
  }

  /** Row t as K counts: a view of the dense matrix, or a sparse row spelled out. */
  row(t: number): ArrayLike<number> {
    if (this.dense) return this.dense.subarray(t * this.size, (t + 1) * this.size);
    const row = new Float64Array(this.size);
    for (const [p, count] of this.sparse!.get(t) ?? []) row[p] = count;
    return row;
  }
}
