import { isMembership, type Membership } from '../core/membership.js';
import { quoteInput } from './format.js';

/** The commands that answer one record per input. */
export type QueryCommand = 'lookup' | 'search' | 'ancestors' | 'descendants' | 'lca';
export type CommandName = QueryCommand | 'stats';

export const COMMANDS: readonly CommandName[] = ['lookup', 'search', 'ancestors', 'descendants', 'lca', 'stats'];

/** The options each command accepts besides `--json`; any other is a usage error, not ignored. */
const COMMAND_OPTIONS: Record<CommandName, readonly ('in' | 'limit')[]> = {
  lookup: [],
  search: ['in', 'limit'],
  ancestors: [],
  descendants: ['in'],
  lca: [],
  stats: [],
};

/** The core's search returns at most this many results; a larger `--limit` would be silently cut. */
export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 10;

/** What the command line asks for, once parsed and checked. */
export type Invocation =
  | { kind: 'help'; command: CommandName | undefined }
  | { kind: 'version' }
  | { kind: 'stats'; json: boolean }
  | {
      kind: 'query';
      command: QueryCommand;
      json: boolean;
      in: Membership;
      limit: number;
      /** The arguments after the command; empty when they come from standard input. */
      args: string[];
      fromStdin: boolean;
    };

/** The command line itself is wrong: exit 2 with a hint at `--help`. */
export class UsageError extends Error {
  override name = 'UsageError';
}

function isCommand(word: string): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word);
}

/**
 * Parses `synset`'s arguments (without `node` and the script). Options may stand before or after
 * the command; `--` ends them, so every later word is an argument even if it starts with `-`.
 */
export function parseArgs(argv: readonly string[]): Invocation {
  const words: string[] = [];
  const seen = new Set<string>();
  let help = false;
  let version = false;
  let json = false;
  let membership: string | undefined;
  let limitText: string | undefined;

  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '--') {
      words.push(...argv.slice(k + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      words.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg : arg.slice(0, equals);
    const inline = equals < 0 ? undefined : arg.slice(equals + 1);
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++k];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    const flag = (): true => {
      if (inline !== undefined) throw new UsageError(`${name} takes no value`);
      return true;
    };
    switch (name) {
      case '-h':
      case '--help':
        help = flag();
        break;
      case '--version':
        version = flag();
        break;
      case '--json':
        json = flag();
        break;
      case '--in':
        membership = value();
        seen.add('in');
        break;
      case '--limit':
        limitText = value();
        seen.add('limit');
        break;
      default:
        throw new UsageError(`unknown option ${quoteInput(name)}`);
    }
  }

  const [first, ...rest] = words;
  if (help || first === 'help') {
    const topic = first === 'help' ? rest[0] : first;
    return { kind: 'help', command: topic !== undefined && isCommand(topic) ? topic : undefined };
  }
  if (version) return { kind: 'version' };
  if (first === undefined) throw new UsageError('no command given');
  if (!isCommand(first)) throw new UsageError(`unknown command ${quoteInput(first)} (commands: ${COMMANDS.join(', ')})`);

  for (const option of seen) {
    if (!(COMMAND_OPTIONS[first] as readonly string[]).includes(option)) throw new UsageError(`--${option} does not apply to ${first}`);
  }
  if (first === 'stats') {
    if (rest.length > 0) throw new UsageError('stats takes no arguments');
    return { kind: 'stats', json };
  }

  const resolvedIn = membership ?? 'all';
  if (!isMembership(resolvedIn)) throw new UsageError(`--in must be all, 21k or 1k, not ${quoteInput(resolvedIn)}`);
  const limit = limitText === undefined ? DEFAULT_LIMIT : parseLimit(limitText);

  if (rest.length === 0) {
    throw new UsageError(
      `${first} needs ${first === 'search' ? 'queries' : first === 'lca' ? 'pairs a,b' : 'ids'} as arguments, or '-' to read them from standard input`,
    );
  }
  const fromStdin = rest.includes('-');
  if (fromStdin && rest.length > 1) throw new UsageError(`'-' reads from standard input and cannot be mixed with other arguments`);
  return { kind: 'query', command: first, json, in: resolvedIn, limit, args: fromStdin ? [] : rest, fromStdin };
}

function parseLimit(text: string): number {
  if (!/^[1-9]\d*$/.test(text)) throw new UsageError(`--limit must be a positive integer, not ${quoteInput(text)}`);
  const limit = Number(text);
  if (limit > MAX_LIMIT) throw new UsageError(`--limit must be at most ${MAX_LIMIT}`);
  return limit;
}
