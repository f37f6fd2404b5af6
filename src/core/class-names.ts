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

/** A published list: 1,000 names in 1k class index order. */
export type NameList = readonly string[];

/**
 * Names of a set's classes in index order, in a style. `nameList` gives a published list when
 * the style is one (undefined when it could not be read). A hole of a custom list is named ''.
 */
export function classLabels(
  index: SynsetIndex,
  set: LabelSet,
  style: NameStyle,
  nameList?: (style: NameStyle) => NameList | undefined,
): string[] {
  if (style === 'wordnet') return Array.from(set.classes, (i) => (i < 0 ? '' : index.labelOf(i)));
  const unique = uniqueLabels(index, set.classes);
  if (style === 'unique') return unique;
  const names = nameList?.(style);
  if (!names || names.length !== index.classes1k.length) throw new Error(`the ${style} name list is not available`);
  return Array.from(set.classes, (i, k) => {
    const k1 = i < 0 ? -1 : index.index1k[i]!;
    return k1 >= 0 ? names[k1]! : unique[k]!;
  });
}
