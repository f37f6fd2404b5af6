/**
 * Reads a file of class indices, one image a row, in the forms evaluation scripts write them:
 *
 * - NumPy's `.npy` (`np.save`): shape (N,) or (N, k), any integer or float dtype;
 * - text as `np.savetxt` writes it by default (`'%.18e'`, spaces), or tab- or comma-separated
 *   cells, `#` comments and blank lines skipped;
 * - a per-image CSV (or TSV) with a header naming a file column (`file_name`, `file`,
 *   `filename` or `path`) and class columns: predictions in `predicted_class`, `pred` or
 *   `prediction` (ImageNet-X's `file_name,predicted_class,…`), more of them for top-k
 *   (`pred_2`, `top3`…, ordered by their number); true labels in `label`, `true`,
 *   `true_class`, `true_label` or `target`. Other columns are ignored.
 *
 * A cell is a class index of the set (0 to K − 1, as a whole number in any notation NumPy
 * writes) or a wnid of one of its classes. Every bad cell is reported with its line (text) or
 * row (.npy); nothing of a file with a bad row is used.
 */
import { isNpy, NpyError, parseNpy } from '../npy.js';
import { EvaluationInputError, ProblemList } from './input-error.js';

/** The classes a table's cells name: how many, and which wnids are theirs. */
export interface ClassCells {
  /** The set's name, for messages. */
  readonly set: string;
  readonly classCount: number;
  /** The class index of a wnid in the set; -1 when the wnid is none of its classes. */
  indexOfWnid(wnid: string): number;
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

export const FILE_COLUMNS = ['file_name', 'file', 'filename', 'path'] as const;
export const TRUE_COLUMNS = ['label', 'true', 'true_class', 'true_label', 'target'] as const;
const PREDICTION_COLUMN = /^(?:(?:predicted_class|prediction|pred)(?:[_-]?(\d+))?|top[_-]?(\d+))$/;

/** Reads a table from a file's bytes; throws {@link EvaluationInputError} naming every bad place. */
export function parseClassTable(bytes: Uint8Array, role: TableRole, cells: ClassCells): ClassTable {
  if (isNpy(bytes)) return npyTable(bytes, role, cells);
  return textTable(new TextDecoder('utf-8').decode(bytes), role, cells);
}

/** The class index a cell names, or -1: a whole number in [0, K), or a wnid of the set. */
export function classOfCell(cell: string, cells: ClassCells): number {
  // The common case first: plain digits, as most files and every '%d' write them.
  if (/^\d{1,9}$/.test(cell)) {
    const k = Number(cell);
    return k < cells.classCount ? k : -1;
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cell)) {
    const k = Number(cell);
    return Number.isInteger(k) && k >= 0 && k < cells.classCount ? k : -1;
  }
  if (/^n\d{8}$/.test(cell)) return cells.indexOfWnid(cell);
  return -1;
}

/** Why a cell names no class of the set, for people. */
export function cellProblem(cell: string, cells: ClassCells): string {
  const shown = cell.length > 40 ? `${JSON.stringify(cell.slice(0, 40))}…` : JSON.stringify(cell);
  if (cell === '') return 'an empty cell: expected a class index or a wnid';
  if (/^n\d{8}$/.test(cell)) return `${cell} is not a class of ${cells.set}`;
  const k = Number(cell);
  if (cell.trim() !== '' && Number.isFinite(k)) {
    if (!Number.isInteger(k))
      return `${shown} is not a whole number: expected class indices (np.argmax or np.argsort of the scores, not the scores)`;
    return `${shown} is not a class index of ${cells.set} (0 to ${cells.classCount - 1})`;
  }
  return `${shown} is neither a class index of ${cells.set} (0 to ${cells.classCount - 1}) nor a wnid`;
}

function npyTable(bytes: Uint8Array, role: TableRole, cells: ClassCells): ClassTable {
  let array;
  try {
    array = parseNpy(bytes);
  } catch (error) {
    if (!(error instanceof NpyError)) throw error;
    throw EvaluationInputError.whole(error.message);
  }
  const { shape, values } = array;
  if (shape.length !== 1 && shape.length !== 2) {
    throw EvaluationInputError.whole(`an array of shape (${shape.join(', ')}): expected (N,) or (N, k), one image a row`);
  }
  const k = shape.length === 1 ? 1 : shape[1]!;
  return arrayTable(values, k, role, cells, `.npy (${shape.join(', ')}${shape.length === 1 ? ',' : ''}) ${array.descr}`);
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
function checkWidth(k: number, role: TableRole, what: string, cells: ClassCells): void {
  if (k === 0) throw EvaluationInputError.whole(`${what}: no classes in a row`);
  if (role === 'true' && k !== 1) throw EvaluationInputError.whole(`${what}: true labels are one class a row`);
  if (role === 'pred' && k === cells.classCount && k > 20) {
    throw EvaluationInputError.whole(
      `${what}: ${k} columns, one per class, look like scores: give class indices, best first (np.argsort(-scores, axis=1)[:, :5])`,
    );
  }
}

interface TextLine {
  line: number;
  text: string;
}

function textTable(text: string, role: TableRole, cells: ClassCells): ClassTable {
  const lines: TextLine[] = [];
  const all = text.split('\n');
  for (let n = 0; n < all.length; n++) {
    let line = all[n]!;
    if (n === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    const trimmed = line.trim();
    if (trimmed !== '' && trimmed[0] !== '#') lines.push({ line: n + 1, text: trimmed });
  }
  if (lines.length === 0) throw EvaluationInputError.whole('no rows: the file is empty');
  const first = lines[0]!;
  const delimiter = first.text.includes('\t') ? '\t' : ',';
  const header = splitCsv(first.text, delimiter).map((name) => name.trim().toLowerCase());
  if (header.some((name) => isColumnName(name))) return csvTable(lines, header, delimiter, role, cells);
  return plainTable(lines, role, cells);
}

function isColumnName(name: string): boolean {
  return (
    (FILE_COLUMNS as readonly string[]).includes(name) || (TRUE_COLUMNS as readonly string[]).includes(name) || PREDICTION_COLUMN.test(name)
  );
}

/** Cells of a headerless line: commas, else tabs, else runs of spaces (np.savetxt's default). */
function plainCells(text: string): string[] {
  const cells = text.includes(',') ? text.split(',') : text.includes('\t') ? text.split('\t') : text.split(/\s+/);
  return cells.length === 1 ? cells : cells.map((cell) => cell.trim());
}

function plainTable(lines: TextLine[], role: TableRole, cells: ClassCells): ClassTable {
  const k = plainCells(lines[0]!.text).length;
  checkWidth(k, role, `line ${lines[0]!.line} has ${k} cells`, cells);
  const classes = new Int32Array(lines.length * k);
  const problems = new ProblemList();
  for (let r = 0; r < lines.length; r++) {
    const { line, text } = lines[r]!;
    const row = plainCells(text);
    if (row.length !== k) {
      problems.add(
        line,
        `${row.length} cell${row.length === 1 ? '' : 's'}, but line ${lines[0]!.line} has ${k}: every row needs the same number`,
      );
      continue;
    }
    for (let j = 0; j < k; j++) {
      const c = classOfCell(row[j]!, cells);
      if (c >= 0) classes[r * k + j] = c;
      else {
        const hint =
          j === 0 && /[./\\]/.test(row[j]!) && Number.isNaN(Number(row[j]))
            ? ' (a file name? a per-image CSV needs a header: file_name,predicted_class)'
            : '';
        problems.add(line, cellProblem(row[j]!, cells) + hint);
      }
    }
  }
  problems.throwIfAny('line');
  return {
    rows: lines.length,
    k,
    classes,
    files: null,
    lines: Uint32Array.from(lines, (entry) => entry.line),
    unit: 'line',
    form: `text, ${k} column${k === 1 ? '' : 's'}`,
  };
}

function csvTable(lines: TextLine[], header: string[], delimiter: string, role: TableRole, cells: ClassCells): ClassTable {
  const headerLine = lines[0]!.line;
  const fileColumns = header.flatMap((name, c) => ((FILE_COLUMNS as readonly string[]).includes(name) ? [c] : []));
  if (fileColumns.length > 1) {
    throw new EvaluationInputError([
      { line: headerLine, message: `two file columns (${fileColumns.map((c) => header[c]).join(', ')}): give one` },
    ]);
  }
  const classColumns = role === 'pred' ? predictionColumns(header, headerLine) : trueColumns(header, headerLine);
  const fileColumn = fileColumns[0];
  const k = classColumns.length;
  const rows = lines.length - 1;
  const classes = new Int32Array(rows * k);
  const files: string[] | null = fileColumn === undefined ? null : new Array<string>(rows);
  const problems = new ProblemList();
  for (let r = 0; r < rows; r++) {
    const { line, text } = lines[r + 1]!;
    const row = splitCsv(text, delimiter);
    if (row.length !== header.length) {
      problems.add(line, `${row.length} cells, but the header has ${header.length}`);
      continue;
    }
    if (files) files[r] = row[fileColumn!]!.trim();
    for (let j = 0; j < k; j++) {
      const cell = row[classColumns[j]!]!.trim();
      const c = classOfCell(cell, cells);
      if (c >= 0) classes[r * k + j] = c;
      else problems.add(line, `${header[classColumns[j]!]}: ${cellProblem(cell, cells)}`);
    }
  }
  problems.throwIfAny('line');
  const what = role === 'pred' ? `${k} prediction column${k === 1 ? '' : 's'}` : `true labels in ${header[classColumns[0]!]}`;
  return {
    rows,
    k,
    classes,
    files,
    lines: Uint32Array.from(lines.slice(1), (entry) => entry.line),
    unit: 'line',
    form: `${delimiter === '\t' ? 'TSV' : 'CSV'}: ${fileColumn === undefined ? 'no file column' : header[fileColumn]}, ${what}`,
  };
}

/** The header's prediction columns, best first: the unnumbered one, then by number. */
function predictionColumns(header: string[], line: number): number[] {
  const ranked: { column: number; rank: number }[] = [];
  header.forEach((name, column) => {
    const match = PREDICTION_COLUMN.exec(name);
    if (match) ranked.push({ column, rank: match[1] === undefined && match[2] === undefined ? -1 : Number(match[1] ?? match[2]) });
  });
  if (ranked.length === 0) {
    throw new EvaluationInputError([
      {
        line,
        message: `no prediction column: name one predicted_class, pred or prediction (more for top-k: pred_2, pred_3…), not ${header.join(', ')}`,
      },
    ]);
  }
  ranked.sort((a, b) => a.rank - b.rank);
  for (let j = 1; j < ranked.length; j++) {
    if (ranked[j]!.rank === ranked[j - 1]!.rank) {
      throw new EvaluationInputError([
        {
          line,
          message: `${header[ranked[j - 1]!.column]} and ${header[ranked[j]!.column]} claim the same rank: number the top-k columns 1, 2, 3…`,
        },
      ]);
    }
  }
  return ranked.map((entry) => entry.column);
}

function trueColumns(header: string[], line: number): number[] {
  const found = header.flatMap((name, c) => ((TRUE_COLUMNS as readonly string[]).includes(name) ? [c] : []));
  if (found.length !== 1) {
    throw new EvaluationInputError([
      {
        line,
        message:
          found.length === 0
            ? `no true-label column: name it one of ${TRUE_COLUMNS.join(', ')}`
            : `${found.length} true-label columns (${found.map((c) => header[c]).join(', ')}): give one`,
      },
    ]);
  }
  return found;
}

/** One CSV line's cells: a cell may be double-quoted, with "" for a quote inside (RFC 4180). */
export function splitCsv(text: string, delimiter: string): string[] {
  if (!text.includes('"')) return text.split(delimiter);
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const ch = text[at]!;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[at + 1] === '"') {
        cell += '"';
        at++;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}
