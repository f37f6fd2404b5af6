/**
 * One cell of a table of class indices: the class it names (a whole number in any notation
 * NumPy writes, or a wnid of the set), or why it names none.
 */
import type { ClassCells } from './class-table.js';
import { isWnid } from '../wnid.js';

/** The class index a cell names, or -1: a whole number in [0, K), or a wnid of the set. */
export function classOfCell(cell: string, cells: ClassCells): number {
  return classIn(cell, 0, cell.length, cells);
}

/** {@link classOfCell} of the characters `text[start … end)`, without cutting them out. */
export function classIn(text: string, start: number, end: number, cells: ClassCells): number {
  const k = wholeNumberIn(text, start, end);
  if (k !== NOT_DECIMAL) return k >= 0 && k < cells.classCount ? k : -1;
  const cell = text.slice(start, end);
  return isWnid(cell) ? cells.indexOfWnid(cell) : -1;
}

const NOT_DECIMAL = -2;
/** Digits kept of a cell: a class index has fewer, and so many stay exact in a double. */
const LEAD_DIGITS = 12;

/**
 * The whole number a decimal cell writes ('207', '2.070000000000000000e+02', '207.0'), -1 for a
 * decimal that is not a whole number from 0 to 10¹², or NOT_DECIMAL for anything else. One pass
 * over the characters: a regular expression and Number() per cell were most of the time of a
 * 50,000-line file of np.savetxt's '%.18e'. It keeps the first digits and where the last nonzero
 * one is; the exponent, read last, says where the point falls among them.
 */
function wholeNumberIn(cell: string, start: number, end: number): number {
  if (start === end) return NOT_DECIMAL;
  let i = cell.charCodeAt(start) === 43 /* + */ ? start + 1 : start;
  let lead = 0;
  let digits = 0;
  let lastNonZero = -1;
  let intDigits = -1;
  let sawDigit = false;
  for (; i < end; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      sawDigit = true;
      // Leading zeros of the integer part count for nothing ('007').
      if (c === 48 && digits === 0 && intDigits < 0) continue;
      if (c !== 48) lastNonZero = digits;
      if (digits < LEAD_DIGITS) lead = lead * 10 + (c - 48);
      digits++;
    } else if (c === 46 /* . */ && intDigits < 0) intDigits = digits;
    else break;
  }
  if (!sawDigit) return NOT_DECIMAL;
  if (intDigits < 0) intDigits = digits;
  let exponent = 0;
  if (i < end) {
    const e = cell.charCodeAt(i);
    if (e !== 101 && e !== 69 /* e E */) return NOT_DECIMAL;
    const sign = cell.charCodeAt(++i);
    const negative = sign === 45;
    if (negative || sign === 43) i++;
    if (i === end) return NOT_DECIMAL;
    for (; i < end; i++) {
      const c = cell.charCodeAt(i);
      if (c < 48 || c > 57) return NOT_DECIMAL;
      exponent = Math.min(exponent * 10 + (c - 48), 1000);
    }
    if (negative) exponent = -exponent;
  }
  // The point falls after `point` digits: any nonzero digit after it makes a fraction.
  const point = intDigits + exponent;
  if (lastNonZero >= point) return -1;
  if (point > LEAD_DIGITS) return lastNonZero < 0 ? 0 : -1;
  const kept = Math.min(digits, LEAD_DIGITS);
  return kept >= point ? Math.floor(lead / 10 ** (kept - point)) : lead * 10 ** (point - kept);
}

/** Why a cell names no class of the set, for people. */
export function cellProblem(cell: string, cells: ClassCells): string {
  const shown = cell.length > 40 ? `${JSON.stringify(cell.slice(0, 40))}…` : JSON.stringify(cell);
  if (cell === '') return 'an empty cell: expected a class index or a wnid';
  if (isWnid(cell)) return cells.isSynset(cell) ? `${cell} is not a class of ${cells.set}` : `${cell} is no WordNet 3.0 noun synset`;
  const k = Number(cell);
  if (cell.trim() !== '' && Number.isFinite(k)) {
    if (!Number.isInteger(k))
      return `${shown} is not a whole number: expected class indices (np.argmax or np.argsort of the scores, not the scores)`;
    return `${shown} is not a class index of ${cells.set} (0 to ${cells.classCount - 1})`;
  }
  return `${shown} is neither a class index of ${cells.set} (0 to ${cells.classCount - 1}) nor a wnid`;
}
