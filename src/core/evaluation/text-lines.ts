/** The lines of a text file that hold something: not blank, not a `#` comment. */

/**
 * Calls `visit(line, start, end)` for each such line, `text[start … end)` without the spaces,
 * tabs and carriage return around it, `line` its 1-based number, until `visit` returns false.
 * A first-character BOM is skipped. No line is cut out of the text: a 50,000-line file is read
 * in place.
 */
export function forEachContentLine(text: string, visit: (line: number, start: number, end: number) => boolean | void): void {
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let line = 1; lineStart <= text.length; line++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && text.charCodeAt(start) <= 32) start++;
    while (end > start && text.charCodeAt(end - 1) <= 32) end--;
    if (start < end && text.charCodeAt(start) !== 35 /* # */ && visit(line, start, end) === false) return;
    lineStart = lineEnd + 1;
  }
}

/** How many lines the text has at most: what to make room for. */
export function lineCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
