import { setHeight, severity } from '../core/hierarchy-metrics.js';
import { withoutFormatCharacters } from '../core/normalize.js';
import type { SynsetQueries } from '../core/queries.js';
import { SynsetIdError } from '../core/synset-index.js';
import { InputError, synsetsOf } from './commands.js';
import { escapeText, quoteInput } from './escape.js';
import type { SeverityInvocation } from './hierarchy-args.js';
import { argumentInputs, BLANK_LINE, isBlankLine, lineInputs, MAX_LINE_BYTES, type Input } from './input.js';
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

  add(line: SeverityLine): void {
    this.k ??= line.severities.length;
    this.samples++;
    const first = line.severities[0]!;
    this.top1Severity += first;
    if (!line.correct) {
      this.wrong++;
      this.wrongSeverity += first;
    }
    this.meanSeverity += line.severities.reduce((sum, s) => sum + s, 0) / line.severities.length;
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

/**
 * `synset severity`: scores each line `true,pred1[,pred2,…]` (ids or class indices of the set),
 * every id a class of the set; severity relative to the set's height H. Every line must have as
 * many predictions as the first scored one: a line with another count is reported with its
 * number and left out of the summary. Returns how many lines failed.
 */
export async function runSeverity(
  queries: SynsetQueries,
  invocation: SeverityInvocation,
  set: string,
  stdin: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  out: BufferedOutput,
  err: BufferedOutput,
): Promise<number> {
  const index = queries.index;
  const space = queries.labelSpaces.set(set);
  const height = setHeight(index, synsetsOf(queries, set));
  const tally = new SeverityTally();
  const json = invocation.format === 'json';
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
    const ids = withoutFormatCharacters(text).split(',');
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
      severities: predictions.map((i) => severity(index, i, truth, height)),
    };
  };

  let failures = 0;
  const inputs: AsyncGenerator<Input> = invocation.args.length > 0 ? argumentInputs(invocation.args) : lineInputs(stdin);
  for await (const input of inputs) {
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
      out.write(json ? JSON.stringify(line) + '\n' : lineText(line, queries));
    } catch (error) {
      if (!(error instanceof SynsetIdError || error instanceof InputError)) throw error;
      failures++;
      if (invocation.inlineErrors) out.write(JSON.stringify({ input: input.text, error: error.message }) + '\n');
      else {
        const where = input.line === undefined ? '' : `line ${input.line}: `;
        err.write(`synset: ${where}${quoteInput(input.text)}: ${escapeText(error.message)}\n`);
      }
    }
    if (out.full || err.full) await Promise.all([out.drain(), err.drain()]);
  }
  const summary = tally.summary();
  out.write(json ? JSON.stringify(summary) + '\n' : summaryText(summary, set, height));
  return failures;
}

function lineText(line: SeverityLine, queries: SynsetQueries): string {
  const name = (wnid: string) => `${wnid} ${queries.index.labelOf(queries.index.numberOfWnid(wnid))}`;
  const predictions = line.predictions.map((wnid, j) => `${name(wnid)} (${line.severities[j]})`).join(', ');
  return `${line.correct ? 'right' : 'wrong'}  ${name(line.true)}  <-  ${predictions}\n`;
}

function summaryText(s: SeveritySummary, set: string, height: number): string {
  const figure = (value: number | null) => (value === null ? '-' : String(Number(value.toFixed(4))));
  return (
    `${s.samples} samples, k = ${s.k ?? '-'}, severity in ${set} (H = ${height})\n` +
    `  top-1 error       ${figure(s.top1Error)}\n` +
    `  mistake severity  ${figure(s.mistakeSeverity)}\n` +
    `  hier. dist@1      ${figure(s.hierDistAt1)}\n` +
    `  hier. dist@k      ${figure(s.hierDistAtK)}\n`
  );
}
