import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { ClassHierarchy } from '../core/class-hierarchy.js';
import { errorMessage } from '../core/error-detail.js';
import type { ClassTable } from '../core/evaluation/class-table.js';
import { parseClassTable } from '../core/evaluation/read-class-table.js';
import { parseConfusionFile } from '../core/evaluation/confusion-file.js';
import { classCellsOf, evaluateConfusion, evaluateSamples, type Evaluation, type EvaluationContext } from '../core/evaluation/evaluate.js';
import { EvaluationInputError, placedMessage } from '../core/evaluation/input-error.js';
import { joinSamples, type TruthSource } from '../core/evaluation/samples.js';
import type { ValidationData } from '../core/evaluation/validation-data.js';
import type { SynsetQueries } from '../core/queries.js';
import { readValidationData } from '../node/evaluation-data.js';
import { evaluationContext } from '../node/evaluation.js';
import { escapeText, quoteInput } from './escape.js';
import { VALIDATION_TRUTHS, type EvaluateInvocation, type ValidationTruth } from './evaluate-args.js';
import { evaluationJson, evaluationText, perClassText, summaryTable, type ClassNamer } from './evaluate-output.js';
import { languageLabels } from './query-run.js';
import { HierarchyError, hierarchyProblemLines } from './hierarchy-file.js';
import type { BufferedOutput } from './output.js';
import { UsageError } from './usage-error.js';

/** A predictions file larger than this is none (50,000 × top-5 as '%.18e' text is 6 MB). */
const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** An input file could not be read; the message says which and why. */
class UnreadableInput extends Error {}

/**
 * `synset evaluate`: a model's predictions (or a confusion matrix) scored against the true
 * classes, the figures printed as a report, one JSON object, or a row of tsv/csv; `--per-class
 * FILE` writes the per-class table. Returns 1 when an input could not be evaluated (each of its
 * problems on stderr, with its line), else 0.
 */
export async function runEvaluate(
  queries: SynsetQueries,
  invocation: EvaluateInvocation,
  set: string,
  stdin: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  out: BufferedOutput,
  err: BufferedOutput,
  hierarchy: ClassHierarchy | undefined,
): Promise<number> {
  // --lang: the tables' class names in that language (English where it has none).
  const language = invocation.lang === undefined ? undefined : languageLabels(queries, invocation.lang);
  const namer: ClassNamer = language
    ? { labelOf: (i) => language.labelOf(i), numberOfWnid: (wnid) => queries.index.numberOfWnid(wnid) }
    : queries.index;
  const fail = (subject: string, error: EvaluationInputError | UnreadableInput): number => {
    const lines =
      error instanceof EvaluationInputError ? error.problems.map((problem) => placedMessage(problem, error.unit)) : [error.message];
    for (const line of lines) err.write(`synset: ${escapeText(subject)}: ${escapeText(line)}\n`);
    return 1;
  };

  let context: EvaluationContext;
  try {
    context = evaluationContext(queries, set, hierarchy, invocation.group);
  } catch (error) {
    if (error instanceof HierarchyError) {
      err.write(hierarchyProblemLines(invocation.hierarchy!, error.problems));
      return 1;
    }
    if (!(error instanceof EvaluationInputError)) throw error;
    return fail(invocation.group === undefined ? set : `--group ${invocation.group}`, error);
  }

  let evaluation: Evaluation;
  let input: string;
  if (invocation.confusion !== undefined) {
    input = invocation.confusion;
    try {
      const { cells, shape } = parseConfusionFile(readInput(input));
      evaluation = evaluateConfusion(cells, shape, context);
    } catch (error) {
      if (!(error instanceof EvaluationInputError || error instanceof UnreadableInput)) throw error;
      return fail(input, error);
    }
  } else {
    input = invocation.pred === '-' ? 'standard input' : invocation.pred!;
    const cells = classCellsOf(queries.index, context.set);
    let pred: ClassTable;
    try {
      const bytes = invocation.pred === '-' ? await readStdin(stdin) : readInput(input);
      pred = parseClassTable(bytes, 'pred', cells);
    } catch (error) {
      if (!(error instanceof EvaluationInputError || error instanceof UnreadableInput)) throw error;
      return fail(input, error);
    }
    let truth: TruthSource;
    const trueName = invocation.true;
    if (trueName === undefined) {
      if (!pred.files) {
        throw new UsageError(
          `${quoteInput(input)} names no files (${pred.form}), so its row order decides the truth: give --true val (file-name order), --true val-imagefolder (ImageFolder order: class folder, then file name) or --true FILE`,
        );
      }
      truth = { kind: 'files' };
    } else if ((VALIDATION_TRUTHS as readonly string[]).includes(trueName)) {
      truth = { kind: trueName as ValidationTruth };
    } else {
      try {
        truth = { kind: 'table', table: parseClassTable(readInput(trueName), 'true', cells) };
      } catch (error) {
        if (!(error instanceof EvaluationInputError || error instanceof UnreadableInput)) throw error;
        return fail(trueName, error);
      }
    }
    const validation = context.set.name === '1k' ? readValidationData() : null;
    try {
      evaluation = evaluateSamples(joinSamples(pred, truth, validation), context, validation?.real ?? null);
    } catch (error) {
      if (!(error instanceof EvaluationInputError)) throw error;
      return fail(error.subject === 'true labels' ? trueName! : input, error);
    }
    if (validation && (truth.kind === 'val' || truth.kind === 'val-imagefolder') && !pred.files) {
      const note = otherOrderNote(pred, validation, truth.kind, evaluation.top1 ?? 0);
      if (note) err.write(`synset: note: ${note}\n`);
    }
  }

  if (invocation.perClass !== undefined) {
    const extension = extname(invocation.perClass).toLowerCase();
    const format = extension === '.json' ? 'json' : extension === '.csv' ? 'csv' : 'tsv';
    try {
      writeFileSync(invocation.perClass, perClassText(evaluation, namer, format, context.grouping?.groupOf ?? null));
    } catch (error) {
      err.write(`synset: cannot write ${quoteInput(invocation.perClass)}: ${escapeText(errorMessage(error))}\n`);
      return 1;
    }
  }
  switch (invocation.format) {
    case 'json':
      out.write(evaluationJson(evaluation));
      break;
    case 'tsv':
    case 'csv':
      out.write(summaryTable(evaluation, invocation.format));
      break;
    case 'text': {
      const severity = hierarchy
        ? `Making Better Mistakes' severity in ${invocation.hierarchy}, H = ${context.measure.height}`
        : `severity in ${context.set.name}, H = ${context.measure.height}`;
      out.write(evaluationText(evaluation, namer, { input, severity }));
    }
  }
  return 0;
}

/**
 * A hint when the rows look like they are in the other order: ImageFolder-ordered predictions
 * scored in file-name order come out near chance (0.1%), which looks like a broken model.
 */
function otherOrderNote(pred: ClassTable, validation: ValidationData, order: ValidationTruth, top1: number): string | null {
  let right = 0;
  for (let r = 0; r < pred.rows; r++) {
    const image = order === 'val' ? validation.imageFolder[r]! : r + 1;
    if (pred.classes[r * pred.k] === validation.labels[image - 1]) right++;
  }
  const other = right / pred.rows;
  if (other < 0.1 || other < 5 * top1) return null;
  const [asked, instead] = order === 'val' ? ['file-name', 'ImageFolder'] : ['ImageFolder', 'file-name'];
  const percent = (share: number): string => `${(100 * share).toFixed(2)}%`;
  return `top-1 is ${percent(top1)} in ${asked} order but ${percent(other)} in ${instead} order: are the rows in ${instead} order? (--true ${order === 'val' ? 'val-imagefolder' : 'val'})`;
}

function readInput(path: string): Uint8Array {
  try {
    if (statSync(path).size > MAX_INPUT_BYTES) throw new Error(`larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    return readFileSync(path);
  } catch (error) {
    throw new UnreadableInput(`cannot read it: ${errorMessage(error)}`);
  }
}

async function readStdin(stdin: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_INPUT_BYTES) throw new UnreadableInput(`standard input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
