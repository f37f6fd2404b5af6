import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { jsonLines } from './run-cli.js';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const parts: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => parts.push(chunk));
  return { stream, text: () => Buffer.concat(parts).toString('utf8') };
}

/** Runs the CLI in this process on the source, as `synset ...args`. */
async function synsetHere(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout = capture();
  const stderr = capture();
  const status = await main(args, { stdin: [], stdout: stdout.stream, stderr: stderr.stream, width: undefined });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
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

  it('reads a search query as the core does: invisible format characters dropped, symbols ignored', async () => {
    const run = await synsetHere(['search', 'd\u200bog', 'dog🐕', '--limit', '1', '--json']);
    expect(run.stderr).toBe('');
    expect(jsonLines(run.stdout)).toStrictEqual([
      { query: 'dog', results: [{ wnid: 'n02084071', lemma: 'dog' }] },
      { query: 'dog🐕', results: [{ wnid: 'n02084071', lemma: 'dog' }] },
    ]);
  });

  it('takes a query of format characters alone as empty, and an id pasted with one as the id', async () => {
    const empty = await synsetHere(['search', '\u200b\ufeff']);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/: empty query\n$/);
    const lookup = await synsetHere(['lookup', '\u200bn02084071\u200b', '--json']);
    expect(lookup.stderr).toBe('');
    expect(lookup.stdout).toMatch(/^\{"wnid":"n02084071"/);
  });
});
