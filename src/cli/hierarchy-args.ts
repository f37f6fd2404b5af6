import { isPublishedGrouping, PUBLISHED_GROUPINGS, type GroupingSplit, type PublishedGroupingName } from '../core/groupings.js';
import type { MatrixMetric } from '../core/hierarchy-metrics.js';
import type { OptionName } from './args.js';
import { isNpyDtype, type NpyDtype } from '../core/npy.js';
import { quoteInput } from './escape.js';
import { defaultDtype, dtypesOf } from './matrix.js';
import { UsageError } from './usage-error.js';

/** The commands of the hierarchy for ML (issue 11) that answer a set, not one record per input. */
export type HierarchyCommand = 'severity' | 'matrix' | 'group';

export type HierarchyInvocation = SeverityInvocation | MatrixInvocation | GroupInvocation;

/** The set a hierarchy command speaks in when `--set` is not given. */
export const DEFAULT_METRIC_SET = '1k';

export interface SeverityInvocation {
  kind: 'severity';
  set: string;
  format: 'text' | 'json';
  inlineErrors: boolean;
  /** Prediction lines given as arguments; empty when they come from standard input or files. */
  args: string[];
  /** `--true Y --pred P`: the true classes and the predictions in two files (.npy or text). */
  files: { true: string; pred: string } | undefined;
  /** `--confusion C`: a K×K matrix of counts (rows true, columns predicted), .npy or text. */
  confusion: string | undefined;
  /** `--summary`: the summary alone, no record per line. */
  summaryOnly: boolean;
  /** `--hierarchy FILE`: a user's tree, and Making Better Mistakes' severity in it. */
  hierarchy: string | undefined;
}

export const MATRIX_METRICS: readonly MatrixMetric[] = ['severity', 'path', 'wup', 'lch'];
export const MATRIX_FORMATS = ['npy', 'csv', 'json'] as const;
export type MatrixFormat = (typeof MATRIX_FORMATS)[number];

export interface MatrixInvocation {
  kind: 'matrix';
  set: string;
  metric: MatrixMetric;
  format: MatrixFormat;
  /** `--dtype`: the npy file's cells (default int8 for severity and path, float32 for wup and lch). */
  dtype: NpyDtype;
  /** `-o FILE`; undefined for stdout. */
  output: string | undefined;
  /** `--hierarchy FILE`: severity and path in a user's tree. */
  hierarchy: string | undefined;
}

/** How `synset group` groups: exactly one of `--depth`, `--under`, `--count`, `--grouping`. */
export type GroupRule =
  | { by: 'depth'; depth: number }
  | { by: 'under'; superclasses: string[] }
  | { by: 'count'; count: number }
  | { by: 'grouping'; name: PublishedGroupingName; split: GroupingSplit | undefined };

export const GROUP_FIELDS = ['input', 'wnid', 'index', 'group', 'groupWnid', 'groupLabel'] as const;
export type GroupField = (typeof GROUP_FIELDS)[number];

export interface GroupInvocation {
  kind: 'group';
  /** Undefined: the 1k (a published grouping is always of the 1k). */
  set: string | undefined;
  rule: GroupRule;
  format: 'text' | 'json' | 'tsv' | 'csv';
  fields: GroupField[];
  header: boolean;
  /** `--all`: every class of the set in index order, -1 for a class in no group. */
  all: boolean;
  /** `--hierarchy FILE`: group in a user's tree instead of WordNet's. */
  hierarchy: string | undefined;
}

/** Most levels `--depth` can ask for: deeper than WordNet goes (19). */
const MAX_DEPTH = 100;

export function hierarchyInvocation(
  command: HierarchyCommand,
  options: Map<OptionName, string>,
  rest: string[],
  json: boolean,
): HierarchyInvocation {
  const formatText = options.get('format');
  if (json && formatText !== undefined && formatText !== 'json') throw new UsageError(`--json and --format ${formatText} disagree`);
  switch (command) {
    case 'severity': {
      const format = json ? 'json' : (formatText ?? 'text');
      if (format !== 'text' && format !== 'json') throw new UsageError(`severity --format must be text or json, not ${quoteInput(format)}`);
      const onError = options.get('on-error') ?? 'stderr';
      if (onError !== 'stderr' && onError !== 'inline')
        throw new UsageError(`--on-error must be stderr or inline, not ${quoteInput(onError)}`);
      if (onError === 'inline' && format !== 'json') throw new UsageError('--on-error inline needs --json');
      const fromStdin = rest.length === 0 || (rest.length === 1 && rest[0] === '-');
      if (!fromStdin && rest.includes('-')) throw new UsageError(`'-' reads from standard input and cannot be mixed with other arguments`);
      const truth = options.get('true');
      const pred = options.get('pred');
      const confusion = options.get('confusion');
      if ((truth === undefined) !== (pred === undefined)) throw new UsageError('--true Y and --pred P go together');
      if (confusion !== undefined && truth !== undefined) throw new UsageError('give --confusion C, or --true Y --pred P, not both');
      if ((confusion !== undefined || truth !== undefined) && rest.length > 0) {
        throw new UsageError(
          `severity reads ${confusion !== undefined ? '--confusion' : '--true and --pred'}, so it takes no lines as arguments`,
        );
      }
      if (confusion !== undefined && onError === 'inline') throw new UsageError('--on-error inline answers lines; --confusion has none');
      return {
        kind: 'severity',
        set: options.get('set') ?? DEFAULT_METRIC_SET,
        format,
        inlineErrors: onError === 'inline',
        args: fromStdin ? [] : rest,
        files: truth !== undefined && pred !== undefined ? { true: truth, pred } : undefined,
        confusion,
        summaryOnly: options.has('summary') || confusion !== undefined,
        hierarchy: options.get('hierarchy'),
      };
    }
    case 'matrix': {
      if (rest.length > 0) throw new UsageError(`matrix takes no arguments (give --set SET), not ${quoteInput(rest[0]!)}`);
      if (json) throw new UsageError('matrix takes --format npy|csv|json, not --json');
      const set = options.get('set');
      if (set === undefined) throw new UsageError('matrix needs --set SET');
      const metric = options.get('metric');
      if (metric === undefined) throw new UsageError(`matrix needs --metric ${MATRIX_METRICS.join('|')}`);
      if (options.has('hierarchy') && metric !== 'severity' && metric !== 'path') {
        throw new UsageError(`with --hierarchy, --metric must be severity or path (wup and lch are WordNet's), not ${quoteInput(metric)}`);
      }
      if (!(MATRIX_METRICS as readonly string[]).includes(metric)) {
        throw new UsageError(`--metric must be one of ${MATRIX_METRICS.join(', ')}, not ${quoteInput(metric)}`);
      }
      const format = formatText ?? 'npy';
      if (!(MATRIX_FORMATS as readonly string[]).includes(format)) {
        throw new UsageError(`matrix --format must be one of ${MATRIX_FORMATS.join(', ')}, not ${quoteInput(format)}`);
      }
      const dtype = options.get('dtype') ?? defaultDtype(metric as MatrixMetric);
      if (options.has('dtype') && format !== 'npy') throw new UsageError('--dtype applies to --format npy');
      const dtypes = dtypesOf(metric as MatrixMetric);
      if (!isNpyDtype(dtype) || !dtypes.includes(dtype)) {
        throw new UsageError(`matrix --metric ${metric} --dtype must be one of ${dtypes.join(', ')}, not ${quoteInput(dtype)}`);
      }
      return {
        kind: 'matrix',
        set,
        metric: metric as MatrixMetric,
        format: format as MatrixFormat,
        dtype,
        output: options.get('output'),
        hierarchy: options.get('hierarchy'),
      };
    }
    case 'group':
      return groupInvocation(options, rest, json, formatText);
  }
}

function groupInvocation(options: Map<OptionName, string>, rest: string[], json: boolean, formatText: string | undefined): GroupInvocation {
  if (rest.length > 0) throw new UsageError(`group takes no arguments (give --set SET and a rule), not ${quoteInput(rest[0]!)}`);
  const rules = (['depth', 'under', 'count', 'grouping'] as const).filter((option) => options.has(option));
  if (rules.length !== 1) {
    throw new UsageError(
      `group needs exactly one of --depth D, --under ID,..., --count K or --grouping NAME${rules.length > 1 ? `, not ${rules.map((r) => `--${r}`).join(' and ')}` : ''}`,
    );
  }
  const value = options.get(rules[0]!)!;
  let rule: GroupRule;
  switch (rules[0]!) {
    case 'depth':
      if (!/^\d+$/.test(value) || Number(value) > MAX_DEPTH)
        throw new UsageError(`--depth must be a whole number from 0 to ${MAX_DEPTH}, not ${quoteInput(value)}`);
      rule = { by: 'depth', depth: Number(value) };
      break;
    case 'count':
      // Its upper bound is the set's size, checked once the set is read.
      if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--count must be a positive integer, not ${quoteInput(value)}`);
      rule = { by: 'count', count: Number(value) };
      break;
    case 'under': {
      const superclasses = value.split(',').map((id) => id.trim());
      if (superclasses.some((id) => id.length === 0))
        throw new UsageError(`--under needs ids separated by commas, not ${quoteInput(value)}`);
      rule = { by: 'under', superclasses };
      break;
    }
    case 'grouping': {
      if (!isPublishedGrouping(value))
        throw new UsageError(`--grouping must be one of ${PUBLISHED_GROUPINGS.join(', ')}, not ${quoteInput(value)}`);
      const split = options.get('split');
      if (split !== undefined && split !== 'source' && split !== 'target')
        throw new UsageError(`--split must be source or target, not ${quoteInput(split)}`);
      if (split !== undefined && !value.startsWith('breeds-')) throw new UsageError(`${value} has no source/target split`);
      const set = options.get('set');
      if (set !== undefined && set !== '1k') throw new UsageError(`--grouping ${value} groups the 1k: give no --set, or --set 1k`);
      if (options.has('hierarchy'))
        throw new UsageError(`--grouping ${value} is a published table, not a cut of a hierarchy: give no --hierarchy`);
      rule = { by: 'grouping', name: value, split };
      break;
    }
  }
  if (options.has('split') && rule.by !== 'grouping') throw new UsageError('--split applies to --grouping breeds-*');
  const fields = options.has('fields') ? parseGroupFields(options.get('fields')!) : [...GROUP_FIELDS];
  const format = json ? 'json' : (formatText ?? (options.has('fields') ? 'tsv' : 'text'));
  if (format !== 'text' && format !== 'json' && format !== 'tsv' && format !== 'csv') {
    throw new UsageError(`group --format must be text, json, tsv or csv, not ${quoteInput(format)}`);
  }
  if (options.has('header') && format !== 'tsv' && format !== 'csv') throw new UsageError('--header needs --format tsv or csv');
  return {
    kind: 'group',
    set: options.get('set'),
    rule,
    format,
    fields,
    header: options.has('header'),
    all: options.has('all'),
    hierarchy: options.get('hierarchy'),
  };
}

function parseGroupFields(text: string): GroupField[] {
  const fields: GroupField[] = [];
  for (const word of text.split(',').map((part) => part.trim())) {
    if (!(GROUP_FIELDS as readonly string[]).includes(word))
      throw new UsageError(`unknown field ${quoteInput(word)} (fields: ${GROUP_FIELDS.join(', ')})`);
    if (!fields.includes(word as GroupField)) fields.push(word as GroupField);
  }
  return fields;
}
