import { closeSync, openSync, writeSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { MatrixMetric } from '../core/hierarchy-metrics.js';
import { integerRange, npyDescr, npyHeader, npyRowBytes, type NpyDtype } from '../core/npy.js';
import type { MatrixFormat } from './hierarchy-args.js';
import { waitForDrain } from './output.js';

/** Rows are gathered to about this many bytes per write: few system calls, memory near one row. */
const CHUNK_BYTES = 1 << 20;

/**
 * NumPy's dtype of a metric's cells when none is asked for: severity and path length are small
 * whole numbers, int8 (signed, so `np.exp(-M * beta)` and `H - M` stay right: uint8 wrapped -3 to
 * 253), the similarities float32.
 */
export function defaultDtype(metric: MatrixMetric): NpyDtype {
  return metric === 'severity' || metric === 'path' ? 'int8' : 'float32';
}

/** The dtypes a metric's cells may be written in: whole numbers in any, similarities in floats only. */
export function dtypesOf(metric: MatrixMetric): NpyDtype[] {
  return metric === 'severity' || metric === 'path'
    ? ['int8', 'uint8', 'int16', 'int32', 'int64', 'float32', 'float64']
    : ['float32', 'float64'];
}

/** A float32 cell as the shortest decimal that reads back as the same float32. */
export function float32Text(value: number): string {
  for (let digits = 1; digits < 9; digits++) {
    const text = value.toPrecision(digits);
    if (Math.fround(Number(text)) === value) return String(Number(text));
  }
  return String(Number(value.toPrecision(9)));
}

function rowText(row: Uint8Array | Float32Array): string {
  return row instanceof Uint8Array ? row.join(',') : Array.from(row, float32Text).join(',');
}

/**
 * The matrix of a metric in the format asked for, as pieces to write in order: npy (header, then
 * each row's bytes in `dtype`), csv (a line of N cells per row) or json (one array of N arrays, a
 * row a line). `rows` makes them one at a time, so only the current piece is held.
 */
export function* matrixPieces(
  rows: Iterable<Uint8Array | Float32Array>,
  n: number,
  format: MatrixFormat,
  dtype: NpyDtype,
): Generator<Buffer, void, undefined> {
  if (format === 'npy') yield Buffer.from(npyHeader(npyDescr(dtype), [n, n]));
  const range = integerRange(dtype);
  let k = 0;
  for (const row of rows) {
    if (format === 'npy') {
      // A byte row fits any dtype that holds 0..255; int8 is checked, cell by cell (an indexed loop: no iterator per cell).
      if (range && !(row instanceof Uint8Array && range[0] <= 0 && range[1] >= 255)) {
        const [low, high] = range;
        for (let k = 0; k < row.length; k++) if (row[k]! < low || row[k]! > high) throw new RangeError(`${row[k]} does not fit ${dtype}`);
      }
      const bytes = npyRowBytes(row, dtype);
      yield Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } else if (format === 'csv') yield Buffer.from(rowText(row) + '\n');
    else yield Buffer.from(`${k === 0 ? '[' : ''}[${rowText(row)}]${k === n - 1 ? ']' : ','}\n`);
    k++;
  }
}

/** Gathers pieces into chunks of about {@link CHUNK_BYTES}. */
function* chunks(pieces: Iterable<Buffer>): Generator<Buffer, void, undefined> {
  let held: Buffer[] = [];
  let size = 0;
  for (const piece of pieces) {
    held.push(piece);
    size += piece.length;
    if (size >= CHUNK_BYTES) {
      yield Buffer.concat(held, size);
      held = [];
      size = 0;
    }
  }
  if (size > 0) yield Buffer.concat(held, size);
}

/** Writes the pieces to a file, a chunk at a time (each write finishes before the next row is made). */
export function writeMatrixFile(path: string, pieces: Iterable<Buffer>): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    for (const chunk of chunks(pieces)) {
      for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at);
      bytes += chunk.length;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/**
 * Writes the pieces to a stream, waiting for `drain` whenever it asks to, so a slow reader holds
 * the writer back instead of the matrix piling up in memory; stops when `closed()` says the
 * reader went away.
 */
export async function writeMatrixStream(stream: Writable, pieces: Iterable<Buffer>, closed: () => boolean): Promise<void> {
  for (const chunk of chunks(pieces)) {
    if (closed()) return;
    if (!stream.write(chunk)) await waitForDrain(stream);
  }
}
