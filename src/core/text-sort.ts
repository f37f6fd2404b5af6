/**
 * Sorting entries by text kept in one byte buffer: entry e's text is
 * bytes[starts[e] .. starts[e] + lengths[e]). Multikey (three-way radix) quicksort, as Bentley
 * and Sedgewick describe it, with an explicit stack. Equal texts end up in entry order, so the
 * result does not depend on the input order. Everything is a typed array, so the inner loop
 * stays monomorphic: sorting 146k lemmas takes tens of milliseconds, not hundreds.
 */
import { partitionPoint } from './bisect.js';

export interface TextTable {
  bytes: Uint8Array;
  starts: Uint32Array;
  lengths: Uint16Array;
}

const SMALL = 12;

/** Character code of entry e at depth d, or -1 past its end. */
export function charAt(table: TextTable, e: number, d: number): number {
  return d < table.lengths[e]! ? table.bytes[table.starts[e]! + d]! : -1;
}

/** Sorts entry numbers (indices into the table) by their text, in place. */
export function sortByText(entries: Uint32Array, table: TextTable): Uint32Array {
  const stack: number[] = [0, entries.length, 0];
  while (stack.length > 0) {
    const depth = stack.pop()!;
    const end = stack.pop()!;
    const start = stack.pop()!;
    if (end - start < 2) continue;
    if (end - start <= SMALL) {
      insertionSort(entries, start, end, depth, table);
      continue;
    }
    const pivot = charAt(table, entries[(start + end) >>> 1]!, depth);
    // entries[start, lt) < pivot, [lt, i) == pivot, (gt, end) > pivot
    let lt = start;
    let gt = end - 1;
    let i = start;
    while (i <= gt) {
      const c = charAt(table, entries[i]!, depth);
      if (c < pivot) {
        const t = entries[lt]!;
        entries[lt++] = entries[i]!;
        entries[i++] = t;
      } else if (c > pivot) {
        const t = entries[gt]!;
        entries[gt--] = entries[i]!;
        entries[i] = t;
      } else i++;
    }
    stack.push(start, lt, depth, gt + 1, end, depth);
    if (pivot >= 0) stack.push(lt, gt + 1, depth + 1);
    else if (gt > lt) insertionSortNumbers(entries, lt, gt + 1);
  }
  return entries;
}

/** Compares two entries' texts from a depth on, then the entries. */
function compareEntries(table: TextTable, a: number, b: number, depth: number): number {
  for (let d = depth; ; d++) {
    const ca = charAt(table, a, d);
    const cb = charAt(table, b, d);
    if (ca !== cb) return ca - cb;
    if (ca < 0) return a - b;
  }
}

function insertionSort(entries: Uint32Array, start: number, end: number, depth: number, table: TextTable): void {
  for (let i = start + 1; i < end; i++) {
    const entry = entries[i]!;
    let j = i - 1;
    while (j >= start && compareEntries(table, entries[j]!, entry, depth) > 0) {
      entries[j + 1] = entries[j]!;
      j--;
    }
    entries[j + 1] = entry;
  }
}

function insertionSortNumbers(entries: Uint32Array, start: number, end: number): void {
  if (end - start > 32) {
    entries.subarray(start, end).sort();
    return;
  }
  for (let i = start + 1; i < end; i++) {
    const entry = entries[i]!;
    let j = i - 1;
    while (j >= start && entries[j]! > entry) {
      entries[j + 1] = entries[j]!;
      j--;
    }
    entries[j + 1] = entry;
  }
}

/** Below zero: entry e's text sorts before q; zero: it starts with q; above zero: after. */
export function compareToQuery(table: TextTable, e: number, q: Uint8Array): number {
  for (let d = 0; d < q.length; d++) {
    const difference = charAt(table, e, d) - q[d]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/** [from, to) of the sorted entries whose text starts with q. */
export function prefixRange(entries: Uint32Array, table: TextTable, q: Uint8Array, from = 0, to = entries.length): [number, number] {
  const start = partitionPoint(from, to, (at) => compareToQuery(table, entries[at]!, q) < 0);
  return [start, partitionPoint(start, to, (at) => compareToQuery(table, entries[at]!, q) <= 0)];
}
