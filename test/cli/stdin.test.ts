/**
 * Ids and queries read from standard input (`-`), a line at a time: run through `main()` in this
 * process; `executable.test.ts` feeds the real executable's stdin and closes its stdout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTROL, jsonLines, lines, ROOT, STACK_FRAME } from './run-cli.js';
import { runMain } from './run-main.js';

describe('ids from standard input', () => {
  it('answers the good lines in order, skips blank ones and reports each bad line on its own stderr line', async () => {
    const longLine = 'n'.repeat(10 * 1024);
    const garbage = Buffer.from([0x00, 0xff, 0xfe, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x07, 0x08, 0xc3]);
    const input = Buffer.concat([
      Buffer.from(['n01440764', 'n99999999', '1000', '', longLine, ''].join('\n')),
      garbage,
      Buffer.from('\ndog.n.01\n999\n'),
    ]);
    const run = await runMain(['lookup', '-', '--json'], input);

    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout).map((record) => record.wnid)).toStrictEqual(['n01440764', 'n02084071', 'n15075141']);
    const errors = lines(run.stderr);
    expect(errors).toHaveLength(4);
    expect(errors.map((error) => /^synset: line (\d+): "/.exec(error)?.[1])).toStrictEqual(['2', '3', '5', '6']);
    expect(errors[0]).toContain('"n99999999"');
    expect(errors[2]).toMatch(/too long/);
    for (const error of errors) {
      expect(error.length).toBeLessThan(300);
      expect(error).not.toMatch(CONTROL);
    }
    expect(errors[3]).toContain('\\x1b');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('does not count the final newline as an empty line, and reads CRLF files', async () => {
    const run = await runMain(['lookup', '-', '--json'], 'n01440764\r\n207\r\n');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toHaveLength(2);
  });

  it('answers a last line that has no newline', async () => {
    const run = await runMain(['ancestors', '-', '--json'], 'n01440764\ndog.n.01');
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout).map((record) => record.wnid)).toStrictEqual(['n01440764', 'n02084071']);
  });

  it('reads lca pairs a line at a time', async () => {
    const run = await runMain(['lca', '-', '--json'], 'n01440764,n02084071\nn01440764\n,n02084071\n');
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout)).toStrictEqual([{ input: 'n01440764,n02084071', a: 'n01440764', b: 'n02084071', lca: ['n01471682'] }]);
    expect(lines(run.stderr)).toStrictEqual([
      expect.stringMatching(/^synset: line 2: "n01440764": expected a pair/),
      expect.stringMatching(/^synset: line 3: ",n02084071": first id: empty id$/),
    ]);
  });

  it('reads search queries a line at a time, skips blank lines and rejects overlong ones', async () => {
    const run = await runMain(['search', '-', '--json', '--limit', '2'], `tench\n\n  \n${'q'.repeat(500)}\n`);
    expect(run.status).toBe(1);
    const [tench, ...more] = jsonLines(run.stdout);
    expect(tench?.query).toBe('tench');
    expect(more).toStrictEqual([]);
    expect(lines(run.stderr)).toStrictEqual([expect.stringMatching(/^synset: line 4: "q{60}…": query too long/)]);
  });

  it('labels 50,000 predicted wnids in one call', async () => {
    const fall11 = readFileSync(join(ROOT, 'data/imagenet/fall11.txt'), 'utf8').split('\n').filter(Boolean);
    const wnids = Array.from({ length: 50_000 }, (_, k) => fall11[k % fall11.length]!);

    const text = await runMain(['lookup', '-'], wnids.join('\n') + '\n');
    const json = await runMain(['lookup', '-', '--json'], wnids.join('\n') + '\n');
    expect(text.status).toBe(0);
    expect(text.stderr).toBe('');
    expect(lines(text.stdout)).toHaveLength(50_000);
    expect(json.status).toBe(0);
    const records = jsonLines(json.stdout);
    expect(records).toHaveLength(50_000);
    expect(records.every((record, k) => record.wnid === wnids[k])).toBe(true);
  });
});
