import { describe, expect, it } from 'vitest';
import { jsonLines } from './run-cli.js';
import { runMain } from './run-main.js';

describe('main', () => {
  it('reports an unexpected failure as an internal error with status 70, without a stack', async () => {
    async function* brokenInput(): AsyncGenerator<Buffer> {
      yield Buffer.from('n01440764\n');
      throw new Error('disk on fire');
    }
    const run = await runMain(['lookup', '-', '--json'], brokenInput());
    expect(run.status).toBe(70);
    expect(run.stdout).toMatch(/^\{"input":"n01440764","wnid":"n01440764"/);
    expect(run.stderr).toBe('synset: internal error: disk on fire\n');
  });

  it('keeps answering after bad ids and returns 1', async () => {
    const run = await runMain(['ancestors', 'n99999999', 'n01440764']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/ > tench \(n01440764\)\n$/);
    expect(run.stderr).toMatch(/^synset: "n99999999": [^\n]+\n$/);
  });

  it('reads a search query as the core does: invisible format characters dropped, symbols ignored', async () => {
    const run = await runMain(['search', 'd\u200bog', 'dog🐕', '--limit', '1', '--json']);
    expect(run.stderr).toBe('');
    expect(jsonLines(run.stdout)).toMatchObject([
      { input: 'd\u200bog', query: 'dog', results: [{ wnid: 'n02084071', lemma: 'dog' }] },
      { input: 'dog🐕', query: 'dog🐕', results: [{ wnid: 'n02084071', lemma: 'dog' }] },
    ]);
  });

  it('takes a query of format characters alone as empty, and an id pasted with one as the id', async () => {
    const empty = await runMain(['search', '\u200b\ufeff']);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/: empty query\n$/);
    const lookup = await runMain(['lookup', '\u200bn02084071\u200b', '--json']);
    expect(lookup.stderr).toBe('');
    expect(jsonLines(lookup.stdout)).toMatchObject([{ input: '\u200bn02084071\u200b', wnid: 'n02084071' }]);
  });
});
