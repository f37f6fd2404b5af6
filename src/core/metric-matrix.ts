/**
 * Whole matrices of a hierarchy metric over a set of classes, a row at a time (`synset matrix`,
 * the Node API's `metricRows`): equal, cell for cell, to the pairwise functions of
 * `pair-metrics.ts`, in time linear in the classes' hypernym closure per row (see below).
 */
import { climb } from './hierarchy/ancestors.js';
import { VisitMarks } from './hierarchy/visit-marks.js';
import { checkHeight, checkSet, lchOfPathLength, setHeight, taxonomyDepth, wupOf } from './pair-metrics.js';
import type { SynsetIndex } from './synset-index.js';

/** A metric of `synset matrix`: severity and path length are small integers, the similarities floats. */
export type MatrixMetric = 'severity' | 'path' | 'wup' | 'lch';

export interface MetricRowOptions {
  /** The severity height H (default: the largest max depth among the classes). */
  height?: number;
}

const UNREACHED = 255;

/**
 * The N×N matrix of a metric over a set of classes (synset numbers), one row at a time in the
 * set's order: row i holds metric(classes[i], classes[j]) for every j, equal to the pairwise
 * functions. Each row is a fresh array, so a caller can stream the matrix holding one row.
 *
 * Walking every pair would climb both hierarchies N² times. Instead, per row class a, one pass
 * over the union U of the classes' hypernym closures, parents before children, carries a's
 * answer down to every node of U at once: O(U) per row, whatever N is.
 */
export function metricRows(
  index: SynsetIndex,
  classes: ArrayLike<number>,
  metric: 'severity' | 'path',
  options?: MetricRowOptions,
): Generator<Uint8Array, void, undefined>;
export function metricRows(
  index: SynsetIndex,
  classes: ArrayLike<number>,
  metric: 'wup' | 'lch',
  options?: MetricRowOptions,
): Generator<Float32Array, void, undefined>;
export function metricRows(
  index: SynsetIndex,
  classes: ArrayLike<number>,
  metric: MatrixMetric,
  options?: MetricRowOptions,
): Generator<Uint8Array | Float32Array, void, undefined>;
export function* metricRows(
  index: SynsetIndex,
  classes: ArrayLike<number>,
  metric: MatrixMetric,
  options: MetricRowOptions = {},
): Generator<Uint8Array | Float32Array, void, undefined> {
  if (!['severity', 'path', 'wup', 'lch'].includes(metric))
    throw new RangeError(`no metric '${String(metric)}': severity, path, wup or lch`);
  checkSet(index, classes);
  const height = options.height ?? setHeight(index, classes);
  if (metric === 'severity') checkHeight(height, setHeight(index, classes));
  const closure = new Closure(index, classes);
  const lchOf = Float32Array.from({ length: UNREACHED }, (_, d) => lchOfPathLength(d, taxonomyDepth(index)));
  const ancestorLengths = metric === 'wup' ? closure.ancestorPathLengths() : undefined;
  const n = classes.length;
  for (let i = 0; i < n; i++) {
    if (metric === 'severity') {
      yield severityRow(closure, classes, height, i);
      continue;
    }
    const a = closure.classLocal[i]!;
    const lengths = closure.pathLengthsFrom(a);
    if (metric === 'path') {
      const row = new Uint8Array(n);
      for (let j = 0; j < n; j++) row[j] = lengths[closure.classLocal[j]!]!;
      yield row;
    } else if (metric === 'lch') {
      const row = new Float32Array(n);
      for (let j = 0; j < n; j++) row[j] = lchOf[lengths[closure.classLocal[j]!]!]!;
      yield row;
    } else {
      const subsumers = closure.wupSubsumers(a);
      const row = new Float32Array(n);
      for (let j = 0; j < n; j++) {
        const s = subsumers[closure.classLocal[j]!]!;
        row[j] = wupOf(closure.maxDepth[s]!, lengths[s]!, ancestorLengths!.lengthTo(j, s));
      }
      yield row;
    }
  }
}

/**
 * Row i of the severity matrix on demand, for a caller that needs some rows in any order (an
 * evaluation needs the rows of the true classes its errors fall in): each row costs one pass
 * over the closure, as in {@link metricRows}, after one setup of it.
 */
export function severityRowReader(index: SynsetIndex, classes: ArrayLike<number>, height?: number): (i: number) => Uint8Array {
  checkSet(index, classes);
  const deepest = setHeight(index, classes);
  const h = height ?? deepest;
  checkHeight(h, deepest);
  const closure = new Closure(index, classes);
  return (i) => {
    if (!Number.isInteger(i) || i < 0 || i >= classes.length) throw new RangeError(`no class ${i}: the set has ${classes.length}`);
    return severityRow(closure, classes, h, i);
  };
}

function severityRow(closure: Closure, classes: ArrayLike<number>, height: number, i: number): Uint8Array {
  const best = closure.deepestCommon(closure.classLocal[i]!);
  const n = classes.length;
  const row = new Uint8Array(n);
  for (let j = 0; j < n; j++) row[j] = classes[j] === classes[i] ? 0 : height - best[closure.classLocal[j]!]!;
  return row;
}

/**
 * The union of the classes' hypernym closures, renumbered 0..size-1 by max depth, which puts
 * every parent before its children (a parent's max depth is always smaller).
 */
class Closure {
  readonly size: number;
  readonly synset: Uint32Array;
  readonly parentStart: Uint32Array;
  readonly parentList: Uint32Array;
  readonly maxDepth: Uint8Array;
  readonly classLocal: Uint32Array;
  /**
   * Lower is preferred as Wu–Palmer subsumer: greater min depth first, then NLTK name; odd,
   * leaving room below each. Made on first use: the names' sort is most of the setup, and only
   * wup needs it.
   */
  private wupKey: Uint32Array | undefined;
  /** The even key that puts a row's own synset before its min-depth peers, as NLTK does. */
  private wupKeyOfRowSynset: Uint32Array | undefined;
  private readonly marks: Uint32Array;
  private mark = 0;
  /** How many synsets the last {@link markAbove} reached: they head {@link stack}. */
  private marked = 0;
  private readonly depthBest: Int16Array;
  private readonly fromA: Uint8Array;
  private readonly lengths: Uint8Array;
  private readonly subsumers: Int32Array;
  private readonly stack: Uint32Array;

  constructor(
    private readonly index: SynsetIndex,
    classes: ArrayLike<number>,
  ) {
    const found: number[] = [];
    climb(index, classes, new VisitMarks(index.size), (synset) => void found.push(synset));
    found.sort((x, y) => index.maxDepth(x) - index.maxDepth(y) || x - y);
    const size = (this.size = found.length);
    this.synset = Uint32Array.from(found);
    const localOf = new Map<number, number>(found.map((s, local) => [s, local]));
    this.maxDepth = Uint8Array.from(found, (s) => index.maxDepth(s));
    this.parentStart = new Uint32Array(size + 1);
    const parents: number[] = [];
    for (let y = 0; y < size; y++) {
      for (const p of index.parentsOf(found[y]!)) parents.push(localOf.get(p)!);
      this.parentStart[y + 1] = parents.length;
    }
    this.parentList = Uint32Array.from(parents);
    this.classLocal = Uint32Array.from({ length: classes.length }, (_, k) => localOf.get(classes[k]!)!);
    this.marks = new Uint32Array(size);
    this.depthBest = new Int16Array(size);
    this.fromA = new Uint8Array(size);
    this.lengths = new Uint8Array(size);
    this.subsumers = new Int32Array(size);
    this.stack = new Uint32Array(size);
  }

  /** Marks a and its hypernyms with a fresh mark, with their upward distance from a (breadth first). */
  private markAbove(a: number): number {
    const mark = ++this.mark;
    const queue = this.stack;
    queue[0] = a;
    this.marks[a] = mark;
    this.fromA[a] = 0;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const y = queue[head]!;
      for (let e = this.parentStart[y]!; e < this.parentStart[y + 1]!; e++) {
        const p = this.parentList[e]!;
        if (this.marks[p] === mark) continue;
        this.marks[p] = mark;
        this.fromA[p] = this.fromA[y]! + 1;
        queue[tail++] = p;
      }
    }
    this.marked = tail;
    return mark;
  }

  /** Per node y: the largest max depth of a hypernym common to a and y. Every noun meets at entity (depth 0). */
  deepestCommon(a: number): Int16Array {
    const mark = this.markAbove(a);
    const { parentStart, parentList, depthBest, marks, maxDepth } = this;
    for (let y = 0; y < this.size; y++) {
      // A hypernym of a is its own deepest common one: its own hypernyms are all shallower.
      if (marks[y] === mark) {
        depthBest[y] = maxDepth[y]!;
        continue;
      }
      let best = 0;
      for (let e = parentStart[y]!; e < parentStart[y + 1]!; e++) best = Math.max(best, depthBest[parentList[e]!]!);
      depthBest[y] = best;
    }
    return depthBest;
  }

  /** Per node y: NLTK's shortest path distance from a, up to a hypernym of both and down to y. */
  pathLengthsFrom(a: number): Uint8Array {
    const mark = this.markAbove(a);
    const { parentStart, parentList, lengths, marks, fromA } = this;
    for (let y = 0; y < this.size; y++) {
      let best = marks[y] === mark ? fromA[y]! : UNREACHED;
      for (let e = parentStart[y]!; e < parentStart[y + 1]!; e++) best = Math.min(best, lengths[parentList[e]!]! + 1);
      lengths[y] = best;
    }
    return lengths;
  }

  /** Per node y: the hypernym of a and y that NLTK's `wup_similarity(a, y)` takes as subsumer. Call after {@link pathLengthsFrom}(a). */
  wupSubsumers(a: number): Int32Array {
    const mark = this.mark;
    const { parentStart, parentList, subsumers, marks } = this;
    const [wupKey, wupKeyOfRowSynset] = this.wupKeys();
    const ownKey = wupKey[a]!;
    wupKey[a] = wupKeyOfRowSynset[a]!;
    for (let y = 0; y < this.size; y++) {
      let best = marks[y] === mark ? y : -1;
      for (let e = parentStart[y]!; e < parentStart[y + 1]!; e++) {
        const s = subsumers[parentList[e]!]!;
        if (best < 0 || wupKey[s]! < wupKey[best]!) best = s;
      }
      subsumers[y] = best;
    }
    wupKey[a] = ownKey;
    return subsumers;
  }

  private wupKeys(): [Uint32Array, Uint32Array] {
    if (this.wupKey && this.wupKeyOfRowSynset) return [this.wupKey, this.wupKeyOfRowSynset];
    const index = this.index;
    const byPreference = Array.from(this.synset, (s, local) => ({ local, minDepth: index.minDepth(s), name: index.nameOf(s) })).sort(
      (x, y) => y.minDepth - x.minDepth || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0),
    );
    const wupKey = (this.wupKey = new Uint32Array(this.size));
    const ofRowSynset = (this.wupKeyOfRowSynset = new Uint32Array(this.size));
    let peersFrom = 0;
    byPreference.forEach((entry, rank) => {
      if (rank > 0 && entry.minDepth !== byPreference[rank - 1]!.minDepth) peersFrom = rank;
      wupKey[entry.local] = 2 * rank + 1;
      ofRowSynset[entry.local] = 2 * peersFrom;
    });
    return [wupKey, ofRowSynset];
  }

  /** For each class, the shortest path distance to each of its hypernyms, which may dip below one: a DAG has shortcuts. */
  ancestorPathLengths(): { lengthTo(classAt: number, ancestor: number): number } {
    const n = this.classLocal.length;
    const start = new Uint32Array(n + 1);
    const ancestors: number[] = [];
    const lengths: number[] = [];
    const fromB = new Uint8Array(this.size);
    for (let k = 0; k < n; k++) {
      const b = this.classLocal[k]!;
      this.markAbove(b);
      const above = this.stack.slice(0, this.marked).sort();
      for (const y of above) fromB[y] = this.fromA[y]!;
      for (const s of above) {
        const markS = this.markAbove(s);
        let shortest = UNREACHED;
        for (const x of above) if (this.marks[x] === markS) shortest = Math.min(shortest, fromB[x]! + this.fromA[x]!);
        ancestors.push(s);
        lengths.push(shortest);
      }
      start[k + 1] = ancestors.length;
    }
    const listed = Uint32Array.from(ancestors);
    return {
      // A class has a few dozen hypernyms: a scan of its own finds one as soon as a binary search
      // would, without a call per step (this runs for every cell of the matrix).
      lengthTo: (classAt, ancestor) => {
        const end = start[classAt + 1]!;
        let e = start[classAt]!;
        while (e < end && listed[e] !== ancestor) e++;
        return lengths[e]!;
      },
    };
  }
}
