/**
 * The table of label spaces on the "Label spaces" page: the catalog the CLI and the worker use
 * (data/labelsets/catalog.json), with each list's size counted from its file, so the page
 * cannot drift from the data.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineLoader } from 'vitepress';
import type { LabelCatalog } from '../../../src/core/label-spaces.js';

export interface LabelSetRow {
  name: string;
  aliases: readonly string[];
  classes: number;
  description: string;
  source: string;
  licence: string;
  /** How its classes are numbered (sorted, the source's own order…). */
  order: string;
}

declare const data: LabelSetRow[];
export { data };

const folder = join(dirname(fileURLToPath(import.meta.url)), '../../../data/labelsets');

export default defineLoader({
  watch: ['../../../data/labelsets/catalog.json'],
  load(): LabelSetRow[] {
    const catalog = JSON.parse(readFileSync(join(folder, 'catalog.json'), 'utf8')) as LabelCatalog;
    return catalog.sets.map((info) => ({
      name: info.name,
      aliases: info.aliases,
      classes: readFileSync(join(folder, info.file), 'utf8').split('\n').filter(Boolean).length,
      description: info.description,
      source: info.source,
      licence: info.licence,
      order: info.order ?? '',
    }));
  },
});
