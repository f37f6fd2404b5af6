import { readFileSync, statSync } from 'node:fs';
import { errorMessage } from '../core/error-detail.js';
import { isNpy, NpyError, parseNpy, type NpyArray } from '../core/npy.js';

/** A file of numbers larger than this is no evaluation file (50,000 × top-5 as '%.18e' text is 6 MB). */
const MAX_TABLE_BYTES = 512 * 1024 * 1024;

/** A file `severity --true/--pred/--confusion` reads could not be read or is no table; the message says which and why. */
export class TableFileError extends Error {
  override name = 'TableFileError';
}

/** A table read from a file: its rows of cells (as text, so ids work as well as numbers) and its shape in words. */
export interface NumberTable {
  rows: string[][];
  shape: string;
}

/**
 * Reads what NumPy writes: an `.npy` file (by its magic, whatever it is called; 1-D is a
 * column, 2-D rows and columns), or text as `np.savetxt` writes it: a row a line, cells split
 * by spaces, tabs or commas ('%.18e' floats read as the whole numbers they are), `#` comments
 * and blank lines skipped.
 */
export function readNumberTable(path: string): NumberTable {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_TABLE_BYTES) throw new Error(`larger than ${MAX_TABLE_BYTES / 1024 / 1024} MB`);
    bytes = readFileSync(path);
  } catch (error) {
    throw new TableFileError(`cannot read ${path}: ${errorMessage(error)}`);
  }
  if (isNpy(bytes)) {
    let array: NpyArray;
    try {
      array = parseNpy(bytes);
    } catch (error) {
      if (!(error instanceof NpyError)) throw error;
      throw new TableFileError(`${path}: ${error.message}`);
    }
    const [rows, columns] = array.shape.length === 1 ? [array.shape[0]!, 1] : array.shape.length === 2 ? array.shape : [-1, -1];
    if (rows! < 0) throw new TableFileError(`${path}: an array of shape (${array.shape.join(', ')}); 1-D or 2-D is a table`);
    return {
      rows: Array.from({ length: rows! }, (_, r) => Array.from(array.values.subarray(r * columns!, (r + 1) * columns!), String)),
      shape: `${rows} x ${columns}`,
    };
  }
  const rows = bytes
    .toString('utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '')
    .map((line) => line.split(/[\s,]+/));
  const widths = new Set(rows.map((cells) => cells.length));
  return { rows, shape: `${rows.length} x ${widths.size === 1 ? [...widths][0] : [...widths].join('|')}` };
}
