import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClassHierarchy } from '../core/class-hierarchy.js';
import type { NameList, NameStyle } from '../core/class-names.js';
import { hierarchyOfParents } from '../core/parent-index-hierarchy.js';
import type { LabelCatalog, LabelSetInfo, PromptTemplatesInfo } from '../core/label-spaces.js';
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

/** The built-in label spaces that bring a hierarchy of their own (`--hierarchy NAME`), by name. */
export function builtInHierarchyNames(queries: SynsetQueries): string[] {
  return queries.labelSpaces.catalog.sets.filter((info) => info.parents !== undefined).map((info) => info.name);
}

/**
 * The hierarchy a built-in label space brings (Tencent ML-Images' parent index), by the set's
 * name or alias, or undefined when no set of that name has one. Throws `HierarchyError` for a
 * damaged file.
 */
export function readBuiltInHierarchy(queries: SynsetQueries, name: string, folder = labelSetFolder()): ClassHierarchy | undefined {
  const info = queries.labelSpaces.infoOf(name);
  if (!info?.parents) return undefined;
  return hierarchyOfParents(queries.index, queries.labelSpaces.set(info.name), readFileSync(join(folder, info.parents), 'utf8'));
}

/**
 * The zero-shot prompt templates of a language, with where they come from: `en` is CLIP's 80
 * ImageNet templates, the only language so far. Throws for a language there are none in.
 */
export function readPromptTemplates(lang = 'en', folder = labelSetFolder()): { info: PromptTemplatesInfo; templates: string[] } {
  const info = readLabelCatalog(folder).templates?.find((entry) => entry.lang === lang);
  if (!info) throw new Error(`no prompt templates in the language '${lang}'`);
  return { info, templates: JSON.parse(readFileSync(join(folder, info.file), 'utf8')) as string[] };
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
