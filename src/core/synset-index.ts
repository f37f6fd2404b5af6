import { indexOfSorted, lastAtOrBelow } from './bisect.js';
import { IN_1K, IN_21K, type SynsetBundle } from './bundle-format.js';
import { LEX_NAMES } from './lexnames.js';
import type { MemberFilter } from './membership.js';
import { synsetName, type SynsetDetails, type SynsetName, type SynsetRow } from './synset-records.js';
import { offsetOfWnid, wnidOfOffset } from './wnid.js';
import { splitGloss } from './wndb.js';

/** A request named a synset that is not there, or not in a form this index reads. */
export class SynsetIdError extends Error {
  override name = 'SynsetIdError';
}

const UNKNOWN_DEPTH = 255;

/**
 * The in-memory index of every noun synset. Synsets are numbered 0..size-1 in offset order, so
 * numbers sort as wnids do; the methods taking `i` work on those numbers, the others on ids.
 */
export class SynsetIndex {
  readonly size: number;
  /** Shortest and longest path length from the root, filled in on demand (255: not yet). */
  private readonly minDepths: Uint8Array;
  private readonly maxDepths: Uint8Array;
  /** ILSVRC-2012 class index per synset, -1 where none; the inverse is {@link classes1k}. */
  readonly index1k: Int16Array;
  readonly classes1k: Uint32Array;
  /** Lemma numbers: synset i owns lemmas lemmaStart[i] .. lemmaStart[i+1]-1, in WordNet's order. */
  readonly lemmaStart: Uint32Array;
  readonly lemmaCount: number;
  /** Where lemma l starts in the bundle's lemma text; strings are sliced only when asked for. */
  readonly lemmaCharStart: Uint32Array;
  /** Children of synset i are childList[childStart[i] .. childStart[i+1]), in offset order. */
  readonly childStart: Uint32Array;
  readonly childList: Uint32Array;
  /** Where each gloss starts in the gloss text; found on the first gloss asked for. */
  private glossStart: Uint32Array | undefined;
  /** Visit marks for traversals: a node is visited when its stamp equals the current one. */
  private readonly stamps: Uint32Array;
  private stamp = 0;
  private readonly stampsB: Uint32Array;
  private stampB = 0;
  private lowerLemmaText: string | undefined;

  constructor(readonly bundle: SynsetBundle) {
    const n = (this.size = bundle.offsets.length);
    this.lemmaCount = bundle.senseNumbers.length;
    ({ lemmaStart: this.lemmaStart, lemmaCharStart: this.lemmaCharStart } = lemmaBoundaries(bundle.lemmaText, n, this.lemmaCount));
    ({ childStart: this.childStart, childList: this.childList } = invertEdges(bundle.parentStart, bundle.parents, n));
    this.minDepths = new Uint8Array(n).fill(UNKNOWN_DEPTH);
    this.maxDepths = new Uint8Array(n).fill(UNKNOWN_DEPTH);
    this.index1k = new Int16Array(n).fill(-1);
    const classes: number[] = [];
    for (let i = 0; i < n; i++) {
      if (bundle.flags[i]! & IN_1K) this.index1k[i] = classes.push(i) - 1;
    }
    this.classes1k = Uint32Array.from(classes);
    this.stamps = new Uint32Array(n);
    this.stampsB = new Uint32Array(n);
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
   * Synsets carrying a lemma (lower case, underscores), in sense order, found by scanning the
   * lemma text: a few milliseconds, with nothing to build first. For one or two names (a CLI
   * call) this beats building the search tables; for many, `LemmaSearch.sensesOf` wins.
   */
  sensesByScan(lemma: string): number[] {
    const text = (this.lowerLemmaText ??= this.bundle.lemmaText.toLowerCase());
    const senses: number[] = [];
    if (lemma.length === 0 || /[\s]/.test(lemma)) return senses;
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
    return this.bundle.parents.subarray(this.bundle.parentStart[i], this.bundle.parentStart[i + 1]);
  }

  /** Children in offset order. */
  childrenOf(i: number): Uint32Array {
    return this.childList.subarray(this.childStart[i], this.childStart[i + 1]);
  }

  /** Whether a synset shows in a tree filtered by a membership: it is in it, or lies above one that is. */
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

  // ---- ancestry ----

  /** NLTK's `min_depth()`: edges on the shortest path from the root. */
  minDepth(i: number): number {
    this.computeDepths(i);
    return this.minDepths[i]!;
  }

  /** NLTK's `max_depth()`: edges on the longest path from the root. */
  maxDepth(i: number): number {
    this.computeDepths(i);
    return this.maxDepths[i]!;
  }

  /**
   * Depths of i and its ancestors, parents before children (an iterative post-order over the
   * hypernyms), remembered: a query touches a few dozen synsets, not the whole graph.
   */
  private computeDepths(i: number): void {
    if (this.minDepths[i] !== UNKNOWN_DEPTH) return;
    const stack = [i];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (this.minDepths[top] !== UNKNOWN_DEPTH) {
        stack.pop();
        continue;
      }
      const parents = this.parentsOf(top);
      let ready = true;
      let min = parents.length === 0 ? 0 : UNKNOWN_DEPTH;
      let max = 0;
      for (const p of parents) {
        if (this.minDepths[p] === UNKNOWN_DEPTH) {
          stack.push(p);
          ready = false;
        } else {
          min = Math.min(min, this.minDepths[p]! + 1);
          max = Math.max(max, this.maxDepths[p]! + 1);
        }
      }
      if (!ready) continue;
      this.minDepths[top] = min;
      this.maxDepths[top] = max;
      stack.pop();
    }
  }

  private nextStamp(): number {
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }

  /**
   * Every hypernym path from the root down to i, in NLTK's `hypernym_paths()` order (first
   * parent's paths first). One shared path climbs, with a cursor per level for the next parent
   * to try; a copy is made only when the path reaches the root.
   */
  hypernymPaths(i: number): number[][] {
    const { parentStart, parents } = this.bundle;
    const paths: number[][] = [];
    const path = [i];
    const next = [parentStart[i]!];
    while (path.length > 0) {
      const top = path.length - 1;
      const node = path[top]!;
      if (parentStart[node] === parentStart[node + 1]) paths.push(path.slice().reverse());
      if (next[top]! < parentStart[node + 1]!) {
        const parent = parents[next[top]!++]!;
        path.push(parent);
        next.push(parentStart[parent]!);
      } else {
        path.pop();
        next.pop();
      }
    }
    return paths;
  }

  /** Marks i and all its ancestors with a fresh stamp and returns it. */
  private markAncestors(i: number): number {
    const stamp = this.nextStamp();
    const stack = [i];
    this.stamps[i] = stamp;
    while (stack.length > 0) {
      for (const p of this.parentsOf(stack.pop()!)) {
        if (this.stamps[p] !== stamp) {
          this.stamps[p] = stamp;
          stack.push(p);
        }
      }
    }
    return stamp;
  }

  /** Whether `ancestor` is `i` or one of its hypernyms. */
  isA(i: number, ancestor: number): boolean {
    if (i === ancestor) return true;
    const seen = new Set<number>([i]);
    const stack = [i];
    while (stack.length > 0) {
      for (const p of this.parentsOf(stack.pop()!)) {
        if (p === ancestor) return true;
        if (!seen.has(p)) {
          seen.add(p);
          stack.push(p);
        }
      }
    }
    return false;
  }

  /**
   * NLTK's `lowest_common_hypernyms()`: the common hypernyms (each synset counting as its own)
   * with the greatest max depth, sorted by name.
   */
  lowestCommonHypernyms(a: number, b: number): number[] {
    const markA = this.markAncestors(a);
    // b's side walks with its own stamps, so the walk allocates nothing per synset.
    if (++this.stampB === 0xffffffff) {
      this.stampsB.fill(0);
      this.stampB = 1;
    }
    const markB = this.stampB;
    const common: number[] = [];
    const stack = [b];
    this.stampsB[b] = markB;
    let deepest = -1;
    while (stack.length > 0) {
      const c = stack.pop()!;
      if (this.stamps[c] === markA) {
        common.push(c);
        deepest = Math.max(deepest, this.maxDepth(c));
        // Hypernyms of a common hypernym are common too, and never deeper: no need to climb.
        continue;
      }
      for (const p of this.parentsOf(c)) {
        if (this.stampsB[p] === markB) continue;
        this.stampsB[p] = markB;
        stack.push(p);
      }
    }
    const lowest = common.filter((c) => this.maxDepth(c) === deepest);
    if (lowest.length < 2) return lowest;
    return lowest
      .map((c) => ({ c, name: this.nameOf(c) }))
      .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
      .map((entry) => entry.c);
  }

  /** Distinct descendants of i in a membership, ascending (so in wnid order). */
  descendantsOf(i: number, filter: MemberFilter): Uint32Array {
    const stamp = this.nextStamp();
    const found: number[] = [];
    const stack = [i];
    while (stack.length > 0) {
      for (const c of this.childrenOf(stack.pop()!)) {
        if (this.stamps[c] === stamp) continue;
        this.stamps[c] = stamp;
        stack.push(c);
        if (!filter.restricts || filter.has(c)) found.push(c);
      }
    }
    return Uint32Array.from(found).sort();
  }
}

/**
 * Lemmas are separated by spaces, synsets by newlines. The number of lemmas is known (one
 * sense number each), and native indexOf scans far faster than a loop over character codes.
 */
function lemmaBoundaries(lemmaText: string, n: number, lemmaCount: number): { lemmaStart: Uint32Array; lemmaCharStart: Uint32Array } {
  const lemmaCharStart = new Uint32Array(lemmaCount + 1);
  const lemmaStart = new Uint32Array(n + 1);
  let nextSpace = lemmaText.indexOf(' ');
  let nextLine = lemmaText.indexOf('\n');
  let l = 1;
  let synset = 1;
  while (l < lemmaCount) {
    if (nextSpace >= 0 && (nextLine < 0 || nextSpace < nextLine)) {
      lemmaCharStart[l++] = nextSpace + 1;
      nextSpace = lemmaText.indexOf(' ', nextSpace + 1);
    } else if (nextLine >= 0) {
      lemmaCharStart[l] = nextLine + 1;
      lemmaStart[synset++] = l++;
      nextLine = lemmaText.indexOf('\n', nextLine + 1);
    } else break;
  }
  if (l !== lemmaCount || synset !== n || nextSpace >= 0 || nextLine >= 0) {
    throw new Error(`lemma text does not match its ${lemmaCount} sense numbers and ${n} synsets`);
  }
  lemmaCharStart[lemmaCount] = lemmaText.length + 1;
  lemmaStart[n] = lemmaCount;
  return { lemmaStart, lemmaCharStart };
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

function invertEdges(parentStart: Uint32Array, parents: Uint32Array, n: number): { childStart: Uint32Array; childList: Uint32Array } {
  const childStart = new Uint32Array(n + 1);
  for (const p of parents) childStart[p + 1]!++;
  for (let i = 0; i < n; i++) childStart[i + 1]! += childStart[i]!;
  const fill = childStart.slice(0, n);
  const childList = new Uint32Array(parents.length);
  for (let i = 0; i < n; i++) {
    for (let e = parentStart[i]!; e < parentStart[i + 1]!; e++) childList[fill[parents[e]!]!++] = i;
  }
  return { childStart, childList };
}
