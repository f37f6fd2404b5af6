/**
 * A per-image CSV (or TSV): a header naming a file column (`file_name`, `file`, `filename` or
 * `path`) and class columns. Predictions are in `predicted_class`, `pred` or `prediction`
 * (ImageNet-X's `file_name,predicted_class,…`), more of them for top-k (`pred_2`, `top3`…,
 * ordered by their number); true labels in `label`, `true`, `true_class`, `true_label` or
 * `target`. Other columns are ignored.
 */
import { cellProblem, classOfCell } from './cell-value.js';
import type { ClassCells, ClassTable, TableRole } from './class-table.js';
import { EvaluationInputError, ProblemList } from './input-error.js';
import { forEachContentLine } from './text-lines.js';

export const FILE_COLUMNS = ['file_name', 'file', 'filename', 'path'] as const;
export const TRUE_COLUMNS = ['label', 'true', 'true_class', 'true_label', 'target'] as const;
const PREDICTION_COLUMN = /^(?:(?:predicted_class|prediction|pred)(?:[_-]?(\d+))?|top[_-]?(\d+))$/;

/** Whether a first row's cell (trimmed, lower case) names a column this reader knows: the row is a header. */
export function isColumnName(name: string): boolean {
  return (
    (FILE_COLUMNS as readonly string[]).includes(name) || (TRUE_COLUMNS as readonly string[]).includes(name) || PREDICTION_COLUMN.test(name)
  );
}

/** Reads the rows under the header, the text's first content line: its cells `header` (trimmed, lower case), its number `headerLine`. */
export function csvTable(
  text: string,
  header: { names: string[]; line: number; delimiter: string },
  role: TableRole,
  cells: ClassCells,
): ClassTable {
  const { names, delimiter } = header;
  const headerLine = header.line;
  const fileColumns = names.flatMap((name, c) => ((FILE_COLUMNS as readonly string[]).includes(name) ? [c] : []));
  if (fileColumns.length > 1) {
    throw new EvaluationInputError([
      { line: headerLine, message: `two file columns (${fileColumns.map((c) => names[c]).join(', ')}): give one` },
    ]);
  }
  const classColumns = role === 'pred' ? predictionColumns(names, headerLine) : trueColumns(names, headerLine);
  const fileColumn = fileColumns[0];
  const k = classColumns.length;
  const classes: number[] = [];
  const files: string[] = [];
  const lines: number[] = [];
  const problems = new ProblemList();
  forEachContentLine(text, (line, start, end) => {
    if (line === headerLine) return;
    const row = splitCsv(text.slice(start, end), delimiter);
    lines.push(line);
    if (row.length !== names.length) {
      problems.add(line, `${row.length} cells, but the header has ${names.length}`);
      return;
    }
    if (fileColumn !== undefined) files.push(row[fileColumn]!.trim());
    for (const column of classColumns) {
      const cell = row[column]!.trim();
      const c = classOfCell(cell, cells);
      if (c < 0) problems.add(line, `${names[column]}: ${cellProblem(cell, cells)}`);
      classes.push(c);
    }
  });
  problems.throwIfAny('line');
  if (lines.length === 0) throw EvaluationInputError.whole('no rows under the header');
  const what = role === 'pred' ? `${k} prediction column${k === 1 ? '' : 's'}` : `true labels in ${names[classColumns[0]!]}`;
  return {
    rows: lines.length,
    k,
    classes: Int32Array.from(classes),
    files: fileColumn === undefined ? null : files,
    lines: Uint32Array.from(lines),
    unit: 'line',
    form: `${delimiter === '\t' ? 'TSV' : 'CSV'}: ${fileColumn === undefined ? 'no file column' : names[fileColumn]}, ${what}`,
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
