import { describe, expect, it } from 'vitest';
import { lineInputs, MAX_LINE_BYTES, type Input } from '../../src/cli/input.js';

async function read(chunks: (string | Buffer)[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for await (const input of lineInputs(chunks)) inputs.push(input);
  return inputs;
}

const texts = (inputs: Input[]): string[] => inputs.map((input) => input.text);

describe('lineInputs', () => {
  it('joins lines split across chunks and numbers them', async () => {
    const inputs = await read(['n014', '40764\nn020', '84071\n', '207\n']);
    expect(texts(inputs)).toStrictEqual(['n01440764', 'n02084071', '207']);
    expect(inputs.map((input) => input.line)).toStrictEqual([1, 2, 3]);
  });

  it('keeps empty lines but not the one after a final newline', async () => {
    expect(texts(await read(['a\n\nb\n']))).toStrictEqual(['a', '', 'b']);
    expect(texts(await read(['a\n\n']))).toStrictEqual(['a', '']);
    expect(texts(await read(['']))).toStrictEqual([]);
  });

  it('answers a last line without a newline', async () => {
    expect(texts(await read(['a\nb']))).toStrictEqual(['a', 'b']);
  });

  it('drops the carriage return of CRLF lines, even when split from its newline', async () => {
    expect(texts(await read(['a\r', '\nb\r\n']))).toStrictEqual(['a', 'b']);
  });

  it('drops a byte order mark on the first line only', async () => {
    expect(texts(await read(['\ufeffa\n\ufeffb\n']))).toStrictEqual(['a', '\ufeffb']);
  });

  it('turns bytes that are not UTF-8 into U+FFFD', async () => {
    expect(texts(await read([Buffer.from([0x61, 0xff, 0x0a])]))).toStrictEqual(['a\ufffd']);
  });

  it('flags an overlong line and keeps only its start, across many chunks', async () => {
    const chunk = 'x'.repeat(16 * 1024);
    const inputs = await read([...Array.from({ length: 20 }, () => chunk), '\nok\n']);
    expect(inputs).toHaveLength(2);
    expect(inputs[0]!.overlong).toBe(true);
    expect(inputs[0]!.text.length).toBeLessThanOrEqual(MAX_LINE_BYTES);
    expect(inputs[1]).toStrictEqual({ text: 'ok', line: 2, overlong: false });
  });
});
