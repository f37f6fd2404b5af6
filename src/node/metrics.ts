/**
 * The hierarchy metrics for scripts, by id: every function takes any id form `resolve` reads
 * (wnid, `dog.n.01`, a class index of `set`, `imagenet-r:17`), resolves it once, and runs the
 * core's functions on synset numbers, as the CLI does.
 *
 * For many pairs, ask for rows: `metricRows('1k', 'severity')` makes all 1,000 rows of the 1k
 * in about 0.16 s (one pass over the classes' hypernyms per row), where calling `severity()` for
 * each of the million pairs takes about 2 s.
 */
import { readFileSync } from 'node:fs';
import { readBuiltInHierarchy } from './label-spaces.js';
import { ClassHierarchy, hierarchyRows, treeDistanceRecord, type TreeDistanceRecord } from '../core/class-hierarchy.js';
import {
  distanceRecord,
  lcaOfSet,
  lchSimilarity as lchOf,
  metricRows as rowsOf,
  pathLength as pathLengthOf,
  pathSimilarity as pathSimilarityOf,
  setHeight,
  severity as severityOf,
  wupSimilarity as wupOf,
  type DistanceRecord,
  type MatrixMetric,
} from '../core/hierarchy-metrics.js';
import type { LabelSet } from '../core/label-set.js';
import type { SynsetQueries } from '../core/queries.js';
import { SynsetIdError, SynsetRequestError } from '../core/errors.js';
import { openSynsets } from './open-synsets.js';

export interface MetricOptions {
  /** The set bare class indices are read in, and whose height H WordNet severity counts from (default `1k`). */
  set?: string;
  /** A user's tree ({@link readHierarchy}): LCA, path length and severity are then the tree's (Making Better Mistakes'). */
  hierarchy?: ClassHierarchy;
  queries?: SynsetQueries;
}

const heights = new WeakMap<LabelSet, number>();

/** H of a set: the largest max depth among its classes, computed once per set. */
function heightOf(queries: SynsetQueries, set: string): number {
  const space = queries.labelSpaces.set(set);
  let height = heights.get(space);
  if (height === undefined) {
    height = setHeight(
      queries.index,
      Array.from(space.classes).filter((i) => i >= 0),
    );
    heights.set(space, height);
  }
  return height;
}

function context(options: MetricOptions): { queries: SynsetQueries; set: string; id: (id: string) => number } {
  const queries = options.queries ?? openSynsets();
  const set = options.set ?? '1k';
  const { hierarchy } = options;
  return {
    queries,
    set,
    id: (id) => {
      const i = queries.resolve(id, { set });
      if (hierarchy && !hierarchy.has(i)) throw new SynsetIdError(`${queries.index.wnidOf(i)} is not in the hierarchy`);
      return i;
    },
  };
}

/**
 * Reads a hierarchy (`parent child` lines, as Making Better Mistakes' imagenet_isa.txt) from a
 * file, or from its text with `{ text }`, or a built-in label space's own by the set's name
 * (`tencent-ml-images`). Throws `HierarchyError` listing every bad line.
 */
export function readHierarchy(source: string | { text: string }, queries = openSynsets()): ClassHierarchy {
  const builtIn = typeof source === 'string' ? readBuiltInHierarchy(queries, source) : undefined;
  if (builtIn) return builtIn;
  const text = typeof source === 'string' ? readFileSync(source, 'utf8') : source.text;
  return ClassHierarchy.parse(text, (id) => queries.resolve(id), queries.index);
}

/**
 * How bad predicting b is when a is true: 0 when a = b, else H − lcaDepth(a, b) with H the
 * largest max depth of `set`'s classes (WordNet); with a hierarchy, its height minus the LCA's
 * depth in it (Making Better Mistakes' definition).
 */
export function severity(a: string, b: string, options: MetricOptions = {}): number {
  const { queries, set, id } = context(options);
  const [x, y] = [id(a), id(b)];
  return options.hierarchy ? options.hierarchy.severity(x, y) : severityOf(queries.index, x, y, heightOf(queries, set));
}

/** Edges between a and b: NLTK's `shortest_path_distance` on WordNet, or the path in a hierarchy. */
export function pathLength(a: string, b: string, options: MetricOptions = {}): number {
  const { queries, id } = context(options);
  const [x, y] = [id(a), id(b)];
  return options.hierarchy ? options.hierarchy.pathLength(x, y) : pathLengthOf(queries.index, x, y);
}

/** NLTK's `path_similarity` on WordNet. */
export function pathSimilarity(a: string, b: string, options: Omit<MetricOptions, 'hierarchy'> = {}): number {
  const { queries, id } = context(options);
  return pathSimilarityOf(queries.index, id(a), id(b));
}

/** NLTK's `wup_similarity` on WordNet. */
export function wupSimilarity(a: string, b: string, options: Omit<MetricOptions, 'hierarchy'> = {}): number {
  const { queries, id } = context(options);
  return wupOf(queries.index, id(a), id(b));
}

/** NLTK's `lch_similarity` on WordNet. */
export function lchSimilarity(a: string, b: string, options: Omit<MetricOptions, 'hierarchy'> = {}): number {
  const { queries, id } = context(options);
  return lchOf(queries.index, id(a), id(b));
}

/** The lowest common hypernyms' wnids of two or more synsets (NLTK's rule), or their one LCA in a hierarchy. */
export function lca(ids: readonly string[], options: MetricOptions = {}): string[] {
  const { queries, id } = context(options);
  const synsets = ids.map(id);
  const found = options.hierarchy ? [options.hierarchy.lcaOf(synsets)] : lcaOfSet(queries.index, synsets);
  return found.map((i) => queries.index.wnidOf(i));
}

/** Every figure of one pair, as `synset distance --json` gives it (with a hierarchy, the tree's figures). */
export function distance(a: string, b: string, options: MetricOptions & { hierarchy: ClassHierarchy }): TreeDistanceRecord;
export function distance(a: string, b: string, options?: MetricOptions): DistanceRecord;
export function distance(a: string, b: string, options: MetricOptions = {}): DistanceRecord | TreeDistanceRecord {
  const { queries, set, id } = context(options);
  const [x, y] = [id(a), id(b)];
  if (options.hierarchy) return treeDistanceRecord(options.hierarchy, queries.index, x, y);
  return distanceRecord(queries.index, x, y, heightOf(queries, set));
}

/**
 * The N×N matrix of a metric over a set's classes, one row at a time in class index order (row
 * i: metric(class i, class j) for every j): Uint8Array rows for severity and path, Float32Array
 * for wup and lch. The fast way to many pairs (see the module's note). With a hierarchy, severity
 * and path are the tree's.
 */
export function* metricRows(
  set: string,
  metric: MatrixMetric,
  options: Omit<MetricOptions, 'set'> = {},
): Generator<Uint8Array | Float32Array, void, undefined> {
  const queries = options.queries ?? openSynsets();
  const classes = queries.labelSpaces.set(set).classes;
  const hole = classes.indexOf(-1);
  if (hole >= 0) throw new SynsetRequestError(`class ${hole} of ${set} names no synset; a matrix needs every class`);
  const { hierarchy } = options;
  if (!hierarchy) {
    yield* rowsOf(queries.index, classes, metric);
    return;
  }
  if (metric !== 'severity' && metric !== 'path') throw new RangeError(`in a hierarchy the metrics are severity and path, not ${metric}`);
  const missing = hierarchy.missingClasses(queries.index, classes, set);
  if (missing.length > 0) throw new SynsetRequestError(missing[0]!.message);
  yield* hierarchyRows(hierarchy, classes, metric);
}
