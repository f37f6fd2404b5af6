/**
 * What the index answers about a synset, as records that cross to the CLI's JSON, the worker's
 * callers and the elements: everything (`lookup`), a name (labels, breadcrumbs, titles) and a
 * row (a tree or a list). The index assembles them (`SynsetIndex.details`, `row`, `nameRecord`);
 * a names shard alone can make a name (`synsetName`).
 */

/** What `lookup` tells about one synset (the CLI's `--json` keys, plus `lexname`). */
export interface SynsetDetails {
  wnid: string;
  /** NLTK's name: first lemma, lower case, `.n.`, its sense number (`dog.n.01`). */
  name: string;
  lemmas: string[];
  /** The definition, as NLTK's `definition()` gives it. */
  gloss: string;
  /** The quoted usage examples of the gloss. */
  examples: string[];
  parents: string[];
  children: string[];
  minDepth: number;
  maxDepth: number;
  /** In the ImageNet-21k (fall11) release. */
  in21k: boolean;
  /** One of the 1,000 ILSVRC-2012 classes. */
  in1k: boolean;
  /** The ILSVRC-2012 class index (0–999), or null. */
  index1k: number | null;
  /** Distinct descendants, never counting the synset itself: all nouns. */
  descendants: number;
  /** ImageNet-21k (fall11) synsets below it: what the `21k` filter and `--in 21k` count. */
  desc21k: number;
  /** ILSVRC-2012 classes below it. */
  desc1k: number;
  /** Synsets of any ImageNet release below it (fall11 or ILSVRC-2012: the 1k adds teddy bear). */
  descImageNet: number;
  /** WordNet's lexicographer file (`noun.animal`). */
  lexname: string;
  /**
   * Set when the definition could not be loaded (the worker's gloss part failed to download):
   * the load error's message. `gloss` and `examples` are empty then; a later lookup tries again.
   */
  definitionUnavailable?: string;
}

/** How a synset is named in a label, a breadcrumb or a title: no gloss, no lists. */
export interface SynsetName {
  wnid: string;
  /** NLTK's name (`dog.n.01`). */
  name: string;
  /** The first lemma, with spaces (`golden retriever`). */
  label: string;
}

/** A synset as one row of a tree or a list: enough to draw it without another query. */
export interface SynsetRow {
  wnid: string;
  lemma: string;
  in21k: boolean;
  index1k: number | null;
  /** ImageNet-21k (fall11) synsets and ILSVRC-2012 classes below it, as in {@link SynsetDetails}. */
  desc21k: number;
  desc1k: number;
  /** Its class index in the label space the row was asked for (null: not in it, or `all`). */
  setIndex: number | null;
  /** Distinct synsets below it in the label space the row was asked for. */
  count: number;
  /** Children visible under the label space the row was asked for. */
  childCount: number;
  /** Number of parents: above 1, the synset also sits elsewhere in the hierarchy. */
  parentCount: number;
}

/** A name record from a synset's wnid, its first lemma as WordNet writes it, and that lemma's sense number. */
export function synsetName(wnid: string, firstLemma: string, sense: number): SynsetName {
  return { wnid, name: `${firstLemma.toLowerCase()}.n.${String(sense).padStart(2, '0')}`, label: firstLemma.replace(/_/g, ' ') };
}
