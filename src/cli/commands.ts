import { treeDistanceRecord, type ClassHierarchy, type TreeDistanceRecord } from '../core/class-hierarchy.js';
import { distanceRecord, lcaOfSet, setHeight, type DistanceRecord } from '../core/hierarchy-metrics.js';
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
  /** The LCA of three ids or more on a line (`synsets`), or of a whole set (`set`, `synsets` null). */
  | { command: 'lcaOfSet'; input: string; synsets: number[] | null; set: string | null; size: number; lca: number[] }
  | { command: 'distance'; input: string; distance: DistanceRecord }
  /** A pair's figures in a user's hierarchy (`--hierarchy`). */
  | { command: 'treeDistance'; input: string; distance: TreeDistanceRecord }
  | { command: 'search'; input: string; query: string; results: SearchHit[] }
  /** `synset` is -1 for a hole of a custom `--from` list (map --all). */
  | { command: 'map'; input: string; synset: number; from: string | null };

export type MapRecord = Extract<CliRecord, { command: 'map' }>;

/** An input the CLI itself rejects before the core sees it (the core throws `SynsetIdError`). */
export class InputError extends Error {
  override name = 'InputError';
}

export interface QueryOptions {
  /** The label space of descendants and search: `all` or a label space's name. */
  in: string;
  /** The space bare numbers index (`--set`, or map's `--from`). */
  set: string | undefined;
  limit: number;
  /** `--hierarchy`: lca and distance in a user's tree instead of WordNet. */
  hierarchy?: ClassHierarchy | undefined;
  /** `--lang`: search that language's lemmas (a catalog code; undefined for English). */
  lang?: string | undefined;
}

/** The synset, when the hierarchy has it; else an error naming it. */
export function inHierarchy(hierarchy: ClassHierarchy, index: { wnidOf(i: number): string }, i: number): number {
  if (!hierarchy.has(i)) throw new InputError(`${index.wnidOf(i)} is not in the hierarchy`);
  return i;
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
    case 'lca': {
      const tree = options.hierarchy;
      if (tree) {
        return (input, line) => {
          const synsets = idsOf(line, (id) => inHierarchy(tree, index, resolve(id)));
          if (synsets.length === 2) return { command, input, a: synsets[0]!, b: synsets[1]!, lca: [tree.lca(synsets[0]!, synsets[1]!)] };
          return { command: 'lcaOfSet', input, synsets, set: null, size: synsets.length, lca: [tree.lcaOf(synsets)] };
        };
      }
      return (input, line) => {
        const synsets = idsOf(line, resolve);
        if (synsets.length === 2) {
          const [a, b] = synsets as [number, number];
          return { command, input, a, b, lca: index.lowestCommonHypernyms(a, b) };
        }
        return { command: 'lcaOfSet', input, synsets, set: null, size: synsets.length, lca: lcaOfSet(index, synsets) };
      };
    }
    case 'distance': {
      const tree = options.hierarchy;
      if (tree) {
        return (input, pair) => {
          const [a, b] = idsOf(pair, (id) => inHierarchy(tree, index, resolve(id)), true) as [number, number];
          return { command: 'treeDistance', input, distance: treeDistanceRecord(tree, index, a, b) };
        };
      }
      // Severity is relative to the set in use: H is the largest max depth among its classes.
      const height = setHeight(index, synsetsOf(queries, options.set ?? '1k'));
      return (input, pair) => {
        const synsets = idsOf(pair, resolve, true);
        return { command, input, distance: distanceRecord(index, synsets[0]!, synsets[1]!, height) };
      };
    }
    case 'map':
      return (input, id) => ({ command, input, synset: resolve(id), from: options.set ?? setNamed(queries, id) });
    case 'search':
      return (input, query) => {
        const text = query.trim();
        if (text.length === 0) throw new InputError('empty query');
        if (text.length > MAX_QUERY_LENGTH) throw new InputError(`query too long (${text.length} characters, at most ${MAX_QUERY_LENGTH})`);
        return {
          command,
          input,
          query: text,
          results: queries.search(text, { limit: options.limit, in: options.in, ...(options.lang ? { lang: options.lang } : {}) }),
        };
      };
  }
}

/** The set a `SET:INDEX` id reads its index in, by the name the queries know it by. */
function setNamed(queries: SynsetQueries, id: string): string | null {
  const match = /^\s*([^:\s]+):/.exec(id);
  return (match && queries.labelSpaces.nameOf(match[1]!)) ?? null;
}

const ORDINALS = ['first', 'second', 'third'];

/** `a,b[,c…]`: each id resolved on its own, so an error says which one is wrong. */
function idsOf(line: string, resolve: (id: string) => number, pairOnly = false): number[] {
  if (line.trim().length === 0) throw new InputError('empty id');
  const ids = line.split(',');
  if (pairOnly && ids.length !== 2) throw new InputError('expected a pair of ids: a,b');
  if (ids.length < 2) throw new InputError('expected a pair of ids a,b (or more: a,b,c,...)');
  return ids.map((id, k) => {
    try {
      return resolve(id);
    } catch (error) {
      if (error instanceof Error) error.message = `${k < ORDINALS.length ? `${ORDINALS[k]} id` : `id ${k + 1}`}: ${error.message}`;
      throw error;
    }
  });
}

/** The synsets of a set's classes, without the holes of a custom list. */
export function synsetsOf(queries: SynsetQueries, set: string): number[] {
  return Array.from(queries.labelSpaces.set(set).classes).filter((i) => i >= 0);
}

/** `lca --set SET`: the lowest common hypernyms of every class of the set (in the hierarchy, when given). */
export function lcaOfWholeSet(queries: SynsetQueries, set: string, hierarchy?: ClassHierarchy): CliRecord {
  const synsets = synsetsOf(queries, set);
  if (synsets.length === 0) throw new InputError(`${set} names no synset`);
  if (hierarchy) for (const i of synsets) inHierarchy(hierarchy, queries.index, i);
  const lca = hierarchy ? [hierarchy.lcaOf(synsets)] : lcaOfSet(queries.index, synsets);
  return { command: 'lcaOfSet', input: set, synsets: null, set, size: synsets.length, lca };
}

/** map --all: every class of the `from` space in index order, a hole of a custom list as -1. */
export function mapAll(queries: SynsetQueries, from: string): MapRecord[] {
  const set = queries.labelSpaces.set(from);
  return Array.from(set.classes, (synset, k): MapRecord => ({ command: 'map', input: `${from}:${k}`, synset, from }));
}
