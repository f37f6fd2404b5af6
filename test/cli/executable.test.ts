/**
 * The real `synset` executable (bin/synset.js over build/node, built by `pretest`) in a child
 * process: its exit statuses, standard input and output as pipes, a reader that closes early, and
 * a checkout that was never built. What the commands answer is tested in this process through
 * `main()` (commands, usage and stdin tests); each run here starts Node and loads the 10 MB bundle.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTROL, jsonLines, lines, ROOT, STACK_FRAME, synset, synsetIntoClosedPipe } from './run-cli.js';

describe('exit statuses', () => {
  it('exits 0 with the answer on stdout and nothing on stderr', () => {
    const run = synset(['stats', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toStrictEqual([{ nouns: 82115, in21k: 21841, in1k: 1000 }]);
  });

  it('exits 1 when an id is bad, after answering the good ones', () => {
    const run = synset(['lookup', '--json', 'n01440764', 'n99999999', '1000', 'dog.n.01']);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout).map((record) => record.wnid)).toStrictEqual(['n01440764', 'n02084071']);
    const errors = lines(run.stderr);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^synset: "n99999999": /);
    expect(errors[1]).toMatch(/^synset: "1000": .*999/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('exits 2 on a usage error, with a message and a hint, and answers nothing', () => {
    const run = synset(['lookup', '--frobnicate', 'dog.n.01'], 'n01440764\n');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const [message, hint, ...more] = lines(run.stderr);
    expect(message).toMatch(/^synset: \S/);
    expect(hint).toMatch(/synset --help/);
    expect(more).toStrictEqual([]);
  });

  it('exits 2 when run without arguments, with the usage on stderr', () => {
    const run = synset([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('synset lookup');
  });
});

describe('standard input and output', () => {
  it('reads ids from stdin: the good lines answered in order, blank ones skipped, each bad line reported on its own stderr line', () => {
    const longLine = 'n'.repeat(10 * 1024);
    const garbage = Buffer.from([0x00, 0xff, 0xfe, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x07, 0x08, 0xc3]);
    const input = Buffer.concat([
      Buffer.from(['n01440764', 'n99999999', '1000', '', longLine, ''].join('\n')),
      garbage,
      Buffer.from('\ndog.n.01\n999\n'),
    ]);
    const run = synset(['lookup', '-', '--json'], input);

    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout).map((record) => record.wnid)).toStrictEqual(['n01440764', 'n02084071', 'n15075141']);
    const errors = lines(run.stderr);
    expect(errors.map((error) => /^synset: line (\d+): "/.exec(error)?.[1])).toStrictEqual(['2', '3', '5', '6']);
    for (const error of errors) expect(error).not.toMatch(CONTROL);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('labels 50,000 predicted wnids piped through it in one call', () => {
    const fall11 = readFileSync(join(ROOT, 'data/imagenet/fall11.txt'), 'utf8').split('\n').filter(Boolean);
    const wnids = Array.from({ length: 50_000 }, (_, k) => fall11[k % fall11.length]!);
    const json = synset(['lookup', '-', '--json'], wnids.join('\n') + '\n');
    expect(json.status).toBe(0);
    expect(json.stderr).toBe('');
    const records = jsonLines(json.stdout);
    expect(records).toHaveLength(50_000);
    expect(records.every((record, k) => record.wnid === wnids[k])).toBe(true);
  });

  it('stops quietly when the reader closes the pipe', async () => {
    const fall11 = readFileSync(join(ROOT, 'data/imagenet/fall11.txt'), 'utf8');
    const closed = await synsetIntoClosedPipe(['lookup', '-', '--json'], fall11 + fall11);
    expect(closed.firstChunk).toMatch(/^\{"input":"n\d{8}","wnid":"n\d{8}"/);
    expect(closed.stderr).toBe('');
    expect(closed.status).toBe(0);
  });
});

describe('an unbuilt checkout', () => {
  const checkout = mkdtempSync(join(tmpdir(), 'synset-unbuilt-'));
  afterAll(() => rmSync(checkout, { recursive: true, force: true }));

  it('tells to run npm install and exits 2', () => {
    mkdirSync(join(checkout, 'bin'));
    copyFileSync(join(ROOT, 'bin/synset.js'), join(checkout, 'bin/synset.js'));
    const run = synset(['stats'], undefined, join(checkout, 'bin/synset.js'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toStrictEqual([expect.stringContaining('npm install')]);
  });
});

describe("the bundled CLI's code cache", () => {
  const checkout = mkdtempSync(join(tmpdir(), 'synset-cache-'));
  afterAll(() => rmSync(checkout, { recursive: true, force: true }));
  const cache = join(checkout, 'build/cli/synset.cjs.cache');

  it('is written by the first run and kept by the next; a damaged one is replaced without a word', () => {
    // A checkout of its own: the shim and the bundle copied, the data shared.
    for (const file of ['package.json', 'bin/package.json', 'bin/synset.js', 'build/cli/synset.cjs']) {
      mkdirSync(join(checkout, file, '..'), { recursive: true });
      copyFileSync(join(ROOT, file), join(checkout, file));
    }
    symlinkSync(join(ROOT, 'data'), join(checkout, 'data'));
    const script = join(checkout, 'bin/synset.js');
    const expected = synset(['lookup', 'dog.n.01', '207', '--json']);
    expect(expected.status).toBe(0);

    const first = synset(['lookup', 'dog.n.01', '207', '--json'], undefined, script);
    expect([first.status, first.stdout, first.stderr]).toStrictEqual([0, expected.stdout, '']);
    const written = readFileSync(cache);
    expect(written.byteLength).toBeGreaterThan(10_000);

    const second = synset(['lookup', 'dog.n.01', '207', '--json'], undefined, script);
    expect([second.status, second.stdout, second.stderr]).toStrictEqual([0, expected.stdout, '']);
    expect(readFileSync(cache).equals(written)).toBe(true);

    writeFileSync(cache, 'not a code cache');
    const damaged = synset(['lookup', 'dog.n.01', '207', '--json'], undefined, script);
    expect([damaged.status, damaged.stdout, damaged.stderr]).toStrictEqual([0, expected.stdout, '']);
    expect(readFileSync(cache).byteLength).toBeGreaterThan(10_000);
  });
});
