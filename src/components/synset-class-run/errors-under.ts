/**
 * Where a class's errors stay: of its ancestors (deepest first, with the errors that stay under
 * each), those worth a line. An ancestor that keeps as many errors as the one below it says
 * nothing new, and the root keeps them all: the lines are the deepest of each count, up to a few.
 */
import type { ErrorsUnder } from '../../worker/api.js';

/** Most lines of "errors that stay under" a card shows. */
export const MAX_ERROR_LINES = 4;

export function telling(errorsUnder: readonly ErrorsUnder[], errors: number): ErrorsUnder[] {
  const lines: ErrorsUnder[] = [];
  let last = -1;
  for (const entry of errorsUnder) {
    if (entry.errors === 0 || entry.errors === last) continue;
    last = entry.errors;
    lines.push(entry);
    if (entry.errors === errors || lines.length === MAX_ERROR_LINES) break;
  }
  return lines;
}
