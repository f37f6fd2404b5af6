import type { SynsetQueries } from '../core/queries.js';
import { formatNumber } from '../core/number-format.js';

/** One built-in label space, as `synset sets` lists it. */
export interface SetRow {
  name: string;
  classes: number;
  source: string;
  licence: string;
  description: string;
  /** How its classes are numbered (sorted, the source's own order…), and why. */
  order: string | null;
}

/** The built-in label spaces in catalog order, each with its class count read from its list. */
export function setRows(queries: SynsetQueries): SetRow[] {
  const spaces = queries.labelSpaces;
  return spaces.catalog.sets.map((info) => ({
    name: info.name,
    classes: spaces.set(info.name).size,
    source: info.source,
    licence: info.licence,
    description: info.description,
    order: info.order ?? null,
  }));
}

export function setsJson(rows: readonly SetRow[]): string {
  return rows.map((row) => JSON.stringify(row) + '\n').join('');
}

/** A table for people: name, classes and description (which says the order), aligned (sources, licences and the order in full: --json). */
export function setsText(rows: readonly SetRow[]): string {
  const nameWidth = Math.max(...rows.map((row) => row.name.length));
  const countWidth = Math.max(...rows.map((row) => formatNumber(row.classes).length));
  return rows
    .map((row) => `${row.name.padEnd(nameWidth)}  ${formatNumber(row.classes).padStart(countWidth)}  ${row.description}\n`)
    .join('');
}
