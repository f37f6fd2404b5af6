/**
 * The in-memory index of every noun synset, built from the bundle: the data (lemmas, glosses,
 * parents and the children inverted from them, label spaces, counts), lookups by id, and the records
 * a query returns. The hierarchy's algorithms (depths, paths, LCA…) are in `hierarchy/`; the index
 * gives them its lists and keeps their visit marks.
 */
import { indexOfSorted, lastAtOrBelow, partitionPoint } from './bisect.js';
import { IN_1K, IN_21K, type ChildListArrays, type LemmaBoundaries, type SynsetBundle } from './bundle-format.js';
import { Depths } from './hierarchy/depths.js';
import { descendantsOf } from './hierarchy/descendants.js';
import type { ChildLists, HypernymLists } from './hierarchy/hypernym-lists.js';
import { hypernymPaths } from './hierarchy/hypernym-paths.js';
import { isA } from './hierarchy/is-a.js';
import { lowestCommonHypernyms } from './hierarchy/lca.js';
import { VisitMarks } from './hierarchy/visit-marks.js';
import { LEX_NAMES } from './lexnames.js';
import type { MemberFilter } from './label-space-name.js';
import { synsetName, type SynsetDetails, type SynsetName, type SynsetRow } from './synset-records.js';
import { flaggedSynsets } from './flagged-synsets.js';
import { lemmaBoundaries } from './start-tables.js';
import { offsetOfWnid, wnidOfOffset } from './wnid.js';
import { splitGloss } from './wndb.js';

/**
 * The in-memory index of every noun synset. Synsets are numbered 0..size-1 in offset order, so
 * numbers sort as wnids do; the methods taking `i` work on those numbers, the others on ids.
 */
export class SynsetIndex implements HypernymLists, ChildLists {
  readonly size: number;
  readonly lemmaCount: number;
  /**
   * Found on first use, as the children are: the lemmas' boundaries (unless the bundle has them)
   * and the 1k's class numbers; a command that shows one synset should not scan them all.
   */
  private boundaries: LemmaBoundaries | undefined;
  private classes: { index1k: Int16Array; classes1k: Uint32Array } | undefined;
  /**
   * The children (unless the bundle has them), inverted from the parents on first use: a command
   * that never walks down (a lookup) does not pay for it.
   */
  private children: ChildListArrays | undefined;
  /** Where each gloss starts in the gloss text; found on the first gloss asked for. */
  private glossStart: Uint32Array | undefined;
  /** Min and max depths, found as they are asked for. */
  private readonly depths: Depths;
  /**
   * Visit marks for walks over the index, kept from walk to walk: the first for any walk, the
   * second for one that runs while the first's marks are read (the LCA's).
   */
  readonly marks: readonly [VisitMarks, VisitMarks];
  private lowerLemmaText: string | undefined;

  constructor(readonly bundle: SynsetBundle) {
    const n = (this.size = bundle.offsets.length);
    this.lemmaCount = bundle.senseNumbers.length;
    this.depths = new Depths(this);
    this.marks = [new VisitMarks(n), new VisitMarks(n)];
  }

  /** Hypernyms of synset i are parents[parentStart[i] .. parentStart[i+1]) (the bundle's lists, read when first walked; see `HypernymLists`). */
  get parentStart(): Uint32Array {
    return this.bundle.parentStart;
  }

  get parents(): Uint32Array {
    return this.bundle.parents;
  }

  /** Lemma numbers: synset i owns lemmas lemmaStart[i] .. lemmaStart[i+1]-1, in WordNet's order. */
  get lemmaStart(): Uint32Array {
    return (this.boundaries ??= this.findBoundaries()).lemmaStart;
  }

  /** Where lemma l starts in the bundle's lemma text; strings are sliced only when asked for. */
  get lemmaCharStart(): Uint32Array {
    return (this.boundaries ??= this.findBoundaries()).lemmaCharStart;
  }

  private findBoundaries(): LemmaBoundaries {
    return this.bundle.lemmaBoundaries ?? lemmaBoundaries(this.bundle.lemmaText, this.size, this.lemmaCount);
  }

  /** ILSVRC-2012 class index per synset, -1 where none; the inverse is {@link classes1k}. */
  get index1k(): Int16Array {
    return (this.classes ??= numberThe1k(this.bundle.flags)).index1k;
  }

  get classes1k(): Uint32Array {
    return (this.classes ??= numberThe1k(this.bundle.flags)).classes1k;
  }

  /** Children of synset i are childList[childStart[i] .. childStart[i+1]), in offset order. */
  get childStart(): Uint32Array {
    return (this.children ??= this.bundle.childLists ?? invertEdges(this.parentStart, this.parents, this.size)).childStart;
  }

  get childList(): Uint32Array {
    return (this.children ??= this.bundle.childLists ?? invertEdges(this.parentStart, this.parents, this.size)).childList;
  }

  // ---- numbers and ids ----

  wnidOf(i: number): string {
    return wnidOfOffset(this.bundle.offsets[i]!);
  }

  /** The synset number of a wnid, or -1. */
  numberOfWnid(wnid: string): number {
    const offset = offsetOfWnid(wnid);
    return offset === undefined ? -1 : this.numberOfOffset(offset);
  }

  /** The synset number of a `data.noun` offset, or -1. */
  numberOfOffset(offset: number): number {
    return indexOfSorted(this.bundle.offsets, offset);
  }

  /** The synset owning lemma number l. */
  synsetOfLemma(l: number): number {
    return lastAtOrBelow(this.size, (i) => this.lemmaStart[i]! <= l);
  }

  /**
   * Synsets carrying a lemma (lower case, underscores), in sense order, with nothing to build
   * first: by bisection of the bundle's lemma order when it has one (Node's start tables), else
   * by scanning the lemma text (a few milliseconds). For one or two names (a CLI call) this beats
   * building the search tables; for many, `LemmaSearch.sensesOf` wins.
   */
  sensesByScan(lemma: string): number[] {
    const senses: number[] = [];
    if (lemma.length === 0 || /[\s]/.test(lemma)) return senses;
    const order = this.bundle.lemmaOrder;
    if (order) {
      const key = (k: number): string => this.lemma(order[k]!).toLowerCase();
      for (let k = partitionPoint(0, order.length, (at) => key(at) < lemma); k < order.length && key(k) === lemma; k++) {
        const l = order[k]!;
        senses[this.bundle.senseNumbers[l]! - 1] = this.synsetOfLemma(l);
      }
      return senses;
    }
    const text = (this.lowerLemmaText ??= this.bundle.lemmaText.toLowerCase());
    for (let at = text.indexOf(lemma); at >= 0; at = text.indexOf(lemma, at + 1)) {
      const before = at === 0 ? 10 : text.charCodeAt(at - 1);
      const after = at + lemma.length === text.length ? 10 : text.charCodeAt(at + lemma.length);
      if ((before !== 10 && before !== 32) || (after !== 10 && after !== 32)) continue;
      const l = this.lemmaAt(at);
      senses[this.bundle.senseNumbers[l]! - 1] = this.synsetOfLemma(l);
    }
    return senses;
  }

  /** The lemma whose text holds a character position of the lemma text. */
  private lemmaAt(position: number): number {
    return lastAtOrBelow(this.lemmaCount, (l) => this.lemmaCharStart[l]! <= position);
  }

  // ---- per-synset facts ----

  /** Lemma number l as WordNet writes it (`Canis_familiaris`). */
  lemma(l: number): string {
    return this.bundle.lemmaText.slice(this.lemmaCharStart[l], this.lemmaCharStart[l + 1]! - 1);
  }

  lemmasOf(i: number): string[] {
    const lemmas: string[] = [];
    for (let l = this.lemmaStart[i]!; l < this.lemmaStart[i + 1]!; l++) lemmas.push(this.lemma(l));
    return lemmas;
  }

  /** The first lemma with spaces for underscores: how a synset is shown. */
  labelOf(i: number): string {
    return this.lemma(this.lemmaStart[i]!).replace(/_/g, ' ');
  }

  nameOf(i: number): string {
    return this.nameRecord(i).name;
  }

  /** The raw WordNet gloss, definition and examples together. */
  glossOf(i: number): string {
    const line = this.bundle.glossLine?.(i);
    if (line !== undefined) return line;
    const starts = (this.glossStart ??= lineStarts(this.bundle.glossText, this.size));
    return this.bundle.glossText.slice(starts[i], starts[i + 1]! - 1);
  }

  parentsOf(i: number): Uint32Array {
    return this.parents.subarray(this.parentStart[i], this.parentStart[i + 1]);
  }

  /** Children in offset order. */
  childrenOf(i: number): Uint32Array {
    return this.childList.subarray(this.childStart[i], this.childStart[i + 1]);
  }

  /** Whether a synset shows in a tree filtered by a label space: it is in it, or lies above one that is. */
  isVisible(i: number, filter: MemberFilter): boolean {
    return !filter.restricts || filter.has(i) || filter.countBelow(i) > 0;
  }

  nameRecord(i: number): SynsetName {
    const first = this.lemmaStart[i]!;
    return synsetName(this.wnidOf(i), this.lemma(first), this.bundle.senseNumbers[first]!);
  }

  /**
   * Everything about a synset. Given why its gloss could not be loaded (`definitionUnavailable`),
   * the gloss is not read: the definition and examples are empty, and the reason says why.
   */
  details(i: number, definitionUnavailable?: string): SynsetDetails {
    const { definition, examples } = definitionUnavailable === undefined ? splitGloss(this.glossOf(i)) : { definition: '', examples: [] };
    const flags = this.bundle.flags[i]!;
    const index1k = this.index1k[i]!;
    return {
      wnid: this.wnidOf(i),
      name: this.nameOf(i),
      lemmas: this.lemmasOf(i),
      gloss: definition,
      examples,
      parents: Array.from(this.parentsOf(i), (p) => this.wnidOf(p)),
      children: this.sortedByLabel(this.childrenOf(i)).map((c) => this.wnidOf(c)),
      minDepth: this.minDepth(i),
      maxDepth: this.maxDepth(i),
      in21k: (flags & IN_21K) !== 0,
      in1k: (flags & IN_1K) !== 0,
      index1k: index1k < 0 ? null : index1k,
      descendants: this.bundle.descendantCount[i]!,
      desc21k: this.bundle.descendantCount21k[i]!,
      desc1k: this.bundle.descendantCount1k[i]!,
      descImageNet: this.bundle.descendantCountImageNet[i]!,
      lexname: LEX_NAMES[this.bundle.lexFiles[i]!] ?? 'noun.unknown',
      ...(definitionUnavailable === undefined ? {} : { definitionUnavailable }),
    };
  }

  row(i: number, filter: MemberFilter): SynsetRow {
    let childCount = 0;
    for (const c of this.childrenOf(i)) if (this.isVisible(c, filter)) childCount++;
    const index1k = this.index1k[i]!;
    const setIndex = filter.indexOf(i);
    return {
      wnid: this.wnidOf(i),
      lemma: this.labelOf(i),
      in21k: (this.bundle.flags[i]! & IN_21K) !== 0,
      index1k: index1k < 0 ? null : index1k,
      desc21k: this.bundle.descendantCount21k[i]!,
      desc1k: this.bundle.descendantCount1k[i]!,
      setIndex: setIndex < 0 ? null : setIndex,
      count: filter.countBelow(i),
      childCount,
      parentCount: this.parentsOf(i).length,
    };
  }

  /** Numbers sorted by their label, case-insensitively: the order trees and lists show. */
  sortedByLabel(numbers: ArrayLike<number>): number[] {
    return Array.from(numbers)
      .map((i) => ({ i, key: this.labelOf(i).toLowerCase() }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i))
      .map((entry) => entry.i);
  }

  // ---- the hierarchy's algorithms (src/core/hierarchy/), over this index's lists and marks ----

  /** NLTK's `min_depth()`: edges on the shortest path from the root. */
  minDepth(i: number): number {
    return this.depths.minDepth(i);
  }

  /** NLTK's `max_depth()`: edges on the longest path from the root. */
  maxDepth(i: number): number {
    return this.depths.maxDepth(i);
  }

  /** Every hypernym path from the root down to i, in NLTK's `hypernym_paths()` order. */
  hypernymPaths(i: number): number[][] {
    return hypernymPaths(this, i);
  }

  /** Whether `ancestor` is `i` or one of its hypernyms. */
  isA(i: number, ancestor: number): boolean {
    return isA(this, i, ancestor, this.marks[0]);
  }

  /** NLTK's `lowest_common_hypernyms()` (see `hierarchy/lca.ts`). */
  lowestCommonHypernyms(a: number, b: number): number[] {
    return lowestCommonHypernyms(this, a, b, this.marks);
  }

  /** Distinct descendants of i in a label space, ascending (so in wnid order). */
  descendantsOf(i: number, filter: MemberFilter): Uint32Array {
    return descendantsOf(this, i, filter, this.marks[0]);
  }
}

/** The 1k's classes in offset order, which is their class index order (ILSVRC-2012 numbers its classes by wnid). */
function numberThe1k(flags: Uint8Array): { index1k: Int16Array; classes1k: Uint32Array } {
  const index1k = new Int16Array(flags.length).fill(-1);
  const classes1k = flaggedSynsets(flags, IN_1K);
  classes1k.forEach((i, k) => (index1k[i] = k));
  return { index1k, classes1k };
}

/** Start of each of n newline-terminated lines, plus the end. */
function lineStarts(text: string, n: number): Uint32Array {
  const starts = new Uint32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    starts[i] = at;
    const newline = text.indexOf('\n', at);
    at = newline < 0 ? text.length + 1 : newline + 1;
  }
  starts[n] = at;
  return starts;
}

/**
 * Every synset's children, from the parent lists: a later visit's first tree rows wait for it.
 * It runs once, mostly before the JIT has compiled it: indexed loops with their bounds read once
 * took its first call in Node from 10–11 ms (`for…of`, bounds read each pass) to 6–7.
 */
function invertEdges(parentStart: Uint32Array, parents: Uint32Array, n: number): ChildListArrays {
  const edges = parents.length;
  const childStart = new Uint32Array(n + 1);
  for (let e = 0; e < edges; e++) childStart[parents[e]! + 1]!++;
  let sum = 0;
  for (let i = 0; i <= n; i++) childStart[i] = sum += childStart[i]!;
  const fill = childStart.slice(0, n);
  const childList = new Uint32Array(edges);
  for (let i = 0, e = 0; i < n; i++) {
    for (const end = parentStart[i + 1]!; e < end; e++) childList[fill[parents[e]!]!++] = i;
  }
  return { childStart, childList };
}
