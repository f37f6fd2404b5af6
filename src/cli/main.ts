import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { SynsetQueries } from '../core/queries.js';
import { SynsetIdError } from '../core/synset-index.js';
import { bundlePath, loadIndex } from '../node/load-bundle.js';
import { findProjectRoot } from '../node/project-root.js';
import { parseArgs, UsageError, type Invocation } from './args.js';
import { answerer, InputError, statsRecord, type CliRecord } from './commands.js';
import { escapeText, jsonLine, quoteInput, textLines, type TextContext } from './format.js';
import { argumentInputs, lineInputs, MAX_LINE_BYTES, type Input } from './input.js';
import { BufferedOutput } from './output.js';
import { usage, USAGE_HINT } from './usage.js';

/** Exit statuses: 1 and 2 follow grep and friends, 70 is sysexits' EX_SOFTWARE. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2, internal: 70 } as const;

/** Where the CLI reads and writes; tests and `run` give the process's own. */
export interface CliStreams {
  stdin: AsyncIterable<Buffer | string> | Iterable<Buffer | string>;
  stdout: Writable;
  stderr: Writable;
  /** Columns of the terminal stdout is, or undefined when it is a pipe or a file. */
  width: number | undefined;
}

/** The `synset` executable: runs with the process's streams and sets its exit code. */
export async function run(argv: readonly string[]): Promise<void> {
  process.on('uncaughtException', (error) => {
    process.stderr.write(`synset: internal error: ${escapeText(error instanceof Error ? error.message : String(error))}\n`);
    process.exit(EXIT.internal);
  });
  const stdout = process.stdout;
  process.exitCode = await main(argv, {
    stdin: process.stdin,
    stdout,
    stderr: process.stderr,
    width: stdout.isTTY ? stdout.columns : undefined,
  });
}

/** Runs one command line and returns the exit status; never throws. */
export async function main(argv: readonly string[], streams: CliStreams): Promise<number> {
  const out = new BufferedOutput(streams.stdout);
  const err = new BufferedOutput(streams.stderr);
  let status: number;
  try {
    status = await dispatch(argv, streams, out, err);
  } catch (error) {
    err.write(`synset: internal error: ${escapeText(error instanceof Error ? error.message : String(error))}\n`);
    status = EXIT.internal;
  }
  await Promise.all([out.drain(true), err.drain(true)]);
  if (out.failure && status !== EXIT.internal) {
    streams.stderr.write(`synset: cannot write output: ${escapeText(out.failure.message)}\n`);
    status = EXIT.internal;
  }
  return status;
}

async function dispatch(argv: readonly string[], streams: CliStreams, out: BufferedOutput, err: BufferedOutput): Promise<number> {
  if (argv.length === 0) {
    err.write(usage());
    return EXIT.usage;
  }
  let invocation: Invocation;
  try {
    invocation = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err.write(`synset: ${error.message}\n${USAGE_HINT}\n`);
    return EXIT.usage;
  }

  if (invocation.kind === 'help') {
    out.write(usage(invocation.command));
    return EXIT.ok;
  }
  if (invocation.kind === 'version') {
    out.write(packageVersion() + '\n');
    return EXIT.ok;
  }

  if (!existsSync(bundlePath())) {
    err.write(`synset: no data bundle at ${bundlePath()}: run 'npm install' (or 'npm run build:data') first\n`);
    return EXIT.usage;
  }
  const queries = new SynsetQueries(loadIndex());
  const context: TextContext = {
    labelOf: (wnid) => queries.index.labelOf(queries.index.numberOfWnid(wnid)),
    width: streams.width,
  };
  const format = (record: CliRecord): string => (invocation.json ? jsonLine(record) : textLines(record, context));

  if (invocation.kind === 'stats') {
    out.write(format(statsRecord(queries)));
    return EXIT.ok;
  }

  const answer = answerer(invocation.command, queries, invocation);
  let failures = 0;
  for await (const input of inputsOf(invocation, streams)) {
    if (out.closed) break;
    try {
      if (input.overlong) throw new InputError(`line too long (more than ${MAX_LINE_BYTES} bytes)`);
      out.write(format(answer(input.text)));
    } catch (error) {
      if (!(error instanceof SynsetIdError || error instanceof InputError)) throw error;
      failures++;
      err.write(
        `synset: ${input.line === undefined ? '' : `line ${input.line}: `}${quoteInput(input.text)}: ${escapeText(error.message)}\n`,
      );
    }
    await Promise.all([out.drain(), err.drain()]);
  }
  return failures > 0 ? EXIT.inputFailed : EXIT.ok;
}

function inputsOf(invocation: Extract<Invocation, { kind: 'query' }>, streams: CliStreams): AsyncGenerator<Input> {
  if (invocation.fromStdin) return lineInputs(streams.stdin);
  const { args } = invocation;
  // `synset lca dog.n.01 cat.n.01` reads as one pair, as people type it.
  if (invocation.command === 'lca' && args.length === 2 && !args.some((arg) => arg.includes(','))) {
    return argumentInputs([args.join(',')]);
  }
  return argumentInputs(args);
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(findProjectRoot(), 'package.json'), 'utf8')) as { version?: unknown };
  return String(manifest.version);
}
