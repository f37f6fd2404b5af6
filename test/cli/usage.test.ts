/** Usage errors, help and version: run through `main()` in this process (see `run-main.ts`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lines, ROOT, STACK_FRAME } from './run-cli.js';
import { runMain } from './run-main.js';

const COMMANDS = ['lookup', 'search', 'ancestors', 'descendants', 'lca', 'map', 'export', 'sets', 'stats'];

describe('usage errors', () => {
  it.each([
    ['an unknown command', ['define', 'dog']],
    ['an unknown option', ['lookup', '--frobnicate', 'dog.n.01']],
    ['a query command without arguments', ['lookup']],
    ['--in where it does not apply', ['lookup', 'dog.n.01', '--in', '1k']],
    ['a --limit of zero', ['search', 'dog', '--limit', '0']],
    ['a negative --limit', ['search', 'dog', '--limit=-3']],
    ['a fractional --limit', ['search', 'dog', '--limit', '2.5']],
    ['a --limit without its value', ['search', 'dog', '--limit']],
    ['arguments to stats', ['stats', 'dog']],
    ["'-' mixed with ids", ['lookup', '-', 'dog.n.01']],
    ['a value given to a flag', ['stats', '--json=yes']],
    ['an unknown --names style', ['lookup', 'dog.n.01', '--names', 'fancy']],
    ['--set where it does not apply', ['map', '5', '--to', '1k', '--set', '1k']],
  ])('exits 2 on %s, with a message and a hint, and answers nothing', async (_, args) => {
    const run = await runMain(args, 'n01440764\n');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const [message, hint, ...more] = lines(run.stderr);
    expect(message).toMatch(/^synset: \S/);
    expect(hint).toMatch(/synset --help/);
    expect(more).toStrictEqual([]);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('exits 2 on an --in that is neither a label set nor a file, listing the sets', async () => {
    const run = await runMain(['descendants', 'dog.n.01', '--in', '5k'], 'n01440764\n');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const [message, hint, ...more] = lines(run.stderr);
    expect(message).toBe(
      'synset: --in: no label set or list file "5k" (sets: all, 1k, 21k, 21k-goog, 22k-ms, 12k, 21k-p, 21k-p-winter21, imagenet-a, imagenet-r, imagenet-o, mini-imagenet, tiny-imagenet, imagenette, imagewoof, objectnet-1k, tiered-imagenet, tiered-imagenet-train, tiered-imagenet-val, tiered-imagenet-test, imagenet-100, tencent-ml-images, coco)',
    );
    expect(hint).toMatch(/synset --help/);
    expect(more).toStrictEqual([]);
  });

  it('escapes control characters in what it echoes', async () => {
    const run = await runMain(['\u001b[2Jdefine']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"\\x1b[2Jdefine"');
    expect(run.stderr).not.toContain('\u001b');
  });
});

describe('help and version', () => {
  it('prints usage to stderr and exits 2 when run without arguments', async () => {
    const run = await runMain([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    for (const command of COMMANDS) expect(run.stderr).toContain(`synset ${command}`);
  });

  it.each([[['--help']], [['help']], [['-h']]])('prints the usage of every command on stdout for %j', async (args) => {
    const run = await runMain(args);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    for (const command of COMMANDS) expect(run.stdout).toContain(`synset ${command}`);
  });

  it('prints one command’s usage when asked about it', async () => {
    for (const args of [
      ['help', 'lca'],
      ['lca', '--help'],
    ]) {
      const run = await runMain(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^usage: synset lca /);
      expect(run.stdout).not.toContain('synset lookup');
    }
  });

  it('is what docs/cli.md shows', async () => {
    const run = await runMain(['--help']);
    const docs = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
    expect(docs).toContain('```text\n' + run.stdout + '```');
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await runMain(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(version + '\n');
  });
});
