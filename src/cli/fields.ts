import { csvField, oneLine } from '../core/label-export.js';
import { splitGloss } from '../core/wndb.js';
import type { SpaceInUse } from './space-in-use.js';

/**
 * What `--fields` can pick for a synset: `index` is its class index in the space in use (see
 * {@link SpaceInUse}), `label` its name in the `--names` style; `ili`, `wn31` and `oewn` its ids
 * in the other WordNets (null where WordNet 3.1 deprecated it). `from` and `to` are map's.
 */
export const FIELDS = [
  'input',
  'wnid',
  'name',
  'label',
  'labelLang',
  'index',
  'index1k',
  'gloss',
  'lemmas',
  'ili',
  'wn31',
  'oewn',
  'from',
  'to',
] as const;
export type Field = (typeof FIELDS)[number];

/** The fields of map only. */
export const MAP_ONLY_FIELDS: readonly Field[] = ['from', 'to'];

export function isField(word: string): word is Field {
  return (FIELDS as readonly string[]).includes(word);
}

export type FieldValue = string | number | null | string[];

/** One synset as a row of fields: what a lookup, a map or a descendant answers. */
export interface FieldRow {
  /** The id as given (for a descendant, the id it is a descendant of). */
  input: string;
  /** The synset number, or -1 (a map from a hole of a custom list). */
  synset: number;
  /** map: the space the input's index was read in, if any. */
  from?: string | null;
  /** map --to wn31|ili|oewn: that name (else `to` is the space in use). */
  to?: string;
}

export function fieldValue(field: Field, row: FieldRow, space: SpaceInUse): FieldValue {
  const i = row.synset;
  if (field === 'input') return row.input;
  if (field === 'from') return row.from ?? null;
  if (field === 'to') return row.to ?? space.name;
  if (i < 0) return null;
  const index = space.index;
  switch (field) {
    case 'wnid':
      return index.wnidOf(i);
    case 'name':
      return index.nameOf(i);
    case 'label':
      return space.labelOf(i);
    case 'labelLang':
      return space.labelLangOf(i);
    case 'index':
      return space.indexOf(i);
    case 'index1k': {
      const k = index.index1k[i]!;
      return k < 0 ? null : k;
    }
    case 'gloss':
      return splitGloss(index.glossOf(i)).definition;
    case 'lemmas':
      return index.lemmasOf(i).map((lemma) => lemma.replace(/_/g, ' '));
    case 'ili':
    case 'wn31':
    case 'oewn':
      return space.versionIds(i)[field];
  }
}

/** The fields of a row as a JSON object: `input` always first, as every JSON answer has it. */
export function fieldObject(fields: readonly Field[], row: FieldRow, space: SpaceInUse): Record<string, FieldValue> {
  const object: Record<string, FieldValue> = { input: row.input };
  for (const field of fields) object[field] = fieldValue(field, row, space);
  return object;
}

export type TableFormat = 'tsv' | 'csv';

/** One line of a table: null is an empty cell, a list is joined with commas. */
export function tableLine(values: readonly FieldValue[], format: TableFormat): string {
  const cells = values.map((value) => {
    const text = value === null ? '' : Array.isArray(value) ? value.join(', ') : String(value);
    return format === 'csv' ? csvField(text) : oneLine(text);
  });
  return cells.join(format === 'csv' ? ',' : '\t') + '\n';
}
