import { CLASS_NAME_STYLES, isClassNameStyle, type ClassNameStyle } from '../core/class-names.js';
import { CLIP_FORMATS, isClipFormat, type ClipFormat } from '../core/clip-export.js';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../core/label-export.js';
import { isLabelSpaceName } from '../core/label-space-name.js';
import { MAX_LIMIT } from '../core/search.js';
import { quoteInput } from './escape.js';
import { FIELDS, isField, MAP_ONLY_FIELDS, type Field } from './fields.js';
import { evaluateInvocation, type EvaluateInvocation } from './evaluate-args.js';
import { hierarchyInvocation, type HierarchyCommand, type HierarchyInvocation } from './hierarchy-args.js';
import { TREE_FORMATS, type TreeFormat } from './subtree.js';
import { UsageError } from './usage-error.js';

export { UsageError };

/** The commands that answer one record per input. */
export type QueryCommand = 'lookup' | 'search' | 'ancestors' | 'descendants' | 'lca' | 'distance' | 'map';
export type CommandName = QueryCommand | HierarchyCommand | 'evaluate' | 'stats' | 'sets' | 'languages' | 'export';

export const COMMANDS: readonly CommandName[] = [
  'lookup',
  'search',
  'ancestors',
  'descendants',
  'lca',
  'distance',
  'severity',
  'matrix',
  'group',
  'evaluate',
  'map',
  'export',
  'sets',
  'languages',
  'stats',
];

export type OptionName =
  | 'in'
  | 'limit'
  | 'set'
  | 'from'
  | 'to'
  | 'all'
  | 'names'
  | 'format'
  | 'fields'
  | 'header'
  | 'on-error'
  | 'under'
  | 'depth'
  | 'output'
  | 'metric'
  | 'count'
  | 'grouping'
  | 'split'
  | 'dtype'
  | 'hierarchy'
  | 'true'
  | 'pred'
  | 'confusion'
  | 'summary'
  | 'group'
  | 'per-class'
  | 'lang';

const ROW_OPTIONS: readonly OptionName[] = ['format', 'fields', 'header', 'on-error'];

/** The options each command accepts besides `--json`; any other is a usage error, not ignored. */
const COMMAND_OPTIONS: Record<CommandName, readonly OptionName[]> = {
  lookup: ['set', 'names', 'lang', ...ROW_OPTIONS],
  search: ['in', 'limit', 'set', 'names', 'on-error', 'lang'],
  ancestors: ['set', 'on-error', 'lang'],
  descendants: ['in', 'set', 'names', 'lang', ...ROW_OPTIONS],
  lca: ['set', 'on-error', 'hierarchy'],
  distance: ['set', 'format', 'header', 'on-error', 'hierarchy'],
  severity: ['set', 'format', 'on-error', 'hierarchy', 'true', 'pred', 'confusion', 'summary'],
  matrix: ['set', 'metric', 'format', 'output', 'dtype', 'hierarchy'],
  group: ['set', 'depth', 'under', 'count', 'grouping', 'split', 'format', 'fields', 'header', 'hierarchy', 'all'],
  evaluate: ['set', 'format', 'hierarchy', 'true', 'confusion', 'group', 'per-class', 'lang'],
  map: ['from', 'to', 'all', 'names', 'lang', ...ROW_OPTIONS],
  export: ['set', 'under', 'in', 'names', 'format', 'depth', 'output', 'lang'],
  sets: [],
  languages: [],
  stats: [],
};

/** How query commands print: text for people, or JSON Lines, tab- or comma-separated rows. */
export type OutputFormat = 'text' | 'json' | 'tsv' | 'csv';
const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'tsv', 'csv'];

export const DEFAULT_LIMIT = 10;

/** Most levels `export --under --depth` can ask for: deeper than WordNet goes (19). */
const MAX_DEPTH = 100;

/** What the command line asks for, once parsed and checked. Label spaces are still names or paths. */
export type Invocation =
  | { kind: 'help'; command: CommandName | undefined }
  | { kind: 'version' }
  | { kind: 'stats'; json: boolean }
  | { kind: 'sets'; json: boolean }
  | { kind: 'languages'; json: boolean }
  | ExportInvocation
  | EvaluateInvocation
  | HierarchyInvocation
  | QueryInvocation;

export interface QueryInvocation {
  kind: 'query';
  command: QueryCommand;
  format: OutputFormat;
  /** `--fields`, in the order given; undefined for each command's own shape. */
  fields: Field[] | undefined;
  header: boolean;
  /** `--on-error inline`: a failed input is answered in place instead of on stderr. */
  inlineErrors: boolean;
  /** `--names`, when given. */
  names: ClassNameStyle | undefined;
  /** `--set SET|FILE`: the space bare numbers index, and the one `index` counts in. */
  set: string | undefined;
  in: string;
  from: string | undefined;
  to: string | undefined;
  /** map --all: every class of --from, instead of ids. */
  all: boolean;
  /** `--hierarchy FILE` (distance, lca): a user's tree instead of WordNet. */
  hierarchy: string | undefined;
  /** lca --set SET without ids: the lowest common hypernyms of the whole set. */
  wholeSet: boolean;
  limit: number;
  /** `--lang CODE`: labels (and search) in that language; undefined for WordNet's English. */
  lang: string | undefined;
  /** The arguments after the command; empty when they come from standard input. */
  args: string[];
  fromStdin: boolean;
}

export interface ExportInvocation {
  kind: 'export';
  /** Export a label set's classes... */
  set: string | undefined;
  /** ...or the subtree under an id. */
  under: string | undefined;
  in: string;
  /** `--names`; undefined for the format's own default (see `defaultExportStyle`). */
  names: ClassNameStyle | undefined;
  format: ExportFormat | ClipFormat | TreeFormat;
  /** `-o FILE`; undefined for stdout. */
  output: string | undefined;
  depth: number | undefined;
  /** `--lang CODE`: class names in that language, English where it has none. */
  lang: string | undefined;
}

function isCommand(word: string): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word);
}

const VALUE_OPTIONS: Record<string, OptionName> = {
  '--in': 'in',
  '--limit': 'limit',
  '--set': 'set',
  '--from': 'from',
  '--to': 'to',
  '--names': 'names',
  '--format': 'format',
  '--fields': 'fields',
  '--on-error': 'on-error',
  '--under': 'under',
  '--depth': 'depth',
  '--output': 'output',
  '-o': 'output',
  '--metric': 'metric',
  '--count': 'count',
  '--grouping': 'grouping',
  '--split': 'split',
  '--dtype': 'dtype',
  '--hierarchy': 'hierarchy',
  '--true': 'true',
  '--pred': 'pred',
  '--confusion': 'confusion',
  '--group': 'group',
  '--per-class': 'per-class',
  '--lang': 'lang',
  // What people call a published grouping: the same option as --grouping.
  '--published': 'grouping',
};

const FLAG_OPTIONS: Record<string, OptionName> = { '--all': 'all', '--header': 'header', '--summary': 'summary' };

/**
 * Parses `synset`'s arguments (without `node` and the script). Options may stand before or after
 * the command; `--` ends them, so every later word is an argument even if it starts with `-`.
 */
export function parseArgs(argv: readonly string[]): Invocation {
  const words: string[] = [];
  const options = new Map<OptionName, string>();
  let help = false;
  let version = false;
  let json = false;

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
    const flag = (): true => {
      if (inline !== undefined) throw new UsageError(`${name} takes no value`);
      return true;
    };
    if (name === '-h' || name === '--help') help = flag();
    else if (name === '--version') version = flag();
    else if (name === '--json') json = flag();
    else if (FLAG_OPTIONS[name]) options.set(FLAG_OPTIONS[name], String(flag()));
    else if (VALUE_OPTIONS[name]) {
      const value = inline ?? argv[++k];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      options.set(VALUE_OPTIONS[name], value);
    } else throw new UsageError(`unknown option ${quoteInput(name)}`);
  }

  const [first, ...rest] = words;
  if (help || first === 'help') {
    const topic = first === 'help' ? rest[0] : first;
    return { kind: 'help', command: topic !== undefined && isCommand(topic) ? topic : undefined };
  }
  if (version) return { kind: 'version' };
  if (first === undefined) throw new UsageError('no command given');
  if (!isCommand(first)) throw new UsageError(`unknown command ${quoteInput(first)} (commands: ${COMMANDS.join(', ')})`);

  for (const option of options.keys()) {
    if (!COMMAND_OPTIONS[first].includes(option)) throw new UsageError(`--${option} does not apply to ${first}`);
  }
  for (const option of ['in', 'set', 'from', 'to'] as const) {
    const value = options.get(option);
    if (value !== undefined && !isLabelSpaceName(value)) throw new UsageError(`--${option} needs a label set's name or a list file`);
  }
  const names = options.get('names');
  if (names !== undefined && !isClassNameStyle(names)) {
    throw new UsageError(`--names must be one of ${CLASS_NAME_STYLES.join(', ')}, not ${quoteInput(names)}`);
  }

  if (options.get('lang')?.trim() === '') throw new UsageError('--lang needs a language code (see synset languages)');
  if (first === 'stats' || first === 'sets' || first === 'languages') {
    if (rest.length > 0) throw new UsageError(`${first} takes no arguments`);
    return { kind: first, json };
  }
  if (first === 'export') return exportInvocation(options, rest, json, names);
  if (first === 'severity' || first === 'matrix' || first === 'group') return hierarchyInvocation(first, options, rest, json);
  if (first === 'evaluate') return evaluateInvocation(options, rest, json);
  return queryInvocation(first, options, rest, json, names);
}

function queryInvocation(
  command: QueryCommand,
  options: Map<OptionName, string>,
  rest: string[],
  json: boolean,
  names: ClassNameStyle | undefined,
): QueryInvocation {
  const formatText = options.get('format');
  if (formatText !== undefined && !(OUTPUT_FORMATS as readonly string[]).includes(formatText)) {
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, not ${quoteInput(formatText)}`);
  }
  if (json && formatText !== undefined && formatText !== 'json') throw new UsageError(`--json and --format ${formatText} disagree`);
  const fields = options.has('fields') ? parseFields(command, options.get('fields')!) : undefined;
  // --fields alone asks for rows: tab-separated ones, the shape `cut` and `paste` read.
  const format = json ? 'json' : ((formatText as OutputFormat | undefined) ?? (fields ? 'tsv' : 'text'));
  if (options.has('header') && format !== 'tsv' && format !== 'csv') throw new UsageError('--header needs --format tsv or csv');

  const onError = options.get('on-error') ?? 'stderr';
  if (onError !== 'stderr' && onError !== 'inline') throw new UsageError(`--on-error must be stderr or inline, not ${quoteInput(onError)}`);
  if (onError === 'inline' && format === 'text') throw new UsageError('--on-error inline needs --json, or --format tsv or csv');

  const all = options.has('all');
  const from = options.get('from');
  const to = options.get('to');
  if (command === 'map') {
    if (to === undefined) throw new UsageError('map needs --to SET');
    if (all && from === undefined) throw new UsageError('map --all needs --from SET');
    if (all && rest.length > 0) throw new UsageError('map --all takes no ids: it maps every class of --from');
  }
  const limit = options.has('limit') ? parseLimit(options.get('limit')!) : DEFAULT_LIMIT;

  // `lca --set SET` without ids: the LCA of the whole set.
  const wholeSet = command === 'lca' && rest.length === 0 && options.has('set');
  if (rest.length === 0 && !all && !wholeSet) {
    const what =
      command === 'search' ? 'queries' : command === 'lca' ? 'ids a,b[,c...] (or --set SET)' : command === 'distance' ? 'pairs a,b' : 'ids';
    throw new UsageError(`${command} needs ${what} as arguments, or '-' to read them from standard input`);
  }
  const fromStdin = rest.includes('-');
  if (fromStdin && rest.length > 1) throw new UsageError(`'-' reads from standard input and cannot be mixed with other arguments`);
  return {
    kind: 'query',
    command,
    format,
    fields,
    header: options.has('header'),
    inlineErrors: onError === 'inline',
    names,
    set: options.get('set'),
    in: options.get('in') ?? 'all',
    from,
    to,
    all,
    hierarchy: options.get('hierarchy'),
    wholeSet,
    limit,
    lang: options.get('lang'),
    args: fromStdin ? [] : rest,
    fromStdin,
  };
}

function exportInvocation(
  options: Map<OptionName, string>,
  rest: string[],
  json: boolean,
  names: ClassNameStyle | undefined,
): ExportInvocation {
  if (json) throw new UsageError('export takes --format, not --json');
  if (rest.length > 0) throw new UsageError(`export takes no arguments (give --set SET or --under ID), not ${quoteInput(rest[0]!)}`);
  const set = options.get('set');
  const under = options.get('under');
  if (set === undefined && under === undefined) throw new UsageError('export needs --set SET (its classes) or --under ID (a subtree)');
  const formatText = options.get('format');
  const formats: readonly string[] = under === undefined ? [...EXPORT_FORMATS, ...CLIP_FORMATS] : TREE_FORMATS;
  if (formatText !== undefined && !formats.includes(formatText)) {
    throw new UsageError(
      `export ${under === undefined ? '--set' : '--under'} --format must be one of ${formats.join(', ')}, not ${quoteInput(formatText)}`,
    );
  }
  if (under === undefined && options.has('in')) throw new UsageError('--in applies to export --under; export --set exports the whole set');
  if (under === undefined && options.has('depth')) throw new UsageError('--depth applies to export --under');
  const format = (formatText ?? (under === undefined ? 'txt' : 'json-tree')) as ExportFormat | ClipFormat | TreeFormat;
  if (under === undefined && !isExportFormat(format) && !isClipFormat(format))
    throw new UsageError(`unknown export format ${quoteInput(format)}`);
  const depthText = options.get('depth');
  return {
    kind: 'export',
    set,
    under,
    in: options.get('in') ?? 'all',
    names,
    format,
    output: options.get('output'),
    depth: depthText === undefined ? undefined : parseCount('--depth', depthText, MAX_DEPTH),
    lang: options.get('lang'),
  };
}

function parseFields(command: QueryCommand, text: string): Field[] {
  if (command !== 'lookup' && command !== 'map' && command !== 'descendants') throw new UsageError(`--fields does not apply to ${command}`);
  const fields: Field[] = [];
  for (const word of text.split(',').map((part) => part.trim())) {
    if (!isField(word) || (command !== 'map' && MAP_ONLY_FIELDS.includes(word))) {
      const known = FIELDS.filter((field) => command === 'map' || !MAP_ONLY_FIELDS.includes(field));
      throw new UsageError(`unknown field ${quoteInput(word)} (fields: ${known.join(', ')})`);
    }
    if (!fields.includes(word)) fields.push(word);
  }
  return fields;
}

function parseLimit(text: string): number {
  return parseCount('--limit', text, MAX_LIMIT);
}

export function parseCount(option: string, text: string, most: number): number {
  if (!/^[1-9]\d*$/.test(text)) throw new UsageError(`${option} must be a positive integer, not ${quoteInput(text)}`);
  const count = Number(text);
  if (count > most) throw new UsageError(`${option} must be at most ${most}`);
  return count;
}
