/**
 * The noun hierarchy as the algorithms of this folder read it: synsets numbered 0..size-1, each
 * with its hypernyms and its children in flat arrays (the bundle's, and the index's inverse), so
 * a walk reads ranges and allocates nothing per synset. `SynsetIndex` is one; so is any
 * hierarchy built the same way.
 */

/**
 * Synset i's hypernyms are `parents[parentStart[i] .. parentStart[i + 1])`, in WordNet's order:
 * its hypernyms, then its instance hypernyms (NLTK's `hypernyms() + instance_hypernyms()`).
 */
export interface HypernymLists {
  readonly size: number;
  readonly parentStart: Uint32Array;
  readonly parents: Uint32Array;
}

/** Synset i's children are `childList[childStart[i] .. childStart[i + 1])`, in offset order. */
export interface ChildLists {
  readonly size: number;
  readonly childStart: Uint32Array;
  readonly childList: Uint32Array;
}
