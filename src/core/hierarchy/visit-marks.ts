/**
 * Which synsets a walk has visited, for walks that run often (a lookup's depths, every LCA of a
 * matrix's rows): one array of stamps, kept from walk to walk, where a synset counts as visited
 * when its stamp is the current walk's. A new walk takes the next stamp instead of clearing the
 * array, so it costs nothing however large the hierarchy.
 */
export class VisitMarks {
  private readonly stamps: Uint32Array;
  private stamp = 0;

  constructor(size: number) {
    this.stamps = new Uint32Array(size);
  }

  /** Starts a walk: no synset is visited. */
  begin(): void {
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** Marks synset i visited in this walk; false when it already was. */
  visit(i: number): boolean {
    if (this.stamps[i] === this.stamp) return false;
    this.stamps[i] = this.stamp;
    return true;
  }

  /** Whether synset i was visited in this walk. */
  has(i: number): boolean {
    return this.stamps[i] === this.stamp;
  }
}
