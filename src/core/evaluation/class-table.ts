/**
 * A table of class indices, one image a row, as every input form reads into it
 * (`read-class-table.ts`): k classes a row, best first, with the line each row came from. A cell
 * is a class index of the set (0 to K − 1) or a wnid of one of its classes.
 */
import { cellProblem } from './cell-value.js';
import { EvaluationInputError, ProblemList } from './input-error.js';

/** The classes a table's cells name: how many, and which wnids are theirs. */
export interface ClassCells {
  /** The set's name, for messages. */
  readonly set: string;
  readonly classCount: number;
  /** The class index of a wnid in the set; -1 when the wnid is none of its classes. */
  indexOfWnid(wnid: string): number;
  /** Whether a wnid names a WordNet noun synset at all, for messages. */
  isSynset(wnid: string): boolean;
}

/** What a table holds: predictions (k classes a row) or true labels (one). */
export type TableRole = 'pred' | 'true';

/** A table of class indices read from a file. */
export interface ClassTable {
  readonly rows: number;
  /** Classes per row: k for top-k predictions, 1 for true labels. */
  readonly k: number;
  /** Row r's classes are `classes[r·k … r·k + k)`, best first. */
  readonly classes: Int32Array;
  /** The file column of a per-image CSV, a cell per row; null for a table without one. */
  readonly files: string[] | null;
  /** The 1-based line (text) or row (.npy) each row came from, for messages. */
  readonly lines: Uint32Array;
  readonly unit: 'line' | 'row';
  /** The file's form in words, for reports: `.npy (50000, 5)`, `text, 5 columns`, `CSV: file_name, 5 prediction columns`. */
  readonly form: string;
}

/**
 * A table from numbers in memory (the Node API's typed arrays, an .npy file's values): row r's
 * k classes are `values[r·k … r·k + k)`; every value must be a class index of the set.
 */
export function arrayTable(values: ArrayLike<number>, k: number, role: TableRole, cells: ClassCells, form: string): ClassTable {
  checkWidth(k, role, form, cells);
  if (!Number.isInteger(k) || k < 1) throw EvaluationInputError.whole(`k must be a whole number from 1, not ${k}`);
  if (values.length % k !== 0) throw EvaluationInputError.whole(`${values.length} values are not rows of k = ${k}`);
  const rows = values.length / k;
  if (rows === 0) throw EvaluationInputError.whole(`${form}: no rows`);
  const classes = new Int32Array(values.length);
  const problems = new ProblemList();
  for (let at = 0; at < values.length; at++) {
    const value = values[at]!;
    if (Number.isInteger(value) && value >= 0 && value < cells.classCount) classes[at] = value;
    else problems.add(Math.floor(at / k) + 1, cellProblem(String(value), cells));
  }
  problems.throwIfAny('row');
  return { rows, k, classes, files: null, lines: Uint32Array.from({ length: rows }, (_, r) => r + 1), unit: 'row', form };
}

/** k must suit the role: one class a row for true labels; a few for predictions, not a row of scores. */
export function checkWidth(k: number, role: TableRole, what: string, cells: ClassCells): void {
  if (k === 0) throw EvaluationInputError.whole(`${what}: no classes in a row`);
  if (role === 'true' && k !== 1) throw EvaluationInputError.whole(`${what}: true labels are one class a row`);
  if (role === 'pred' && k === cells.classCount && k > 20) {
    throw EvaluationInputError.whole(
      `${what}: ${k} columns, one per class, look like scores: give class indices, best first (np.argsort(-scores, axis=1)[:, :5])`,
    );
  }
}
