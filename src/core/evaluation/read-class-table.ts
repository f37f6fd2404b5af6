/**
 * Reads a file of class indices, one image a row, in the forms evaluation scripts write them:
 * NumPy's `.npy` (`np.save`: shape (N,) or (N, k), any integer or float dtype, by its magic
 * whatever the file is called), text as `np.savetxt` writes it, or a per-image CSV
 * (`text-table.ts`, `csv-table.ts`). Every bad cell is reported with its line (text) or row
 * (.npy); nothing of a file with a bad row is used.
 */
import { isNpy, NpyError, parseNpy } from '../npy.js';
import { arrayTable, type ClassCells, type ClassTable, type TableRole } from './class-table.js';
import { EvaluationInputError } from './input-error.js';
import { textTable } from './text-table.js';

/** Reads a table from a file's bytes; throws {@link EvaluationInputError} naming every bad place. */
export function parseClassTable(bytes: Uint8Array, role: TableRole, cells: ClassCells): ClassTable {
  if (isNpy(bytes)) return npyTable(bytes, role, cells);
  return textTable(new TextDecoder('utf-8').decode(bytes), role, cells);
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
