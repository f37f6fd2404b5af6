import type { ClassHierarchy } from '../core/class-hierarchy.js';
import { metricRows, setHeight, severity } from '../core/hierarchy-metrics.js';
import { withoutFormatCharacters } from '../core/normalize.js';
import { NpyError } from '../core/npy.js';
import type { SynsetQueries } from '../core/queries.js';
import { isQueryError } from '../core/errors.js';
import { InputError, synsetsOf } from './commands.js';
import { escapeText, quoteInput } from './escape.js';
import type { SeverityInvocation } from './hierarchy-args.js';
import { hierarchyProblemLines } from './hierarchy-file.js';
import { argumentInputs, BLANK_LINE, isBlankLine, lineInputs, MAX_LINE_BYTES, type Input } from './input.js';
import { readNumberTable, TableFileError } from './number-table.js';
import type { BufferedOutput } from './output.js';

/** One scored line of a predictions file: `true,pred1[,pred2,…]`. */
export interface SeverityLine {
  input: string;
  true: string;
  predictions: string[];
  /** Whether the top-1 prediction is the true class. */
  correct: boolean;
  /** severity(predⱼ, true) for each prediction, in order. */
  severities: number[];
}

/** The figures of a whole predictions file (the definitions; docs/hierarchy-metrics.md). */
export interface SeveritySummary {
  samples: number;
  /** Predictions per line; null when no line was scored. */
  k: number | null;
  /** The share of samples whose top-1 prediction is wrong. */
  top1Error: number | null;
  /** The mean severity(pred₁, true) over the samples whose top-1 is wrong; null when none is. */
  mistakeSeverity: number | null;
  /** The mean severity(pred₁, true) over all samples. */
  hierDistAt1: number | null;
  /** The mean over samples of (1/k)·Σⱼ≤ₖ severity(predⱼ, true). */
  hierDistAtK: number | null;
}

/** Adds up scored lines into a {@link SeveritySummary}. */
export class SeverityTally {
  private samples = 0;
  private wrong = 0;
  private wrongSeverity = 0;
  private top1Severity = 0;
  private meanSeverity = 0;
  k: number | null = null;

  /** Adds a scored line, `count` times (a cell of a confusion matrix is that many samples). */
  add(line: Pick<SeverityLine, 'correct' | 'severities'>, count = 1): void {
    this.k ??= line.severities.length;
    this.samples += count;
    const first = line.severities[0]!;
    this.top1Severity += count * first;
    if (!line.correct) {
      this.wrong += count;
      this.wrongSeverity += count * first;
    }
    this.meanSeverity += (count * line.severities.reduce((sum, s) => sum + s, 0)) / line.severities.length;
  }

  summary(): SeveritySummary {
    const n = this.samples;
    return {
      samples: n,
      k: this.k,
      top1Error: n === 0 ? null : this.wrong / n,
      mistakeSeverity: this.wrong === 0 ? null : this.wrongSeverity / this.wrong,
      hierDistAt1: n === 0 ? null : this.top1Severity / n,
      hierDistAtK: n === 0 ? null : this.meanSeverity / n,
    };
  }
}

/** How bad predicting p for t is: WordNet's severity over the set's height, or a user's tree's (MBM's). */
interface SeverityMeasure {
  height: number;
  severity(p: number, t: number): number;
  /** How the summary names it. */
  describe: string;
}

/**
 * `synset severity`: scores predictions of the set's classes against the true ones and sums
 * them up. The predictions come as lines `true,pred1[,pred2,…]` (ids or class indices; commas,
 * tabs or spaces between them, so `np.savetxt(f, np.column_stack([y, top5]))` reads as it is),
 * as two files (`--true Y --pred P`, .npy or text), or as a confusion matrix (`--confusion C`).
 * Every line must have as many predictions as the first scored one: a line with another count
 * is reported with its number and left out of the summary. Returns how many lines failed.
 */
export async function runSeverity(
  queries: SynsetQueries,
  invocation: SeverityInvocation,
  set: string,
  stdin: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  out: BufferedOutput,
  err: BufferedOutput,
  hierarchy?: ClassHierarchy,
): Promise<number> {
  const index = queries.index;
  const space = queries.labelSpaces.set(set);
  let measure: SeverityMeasure;
  if (hierarchy && invocation.hierarchy !== undefined) {
    const missing = hierarchy.missingClasses(index, space.classes, set);
    if (missing.length > 0) {
      err.write(hierarchyProblemLines(invocation.hierarchy, missing));
      return 1;
    }
    measure = {
      height: hierarchy.height,
      severity: (p, t) => hierarchy.severity(p, t),
      describe: `Making Better Mistakes' severity in ${invocation.hierarchy} (H = ${hierarchy.height})`,
    };
  } else {
    const height = setHeight(index, synsetsOf(queries, set));
    measure = { height, severity: (p, t) => severity(index, p, t, height), describe: `severity in ${set} (H = ${height})` };
  }
  const tally = new SeverityTally();
  const json = invocation.format === 'json';
  const summary = (): void => {
    if (!json || invocation.summaryOnly) out.write(json ? JSON.stringify(tally.summary()) + '\n' : summaryText(tally.summary(), measure));
  };

  if (invocation.confusion !== undefined) {
    try {
      addConfusion(queries, set, readNumberTable(invocation.confusion), measure, hierarchy, tally);
    } catch (error) {
      if (!(error instanceof TableFileError || error instanceof NpyError || error instanceof InputError)) throw error;
      err.write(`synset: ${escapeText(invocation.confusion)}: ${escapeText(error.message)}\n`);
      return 1;
    }
    summary();
    return 0;
  }

  const classOf = (id: string, which: string): number => {
    let i: number;
    try {
      i = queries.resolve(id, { set });
    } catch (error) {
      if (error instanceof Error) error.message = `${which}: ${error.message}`;
      throw error;
    }
    if (space.indexOf(i) < 0) throw new InputError(`${which}: ${index.wnidOf(i)} is not a class of ${set}`);
    return i;
  };
  const score = (text: string): SeverityLine => {
    const ids = idsOfLine(withoutFormatCharacters(text));
    if (ids.length < 2) throw new InputError('expected true,pred1[,pred2,...]');
    const truth = classOf(ids[0]!, 'true class');
    const predictions = ids.slice(1).map((id, j) => classOf(id, `prediction ${j + 1}`));
    if (tally.k !== null && predictions.length !== tally.k) {
      throw new InputError(
        `${predictions.length} prediction${predictions.length === 1 ? '' : 's'}, but the first line scored had ${tally.k}: every line needs the same k`,
      );
    }
    return {
      input: text,
      true: index.wnidOf(truth),
      predictions: predictions.map((i) => index.wnidOf(i)),
      correct: predictions[0] === truth,
      severities: predictions.map((i) => measure.severity(i, truth)),
    };
  };

  let inputs: AsyncGenerator<Input>;
  if (invocation.files) {
    try {
      inputs = argumentInputs(pairedRows(invocation.files.true, invocation.files.pred));
    } catch (error) {
      if (!(error instanceof TableFileError || error instanceof NpyError)) throw error;
      err.write(`synset: ${escapeText(error.message)}\n`);
      return 1;
    }
  } else inputs = invocation.args.length > 0 ? argumentInputs(invocation.args) : lineInputs(stdin);

  let failures = 0;
  let row = 0;
  for await (const input of inputs) {
    row++;
    if (out.closed) break;
    if (isBlankLine(input)) {
      if (!invocation.inlineErrors) continue;
      failures++;
      out.write(JSON.stringify({ input: input.text, error: BLANK_LINE }) + '\n');
      continue;
    }
    try {
      if (input.overlong) throw new InputError(`line too long (more than ${MAX_LINE_BYTES} bytes)`);
      const line = score(input.text);
      tally.add(line);
      if (!invocation.summaryOnly) out.write(json ? JSON.stringify(line) + '\n' : lineText(line, queries));
    } catch (error) {
      if (!(isQueryError(error) || error instanceof InputError)) throw error;
      failures++;
      if (invocation.inlineErrors) out.write(JSON.stringify({ input: input.text, error: error.message }) + '\n');
      else {
        const where = input.line !== undefined ? `line ${input.line}: ` : invocation.files ? `row ${row}: ` : '';
        err.write(`synset: ${where}${quoteInput(input.text)}: ${escapeText(error.message)}\n`);
      }
    }
    if (out.full || err.full) await Promise.all([out.drain(), err.drain()]);
  }
  summary();
  return failures;
}

/** The ids of a line: comma-separated, else tab-separated, else separated by spaces (np.savetxt's default). */
function idsOfLine(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.includes(',')) return trimmed.split(',').map((id) => id.trim());
  if (trimmed.includes('\t')) return trimmed.split('\t').map((id) => id.trim());
  return trimmed.split(/\s+/);
}

/** `--true Y --pred P`: row r of each, as the line `y,p1,p2,…` it stands for. */
function pairedRows(truePath: string, predPath: string): string[] {
  const truth = readNumberTable(truePath);
  const pred = readNumberTable(predPath);
  if (truth.rows.some((cells) => cells.length !== 1)) {
    throw new TableFileError(`${truePath}: --true holds one class a row (shape (N,) or (N, 1)), not ${truth.shape}`);
  }
  if (truth.rows.length !== pred.rows.length) {
    throw new TableFileError(
      `--true ${truePath} has ${truth.rows.length} rows but --pred ${predPath} has ${pred.rows.length}: a row per sample in both`,
    );
  }
  return truth.rows.map((cells, r) => [cells[0]!, ...pred.rows[r]!].join(','));
}

/** A confusion matrix's counts into the tally: cell (t, p) is that many samples of class t predicted as p. */
function addConfusion(
  queries: SynsetQueries,
  set: string,
  table: { rows: string[][]; shape: string },
  measure: SeverityMeasure,
  hierarchy: ClassHierarchy | undefined,
  tally: SeverityTally,
): void {
  const classes = queries.labelSpaces.set(set).classes;
  const k = classes.length;
  if (table.rows.length !== k || table.rows.some((cells) => cells.length !== k)) {
    throw new InputError(`a confusion matrix of ${set} is ${k} x ${k} (rows true, columns predicted), not ${table.shape}`);
  }
  const hole = classes.indexOf(-1);
  if (hole >= 0) throw new InputError(`class ${hole} of ${set} names no synset`);
  const counts = table.rows.map((cells, t) =>
    cells.map((cell, p) => {
      const count = Number(cell);
      if (!Number.isInteger(count) || count < 0) throw new InputError(`cell (${t}, ${p}) is ${cell}, not a count`);
      return count;
    }),
  );
  // The matrix's rows, one at a time: every severity of a 1k matrix in a fraction of a second.
  const rows = hierarchy ? undefined : metricRows(queries.index, classes, 'severity', { height: measure.height });
  for (let t = 0; t < k; t++) {
    const row = rows?.next().value;
    for (let p = 0; p < k; p++) {
      const count = counts[t]![p]!;
      if (count === 0) continue;
      const sev = t === p ? 0 : row ? row[p]! : measure.severity(classes[p]!, classes[t]!);
      tally.add({ correct: t === p, severities: [sev] }, count);
    }
  }
}

function lineText(line: SeverityLine, queries: SynsetQueries): string {
  const name = (wnid: string) => `${wnid} ${queries.index.labelOf(queries.index.numberOfWnid(wnid))}`;
  const predictions = line.predictions.map((wnid, j) => `${name(wnid)} (${line.severities[j]})`).join(', ');
  return `${line.correct ? 'right' : 'wrong'}  ${name(line.true)}  <-  ${predictions}\n`;
}

function summaryText(s: SeveritySummary, measure: SeverityMeasure): string {
  const figure = (value: number | null) => (value === null ? '-' : String(Number(value.toFixed(4))));
  return (
    `${s.samples} samples, k = ${s.k ?? '-'}, ${escapeText(measure.describe)}\n` +
    `  top-1 error       ${figure(s.top1Error)}\n` +
    `  mistake severity  ${figure(s.mistakeSeverity)}\n` +
    `  hier. dist@1      ${figure(s.hierDistAt1)}\n` +
    `  hier. dist@k      ${figure(s.hierDistAtK)}\n`
  );
}
