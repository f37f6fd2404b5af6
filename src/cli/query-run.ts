import type { ClassHierarchy } from '../core/class-hierarchy.js';
import type { ClassNameStyle } from '../core/class-names.js';
import type { LanguageLabels } from '../core/language-labels.js';
import { isEnglish } from '../core/language-catalog.js';
import { ALL } from '../core/label-space-name.js';
import type { SynsetQueries } from '../core/queries.js';
import { isQueryError } from '../core/errors.js';
import { readNameList } from '../node/label-spaces.js';
import type { QueryInvocation } from './args.js';
import { answerer, InputError, lcaOfWholeSet, mapAll } from './commands.js';
import { escapeText, quoteInput } from './escape.js';
import { recordWriter } from './format.js';
import { argumentInputs, BLANK_LINE, isBlankLine, lineInputs, MAX_LINE_BYTES, type Input } from './input.js';
import type { LabelSpaceArgs } from './label-space-args.js';
import type { BufferedOutput } from './output.js';
import { SpaceInUse } from './space-in-use.js';
import { isVersionTarget, targetId } from './version-target.js';

/** The label space a command speaks in (see {@link SpaceInUse}), from its resolved options. */
export function spaceInUse(
  queries: SynsetQueries,
  named: { to?: string | undefined; set?: string | undefined; in: string },
  style: ClassNameStyle,
  language?: LanguageLabels,
): SpaceInUse {
  const name = named.to ?? named.set ?? (named.in === ALL ? '1k' : named.in);
  const chosen = named.to !== undefined || named.set !== undefined || named.in !== ALL;
  return new SpaceInUse(
    queries.index,
    queries.labelSpaces.set(name),
    style,
    chosen,
    (list) => readNameList(list),
    queries.wordNetVersions,
    language,
  );
}

/** `--lang`'s words, or undefined for English (`en`, `en-US`: WordNet's own). */
export function languageLabels(queries: SynsetQueries, code: string): LanguageLabels | undefined {
  return isEnglish(code) ? undefined : queries.languages.labels(code);
}

/**
 * Answers a query command's inputs in order, streaming: each answer is written as it is made,
 * a failed input on stderr (or in place with `--on-error inline`). Blank lines of standard input
 * are skipped, but with `--on-error inline` each is answered in its place as an error, so output
 * line N still answers input line N. Returns how many inputs failed.
 */
export async function runQuery(
  queries: SynsetQueries,
  invocation: QueryInvocation,
  spaces: LabelSpaceArgs,
  stdin: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  width: number | undefined,
  out: BufferedOutput,
  err: BufferedOutput,
  hierarchy?: ClassHierarchy,
): Promise<number> {
  const set = invocation.set === undefined ? undefined : spaces.nameOf('--set', invocation.set);
  const inSpace = spaces.nameOf('--in', invocation.in, true);
  const from = invocation.from === undefined ? undefined : spaces.nameOf('--from', invocation.from);
  // --to wn31|ili|oewn: other WordNets' ids, not a label space (see version-target.ts).
  const versionTarget = isVersionTarget(invocation.to) ? invocation.to : undefined;
  const to = invocation.to === undefined || versionTarget ? undefined : spaces.nameOf('--to', invocation.to);
  const language = invocation.lang === undefined ? undefined : languageLabels(queries, invocation.lang);
  const space = spaceInUse(queries, { to, set, in: inSpace }, invocation.names ?? 'wordnet', language);
  const writer = recordWriter(invocation, space, width);
  out.write(writer.header);

  if (invocation.all) {
    const records = mapAll(queries, from!);
    if (invocation.format === 'json') {
      // The mask people apply to logits: one array, the target index of each class of --from.
      const target = (synset: number) => (versionTarget ? targetId(space.versionIds(synset), versionTarget).id : space.indexOf(synset));
      out.write(JSON.stringify(records.map((record) => (record.synset < 0 ? null : target(record.synset)))) + '\n');
    } else {
      for (const record of records) out.write(writer.record(record));
    }
    return 0;
  }

  if (invocation.wholeSet) {
    try {
      out.write(writer.record(lcaOfWholeSet(queries, set!, hierarchy)));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      err.write(`synset: ${escapeText(error.message)}\n`);
      return 1;
    }
    return 0;
  }

  const answer = answerer(invocation.command, queries, {
    in: inSpace,
    set: from ?? set,
    limit: invocation.limit,
    hierarchy,
    lang: language?.code,
  });
  let failures = 0;
  for await (const input of inputsOf(invocation, stdin)) {
    if (out.closed) break;
    if (isBlankLine(input)) {
      if (!invocation.inlineErrors) continue;
      failures++;
      out.write(writer.error(input.text, BLANK_LINE));
      continue;
    }
    try {
      if (input.overlong) throw new InputError(`line too long (more than ${MAX_LINE_BYTES} bytes)`);
      out.write(writer.record(answer(input.text)));
    } catch (error) {
      if (!(isQueryError(error) || error instanceof InputError)) throw error;
      failures++;
      if (invocation.inlineErrors) out.write(writer.error(input.text, error.message));
      else
        err.write(
          `synset: ${input.line === undefined ? '' : `line ${input.line}: `}${quoteInput(input.text)}: ${escapeText(error.message)}\n`,
        );
    }
    // Awaiting only when a lot waits: a promise per line was a fifth of a 50,000-line run.
    if (out.full || err.full) await Promise.all([out.drain(), err.drain()]);
  }
  return failures;
}

function inputsOf(invocation: QueryInvocation, stdin: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<Input> {
  if (invocation.fromStdin) return lineInputs(stdin);
  const { args } = invocation;
  // `synset lca dog.n.01 cat.n.01` reads as one pair, as people type it.
  if ((invocation.command === 'lca' || invocation.command === 'distance') && args.length === 2 && !args.some((arg) => arg.includes(','))) {
    return argumentInputs([args.join(',')]);
  }
  return argumentInputs(args);
}
