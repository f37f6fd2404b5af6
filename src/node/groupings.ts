import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePublishedGrouping, type GroupingSplit, type PublishedGrouping } from '../core/groupings-published.js';
import type { SynsetIndex } from '../core/synset-index.js';
import { findProjectRoot } from './project-root.js';

/** Where the published groupings' tables are (data/groupings/README.md gives their provenance). */
export function groupingFolder(): string {
  return join(findProjectRoot(), 'data/groupings');
}

/**
 * A published grouping (`restricted-imagenet`, `breeds-entity13`, …) read from its tables and
 * checked against the index; `split` keeps BREEDS' source or target half only.
 */
export function readPublishedGrouping(
  index: SynsetIndex,
  name: string,
  options: { split?: GroupingSplit; folder?: string } = {},
): PublishedGrouping {
  const folder = options.folder ?? groupingFolder();
  return parsePublishedGrouping(index, name, (file) => readFileSync(join(folder, file), 'utf8'), options.split);
}
