import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { lines, ROOT, STACK_FRAME, synset } from './run-cli.js';

// Each test starts Node; a busy machine must not fail them.
vi.setConfig({ testTimeout: 60_000 });

const COMMANDS = ['lookup', 'search', 'ancestors', 'descendants', 'lca', 'stats'];

describe('usage errors', () => {
  it.each([
    ['an unknown command', ['define', 'dog']],
    ['an unknown option', ['lookup', '--frobnicate', 'dog.n.01']],
    ['a query command without arguments', ['lookup']],
    ['a bad --in value', ['descendants', 'dog.n.01', '--in', '5k']],
    ['--in where it does not apply', ['lookup', 'dog.n.01', '--in', '1k']],
    ['a --limit of zero', ['search', 'dog', '--limit', '0']],
    ['a negative --limit', ['search', 'dog', '--limit=-3']],
    ['a fractional --limit', ['search', 'dog', '--limit', '2.5']],
    ['a --limit without its value', ['search', 'dog', '--limit']],
    ['arguments to stats', ['stats', 'dog']],
    ["'-' mixed with ids", ['lookup', '-', 'dog.n.01']],
    ['a value given to a flag', ['stats', '--json=yes']],
  ])('exits 2 on %s, with a message and a hint, and answers nothing', (_, args) => {
    const run = synset(args, 'n01440764\n');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const [message, hint, ...more] = lines(run.stderr);
    expect(message).toMatch(/^synset: \S/);
    expect(hint).toMatch(/synset --help/);
    expect(more).toStrictEqual([]);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('escapes control characters in what it echoes', () => {
    const run = synset(['\u001b[2Jdefine']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"\\x1b[2Jdefine"');
    expect(run.stderr).not.toContain('\u001b');
  });
});

describe('help and version', () => {
  it('prints usage to stderr and exits 2 when run without arguments', () => {
    const run = synset([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    for (const command of COMMANDS) expect(run.stderr).toContain(`synset ${command}`);
  });

  it.each([[['--help']], [['help']], [['-h']]])('prints the usage of every command on stdout for %j', (args) => {
    const run = synset(args);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    for (const command of COMMANDS) expect(run.stdout).toContain(`synset ${command}`);
  });

  it('prints one command’s usage when asked about it', () => {
    for (const args of [
      ['help', 'lca'],
      ['lca', '--help'],
    ]) {
      const run = synset(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^usage: synset lca /);
      expect(run.stdout).not.toContain('synset lookup');
    }
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = synset(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(version + '\n');
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
