import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { defaultExportStyle } from '../core/class-names.js';
import { ExportError, type ExportFormat } from '../core/label-export.js';
import { withoutFormatCharacters } from '../core/normalize.js';
import { SynsetQueries } from '../core/queries.js';
import { isQueryError } from '../core/errors.js';
import { useBuiltInLabelSets } from '../node/label-spaces.js';
import { bundlePath, loadIndex } from '../node/load-bundle.js';
import { findProjectRoot } from '../node/project-root.js';
import { useWordNetVersionFile } from '../node/wordnet-versions.js';
import { parseArgs, UsageError, type ExportInvocation, type Invocation } from './args.js';
import { runGroup } from './group-run.js';
import type { MatrixInvocation } from './hierarchy-args.js';
import { matrixPieces, writeMatrixFile, writeMatrixStream } from './matrix.js';
import { HierarchyError, hierarchyProblemLines, readHierarchy } from './hierarchy-file.js';
import { hierarchyRows, type ClassHierarchy } from '../core/class-hierarchy.js';
import { escapeText, quoteInput } from './escape.js';
import { exportClip, exportSet, exportUnder, type ExportResult } from './export.js';
import { isClipFormat } from '../core/clip-export.js';
import { LabelSpaceArgs } from './label-space-args.js';
import { BufferedOutput } from './output.js';
import { languageLabels, runQuery, spaceInUse } from './query-run.js';
import { languageRows, languagesJson, languagesText } from './languages.js';
import { isEnglish } from '../core/language-catalog.js';
import { useBuiltInLanguages } from '../node/languages.js';
import { setRows, setsJson, setsText } from './sets.js';
import { runSeverity } from './severity-run.js';
import { runEvaluate } from './evaluate-run.js';
import type { TreeFormat } from './subtree.js';
import { statsText } from './text-format.js';
import { usage, USAGE_HINT } from './usage.js';
import { errorMessage } from '../core/error-detail.js';
import { metricRows } from '../core/hierarchy-metrics.js';

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
    process.stderr.write(`synset: internal error: ${escapeText(errorMessage(error))}\n`);
    process.exit(EXIT.internal);
  });
  const stdout = process.stdout;
  process.exitCode = await main(argv, {
    // process.stdin is made when first touched, a stream over the terminal, pipe or file (a few
    // ms of a start): made here only when a command reads its input.
    stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
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
    err.write(`synset: internal error: ${escapeText(errorMessage(error))}\n`);
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
  try {
    return await answer(parseArgs(argv), streams, out, err);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err.write(`synset: ${error.message}\n${USAGE_HINT}\n`);
    return EXIT.usage;
  }
}

async function answer(invocation: Invocation, streams: CliStreams, out: BufferedOutput, err: BufferedOutput): Promise<number> {
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
  useBuiltInLabelSets(queries);
  useWordNetVersionFile(queries);
  useBuiltInLanguages(queries);
  // An unknown --lang is a usage error, said before any input is read.
  const lang = 'lang' in invocation ? invocation.lang : undefined;
  if (lang !== undefined && !isEnglish(lang)) {
    try {
      queries.languages.info(lang);
    } catch (error) {
      if (!isQueryError(error)) throw error;
      err.write(`synset: --lang: ${escapeText(error.message)}\n${USAGE_HINT}\n`);
      return EXIT.usage;
    }
  }
  const spaces = new LabelSpaceArgs(queries, (line) => err.write(line));
  let hierarchy: ClassHierarchy | undefined;
  const hierarchyFile = 'hierarchy' in invocation ? invocation.hierarchy : undefined;
  if (hierarchyFile !== undefined) {
    try {
      hierarchy = readHierarchy(hierarchyFile, queries);
    } catch (error) {
      if (!(error instanceof HierarchyError)) throw error;
      err.write(hierarchyProblemLines(hierarchyFile, error.problems));
      return EXIT.inputFailed;
    }
  }

  let failures: number;
  switch (invocation.kind) {
    case 'stats':
      out.write(invocation.json ? JSON.stringify(queries.stats()) + '\n' : statsText(queries.stats()));
      return EXIT.ok;
    case 'sets': {
      const rows = setRows(queries);
      out.write(invocation.json ? setsJson(rows) : setsText(rows));
      return EXIT.ok;
    }
    case 'languages': {
      const rows = languageRows(queries.languages.catalog);
      out.write(invocation.json ? languagesJson(rows) : languagesText(rows));
      return EXIT.ok;
    }
    case 'export':
      failures = runExport(queries, invocation, spaces, out, err);
      break;
    case 'query':
      failures = await runQuery(queries, invocation, spaces, streams.stdin, streams.width, out, err, hierarchy);
      break;
    case 'severity':
      failures = await runSeverity(queries, invocation, spaces.nameOf('--set', invocation.set), streams.stdin, out, err, hierarchy);
      break;
    case 'matrix':
      failures = await runMatrix(queries, invocation, spaces.nameOf('--set', invocation.set), streams, out, err, hierarchy);
      break;
    case 'evaluate':
      failures = await runEvaluate(queries, invocation, spaces.nameOf('--set', invocation.set), streams.stdin, out, err, hierarchy);
      break;
    case 'group':
      failures = runGroup(
        queries,
        invocation,
        invocation.set === undefined ? '1k' : spaces.nameOf('--set', invocation.set),
        out,
        err,
        hierarchy,
      );
      break;
  }
  return failures > 0 || spaces.problems > 0 ? EXIT.inputFailed : EXIT.ok;
}

/** `synset export`: the file on stdout or in `-o FILE`; returns 1 when it could not be made. */
function runExport(
  queries: SynsetQueries,
  invocation: ExportInvocation,
  spaces: LabelSpaceArgs,
  out: BufferedOutput,
  err: BufferedOutput,
): number {
  const set = invocation.set === undefined ? undefined : spaces.nameOf('--set', invocation.set);
  const inSpace = spaces.nameOf('--in', invocation.in, true);
  const style = invocation.names ?? (invocation.under === undefined ? defaultExportStyle(invocation.format, set ?? '1k') : 'unique');
  const space = spaceInUse(
    queries,
    { set, in: inSpace },
    style,
    invocation.lang === undefined ? undefined : languageLabels(queries, invocation.lang),
  );
  let result: ExportResult;
  try {
    if (invocation.under === undefined && isClipFormat(invocation.format)) result = exportClip(space, invocation.format);
    else if (invocation.under === undefined) result = exportSet(space, invocation.format as ExportFormat);
    else {
      const root = queries.resolve(withoutFormatCharacters(invocation.under), { set });
      result = exportUnder(queries, root, inSpace, space, invocation.format as TreeFormat, invocation.depth);
    }
  } catch (error) {
    if (!(isQueryError(error) || error instanceof ExportError)) throw error;
    const subject = invocation.under === undefined ? '' : `${quoteInput(invocation.under)}: `;
    // The core says what to do in words any caller can use; here, with the option that does it.
    const option = error instanceof ExportError && error.suggestedNames ? ` (--names ${error.suggestedNames})` : '';
    err.write(`synset: ${subject}${escapeText(error.message)}${option}\n`);
    return 1;
  }
  if (result.note) err.write(`synset: ${result.note}\n`);
  if (invocation.output === undefined) {
    out.write(result.text);
    return 0;
  }
  try {
    writeFileSync(invocation.output, result.text);
  } catch (error) {
    err.write(`synset: cannot write ${quoteInput(invocation.output)}: ${escapeText(errorMessage(error))}\n`);
    return 1;
  }
  return 0;
}

/**
 * `synset matrix`: the N×N matrix of a metric over the set, streamed row by row to `-o FILE` or
 * to standard output (npy only when that is not a terminal). Returns 1 when it could not be made.
 */
async function runMatrix(
  queries: SynsetQueries,
  invocation: MatrixInvocation,
  set: string,
  streams: CliStreams,
  out: BufferedOutput,
  err: BufferedOutput,
  hierarchy: ClassHierarchy | undefined,
): Promise<number> {
  const classes = queries.labelSpaces.set(set).classes;
  const hole = classes.indexOf(-1);
  if (hole >= 0) {
    err.write(`synset: ${escapeText(set)}: class ${hole} names no synset; a matrix needs every class\n`);
    return 1;
  }
  if (hierarchy && invocation.hierarchy !== undefined) {
    const missing = hierarchy.missingClasses(queries.index, classes, set);
    if (missing.length > 0) {
      err.write(hierarchyProblemLines(invocation.hierarchy, missing));
      return 1;
    }
  }
  const { metric, format, output, dtype } = invocation;
  if (output === undefined && format === 'npy' && streams.width !== undefined) {
    throw new UsageError('npy is binary: give -o FILE, or redirect standard output');
  }
  // --hierarchy allows severity and path only (a usage error otherwise).
  const rows = hierarchy ? hierarchyRows(hierarchy, classes, metric as 'severity' | 'path') : metricRows(queries.index, classes, metric);
  const pieces = matrixPieces(rows, classes.length, format, dtype);
  if (output !== undefined) {
    try {
      writeMatrixFile(output, pieces);
    } catch (error) {
      err.write(`synset: cannot write ${quoteInput(output)}: ${escapeText(errorMessage(error))}\n`);
      return 1;
    }
    return 0;
  }
  // What waits in the text buffer goes first; the matrix's bytes then go to the stream directly.
  await out.drain(true);
  await writeMatrixStream(streams.stdout, pieces, () => out.closed);
  return 0;
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(findProjectRoot(), 'package.json'), 'utf8')) as { version?: unknown };
  return String(manifest.version);
}
