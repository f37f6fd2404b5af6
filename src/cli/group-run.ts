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
import { isQueryError } from '../core/errors.js';
import { readPublishedGrouping } from '../node/groupings.js';
import { escapeText } from './escape.js';
import { tableLine } from './fields.js';
import type { GroupField, GroupInvocation } from './hierarchy-args.js';
import type { BufferedOutput } from './output.js';
import { UsageError } from './usage-error.js';
import type { ClassHierarchy } from '../core/class-hierarchy.js';
import { InputError, inHierarchy } from './commands.js';
import { hierarchyProblemLines } from './hierarchy-file.js';

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
  hierarchy?: ClassHierarchy,
): number {
  const index = queries.index;
  const { rule } = invocation;
  let records: GroupRecord[];
  let grouping: SetGrouping | undefined;
  if (rule.by === 'grouping') {
    records = publishedGroupRecords(readPublishedGrouping(index, rule.name, rule.split === undefined ? {} : { split: rule.split }));
  } else {
    const classes = queries.labelSpaces.set(set).classes;
    if (hierarchy && invocation.hierarchy !== undefined) {
      const missing = hierarchy.missingClasses(index, classes, set);
      if (missing.length > 0) {
        err.write(hierarchyProblemLines(invocation.hierarchy, missing));
        return 1;
      }
    }
    switch (rule.by) {
      case 'depth':
        grouping = groupByDepth(index, classes, rule.depth, hierarchy);
        break;
      case 'count':
        if (rule.count > classes.length) throw new UsageError(`--count must be at most the ${classes.length} classes of ${set}`);
        grouping = groupByCount(index, classes, rule.count, hierarchy);
        break;
      case 'under': {
        let superclasses: number[];
        try {
          superclasses = rule.superclasses.map((id) => queries.resolve(withoutFormatCharacters(id), { set }));
          if (hierarchy) for (const s of superclasses) inHierarchy(hierarchy, index, s);
          grouping = groupUnder(index, classes, superclasses, hierarchy);
        } catch (error) {
          if (!(isQueryError(error) || error instanceof InputError)) throw error;
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

  if (invocation.all) records = everyClass(records, rule.by === 'grouping' ? undefined : set, queries);
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

/**
 * `--all`: a record for every class of the set in class index order, -1 in `group` for a class
 * in no group, so `group` read as a column is the class → group array training code indexes.
 * A published grouping's set is the 1k, and its classes outside every group get their records.
 */
function everyClass(records: GroupRecord[], set: string | undefined, queries: SynsetQueries): GroupRecord[] {
  const ungrouped = (record: GroupRecord): GroupRecord => (record.group === null ? { ...record, group: -1 } : record);
  if (set !== undefined) return records.map(ungrouped);
  const byIndex = new Map(records.map((record) => [record.index, record]));
  return Array.from(queries.index.classes1k, (i, k): GroupRecord =>
    ungrouped(
      byIndex.get(k) ?? { input: `1k:${k}`, wnid: queries.index.wnidOf(i), index: k, group: null, groupWnid: null, groupLabel: null },
    ),
  );
}

function pick(record: GroupRecord, fields: readonly GroupField[]): Partial<GroupRecord> {
  const object: Record<string, unknown> = {};
  for (const field of fields) object[field] = record[field];
  return object as Partial<GroupRecord>;
}
