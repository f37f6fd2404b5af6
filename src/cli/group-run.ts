import {
  groupByCount,
  groupByDepth,
  groupUnder,
  publishedGroupRecords,
  setGroupRecords,
  type GroupRecord,
  type SetGrouping,
} from '../core/groupings.js';
import { withoutFormatCharacters } from '../core/normalize.js';
import type { SynsetQueries } from '../core/queries.js';
import { SynsetIdError } from '../core/synset-index.js';
import { readPublishedGrouping } from '../node/groupings.js';
import { escapeText } from './escape.js';
import { tableLine } from './fields.js';
import type { GroupField, GroupInvocation } from './hierarchy-args.js';
import type { BufferedOutput } from './output.js';
import { UsageError } from './usage-error.js';

/**
 * `synset group`: each class of the set with its group, in class index order (a published
 * grouping: in its tables' order). A class the rule does not place (under two or none of
 * `--under`'s superclasses, a hole of a custom list) keeps a record with null group fields and is
 * reported on stderr; returns how many were.
 */
export function runGroup(
  queries: SynsetQueries,
  invocation: GroupInvocation,
  set: string,
  out: BufferedOutput,
  err: BufferedOutput,
): number {
  const index = queries.index;
  const { rule } = invocation;
  let records: GroupRecord[];
  let grouping: SetGrouping | undefined;
  if (rule.by === 'grouping') {
    records = publishedGroupRecords(readPublishedGrouping(index, rule.name, rule.split === undefined ? {} : { split: rule.split }));
  } else {
    const classes = queries.labelSpaces.set(set).classes;
    switch (rule.by) {
      case 'depth':
        grouping = groupByDepth(index, classes, rule.depth);
        break;
      case 'count':
        if (rule.count > classes.length) throw new UsageError(`--count must be at most the ${classes.length} classes of ${set}`);
        grouping = groupByCount(index, classes, rule.count);
        break;
      case 'under': {
        let superclasses: number[];
        try {
          superclasses = rule.superclasses.map((id) => queries.resolve(withoutFormatCharacters(id), { set }));
          grouping = groupUnder(index, classes, superclasses);
        } catch (error) {
          if (!(error instanceof SynsetIdError)) throw error;
          err.write(`synset: --under: ${escapeText(error.message)}\n`);
          return 1;
        }
        break;
      }
    }
    records = setGroupRecords(index, classes, grouping, (k) => `${set}:${k}`);
    for (const problem of grouping.problems) err.write(`synset: ${set}: ${escapeText(problem.message)}\n`);
    if (grouping.note) err.write(`synset: ${escapeText(grouping.note)}\n`);
  }

  out.write(recordsText(records, invocation, queries));
  return grouping?.problems.length ?? 0;
}

function recordsText(records: GroupRecord[], invocation: GroupInvocation, queries: SynsetQueries): string {
  const { fields, format } = invocation;
  switch (format) {
    case 'json':
      return records.map((record) => JSON.stringify(pick(record, ['input', ...fields.filter((f) => f !== 'input')])) + '\n').join('');
    case 'tsv':
    case 'csv': {
      const header = invocation.header ? tableLine(fields, format) : '';
      return (
        header +
        records
          .map((record) =>
            tableLine(
              fields.map((field) => record[field]),
              format,
            ),
          )
          .join('')
      );
    }
    case 'text': {
      const width = Math.max(...records.map((record) => String(record.index).length));
      return records
        .map((record) => {
          const label = record.wnid === null ? '(no synset)' : queries.index.labelOf(queries.index.numberOfWnid(record.wnid));
          const group =
            record.group === null
              ? '(no group)'
              : `group ${record.group} ${record.groupLabel}${record.groupWnid ? ` (${record.groupWnid})` : ''}`;
          return `#${String(record.index).padEnd(width)}  ${record.wnid ?? '-'.padEnd(9)}  ${escapeText(label)}  ->  ${escapeText(group)}\n`;
        })
        .join('');
    }
  }
}

function pick(record: GroupRecord, fields: readonly GroupField[]): Partial<GroupRecord> {
  const object: Record<string, unknown> = {};
  for (const field of fields) object[field] = record[field];
  return object as Partial<GroupRecord>;
}
