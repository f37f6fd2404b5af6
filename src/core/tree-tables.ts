/**
 * What the browser's worker keeps of an index it has built, beside the data parts in
 * IndexedDB, so that a later visit need not work it out again: where each synset's lemmas and
 * each lemma start in the lemma text, and each synset's children. Each is a pass over all
 * 82,115 synsets, run before the JIT has compiled it, on a later visit's way to its first tree
 * rows (about 5 and 6 ms in Node, more in a worker).
 */
import type { BundleArrays, ChildListArrays, LemmaBoundaries } from './bundle-format.js';
import type { SynsetIndex } from './synset-index.js';

export interface TreeTables extends LemmaBoundaries, ChildListArrays {}

/** The index's tables (found now, if it had not needed them yet). */
export function treeTablesOf(index: SynsetIndex): TreeTables {
  return { lemmaStart: index.lemmaStart, lemmaCharStart: index.lemmaCharStart, childStart: index.childStart, childList: index.childList };
}

/**
 * Whether `tables` (read back from storage: anything) can be a bundle's of these arrays: typed
 * arrays of the sizes its synsets, lemmas, lemma text and parent edges make, with the ends they
 * make. A copy of another build is refused by its key, a damaged one by its digest: this keeps
 * what passed both from reading past an array's end.
 */
export function treeTablesFit(
  tables: unknown,
  arrays: Pick<BundleArrays, 'offsets' | 'parents' | 'senseNumbers' | 'lemmaText'>,
): tables is TreeTables {
  if (typeof tables !== 'object' || tables === null) return false;
  const { lemmaStart, lemmaCharStart, childStart, childList } = tables as Partial<Record<keyof TreeTables, unknown>>;
  const synsets = arrays.offsets.length;
  const lemmas = arrays.senseNumbers.length;
  const edges = arrays.parents.length;
  const spans = (array: unknown, length: number, last: number): array is Uint32Array =>
    array instanceof Uint32Array && array.length === length && array[0] === 0 && array[length - 1] === last;
  return (
    spans(lemmaStart, synsets + 1, lemmas) &&
    spans(lemmaCharStart, lemmas + 1, arrays.lemmaText.length + 1) &&
    spans(childStart, synsets + 1, edges) &&
    childList instanceof Uint32Array &&
    childList.length === edges
  );
}
