import { closeSync, openSync, writeSync } from 'node:fs';
import { endianness } from 'node:os';
import type { Writable } from 'node:stream';
import { metricRows, type MatrixMetric } from '../core/hierarchy-metrics.js';
import type { SynsetIndex } from '../core/synset-index.js';
import type { MatrixFormat } from './hierarchy-args.js';
import { waitForDrain } from './output.js';

/** Rows are gathered to about this many bytes per write: few system calls, memory near one row. */
const CHUNK_BYTES = 1 << 20;

/** NumPy's dtype of a metric's cells: severity and path length are bytes, the similarities float32. */
export function npyDescr(metric: MatrixMetric): string {
  if (metric === 'severity' || metric === 'path') return '|u1';
  return endianness() === 'LE' ? '<f4' : '>f4';
}

/**
 * The header of an `.npy` file, format version 1.0: the magic `\x93NUMPY`, the version, the
 * header's length (little-endian uint16), then a Python dict literal padded with spaces and a
 * newline so the data starts at a multiple of 64 bytes, as NumPy writes it.
 */
export function npyHeader(descr: string, rows: number, columns: number): Buffer {
  const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${rows}, ${columns}), }`;
  const prefix = 10;
  const length = Math.ceil((prefix + dict.length + 1) / 64) * 64 - prefix;
  const header = Buffer.alloc(prefix + length, 0x20);
  header.write('\x93NUMPY', 0, 'latin1');
  header[6] = 1;
  header[7] = 0;
  header.writeUInt16LE(length, 8);
  header.write(dict, prefix, 'latin1');
  header[prefix + length - 1] = 0x0a;
  return header;
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
 * The matrix of a metric over the classes in the format asked for, as pieces to write in order:
 * npy (header, then each row's bytes), csv (a line of N cells per row) or json (one array of N
 * arrays, a row a line). Rows are made one at a time, so only the current piece is held.
 */
export function* matrixPieces(
  index: SynsetIndex,
  classes: ArrayLike<number>,
  metric: MatrixMetric,
  format: MatrixFormat,
): Generator<Buffer, void, undefined> {
  const n = classes.length;
  if (format === 'npy') yield npyHeader(npyDescr(metric), n, n);
  let k = 0;
  for (const row of metricRows(index, classes, metric)) {
    if (format === 'npy') yield Buffer.from(row.buffer, row.byteOffset, row.byteLength);
    else if (format === 'csv') yield Buffer.from(rowText(row) + '\n');
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
