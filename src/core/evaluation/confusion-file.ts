/**
 * A confusion matrix from a file (`synset evaluate --confusion C`): an `.npy` array of shape
 * (K, K), or text, a row a line, cells separated by commas, tabs or spaces (`np.savetxt(f, C,
 * fmt='%d', delimiter=',')`, or its '%.18e' default). Rows are true classes, columns predicted.
 */
import { isNpy, NpyError, parseNpy } from '../npy.js';
import { EvaluationInputError, ProblemList } from './input-error.js';

export interface ConfusionCells {
  /** Row by row (C order). */
  cells: Float64Array;
  /** The shape in words, for messages: `1000 x 1000`. */
  shape: string;
}

/** Reads a confusion matrix's cells; whether they are counts, and of the right size, is `countConfusion`'s to say. */
export function parseConfusionFile(bytes: Uint8Array): ConfusionCells {
  if (isNpy(bytes)) {
    try {
      const { shape, values } = parseNpy(bytes);
      if (shape.length !== 2) throw EvaluationInputError.whole(`an array of shape (${shape.join(', ')}): a confusion matrix is K x K`);
      return { cells: values, shape: `${shape[0]} x ${shape[1]}` };
    } catch (error) {
      if (!(error instanceof NpyError)) throw error;
      throw EvaluationInputError.whole(error.message);
    }
  }
  const rows: number[][] = [];
  const problems = new ProblemList();
  const lines = new TextDecoder('utf-8').decode(bytes).split('\n');
  let width = -1;
  lines.forEach((raw, n) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const cells = line.split(/\s*[,\t]\s*|\s+/);
    if (width < 0) width = cells.length;
    if (cells.length !== width) problems.add(n + 1, `${cells.length} cells, but the first row has ${width}`);
    const row = cells.map(Number);
    const bad = cells.findIndex((cell, c) => cell === '' || !Number.isFinite(row[c]));
    if (bad >= 0) problems.add(n + 1, `${JSON.stringify(cells[bad])} is not a number`);
    rows.push(row);
  });
  problems.throwIfAny('line');
  if (rows.length === 0) throw EvaluationInputError.whole('no rows: the file is empty');
  const cells = new Float64Array(rows.length * width);
  rows.forEach((row, r) => cells.set(row, r * width));
  return { cells, shape: `${rows.length} x ${width}` };
}
