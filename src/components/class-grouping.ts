/**
 * A label space's classes grouped, as the explorer's views share it: the worker's grouping
 * (`client.groupSet`) beside the set's classes (index, wnid, label), with the colour and the name
 * each group is shown with (sunburst arcs, tree badges, the legend) and the class→group mapping
 * as a file.
 * Pure: no DOM, no worker.
 */
import { scaleOrdinal } from 'd3-scale';
import type { GroupingSpec, SetGroupingView } from '../worker/api.js';
import { isPublishedGrouping, type GroupingSplit } from '../core/groupings-published.js';
import { csvField, oneLine } from '../core/label-export.js';
import { TABLEAU_HUES } from './categorical-hues.js';

/** One class of the set, as exports name it. */
export interface GroupedClass {
  readonly index: number;
  readonly wnid: string;
  readonly label: string;
}

/** A set's classes and their groups, for the views. */
export interface ClassGrouping {
  /** The label space grouped. */
  readonly set: string;
  /** The grouping asked for. */
  readonly spec: GroupingSpec;
  readonly groups: SetGroupingView['groups'];
  /** Each class's group by class index; -1: not placed. */
  readonly groupOf: Int32Array;
  /** The set's classes in index order. */
  readonly classes: readonly GroupedClass[];
  /** Why the grouping is not exactly what was asked (a count it cannot reach), or why nothing is placed. */
  readonly note: string | null;
}

/** The formats the class→group mapping downloads in. */
export const GROUP_EXPORT_FORMATS = ['csv', 'tsv', 'json', 'jsonl'] as const;
export type GroupExportFormat = (typeof GROUP_EXPORT_FORMATS)[number];

/** One class's line of the mapping: `group` and `groupLabel` null for a class not placed. */
export interface GroupRow {
  index: number;
  wnid: string;
  label: string;
  group: number | null;
  groupLabel: string | null;
}

/**
 * Twelve hues that stay apart from each other and from the neutral grey (Tableau 10 and two
 * more); groups past twelve take them again, in order.
 */
const palette = scaleOrdinal<number, string>().range([...TABLEAU_HUES, '#17becf', '#8c564b', '#bcbd22']);

/** The colour group `index` is drawn in, wherever it is drawn. */
export function groupColour(index: number): string {
  return palette(index % 12);
}

/** The group of the class at `setIndex`, or null (not a class of the set, or not placed). */
export function groupOfClass(grouping: ClassGrouping, setIndex: number | null): { index: number; name: string } | null {
  if (setIndex === null) return null;
  const group = grouping.groupOf[setIndex] ?? -1;
  return group < 0 ? null : { index: group, name: groupNames(grouping)[group]! };
}

const namesShown = new WeakMap<ClassGrouping, readonly string[]>();

/**
 * Each group's name as the views show it: the grouping's own, except for a BREEDS group with no
 * WordNet synset (a node BREEDS added, named `dummy32` in its tables), which is named by its
 * first classes and that id: "trench coat, abaya, gown… (dummy32)". The mapping file keeps the
 * grouping's own names, as the CLI writes them.
 */
export function groupNames(grouping: ClassGrouping): readonly string[] {
  let names = namesShown.get(grouping);
  if (names) return names;
  const breeds = grouping.spec.by === 'published' && grouping.spec.name.startsWith('breeds-');
  const firstClasses = new Map<number, string[]>();
  if (breeds) {
    for (const c of grouping.classes) {
      const group = grouping.groupOf[c.index] ?? -1;
      if (group < 0 || grouping.groups[group]!.wnid !== null) continue;
      const labels = firstClasses.get(group) ?? [];
      labels.push(c.label);
      firstClasses.set(group, labels);
    }
  }
  names = grouping.groups.map((group) => {
    const labels = firstClasses.get(group.index);
    if (!labels) return group.name;
    return `${labels.slice(0, 3).join(', ')}${labels.length > 3 ? '…' : ''} (${group.name})`;
  });
  namesShown.set(grouping, names);
  return names;
}

/** The classes placed in some group. */
export function placedCount(grouping: ClassGrouping): number {
  let placed = 0;
  for (const group of grouping.groupOf) if (group >= 0) placed++;
  return placed;
}

/** Every class of the set with its group, in class index order. */
export function groupRows(grouping: ClassGrouping): GroupRow[] {
  return grouping.classes.map((c) => {
    const group = grouping.groupOf[c.index] ?? -1;
    return {
      index: c.index,
      wnid: c.wnid,
      label: c.label,
      group: group < 0 ? null : group,
      groupLabel: group < 0 ? null : grouping.groups[group]!.name,
    };
  });
}

/** The mapping as a file's text: csv and tsv with a header (a class not placed has empty group fields). */
export function writeGroupRows(rows: readonly GroupRow[], format: GroupExportFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(rows, null, 1) + '\n';
    case 'jsonl':
      return rows.map((row) => JSON.stringify(row) + '\n').join('');
    case 'csv':
    case 'tsv': {
      const [separator, field] = format === 'csv' ? [',', csvField] : ['\t', oneLine];
      const line = (cells: string[]): string => cells.map(field).join(separator) + '\n';
      return (
        line(['index', 'wnid', 'label', 'group', 'groupLabel']) +
        rows.map((r) => line([String(r.index), r.wnid, r.label, r.group === null ? '' : String(r.group), r.groupLabel ?? ''])).join('')
      );
    }
  }
}

/** The grouping as a short name: a file's stem and the legend's title (`restricted-imagenet`, `depth-4`). */
export function specName(spec: GroupingSpec): string {
  if (spec.by === 'depth') return `depth-${spec.depth}`;
  if (spec.by === 'count') return `count-${spec.count}`;
  return spec.split ? `${spec.name}-${spec.split}` : spec.name;
}

/** The most a depth or count in an address may be: what the Groups control's inputs allow. */
export const MAX_GROUP_DEPTH = 19;
export const MAX_GROUP_COUNT = 10_000;

/** The grouping a short name from {@link specName} stands for (an address's `group=`), or null for any other text. */
export function specOfName(name: string): GroupingSpec | null {
  const numbered = /^(depth|count)-(\d{1,5})$/.exec(name);
  if (numbered) {
    const value = Number(numbered[2]);
    if (numbered[1] === 'depth') return value >= 1 && value <= MAX_GROUP_DEPTH ? { by: 'depth', depth: value } : null;
    return value >= 1 && value <= MAX_GROUP_COUNT ? { by: 'count', count: value } : null;
  }
  const split = /-(source|target)$/.exec(name)?.[1] as GroupingSplit | undefined;
  const published = split ? name.slice(0, -split.length - 1) : name;
  if (!isPublishedGrouping(published)) return null;
  return split ? { by: 'published', name: published, split } : { by: 'published', name: published };
}
