/** One input to answer: an argument, or a line of standard input. */
export interface Input {
  text: string;
  /** 1-based line number when the input came from standard input, for error messages. */
  line: number | undefined;
  /** The line was longer than {@link MAX_LINE_BYTES}; `text` holds only its start. */
  overlong: boolean;
}

/**
 * No id or query comes near this; a longer line is reported, not kept, so a file without
 * newlines cannot make the CLI hold all of it in memory.
 */
export const MAX_LINE_BYTES = 64 * 1024;

const NEWLINE = 0x0a;

/** A line of standard input with nothing but white space: skipped, or answered in place as this. */
export const BLANK_LINE = 'empty line';

export function isBlankLine(input: Input): boolean {
  return input.line !== undefined && !input.overlong && input.text.trim() === '';
}

export async function* argumentInputs(args: readonly string[]): AsyncGenerator<Input> {
  for (const text of args) yield { text, line: undefined, overlong: false };
}

/**
 * The lines of a byte stream as they arrive. Lines end at `\n` (a `\r` before it is dropped), so
 * line numbers match `wc -l` and editors; a final newline does not start an empty last line.
 * Bytes that are not UTF-8 become U+FFFD rather than failing the whole input.
 */
export async function* lineInputs(stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<Input> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 0;

  const finish = (tail: Buffer): Input => {
    const parts = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
    const overlong = pendingBytes + tail.length > MAX_LINE_BYTES;
    pending = [];
    pendingBytes = 0;
    let end = Math.min(parts.length, MAX_LINE_BYTES);
    if (!overlong && end > 0 && parts[end - 1] === 0x0d) end--;
    let text = parts.toString('utf8', 0, end);
    if (++line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text, line, overlong };
  };

  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let newline = bytes.indexOf(NEWLINE, start); newline >= 0; newline = bytes.indexOf(NEWLINE, start)) {
      yield finish(bytes.subarray(start, newline));
      start = newline + 1;
    }
    if (start < bytes.length && pendingBytes <= MAX_LINE_BYTES) {
      const rest = bytes.subarray(start);
      pending.push(rest);
      pendingBytes += rest.length;
    } else if (start < bytes.length) {
      // Past the cap only the length matters: count it, drop the bytes.
      pendingBytes += bytes.length - start;
    }
  }
  if (pendingBytes > 0) yield finish(Buffer.alloc(0));
}
