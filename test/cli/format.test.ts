import { beforeAll, describe, expect, it } from 'vitest';
import type { CliRecord } from '../../src/cli/commands.js';
import { escapeText, jsonLine, quoteInput, textLines, type TextContext } from '../../src/cli/format.js';
import { SynsetQueries } from '../../src/core/queries.js';
import { loadIndex } from '../../src/node/load-bundle.js';

let queries: SynsetQueries;
let context: TextContext;
beforeAll(() => {
  queries = new SynsetQueries(loadIndex());
  context = { labelOf: (wnid) => queries.index.labelOf(queries.resolve(wnid)), width: undefined };
});

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

describe('text output', () => {
  it('cuts a lookup line to the terminal width', () => {
    const record: CliRecord = { command: 'lookup', synset: queries.lookup('n02084071') };
    const whole = textLines(record, context);
    const cut = textLines(record, { ...context, width: 50 });
    expect(whole.length).toBeGreaterThan(51);
    expect(cut.endsWith('…\n')).toBe(true);
    expect(cut.length).toBe(51);
    expect(whole.startsWith(cut.slice(0, 49))).toBe(true);
  });

  it('shows an lca pair with labels', () => {
    const record: CliRecord = { command: 'lca', a: 'n01440764', b: 'n02084071', lca: queries.lca('n01440764', 'n02084071') };
    expect(textLines(record, context)).toMatch(/^n01440764 tench +\+ +n02084071 dog +-> +n01471682 \S/);
  });

  it('says when a search found nothing', () => {
    expect(textLines({ command: 'search', query: 'zzz', results: [] }, context)).toBe('zzz:\n  (no matches)\n');
  });
});

describe('jsonLine', () => {
  it('writes one line with no lexname', () => {
    const line = jsonLine({ command: 'lookup', synset: queries.lookup('n01440764') });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(line).not.toContain('lexname');
  });
});
