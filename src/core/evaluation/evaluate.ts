/**
 * A model's evaluation on a label set (issue 21, `synset evaluate`): the figures of
 * `figures.ts`, per class (`class-figures.ts`) and per group (`group-figures.ts`), from samples
 * joined to their truth (`samples.ts`) or from a confusion matrix. Each step is its own module;
 * this one puts them together and names what the CLI, the Node API and a worker share.
 */
import type { LabelSet } from '../label-set.js';
import type { SynsetIndex } from '../synset-index.js';
import type { ClassCells } from './class-table.js';
import { classFigures, type ClassFigures } from './class-figures.js';
import { countConfusion, countSamples, type EvaluationCounts } from './counts.js';
import { summaryFigures, type EvaluationSummary } from './figures.js';
import { groupFigures, type ClassGroups, type GroupFigures } from './group-figures.js';
import { EvaluationInputError } from './input-error.js';
import type { RealLabels } from './real-labels.js';
import type { Samples } from './samples.js';
import type { SeverityMeasure } from './severity-measure.js';

export type { ClassFigures, Confusion } from './class-figures.js';
export type { EvaluationSummary } from './figures.js';
export type { ClassGroups, GroupFigures } from './group-figures.js';

/** What an evaluation is of: the set's classes and how severity is measured in it. */
export interface EvaluationContext {
  index: SynsetIndex;
  set: LabelSet;
  measure: SeverityMeasure;
  /** The groups `groups` reports on; none without. */
  grouping?: ClassGroups | undefined;
}

/** Everything `synset evaluate --json` prints. */
export interface Evaluation extends EvaluationSummary {
  set: string;
  /** How the samples met their truth: `in ImageFolder order`, `by file name to the validation labels`, `a confusion matrix`… */
  truth: string;
  /** Which severity, and its height H. */
  severity: { kind: SeverityMeasure['kind']; height: number };
  /** Every class of the set, in index order. */
  classes: ClassFigures[];
  /** Every group, in group order; null without a grouping. */
  groups: GroupFigures[] | null;
}

/** The evaluation of joined samples; ReaL counts where the samples' images are known. */
export function evaluateSamples(samples: Samples, context: EvaluationContext, real: RealLabels | null): Evaluation {
  return evaluateCounts(countSamples(samples, context.set.size, real), context, samples.matched);
}

/** The evaluation a K×K confusion matrix (rows true, C order) gives: every figure that needs no image's identity. */
export function evaluateConfusion(cells: ArrayLike<number>, shape: string, context: EvaluationContext): Evaluation {
  return evaluateCounts(countConfusion(cells, context.set.size, shape), context, 'a confusion matrix');
}

/** The evaluation of counted samples; `truth` says how they met their true classes. */
export function evaluateCounts(counts: EvaluationCounts, context: EvaluationContext, truth: string): Evaluation {
  const { index, set, measure, grouping } = context;
  return {
    ...summaryFigures(counts, measure),
    set: set.name,
    truth,
    severity: { kind: measure.kind, height: measure.height },
    classes: classFigures(counts, measure, set.classes, (i) => index.wnidOf(i)),
    groups: grouping ? groupFigures(counts, grouping) : null,
  };
}

/**
 * What a set's cells may name: its class indices and its classes' wnids. Throws for a custom
 * list with a hole: every class needs a synset for its severities.
 */
export function classCellsOf(index: SynsetIndex, set: LabelSet): ClassCells {
  const hole = set.classes.indexOf(-1);
  if (hole >= 0) throw EvaluationInputError.whole(`class ${hole} of ${set.name} names no synset: an evaluation needs every class`);
  return {
    set: set.name,
    classCount: set.size,
    indexOfWnid: (wnid) => {
      const i = index.numberOfWnid(wnid);
      return i < 0 ? -1 : set.indexOf(i);
    },
    isSynset: (wnid) => index.numberOfWnid(wnid) >= 0,
  };
}
