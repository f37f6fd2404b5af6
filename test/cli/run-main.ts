import { Writable } from 'node:stream';
import { main, type CliStreams } from '../../src/cli/main.js';

/** What one command line did: as {@link synset} in `run-cli.ts` reports it, without the process. */
export interface MainRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** A stream that keeps everything written to it. */
function collector(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      callback();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/**
 * Runs `synset ...args` in this process through `main()` from the source, with `input` as its
 * standard input and stdout a pipe (no terminal width). The data bundle is loaded once per test
 * file, not once per command as the executable does: for usage, parsing and the commands'
 * answers; exit codes of the real process, stdin and pipes are `run-cli.ts`'s.
 */
export async function runMain(args: readonly string[], input: string | Buffer | CliStreams['stdin'] = []): Promise<MainRun> {
  const stdout = collector();
  const stderr = collector();
  const stdin = typeof input === 'string' || Buffer.isBuffer(input) ? [input] : input;
  const status = await main(args, { stdin, stdout: stdout.stream, stderr: stderr.stream, width: undefined });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
