import { readKnownIssues } from '../node/evaluation-data.js';
import type { QueryInvocation } from './args.js';
import type { CliRecord } from './commands.js';
import { fieldValue, tableLine, type Field, type FieldValue, type TableFormat } from './fields.js';
import { jsonError, jsonLine, type JsonContext } from './json-format.js';
import type { SpaceInUse } from './space-in-use.js';
import { isVersionTarget } from './version-target.js';
import { textLines, type TextContext } from './text-format.js';

/** Writes a query command's answers in the format asked for. */
export interface RecordWriter {
  /** The header line of a table (`--header`), or ''. */
  header: string;
  record(record: CliRecord): string;
  /** A failed input answered in place (`--on-error inline`), keeping output line N for input N. */
  error(input: string, message: string): string;
}

/** The columns of tsv and csv rows when `--fields` is not given. */
const DEFAULT_ROW_FIELDS: Record<'lookup' | 'map' | 'descendants', readonly Field[]> = {
  lookup: ['input', 'wnid', 'index', 'label'],
  map: ['input', 'wnid', 'from', 'to', 'index'],
  descendants: ['input', 'wnid', 'index', 'label'],
};

export function recordWriter(invocation: QueryInvocation, space: SpaceInUse, width: number | undefined): RecordWriter {
  const names = invocation.names !== undefined;
  const versionTarget = isVersionTarget(invocation.to) ? invocation.to : undefined;
  switch (invocation.format) {
    case 'json': {
      const context: JsonContext = { space, fields: invocation.fields, names, knownIssues: (k) => readKnownIssues()[k]!, versionTarget };
      return { header: '', record: (record) => jsonLine(record, context), error: jsonError };
    }
    case 'text': {
      const context: TextContext = { space, names, width, versionTarget };
      return { header: '', record: (record) => textLines(record, context), error: () => '' };
    }
    case 'tsv':
    case 'csv':
      return invocation.command === 'distance'
        ? distanceTable(invocation, invocation.format, invocation.hierarchy === undefined ? DISTANCE_COLUMNS : TREE_DISTANCE_COLUMNS)
        : tableWriter(invocation, invocation.format, space);
  }
}

/**
 * Rows of fields, one per answer (a descendant each for descendants). With `--on-error inline`
 * every row ends in an `error` column, empty when the input was answered.
 */
function tableWriter(invocation: QueryInvocation, format: TableFormat, space: SpaceInUse): RecordWriter {
  const command = invocation.command as keyof typeof DEFAULT_ROW_FIELDS;
  const to = isVersionTarget(invocation.to) ? invocation.to : undefined;
  // map --to wn31|ili|oewn: that id where a space's index would be.
  const fields = invocation.fields ?? (to ? (['input', 'wnid', 'from', 'to', to] as const) : DEFAULT_ROW_FIELDS[command]);
  const tail: FieldValue[] = invocation.inlineErrors ? [''] : [];
  const line = (input: string, synset: number, from?: string | null): string => {
    const row = to ? { input, synset, from, to } : { input, synset, from };
    const values: FieldValue[] = [];
    for (const field of fields) values.push(fieldValue(field, row, space));
    return tableLine(tail.length > 0 ? [...values, ...tail] : values, format);
  };
  const headerFields: string[] = invocation.inlineErrors ? [...fields, 'error'] : [...fields];
  return {
    header: invocation.header ? tableLine(headerFields, format) : '',
    record: (record) => {
      if (record.command === 'descendants') return Array.from(record.descendants, (synset) => line(record.input, synset)).join('');
      if (record.command === 'map') return line(record.input, record.synset, record.from);
      if (record.command === 'lookup') return line(record.input, record.synset);
      throw new Error(`${record.command} has no table format`);
    },
    error: (input, message) => tableLine([...fields.map((field) => (field === 'input' ? input : null)), message], format),
  };
}

/** The columns of `distance --format tsv|csv`: its JSON keys, the lowest common hypernyms joined by commas. */
export const DISTANCE_COLUMNS = [
  'input',
  'a',
  'b',
  'lca',
  'lcaDepth',
  'pathLength',
  'pathSimilarity',
  'wupSimilarity',
  'lchSimilarity',
  'severity',
] as const;

/** The columns of `distance --hierarchy FILE --format tsv|csv`: the figures a tree has. */
export const TREE_DISTANCE_COLUMNS = ['input', 'a', 'b', 'lca', 'lcaDepth', 'pathLength', 'severity'] as const;

function distanceTable(invocation: QueryInvocation, format: TableFormat, distanceColumns: readonly string[]): RecordWriter {
  const tail: FieldValue[] = invocation.inlineErrors ? [''] : [];
  const columns: string[] = invocation.inlineErrors ? [...distanceColumns, 'error'] : [...distanceColumns];
  return {
    header: invocation.header ? tableLine(columns, format) : '',
    record: (record) => {
      if (record.command !== 'distance' && record.command !== 'treeDistance') throw new Error(`${record.command} is not a distance`);
      const row: Record<string, FieldValue> = { input: record.input, ...record.distance };
      return tableLine([...distanceColumns.map((column) => row[column]!), ...tail], format);
    },
    error: (input, message) => tableLine([input, ...distanceColumns.slice(1).map(() => null), message], format),
  };
}
