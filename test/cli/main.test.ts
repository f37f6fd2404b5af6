import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const parts: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => parts.push(chunk));
  return { stream, text: () => Buffer.concat(parts).toString('utf8') };
}

describe('main', () => {
  it('reports an unexpected failure as an internal error with status 70, without a stack', async () => {
    const stdout = capture();
    const stderr = capture();
    async function* brokenInput(): AsyncGenerator<Buffer> {
      yield Buffer.from('n01440764\n');
      throw new Error('disk on fire');
    }
    const status = await main(['lookup', '-', '--json'], {
      stdin: brokenInput(),
      stdout: stdout.stream,
      stderr: stderr.stream,
      width: undefined,
    });
    expect(status).toBe(70);
    expect(stdout.text()).toMatch(/^\{"wnid":"n01440764"/);
    expect(stderr.text()).toBe('synset: internal error: disk on fire\n');
  });

  it('keeps answering after bad ids and returns 1', async () => {
    const stdout = capture();
    const stderr = capture();
    const status = await main(['ancestors', 'n99999999', 'n01440764'], {
      stdin: [],
      stdout: stdout.stream,
      stderr: stderr.stream,
      width: undefined,
    });
    expect(status).toBe(1);
    expect(stdout.text()).toMatch(/ > tench \(n01440764\)\n$/);
    expect(stderr.text()).toMatch(/^synset: "n99999999": [^\n]+\n$/);
  });
});
