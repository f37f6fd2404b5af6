/**
 * Evaluation for scripts, on typed arrays (`synset evaluate`'s figures without files):
 *
 * ```ts
 * import { evaluate } from 'synset-explorer/node';
 * const top5 = np_load_as_Int32Array; // N × 5, row by row
 * const result = evaluate({ pred: top5, k: 5, true: 'val-imagefolder', group: 'restricted-imagenet' });
 * result.top1; result.realTop1; result.mistakeSeverity; result.classes[0].confusions;
 * ```
 *
 * The CLI builds its evaluations with the same functions (`evaluationContext`, `classGroupsOf`).
 */
import { readFileSync } from 'node:fs';
import { HierarchyError, type ClassHierarchy } from '../core/class-hierarchy.js';
import { errorMessage } from '../core/error-detail.js';
import { arrayTable, type ClassTable } from '../core/evaluation/class-table.js';
import { parseClassGroupFile } from '../core/evaluation/class-group-file.js';
import {
  classCellsOf,
  evaluateConfusion,
  evaluateSamples,
  type ClassGroups,
  type Evaluation,
  type EvaluationContext,
} from '../core/evaluation/evaluate.js';
import { parseGroupSpec, type GroupSpec } from '../core/evaluation/group-spec.js';
import { EvaluationInputError } from '../core/evaluation/input-error.js';
import { joinSamples, type TruthSource } from '../core/evaluation/samples.js';
import { treeSeverity, wordnetSeverity } from '../core/evaluation/severity-measure.js';
import { groupByCount, groupByDepth } from '../core/groupings.js';
import type { SynsetQueries } from '../core/queries.js';
import { readPublishedGrouping } from './groupings.js';
import type { KnownIssues } from '../core/evaluation/known-issues.js';
import { readKnownIssues, readValidationData } from './evaluation-data.js';
import { openSynsets } from './open-synsets.js';

/** The 1k: the set the shipped validation labels, ReaL and the published groupings speak in. */
const VALIDATION_SET = '1k';

export interface EvaluateOptions {
  /** Predicted class indices of `set`, one image a row: N values (top-1), or N × k row by row with `k`. */
  pred?: ArrayLike<number>;
  /** Predictions per image (default 1). */
  k?: number;
  /**
   * The file names of the N images (`ILSVRC2012_val_00000293.JPEG`, any folders before it): the
   * truth and ReaL then come from the shipped validation data, rows in any order, a subset too.
   */
  files?: readonly string[];
  /** True class indices (one per image), or the shipped validation labels in file-name (`val`) or ImageFolder order. */
  true?: ArrayLike<number> | 'val' | 'val-imagefolder';
  /** Instead of pred and true: a K × K confusion matrix of counts, rows true, row by row. */
  confusion?: ArrayLike<number>;
  /** The label set the indices are of (default `1k`). */
  set?: string;
  /** A user's tree ({@link readHierarchy}): severity and LCAs are then the tree's (Making Better Mistakes'). */
  hierarchy?: ClassHierarchy;
  /** Groups to report on: `restricted-imagenet`, `breeds-…`, `depth-D`, `count-K`, or groups made already. */
  group?: string | ClassGroups;
  queries?: SynsetQueries;
}

/**
 * Every figure of an evaluation (docs/evaluate.md): top-1/5/k, ReaL top-1 where the images are
 * validation images, mistake severity, hier. dist@1/@k, per class and per group. Throws
 * `EvaluationInputError` for values that are no class indices (with their rows), counts that
 * disagree and truth that cannot be found; `HierarchyError` for a tree that lacks classes.
 */
export function evaluate(options: EvaluateOptions): Evaluation {
  const queries = options.queries ?? openSynsets();
  const set = options.set ?? VALIDATION_SET;
  const context = evaluationContext(queries, set, options.hierarchy, options.group);
  if (options.confusion !== undefined) {
    if (options.pred !== undefined || options.true !== undefined) throw new TypeError('give confusion, or pred (and true), not both');
    return evaluateConfusion(options.confusion, `${options.confusion.length} values`, context);
  }
  if (options.pred === undefined) throw new TypeError('evaluate needs pred (or confusion)');
  const cells = classCellsOf(queries.index, context.set);
  const k = options.k ?? 1;
  let pred: ClassTable = arrayTable(options.pred, k, 'pred', cells, `pred (${options.pred.length / k} × ${k})`);
  if (options.files) {
    if (options.files.length !== pred.rows) {
      throw EvaluationInputError.whole(`${options.files.length} file names for ${pred.rows} rows of predictions: a name per row`);
    }
    pred = { ...pred, files: [...options.files] };
  }
  const truth: TruthSource =
    options.true === undefined
      ? { kind: 'files' }
      : typeof options.true === 'string'
        ? { kind: options.true }
        : { kind: 'table', table: arrayTable(options.true, 1, 'true', cells, `true (${options.true.length})`) };
  const validation = context.set.name === VALIDATION_SET ? readValidationData() : null;
  const samples = joinSamples(pred, truth, validation);
  return evaluateSamples(samples, context, validation?.real ?? null);
}

/**
 * The set's classes, the severity in use (WordNet's, or the tree's) and the groups: what every
 * evaluation of the set needs. Throws `HierarchyError` when the tree lacks a class of the set.
 */
export function evaluationContext(
  queries: SynsetQueries,
  setName: string,
  hierarchy: ClassHierarchy | undefined,
  group: string | ClassGroups | undefined,
): EvaluationContext {
  const set = queries.labelSpaces.set(setName);
  classCellsOf(queries.index, set);
  if (hierarchy) {
    const missing = hierarchy.missingClasses(queries.index, set.classes, set.name);
    if (missing.length > 0) throw new HierarchyError(missing);
  }
  const measure = hierarchy ? treeSeverity(hierarchy, set.classes) : wordnetSeverity(queries.index, set.classes);
  const grouping =
    group === undefined
      ? undefined
      : typeof group === 'string'
        ? classGroupsOf(queries, set.name, parseGroupSpec(group), hierarchy)
        : group;
  return { index: queries.index, set, measure, grouping };
}

/** The groups a `--group` names, over the set's classes (a file's are read from disk). */
export function classGroupsOf(queries: SynsetQueries, setName: string, spec: GroupSpec, hierarchy?: ClassHierarchy): ClassGroups {
  const set = queries.labelSpaces.set(setName);
  switch (spec.by) {
    case 'published': {
      if (set.name !== VALIDATION_SET) throw EvaluationInputError.whole(`${spec.name} groups the 1k's classes, not ${set.name}'s`);
      const published = readPublishedGrouping(queries.index, spec.name);
      const groupOf = new Int32Array(set.size).fill(-1);
      for (const entry of published.classes) groupOf[entry.index1k] = entry.group;
      return { groupOf, groups: published.groups };
    }
    case 'depth':
      return groupByDepth(queries.index, set.classes, spec.depth, hierarchy);
    case 'count':
      if (spec.count > set.size) throw EvaluationInputError.whole(`count-${spec.count}: at most the ${set.size} classes of ${set.name}`);
      return groupByCount(queries.index, set.classes, spec.count, hierarchy);
    case 'file': {
      let text: string;
      try {
        text = readFileSync(spec.path, 'utf8');
      } catch (error) {
        throw EvaluationInputError.whole(`cannot read the grouping ${spec.path}: ${errorMessage(error)}`);
      }
      return parseClassGroupFile(text, set.size);
    }
  }
}

/**
 * A 1k class's known label issues (ReaL, cleanlab's crowd check, the experts' confusable
 * classes; data/evaluation/README.md gives the sources), as `synset lookup --json` gives them
 * under `knownIssues`; null for a synset that is not a 1k class.
 */
export function knownIssues(id: string, queries = openSynsets()): KnownIssues | null {
  const k = queries.index.index1k[queries.resolve(id)]!;
  return k < 0 ? null : readKnownIssues()[k]!;
}
