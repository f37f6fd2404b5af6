import { withoutFormatCharacters } from '../core/normalize.js';
import type { SynsetQueries } from '../core/queries.js';
import { MAX_QUERY_LENGTH, type SearchHit } from '../core/search.js';
import type { QueryCommand } from './args.js';

/** One answer, before it is formatted; synsets are numbers, each input is kept as given. */
export type CliRecord =
  | { command: 'lookup'; input: string; synset: number }
  | { command: 'ancestors'; input: string; synset: number; paths: number[][] }
  | { command: 'descendants'; input: string; synset: number; in: string; descendants: Uint32Array }
  | { command: 'lca'; input: string; a: number; b: number; lca: number[] }
  | { command: 'search'; input: string; query: string; results: SearchHit[] }
  /** `synset` is -1 for a hole of a custom `--from` list (map --all). */
  | { command: 'map'; input: string; synset: number; from: string | null };

export type MapRecord = Extract<CliRecord, { command: 'map' }>;

/** An input the CLI itself rejects before the core sees it (the core throws `SynsetIdError`). */
export class InputError extends Error {
  override name = 'InputError';
}

export interface QueryOptions {
  /** The membership of descendants and search: `all` or a label space's name. */
  in: string;
  /** The space bare numbers index (`--set`, or map's `--from`). */
  set: string | undefined;
  limit: number;
}

/**
 * The function answering one input of a query command; throws for a bad input. Format
 * characters (a zero-width space pasted with a wnid or a word) are invisible, so an input is
 * read without them, as the core's search reads its queries: a query of them alone is empty.
 */
export function answerer(command: QueryCommand, queries: SynsetQueries, options: QueryOptions): (input: string) => CliRecord {
  const answer = answererOfVisible(command, queries, options);
  return (input) => answer(input, withoutFormatCharacters(input));
}

function answererOfVisible(
  command: QueryCommand,
  queries: SynsetQueries,
  options: QueryOptions,
): (input: string, visible: string) => CliRecord {
  const resolve = (id: string) => queries.resolve(id, { set: options.set });
  const index = queries.index;
  switch (command) {
    case 'lookup':
      return (input, id) => ({ command, input, synset: resolve(id) });
    case 'ancestors':
      return (input, id) => {
        const synset = resolve(id);
        return { command, input, synset, paths: index.hypernymPaths(synset) };
      };
    case 'descendants': {
      const filter = queries.labelSpaces.filter(options.in);
      return (input, id) => {
        const synset = resolve(id);
        return { command, input, synset, in: options.in, descendants: index.descendantsOf(synset, filter) };
      };
    }
    case 'lca':
      return (input, pair) => {
        const [a, b] = pairOf(pair, resolve);
        return { command, input, a, b, lca: index.lowestCommonHypernyms(a, b) };
      };
    case 'map':
      return (input, id) => ({ command, input, synset: resolve(id), from: options.set ?? setNamed(queries, id) });
    case 'search':
      return (input, query) => {
        const text = query.trim();
        if (text.length === 0) throw new InputError('empty query');
        if (text.length > MAX_QUERY_LENGTH) throw new InputError(`query too long (${text.length} characters, at most ${MAX_QUERY_LENGTH})`);
        return { command, input, query: text, results: queries.search(text, { limit: options.limit, in: options.in }) };
      };
  }
}

/** The set a `SET:INDEX` id reads its index in, by the name the queries know it by. */
function setNamed(queries: SynsetQueries, id: string): string | null {
  const match = /^\s*([^:\s]+):/.exec(id);
  return (match && queries.labelSpaces.nameOf(match[1]!)) ?? null;
}

/** `a,b`: each side resolved on its own, so an error says which side is wrong. */
function pairOf(pair: string, resolve: (id: string) => number): [number, number] {
  if (pair.trim().length === 0) throw new InputError('empty id');
  const sides = pair.split(',');
  if (sides.length !== 2) throw new InputError('expected a pair of ids: a,b');
  return sides.map((side, k) => {
    try {
      return resolve(side);
    } catch (error) {
      if (error instanceof Error) error.message = `${k === 0 ? 'first' : 'second'} id: ${error.message}`;
      throw error;
    }
  }) as [number, number];
}

/** map --all: every class of the `from` space in index order, a hole of a custom list as -1. */
export function mapAll(queries: SynsetQueries, from: string): MapRecord[] {
  const set = queries.labelSpaces.set(from);
  return Array.from(set.classes, (synset, k): MapRecord => ({ command: 'map', input: `${from}:${k}`, synset, from }));
}
