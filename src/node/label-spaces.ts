import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NameList, NameStyle } from '../core/class-names.js';
import type { LabelCatalog, LabelSetInfo } from '../core/label-spaces.js';
import type { SynsetQueries } from '../core/queries.js';
import { findProjectRoot } from './project-root.js';

/** Where the built-in label spaces' lists and their catalog are. */
export function labelSetFolder(): string {
  return join(findProjectRoot(), 'data/labelsets');
}

/** The catalog of built-in label spaces, with each list's source and licence. */
export function readLabelCatalog(folder = labelSetFolder()): LabelCatalog {
  return JSON.parse(readFileSync(join(folder, 'catalog.json'), 'utf8')) as LabelCatalog;
}

/** Gives a query object the built-in label spaces, each list read from disk when first used. */
export function useBuiltInLabelSets(queries: SynsetQueries, folder = labelSetFolder()): LabelCatalog {
  const catalog = readLabelCatalog(folder);
  queries.useLabelCatalog(catalog, (info: LabelSetInfo) => readFileSync(join(folder, info.file), 'utf8'));
  return catalog;
}

const nameLists = new Map<string, NameList>();

/** A published name list of the 1k (`simple`, `torchvision`, `clip`), or undefined for other styles. */
export function readNameList(style: NameStyle, folder = labelSetFolder()): NameList | undefined {
  const known = nameLists.get(style);
  if (known) return known;
  const info = readLabelCatalog(folder).names.find((entry) => entry.name === style);
  if (!info) return undefined;
  const list = JSON.parse(readFileSync(join(folder, info.file), 'utf8')) as NameList;
  nameLists.set(style, list);
  return list;
}
