/**
 * The form text is compared in: lower case, accents removed, underscores and runs of white
 * space as one space. WordNet writes `Canis_familiaris`; people type "canis familiaris".
 */
export function normalizeText(text: string): string {
  // WordNet 3.0's nouns are all ASCII; only typed queries take the slower Unicode path.
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();
}

const rowsA = new Int32Array(256);
const rowsB = new Int32Array(256);
const rowsC = new Int32Array(256);

/**
 * Optimal-string-alignment distance (Damerau: a swap of neighbours costs 1) between a and the
 * prefixes of b = bytes[start, start + length): the least distance to b[0, j) over j in
 * [fromLength, length], or max+1 when that is over max. With fromLength = length it is the
 * distance between a and b. Rows live in preallocated arrays: no allocation per candidate.
 */
export function boundedEditDistance(
  a: Uint8Array,
  bytes: Uint8Array,
  start: number,
  length: number,
  max: number,
  fromLength = length,
): number {
  if (length >= rowsA.length || a.length - length > max || fromLength - a.length > max) return max + 1;
  let before = rowsA;
  let previous = rowsB;
  let current = rowsC;
  for (let j = 0; j <= length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1]!;
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= length; j++) {
      const bj = bytes[start + j - 1]!;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === bytes[start + j - 2] && a[i - 2] === bj) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  let best = max + 1;
  for (let j = Math.max(0, fromLength); j <= length; j++) best = Math.min(best, previous[j]!);
  return best;
}

/** The code search compares a character as: lower case, `_` read as a space, one byte. */
const FOLD = Uint8Array.from({ length: 256 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : c === 95 ? 32 : c));

/** Folds a character code; codes past Latin-1 (none in WordNet 3.0) fold to 255. */
export function foldCode(code: number): number {
  return code < 256 ? FOLD[code]! : 255;
}

/** A string as folded bytes. */
export function foldedBytes(text: string): Uint8Array {
  return Uint8Array.from({ length: text.length }, (_, i) => foldCode(text.charCodeAt(i)));
}

/** The distance between two strings, or max+1 when it is over max. */
export function editDistance(a: string, b: string, max: number): number {
  const bBytes = foldedBytes(b);
  return boundedEditDistance(foldedBytes(a), bBytes, 0, bBytes.length, max);
}
