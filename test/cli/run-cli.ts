import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The checkout: the CLI runs from here, as `npx synset` would. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the real executable (bin/synset.js over build/node, built by `pretest`) in a child process. */
export function synset(args: readonly string[], input?: string | Buffer, script = 'bin/synset.js'): CliRun {
  const started = performance.now();
  const result = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

/**
 * Runs the CLI with stdin fed from `input` and stops reading its stdout after the first chunk,
 * as `| head -1` does; resolves with what it wrote to stderr and its exit status.
 */
export function synsetIntoClosedPipe(
  args: readonly string[],
  input: string,
): Promise<{ status: number | null; stderr: string; firstChunk: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/synset.js', ...args], { cwd: ROOT });
    let stderr = '';
    let firstChunk = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.stdout.once('data', (chunk: Buffer) => {
      firstChunk = chunk.toString('utf8');
      child.stdout.destroy();
    });
    child.stdin.on('error', () => {
      // The CLI may finish before reading all of stdin; that is not what is under test.
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr, firstChunk }));
    child.stdin.end(input);
  });
}

/** Parses JSON Lines output, one value per line. */
export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Lines of output without the final newline's empty string. */
export function lines(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

/** Terminal control characters other than the newline that ends each message. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
export const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

/** A JavaScript stack frame, which must never reach a user. */
export const STACK_FRAME = /^\s+at /m;
