/**
 * The published groupings of the 1k classes (Restricted ImageNet, BREEDS): their names, the
 * tables that define them (shipped in `data/groupings/`, read by the caller) and how a table
 * becomes groups.
 */
import type { Group } from './groupings-result.js';
import type { SynsetIndex } from './synset-index.js';
import { SynsetRequestError } from './errors.js';
import { isWnid } from './wnid.js';

/** The published groupings of the 1k classes (data/groupings/README.md tells where each comes from). */
export const PUBLISHED_GROUPINGS = [
  'restricted-imagenet',
  'breeds-entity13',
  'breeds-entity30',
  'breeds-living17',
  'breeds-nonliving26',
  'tiered-imagenet',
] as const;

export type PublishedGroupingName = (typeof PUBLISHED_GROUPINGS)[number];

/** BREEDS' two halves of each superclass's classes: `source` to train on, `target` to test the shift. */
export type GroupingSplit = 'source' | 'target';

/** One class of a published grouping. */
export interface PublishedClass {
  /** Its ILSVRC-2012 class index. */
  index1k: number;
  wnid: string;
  /** Its group's index. */
  group: number;
  /** The BREEDS split it is in; null for Restricted ImageNet, which has none. */
  split: GroupingSplit | null;
}

/** A published grouping as its tables give it. */
export interface PublishedGrouping {
  name: PublishedGroupingName;
  groups: Group[];
  /** In the tables' order: Restricted ImageNet's rows; BREEDS' source rows, then its target rows. */
  classes: PublishedClass[];
}

/** One row of a grouping table: group index, group key (a name or a wnid), 1k index, wnid. */
export interface GroupTableRow {
  group: number;
  key: string;
  index1k: number;
  wnid: string;
}

/** Whether a name is one of the published groupings. */
export function isPublishedGrouping(name: string): name is PublishedGroupingName {
  return (PUBLISHED_GROUPINGS as readonly string[]).includes(name);
}

/** The files of a published grouping in data/groupings/: one table, or BREEDS' superclasses and two halves. */
export type GroupingFiles =
  { kind: 'table'; table: string } | { kind: 'breeds'; superclasses: string; tables: Record<GroupingSplit, string> };

/** The files a published grouping is read from. */
export function publishedGroupingFiles(name: PublishedGroupingName): GroupingFiles {
  if (name === 'restricted-imagenet' || name === 'tiered-imagenet') return { kind: 'table', table: `${name}.tsv` };
  return {
    kind: 'breeds',
    superclasses: `${name}.superclasses.txt`,
    tables: { source: `${name}.source.tsv`, target: `${name}.target.tsv` },
  };
}

/**
 * Reads a grouping table: tab-separated rows of group index, group name or wnid, 1k index and
 * wnid; blank lines skipped. A damaged row throws, naming the file and line.
 */
export function parseGroupTable(text: string, file: string): GroupTableRow[] {
  const rows: GroupTableRow[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '');
    if (line.trim().length === 0) continue;
    const fields = line.split('\t');
    const [group, key, index1k, wnid] = fields;
    if (fields.length !== 4 || !/^\d+$/.test(group!) || key!.length === 0 || !/^\d+$/.test(index1k!) || !isWnid(wnid!)) {
      throw new Error(`${file} line ${n + 1}: expected group index, group, 1k index and wnid separated by tabs`);
    }
    rows.push({ group: Number(group), key: key!, index1k: Number(index1k), wnid: wnid! });
  }
  return rows;
}

/**
 * A published grouping from its files' text (`read` gives a file's text by name, as in
 * {@link publishedGroupingFiles}), checked against the index: every wnid a noun synset whose 1k
 * index is the one the table gives, each group with one name (BREEDS: the superclass its line
 * of the superclasses file lists), no class twice. BREEDS groups are named by their
 * superclass's first lemma; a superclass BREEDS added to WordNet (entity13's `dummy32`,
 * entity30's `dummy9`) has no wnid and is named by BREEDS' id.
 *
 * @param split BREEDS' `source` or `target` half only; both when absent
 * @throws SynsetRequestError for an unknown grouping name or split, or a split of one that has none
 * @throws Error for a damaged table (naming its file and line) or one that disagrees with the index
 */
export function parsePublishedGrouping(
  index: SynsetIndex,
  name: string,
  read: (file: string) => string,
  split?: GroupingSplit,
): PublishedGrouping {
  if (!isPublishedGrouping(name)) {
    throw new SynsetRequestError(`unknown grouping '${String(name).slice(0, 60)}' (known: ${PUBLISHED_GROUPINGS.join(', ')})`);
  }
  if (split !== undefined && split !== 'source' && split !== 'target') {
    throw new SynsetRequestError(`a grouping split is 'source' or 'target', not '${String(split).slice(0, 60)}'`);
  }
  const files = publishedGroupingFiles(name);
  if (files.kind === 'table') {
    if (split !== undefined) throw new SynsetRequestError(`${name} has no source/target split`);
    const rows = parseGroupTable(read(files.table), files.table);
    return { name, ...checkedGrouping(index, [{ file: files.table, rows, split: null }], null) };
  }
  const superclasses = read(files.superclasses)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const halves = (split === undefined ? (['source', 'target'] as const) : [split]).map((half) => {
    const file = files.tables[half];
    return { file, rows: parseGroupTable(read(file), file), split: half };
  });
  return { name, ...checkedGrouping(index, halves, { file: files.superclasses, ids: superclasses }) };
}

/** A table's group from its first row: a wnid key is a superclass, any other key a name. */
function tableGroup(index: SynsetIndex, row: GroupTableRow, where: string): Group {
  if (!isWnid(row.key)) return { index: row.group, name: row.key, wnid: null, size: 0 };
  const i = index.numberOfWnid(row.key);
  if (i < 0) throw new Error(`${where}: group ${row.key} is not a WordNet 3.0 noun synset`);
  return { index: row.group, name: index.labelOf(i), wnid: row.key, size: 0 };
}

interface TableHalf {
  file: string;
  rows: GroupTableRow[];
  split: GroupingSplit | null;
}

function checkedGrouping(
  index: SynsetIndex,
  halves: TableHalf[],
  superclasses: { file: string; ids: string[] } | null,
): { groups: Group[]; classes: PublishedClass[] } {
  const groups: Group[] = [];
  if (superclasses) {
    for (const [g, id] of superclasses.ids.entries()) {
      // BREEDS adds nodes of its own to WordNet (`dummy32`): a group with no wnid, named by that id.
      const i = /^n\d+$/.test(id) ? index.numberOfWnid(id) : null;
      if (i === null) groups.push({ index: g, name: id, wnid: null, size: 0 });
      else if (i < 0) throw new Error(`${superclasses.file} line ${g + 1}: ${id} is not a WordNet 3.0 noun synset`);
      else groups.push({ index: g, name: index.labelOf(i), wnid: id, size: 0 });
    }
  }
  const classes: PublishedClass[] = [];
  const seen = new Set<string>();
  for (const { file, rows, split } of halves) {
    for (const row of rows) {
      const where = `${file}, class ${row.index1k}`;
      const i = index.numberOfWnid(row.wnid);
      if (i < 0 || index.index1k[i] !== row.index1k) throw new Error(`${where}: ${row.wnid} is not 1k class ${row.index1k}`);
      if (seen.has(row.wnid)) throw new Error(`${where}: ${row.wnid} is listed twice`);
      seen.add(row.wnid);
      let group = groups[row.group];
      if (!superclasses) {
        // A table's groups are numbered in order, each with its key on every row: a name
        // (Restricted ImageNet's), or a wnid (tieredImageNet's categories), named by its first lemma.
        if (group === undefined && row.group === groups.length) groups.push((group = tableGroup(index, row, where)));
        if (group === undefined || (group.wnid ?? group.name) !== row.key)
          throw new Error(`${where}: group ${row.group} '${row.key}' does not follow the rows above`);
      } else if (group === undefined || (group.wnid ?? group.name) !== row.key) {
        throw new Error(`${where}: superclass ${row.group} is not ${row.key} in ${superclasses.file}`);
      }
      group.size++;
      classes.push({ index1k: row.index1k, wnid: row.wnid, group: row.group, split });
    }
  }
  return { groups, classes };
}
