import { clipHead, writeClipHead, type ClipFormat } from '../core/clip-export.js';
import { exportClasses, type ClassRecord, type ExportFormat } from '../core/label-export.js';
import { readPromptTemplates } from '../node/label-spaces.js';
import type { SynsetQueries } from '../core/queries.js';
import type { SpaceInUse } from './space-in-use.js';
import { exportSubtree, subtree, type TreeFormat } from './subtree.js';

/** What an export wrote, and what a depth limit left out of it (said on stderr too). */
export interface ExportResult {
  text: string;
  note: string | undefined;
}

/** The classes of the space in use, in index order, named in its style (`export --set`). */
export function exportSet(space: SpaceInUse, format: ExportFormat): ExportResult {
  const labels = space.classLabels();
  const records: ClassRecord[] = Array.from(space.set.classes, (synset, k) => ({
    index: k,
    wnid: synset < 0 ? '' : space.index.wnidOf(synset),
    label: labels[k]!,
  }));
  return { text: exportClasses(records, format, { style: space.style, set: space.name }), note: undefined };
}

/**
 * The set's CLIP zero-shot head (`export --format clip|clip-py`): its names in the space's style
 * and CLIP's ImageNet templates, in English (the place for other languages' templates).
 */
export function exportClip(space: SpaceInUse, format: ClipFormat): ExportResult {
  const { info, templates } = readPromptTemplates('en');
  const head = clipHead(space.classLabels(), (k) => space.set.hole(k)?.name, templates, space.name);
  const about = { set: space.name, style: space.style, templates: `${info.description}, from ${info.source} (${info.licence})` };
  return { text: writeClipHead(head, format, about), note: undefined };
}

/** The subtree under a synset (`export --under`), within a label space, to a depth if asked. */
export function exportUnder(
  queries: SynsetQueries,
  root: number,
  inSpace: string,
  space: SpaceInUse,
  format: TreeFormat,
  depth: number | undefined,
): ExportResult {
  const spaces = queries.labelSpaces;
  const tree = subtree(queries.index, root, spaces.filter(inSpace), spaces.filter('all'), depth);
  const note =
    tree.leftOut > 0
      ? `--depth ${depth} left out ${tree.leftOut} synset${tree.leftOut === 1 ? '' : 's'} below ${queries.index.wnidOf(root)} (counted in "cut" where they were cut)`
      : undefined;
  return { text: exportSubtree(tree, format, space, depth !== undefined), note };
}
