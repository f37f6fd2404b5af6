/**
 * `synset-explorer/node` (and `synset-explorer` under Node): the query core for scripts, with the
 * data and the built-in label sets read from the package. A few conveniences open the shared
 * index and answer the common jobs of an ML script in one call; the hierarchy metrics take ids
 * in any form (`./metrics.ts`); everything else is the core itself, re-exported (`SynsetQueries`,
 * label sets, names, exports, groupings), so what the CLI can do a script can do with the same
 * functions.
 *
 * ```ts
 * import { openSynsets, mapIndices, exportSet, severity, metricRows } from 'synset-explorer/node';
 * const queries = openSynsets();
 * queries.lookup('n01440764').lemmas; // ['tench', 'Tinca_tinca']
 * mapIndices('imagenet-r', '1k')[17]; // 76: imagenet-r's class 17 (tarantula) in the 1k
 * writeFileSync('classes.json', exportSet('imagewoof', 'keras'));
 * severity('n01440764', 'goldfish.n.01'); // 3 (H = 18 in the 1k)
 * for (const row of metricRows('1k', 'severity')) ...; // every 1k row in about 0.16 s
 * evaluate({ pred: top5, k: 5, true: 'val-imagefolder' }).realTop1; // a model's ReaL accuracy
 * ```
 */
import { classLabels, defaultExportStyle, type ClassNameStyle } from '../core/class-names.js';
import { exportClasses, type ClassRecord, type ExportFormat } from '../core/label-export.js';
import type { CustomList } from '../core/label-spaces.js';
import { readNameList, readPromptTemplates } from './label-spaces.js';
import { clipHead, writeClipHead, type ClipFormat } from '../core/clip-export.js';
import { openSynsets } from './open-synsets.js';

export { openSynsets } from './open-synsets.js';

/**
 * Adds a custom label set: `text` holds one id a line (any id form, `SET:INDEX` too), line N+1
 * being class N; `#` comments and blank lines are skipped. A bad line is returned as a problem
 * with its line number and stays a hole, so the classes after it keep their indices.
 */
export function addLabelList(name: string, text: string, queries = openSynsets()): CustomList {
  return queries.labelSpaces.addList(name, text, (id) => queries.resolve(id));
}

/**
 * For each class of `from`, in index order, its index in `to`, or null where `to` lacks it:
 * `mapIndices('imagenet-r', '1k')` is the mask people apply to 1k logits.
 */
export function mapIndices(from: string, to: string, queries = openSynsets()): (number | null)[] {
  const target = queries.labelSpaces.set(to);
  return Array.from(queries.labelSpaces.set(from).classes, (i) => {
    const k = i < 0 ? -1 : target.indexOf(i);
    return k < 0 ? null : k;
  });
}

/**
 * The names of a set's classes in index order, in a style (default `unique`: no two alike);
 * `simple`, `torchvision` and `clip` are the published 1k lists, `keras` and `hf` the rules of
 * the frameworks' files. A custom list's hole is ''.
 */
export function setLabels(set: string, names: ClassNameStyle = 'unique', queries = openSynsets()): string[] {
  return classLabels(queries.index, queries.labelSpaces.set(set), names, (style) => readNameList(style));
}

/** A set's classes as exports write them: index, wnid ('' for a hole) and name. */
export function classRecords(set: string, names: ClassNameStyle = 'unique', queries = openSynsets()): ClassRecord[] {
  const labels = setLabels(set, names, queries);
  return Array.from(queries.labelSpaces.set(set).classes, (i, k) => ({
    index: k,
    wnid: i < 0 ? '' : queries.index.wnidOf(i),
    label: labels[k]!,
  }));
}

/**
 * A set's classes as the text of a file in one of the export formats (`keras`, `hf`, `csv`…).
 * Without `names`, a framework's format names classes as its own files do (`keras`; `hf` on the
 * 1k), every other export `unique` (see `defaultExportStyle`).
 */
export function exportSet(set: string, format: ExportFormat, names?: ClassNameStyle, queries = openSynsets()): string {
  const name = queries.labelSpaces.set(set).name;
  const style = names ?? defaultExportStyle(format, name);
  return exportClasses(classRecords(set, style, queries), format, { style, set: name });
}

/**
 * A set's CLIP zero-shot head as a file's text: `clip`, `{"classnames": [...], "templates": [...]}`;
 * `clip-py`, a Python module with those two lists. Names default to CLIP's curated ones on the
 * 1k and the unique names elsewhere; the templates are CLIP's 80 ImageNet ones.
 */
export function exportClipHead(set: string, format: ClipFormat = 'clip', names?: ClassNameStyle, queries = openSynsets()): string {
  const labelSet = queries.labelSpaces.set(set);
  const style = names ?? defaultExportStyle(format, labelSet.name);
  const { info, templates } = readPromptTemplates('en');
  const head = clipHead(setLabels(set, style, queries), (k) => labelSet.hole(k)?.name, templates, labelSet.name);
  return writeClipHead(head, format, {
    set: labelSet.name,
    style,
    templates: `${info.description}, from ${info.source} (${info.licence})`,
  });
}

export { bundlePath, loadBundle, loadIndex } from './load-bundle.js';
export {
  builtInHierarchyNames,
  labelSetFolder,
  readBuiltInHierarchy,
  readLabelCatalog,
  readNameList,
  readPromptTemplates,
  useBuiltInLabelSets,
} from './label-spaces.js';
export { CLIP_FORMATS, clipHead, isClipFormat, writeClipHead, type ClipFormat, type ClipHead } from '../core/clip-export.js';
export { hierarchyOfParents } from '../core/parent-index-hierarchy.js';
export { groupingFolder, readPublishedGrouping } from './groupings.js';
export { readWordNetVersions, useWordNetVersionFile, wordNetVersionsFile } from './wordnet-versions.js';
export { WordNetVersions, VersionDataError, oewnId, wn31Id, type VersionIds } from '../core/wordnet-versions.js';
export { parseVersionedId, WordNetVersionSource, type VersionedId } from '../core/versioned-ids.js';

export {
  SynsetQueries,
  type ChildPage,
  type ChildPageOptions,
  type IdOutcome,
  type LookupOutcome,
  type LabelSpaceOption,
  type NameOutcome,
  type ResolveOptions,
  type SubtreeLayout,
  type SynsetStats,
} from '../core/queries.js';
export { SynsetIndex } from '../core/synset-index.js';
export { ERROR_NAMES, isQueryError, SynsetIdError, SynsetRequestError } from '../core/errors.js';
export type { SynsetDetails, SynsetName, SynsetRow } from '../core/synset-records.js';
export { ROOT_WNID, wnidOfOffset } from '../core/wnid.js';
export type { SearchHit, SearchOptions } from '../core/search.js';
export { ALL, type MemberFilter, type LabelSpaceName } from '../core/label-space-name.js';
export { LabelSet, MAX_LIST_CLASSES, parseLabelList, type ListProblem, type ParsedList } from '../core/label-set.js';
export { LabelSpaces, type CustomList, type LabelCatalog, type LabelSetInfo, type NameListInfo } from '../core/label-spaces.js';
export {
  CLASS_NAME_STYLES,
  classLabels,
  defaultExportStyle,
  fileStyleLabel,
  isClassNameStyle,
  isNameStyle,
  NAME_STYLES,
  type ClassNameStyle,
  type FileNameStyle,
  type NameList,
  type NameStyle,
} from '../core/class-names.js';
export { uniqueLabels } from '../core/unique-names.js';
export { EXPORT_FORMATS, ExportError, exportClasses, isExportFormat, type ClassRecord, type ExportFormat } from '../core/label-export.js';
export type { DistanceRecord, MatrixMetric, MetricRowOptions } from '../core/hierarchy-metrics.js';
export {
  distance,
  lca,
  lchSimilarity,
  metricRows,
  pathLength,
  pathSimilarity,
  readHierarchy,
  severity,
  wupSimilarity,
  type MetricOptions,
} from './metrics.js';
export { ClassHierarchy, HierarchyError, type HierarchyProblem, type TreeDistanceRecord } from '../core/class-hierarchy.js';
export * from '../core/groupings.js';
export { evaluate, knownIssues, type EvaluateOptions } from './evaluation.js';
export { readKnownIssues, readValidationData } from './evaluation-data.js';
export type { ClassFigures, ClassGroups, Confusion, Evaluation, EvaluationSummary, GroupFigures } from '../core/evaluation/evaluate.js';
export { EvaluationInputError, type InputProblem } from '../core/evaluation/input-error.js';
export type { ClassCount, KnownIssues } from '../core/evaluation/known-issues.js';
export type { ValidationData } from '../core/evaluation/validation-data.js';
export type { RealLabels } from '../core/evaluation/real-labels.js';
