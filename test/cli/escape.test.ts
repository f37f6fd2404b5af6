import { describe, expect, it } from 'vitest';
import { escapeText, quoteInput } from '../../src/cli/escape.js';

describe('escapeText', () => {
  it('escapes control, C1 and bidirectional characters and leaves other text alone', () => {
    expect(escapeText('a\u0000b\u001b[0m\u0085\n\t"é 犬')).toBe('a\\x00b\\x1b[0m\\x85\\n\\t"é 犬');
    expect(escapeText('\u202eevil\u200b')).toBe('\\u202eevil\\u200b');
  });

  it('escapes a lone surrogate', () => {
    expect(escapeText('x\ud800')).toBe('x\\ud800');
  });
});

describe('quoteInput', () => {
  it('quotes short input whole', () => {
    expect(quoteInput('n99999999')).toBe('"n99999999"');
  });

  it('cuts long input to 60 characters and marks the cut', () => {
    const quoted = quoteInput('y'.repeat(10_000));
    expect(quoted).toBe(`"${'y'.repeat(60)}…"`);
  });

  it('cuts after escaping, so escapes cannot make it long again', () => {
    expect(quoteInput('\u0001'.repeat(100)).length).toBeLessThanOrEqual(63);
  });
});
