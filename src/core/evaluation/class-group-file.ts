/**
 * A grouping of a set's classes given as a file (`synset evaluate --group FILE`): what
 * `synset group … --all` writes, so a grouping made once can be evaluated against again.
 *
 * - One group index a line, line N+1 for class N, -1 for a class in no group (`--all --fields
 *   group`); `#` comments are skipped. Groups are named `group G`.
 * - Or a table with a header (`--all --format tsv --header`, or csv): its `group` column, rows
 *   placed by an `index` column when there is one (else in order), named by `groupLabel` and
 *   `groupWnid` when present.
 */
import { splitCsv } from './csv-table.js';
import type { ClassGroups } from './group-figures.js';
import { EvaluationInputError, ProblemList } from './input-error.js';

/** Reads a grouping file for a set of `classCount` classes; throws {@link EvaluationInputError} naming every bad line. */
export function parseClassGroupFile(text: string, classCount: number): ClassGroups {
  const lines = text
    .split('\n')
    .map((line, n) => ({ line: n + 1, text: line.replace(/\r$/, '') }))
    .filter(({ text }) => text.trim() !== '' && !text.trimStart().startsWith('#'));
  if (lines.length === 0) throw EvaluationInputError.whole('no rows: the file is empty');
  const delimiter = lines[0]!.text.includes('\t') ? '\t' : ',';
  const header = splitCsv(lines[0]!.text, delimiter).map((cell) => cell.trim());
  const hasHeader = header.includes('group');
  const rows = hasHeader ? lines.slice(1) : lines;
  const column = (name: string): number => (hasHeader ? header.indexOf(name) : -1);
  const [groupAt, indexAt, labelAt, wnidAt] = [hasHeader ? column('group') : 0, column('index'), column('groupLabel'), column('groupWnid')];
  if (indexAt < 0 && rows.length !== classCount) {
    throw EvaluationInputError.whole(`${rows.length} rows for a set of ${classCount} classes: a group a class, -1 for none`);
  }
  const groupOf = new Int32Array(classCount).fill(-1);
  const placed = new Uint8Array(classCount);
  const names = new Map<number, { name: string; wnid: string | null }>();
  const problems = new ProblemList();
  rows.forEach(({ line, text: row }, r) => {
    const cells = hasHeader ? splitCsv(row, delimiter).map((cell) => cell.trim()) : [row.trim()];
    if (cells.length !== (hasHeader ? header.length : 1)) {
      problems.add(line, hasHeader ? `${cells.length} cells, but the header has ${header.length}` : 'expected one group index');
      return;
    }
    const cell = cells[groupAt]!;
    const k = indexAt < 0 ? r : Number(cells[indexAt]);
    if (!Number.isInteger(k) || k < 0 || k >= classCount) {
      problems.add(line, `index ${JSON.stringify(cells[indexAt])} is not a class of the set (0 to ${classCount - 1})`);
      return;
    }
    if (placed[k]) {
      problems.add(line, `class ${k} again: a group a class`);
      return;
    }
    placed[k] = 1;
    // `group --all` writes -1 for a class in no group; tables without --all leave it empty.
    if (cell === '' || cell === '-1') return;
    const g = Number(cell);
    if (!/^\d+$/.test(cell) || g >= classCount) {
      problems.add(line, `${JSON.stringify(cell)} is not a group index (0 to ${classCount - 1}, or -1 for none)`);
      return;
    }
    groupOf[k] = g;
    if (!names.has(g))
      names.set(g, {
        name: labelAt >= 0 && cells[labelAt] ? cells[labelAt]! : `group ${g}`,
        wnid: wnidAt >= 0 && cells[wnidAt] ? cells[wnidAt]! : null,
      });
  });
  problems.throwIfAny('line');
  const count = groupOf.reduce((most, g) => Math.max(most, g), -1) + 1;
  return { groupOf, groups: Array.from({ length: count }, (_, g) => names.get(g) ?? { name: `group ${g}`, wnid: null }) };
}
