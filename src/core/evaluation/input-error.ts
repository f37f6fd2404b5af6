/**
 * What is wrong with a file `synset evaluate` reads (predictions, true labels, a confusion
 * matrix, a group table): each problem with the line (text) or row (.npy) it is on, so a person
 * can open the file there. Problems of the whole file (a count mismatch, a wrong shape) have none.
 */

/** One problem of an input file; `line` is 1-based, null for a fault of the whole. */
export interface InputProblem {
  line: number | null;
  message: string;
}

/** Most problems listed before the rest are counted: one wrong column makes every line wrong. */
export const MAX_LISTED_PROBLEMS = 20;

/** Which input a problem is in, where a step reads more than one: the predictions or the true labels. */
export type InputSubject = 'predictions' | 'true labels';

/**
 * An input could not be evaluated; `unit` says how its places are counted ('line' of text, 'row'
 * of an array), `subject` which input they are in when the step that found them reads two.
 */
export class EvaluationInputError extends Error {
  override name = 'EvaluationInputError';
  constructor(
    readonly problems: InputProblem[],
    readonly unit: 'line' | 'row' = 'line',
    readonly subject: InputSubject | null = null,
  ) {
    super(problems.map((problem) => placedMessage(problem, unit)).join('; '));
  }

  /** One problem of the whole input. */
  static whole(message: string): EvaluationInputError {
    return new EvaluationInputError([{ line: null, message }]);
  }
}

/** `line 12: message`, or the message alone for a fault of the whole. */
export function placedMessage(problem: InputProblem, unit: 'line' | 'row'): string {
  return problem.line === null ? problem.message : `${unit} ${problem.line}: ${problem.message}`;
}

/** Collects problems, listing the first {@link MAX_LISTED_PROBLEMS} and counting the rest. */
export class ProblemList {
  readonly problems: InputProblem[] = [];
  private unlisted = 0;

  add(line: number | null, message: string): void {
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push({ line, message });
    else this.unlisted++;
  }

  get empty(): boolean {
    return this.problems.length === 0;
  }

  /** Throws the problems found, if any, as one error. */
  throwIfAny(unit: 'line' | 'row', subject: InputSubject | null = null): void {
    if (this.empty) return;
    const problems = [...this.problems];
    if (this.unlisted > 0) problems.push({ line: null, message: `… and ${this.unlisted} more problems like these` });
    throw new EvaluationInputError(problems, unit, subject);
  }
}
