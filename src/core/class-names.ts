/**
 * How a set's classes are named: WordNet's first lemma, names made unique within the set, the
 * published name lists of the 1k, and the naming rules of the frameworks' own files (`keras`,
 * `hf`). The name lists themselves are data, read by the caller (Node reads files, the worker
 * fetches parts).
 */
import type { LabelSet } from './label-set.js';
import type { SynsetIndex } from './synset-index.js';
import { uniqueLabels } from './unique-names.js';

/**
 * How classes are named: `wordnet`, the first lemma; `unique`, the first lemma made unique
 * within the set (see `uniqueLabels`); `simple`, `torchvision`, `clip`, the published name
 * lists of the 1k (a class outside the 1k gets its `unique` name).
 */
export type NameStyle = 'wordnet' | 'unique' | 'simple' | 'torchvision' | 'clip';

export const NAME_STYLES: readonly NameStyle[] = ['wordnet', 'unique', 'simple', 'torchvision', 'clip'];

export function isNameStyle(value: unknown): value is NameStyle {
  return (NAME_STYLES as readonly unknown[]).includes(value);
}

/**
 * The naming rules of the frameworks' own ImageNet files, offered where files are written (the
 * CLI and the Node API): `keras`, the first lemma as WordNet writes it, underscores kept (Keras'
 * imagenet_class_index.json: "great_white_shark", "crane" at 134 and at 517); `hf`, every lemma,
 * underscores as spaces, joined by ", " (the id2label of Hugging Face's ImageNet checkpoints:
 * "tench, Tinca tinca"). Each names any synset, in or out of the 1k.
 */
export type FileNameStyle = 'keras' | 'hf';

/** Every style a class can be named in: the explorer's, and the frameworks' files'. */
export type ClassNameStyle = NameStyle | FileNameStyle;

export const CLASS_NAME_STYLES: readonly ClassNameStyle[] = [...NAME_STYLES, 'keras', 'hf'];

export function isClassNameStyle(value: unknown): value is ClassNameStyle {
  return (CLASS_NAME_STYLES as readonly unknown[]).includes(value);
}

/** A synset's name by a framework's rule (see {@link FileNameStyle}). */
export function fileStyleLabel(index: SynsetIndex, i: number, style: FileNameStyle): string {
  const lemmas = index.lemmasOf(i);
  return style === 'keras' ? lemmas[0]! : lemmas.map((lemma) => lemma.replace(/_/g, ' ')).join(', ');
}

/**
 * The names an export uses when none is asked for: a framework's format names classes by that
 * framework's rule, so the file equals the published one (Keras' file for any set; Hugging
 * Face's id2label for the 1k). Hugging Face's label2id elsewhere needs names no two classes
 * share, so other sets, and the other formats, get `unique`.
 */
export function defaultExportStyle(format: string, set: string): ClassNameStyle {
  if (format === 'keras') return 'keras';
  // A CLIP head of the 1k takes CLIP's own curated names, as its zero-shot results were had with them.
  if ((format === 'clip' || format === 'clip-py') && set === '1k') return 'clip';
  if (format === 'hf' && set === '1k') return 'hf';
  return 'unique';
}

/** A published list: 1,000 names in 1k class index order. */
export type NameList = readonly string[];

/**
 * Names of a set's classes in index order, in a style. `nameList` gives a published list when
 * the style is one (undefined when it could not be read). A hole of a custom list is named ''.
 */
export function classLabels(
  index: SynsetIndex,
  set: LabelSet,
  style: ClassNameStyle,
  nameList?: (style: NameStyle) => NameList | undefined,
): string[] {
  if (style === 'wordnet') return Array.from(set.classes, (i) => (i < 0 ? '' : index.labelOf(i)));
  if (style === 'keras' || style === 'hf') return Array.from(set.classes, (i) => (i < 0 ? '' : fileStyleLabel(index, i, style)));
  const unique = uniqueLabels(index, set.classes);
  if (style === 'unique') return unique;
  const names = nameList?.(style);
  if (!names || names.length !== index.classes1k.length) throw new Error(`the ${style} name list is not available`);
  return Array.from(set.classes, (i, k) => {
    const k1 = i < 0 ? -1 : index.index1k[i]!;
    return k1 >= 0 ? names[k1]! : unique[k]!;
  });
}
