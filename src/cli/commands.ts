import type { Membership } from '../core/membership.js';
import { withoutFormatCharacters } from '../core/normalize.js';
import type { SynsetQueries, SynsetStats } from '../core/queries.js';
import type { SearchHit } from '../core/search.js';
import type { SynsetDetails } from '../core/synset-index.js';
import type { QueryCommand } from './args.js';

/** One answer, before it is formatted as a JSON line or as text. */
export type CliRecord =
  | { command: 'lookup'; synset: SynsetDetails }
  | { command: 'ancestors'; wnid: string; paths: string[][] }
  | { command: 'descendants'; wnid: string; in: Membership; descendants: string[] }
  | { command: 'lca'; a: string; b: string; lca: string[] }
  | { command: 'search'; query: string; results: SearchHit[] }
  | { command: 'stats'; stats: SynsetStats };

/** An input the CLI itself rejects before the core sees it (the core throws `SynsetIdError`). */
export class InputError extends Error {
  override name = 'InputError';
}

export interface QueryOptions {
  in: Membership;
  limit: number;
}

/** The core would silently search only the first 100 characters; say so instead. */
const MAX_QUERY_LENGTH = 100;

/**
 * The function answering one input of a query command; throws for a bad input. Format
 * characters (a zero-width space pasted with a wnid or a word) are invisible, so an input is
 * read without them, as the core's search reads its queries: a query of them alone is empty.
 */
export function answerer(command: QueryCommand, queries: SynsetQueries, options: QueryOptions): (input: string) => CliRecord {
  const answer = answererOfVisible(command, queries, options);
  return (input) => answer(withoutFormatCharacters(input));
}

function answererOfVisible(command: QueryCommand, queries: SynsetQueries, options: QueryOptions): (input: string) => CliRecord {
  switch (command) {
    case 'lookup':
      return (id) => ({ command, synset: queries.lookup(id) });
    case 'ancestors':
      return (id) => ({ command, wnid: wnidOf(queries, id), paths: queries.ancestors(id) });
    case 'descendants':
      return (id) => ({ command, wnid: wnidOf(queries, id), in: options.in, descendants: queries.descendants(id, { in: options.in }) });
    case 'lca':
      return (pair) => lcaOfPair(queries, pair);
    case 'search':
      return (query) => {
        const text = query.trim();
        if (text.length === 0) throw new InputError('empty query');
        if (text.length > MAX_QUERY_LENGTH) throw new InputError(`query too long (${text.length} characters, at most ${MAX_QUERY_LENGTH})`);
        return { command, query: text, results: queries.search(text, { limit: options.limit, in: options.in }) };
      };
  }
}

export function statsRecord(queries: SynsetQueries): CliRecord {
  return { command: 'stats', stats: queries.stats() };
}

function wnidOf(queries: SynsetQueries, id: string): string {
  return queries.index.wnidOf(queries.resolve(id));
}

/** `a,b`: each side resolved on its own, so an error says which side is wrong. */
function lcaOfPair(queries: SynsetQueries, pair: string): CliRecord {
  if (pair.trim().length === 0) throw new InputError('empty id');
  const sides = pair.split(',');
  if (sides.length !== 2) throw new InputError('expected a pair of ids: a,b');
  const [a, b] = sides.map((side, k) => {
    try {
      return wnidOf(queries, side);
    } catch (error) {
      if (error instanceof Error) error.message = `${k === 0 ? 'first' : 'second'} id: ${error.message}`;
      throw error;
    }
  }) as [string, string];
  return { command: 'lca', a, b, lca: queries.lca(a, b) };
}
