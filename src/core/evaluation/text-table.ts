/**
 * A table of class indices as text: a per-image CSV when the first row names its columns (see
 * `csv-table.ts`), else rows of cells as `np.savetxt` writes them: separated by spaces (its
 * default, '%.18e' floats), tabs or commas, one image a row, every row as wide as the first.
 */
import { cellProblem, classIn } from './cell-value.js';
import { checkWidth, type ClassCells, type ClassTable, type TableRole } from './class-table.js';
import { csvTable, isColumnName, splitCsv } from './csv-table.js';
import { EvaluationInputError, ProblemList, type InputProblem } from './input-error.js';
import { forEachContentLine, lineCount } from './text-lines.js';

const COMMA = 44;
const TAB = 9;
/** Runs of spaces (and tabs) between cells. */
const SPACES = 32;

export function textTable(text: string, role: TableRole, cells: ClassCells): ClassTable {
  let first: { line: number; text: string } | undefined;
  forEachContentLine(text, (line, start, end) => {
    first = { line, text: text.slice(start, end) };
    return false;
  });
  if (!first) throw EvaluationInputError.whole('no rows: the file is empty');
  const delimiter = first.text.includes('\t') ? '\t' : ',';
  const names = splitCsv(first.text, delimiter).map((name) => name.trim().toLowerCase());
  if (names.some((name) => isColumnName(name))) return csvTable(text, { names, line: first.line, delimiter }, role, cells);
  return plainTable(text, role, cells);
}

/** The separator of a headerless line: a comma if it has one, else a tab, else spaces. */
function separatorOf(text: string, start: number, end: number): number {
  let separator = SPACES;
  // Within the line only: indexOf would search the rest of a file without commas, line after line.
  for (let at = start; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c === COMMA) return COMMA;
    if (c === TAB) separator = TAB;
  }
  return separator;
}

/**
 * Reads the rows in place: cells are found and read as character ranges, never cut out of the
 * text (splitting 50,000 lines into strings was most of a large file's time).
 */
function plainTable(text: string, role: TableRole, cells: ClassCells): ClassTable {
  let k = -1;
  let firstLine = 0;
  let rows = 0;
  let classes = new Int32Array(0);
  const lines = new Uint32Array(lineCount(text));
  const problems = new ProblemList();
  forEachContentLine(text, (line, start, end) => {
    const separator = separatorOf(text, start, end);
    if (k < 0) {
      k = cellCount(text, start, end, separator);
      firstLine = line;
      checkWidth(k, role, `line ${line} has ${k} cells`, cells);
      classes = new Int32Array(lines.length * k);
    }
    const base = rows * k;
    const rowProblems: InputProblem[] = [];
    let j = 0;
    for (let at = start; ; j++) {
      let cellEnd = at;
      if (separator === SPACES) while (cellEnd < end && text.charCodeAt(cellEnd) > 32) cellEnd++;
      else while (cellEnd < end && text.charCodeAt(cellEnd) !== separator) cellEnd++;
      let cellStart = at;
      let trimmedEnd = cellEnd;
      while (cellStart < trimmedEnd && text.charCodeAt(cellStart) <= 32) cellStart++;
      while (trimmedEnd > cellStart && text.charCodeAt(trimmedEnd - 1) <= 32) trimmedEnd--;
      if (j < k) {
        const c = classIn(text, cellStart, trimmedEnd, cells);
        if (c >= 0) classes[base + j] = c;
        else rowProblems.push({ line, message: cellMessage(text.slice(cellStart, trimmedEnd), j, cells) });
      }
      if (cellEnd >= end) break;
      at = cellEnd + 1;
      if (separator === SPACES) while (at < end && text.charCodeAt(at) <= 32) at++;
    }
    const width = j + 1;
    if (width !== k)
      problems.add(line, `${width} cell${width === 1 ? '' : 's'}, but line ${firstLine} has ${k}: every row needs the same number`);
    else for (const problem of rowProblems) problems.add(problem.line, problem.message);
    lines[rows++] = line;
  });
  problems.throwIfAny('line');
  return {
    rows,
    k,
    classes: classes.subarray(0, rows * k),
    files: null,
    lines: lines.subarray(0, rows),
    unit: 'line',
    form: `text, ${k} column${k === 1 ? '' : 's'}`,
  };
}

function cellCount(text: string, start: number, end: number, separator: number): number {
  let count = 1;
  for (let at = start; at < end; at++) {
    const c = text.charCodeAt(at);
    if (separator === SPACES ? c <= 32 && text.charCodeAt(at - 1) > 32 : c === separator) count++;
  }
  return count;
}

/** Why a cell is no class, with a hint when a headerless file starts its rows with file names. */
function cellMessage(cell: string, column: number, cells: ClassCells): string {
  const fileName = column === 0 && /[./\\]/.test(cell) && Number.isNaN(Number(cell));
  return cellProblem(cell, cells) + (fileName ? ' (a file name? a per-image CSV needs a header: file_name,predicted_class)' : '');
}
