/** How long an echoed input may be in a message: enough to recognise it, never a screenful. */
const ECHO_LENGTH = 60;

/**
 * Makes untrusted text safe to print on one terminal line: control characters, lone surrogates
 * and the invisible or bidirectional formatting characters that could disguise it are escaped.
 */
export function escapeText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += '\\x' + code.toString(16).padStart(2, '0');
    else if ((code >= 0xd800 && code <= 0xdfff) || isInvisibleFormat(code)) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += char;
  }
  return out;
}

function isInvisibleFormat(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff;
}

/** An input as messages echo it: quoted, escaped, cut to about 60 characters. */
export function quoteInput(text: string): string {
  // Slicing first keeps a 10 MB line from being escaped whole just to show its start.
  const escaped = escapeText(text.slice(0, ECHO_LENGTH + 1));
  const cut = escaped.length > ECHO_LENGTH || text.length > ECHO_LENGTH;
  return `"${cut ? escaped.slice(0, ECHO_LENGTH) + '…' : escaped}"`;
}
