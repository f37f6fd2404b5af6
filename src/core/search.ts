import { IN_1K, IN_21K } from './bundle-format.js';
import { membershipMask, type Membership } from './membership.js';
import { editDistance, normalizeText } from './normalize.js';
import { SynsetIdError, type SynsetIndex } from './synset-index.js';

/** How a search result matched, best first. */
export type MatchKind = 'id' | 'exact' | 'prefix' | 'word' | 'typo' | 'gloss';

export interface SearchOptions {
  /** Most results to return (default 20, at most 500). */
  limit?: number;
  /** Only synsets of this membership (default `all`). */
  in?: Membership;
}

export interface SearchHit {
  wnid: string;
  /** The lemma that matched (or the synset's first lemma), spaces for underscores. */
  lemma: string;
  match: MatchKind;
  /** Where the query stands in `lemma`, as [start, end), when it stands there literally. */
  highlight: [number, number] | null;
  index1k: number | null;
  in21k: boolean;
}

/**
 * The sorted tables search runs on. Building them sorts 120k keys (about 0.2 s), so the worker
 * stores them beside the bundle and later visits load them as they are.
 */
export interface SearchTables {
  /** Distinct normalised lemmas, sorted, joined by newlines. */
  keyText: string;
  /** Lemma numbers (see `SynsetIndex.lemma`) of key k: posts[postStart[k] .. postStart[k+1]). */
  postStart: Uint32Array;
  posts: Uint32Array;
  /** Each later word of a multi-word key, as key << 8 | character offset, sorted by the key's text from there. */
  wordStarts: Uint32Array;
  /** Keys sorted by their reversed text: finds keys by their ending, for typo tolerance. */
  reversedOrder: Uint32Array;
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;
const MAX_QUERY_LENGTH = 100;
const SCORE: Record<MatchKind, number> = { id: 10_000, exact: 8000, prefix: 7000, word: 6000, typo: 5000, gloss: 2000 };
/** Prefix-range scans stop after this many keys: a one-letter query need not rank all 9k. */
const MAX_RANGE_SCAN = 4000;

interface Candidate {
  synset: number;
  score: number;
  lemma: number;
  match: MatchKind;
  highlight: [number, number] | null;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
function reversed(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/**
 * Builds the search tables from an index's lemmas. Every sort is the engine's native string
 * sort (no comparator callback, several times faster), with the number a string stands for
 * appended after a \x01, which sorts below any character a key holds.
 */
export function buildSearchTables(index: SynsetIndex): SearchTables {
  const tagged = new Array<string>(index.lemmaCount);
  for (let l = 0; l < index.lemmaCount; l++) tagged[l] = normalizeText(index.lemma(l)) + '\x01' + l;
  tagged.sort();
  const keys: string[] = [];
  const postStart: number[] = [];
  const posts = new Uint32Array(tagged.length);
  const words: string[] = [];
  tagged.forEach((entry, p) => {
    const cut = entry.lastIndexOf('\x01');
    const key = entry.slice(0, cut);
    posts[p] = Number(entry.slice(cut + 1));
    if (key === keys[keys.length - 1]) return;
    const k = keys.push(key) - 1;
    postStart.push(p);
    for (let at = key.indexOf(' '); at >= 0 && at < 255; at = key.indexOf(' ', at + 1)) {
      words.push(key.slice(at + 1) + '\x01' + ((k << 8) | (at + 1)));
    }
  });
  postStart.push(tagged.length);
  const wordStarts = Uint32Array.from(words.sort(), (entry) => Number(entry.slice(entry.lastIndexOf('\x01') + 1)));
  const reversedKeys = keys.map((key, k) => reversed(key) + '\x01' + k).sort();
  const reversedOrder = Uint32Array.from(reversedKeys, (entry) => Number(entry.slice(entry.lastIndexOf('\x01') + 1)));
  return { keyText: keys.join('\n'), postStart: Uint32Array.from(postStart), posts, wordStarts, reversedOrder };
}

/** Lemma search over an index: exact, prefix, word-prefix, typo-tolerant, then gloss words. */
export class SynsetSearch {
  private readonly keys: string[];
  private readonly lemmaSynset: Uint32Array;
  private readonly lemmaIsFirst: Uint8Array;
  private glossWords: GlossWords | undefined;

  constructor(
    private readonly index: SynsetIndex,
    readonly tables: SearchTables = buildSearchTables(index),
  ) {
    this.keys = tables.keyText.split('\n');
    this.lemmaSynset = new Uint32Array(index.lemmaCount);
    this.lemmaIsFirst = new Uint8Array(index.lemmaCount);
    for (let i = 0; i < index.size; i++) {
      this.lemmaIsFirst[index.lemmaStart[i]!] = 1;
      for (let l = index.lemmaStart[i]!; l < index.lemmaStart[i + 1]!; l++) this.lemmaSynset[l] = i;
    }
  }

  /** Builds the gloss word index now rather than on the first query that needs it. */
  warmGlossIndex(): void {
    this.glossWords ??= new GlossWords(this.index);
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT) || DEFAULT_LIMIT));
    const mask = membershipMask(options.in ?? 'all');
    const text = String(query).slice(0, MAX_QUERY_LENGTH);
    const q = normalizeText(text);
    if (q.length === 0) return [];
    const found = new Map<number, Candidate>();
    const flags = this.index.bundle.flags;
    const add = (synset: number, lemma: number, match: MatchKind, bonus: number, highlight: [number, number] | null): void => {
      if (mask !== 0 && (flags[synset]! & mask) === 0) return;
      const score = SCORE[match] + bonus + this.prior(synset, lemma);
      const known = found.get(synset);
      if (!known || known.score < score) found.set(synset, { synset, score, lemma, match, highlight });
    };

    this.matchIds(text.trim(), add);
    this.matchKeys(q, add);
    if (found.size < limit && q.length >= 4) this.matchTypos(q, add);
    if (found.size < limit && q.length >= 3) {
      this.warmGlossIndex();
      for (const synset of this.glossWords!.match(q, limit * 4)) add(synset, this.index.lemmaStart[synset]!, 'gloss', 0, null);
    }
    return [...found.values()]
      .sort((a, b) => b.score - a.score || a.synset - b.synset)
      .slice(0, limit)
      .map((c) => this.hit(c));
  }

  /** A small preference among equal matches: ILSVRC classes, then ImageNet, then common senses. */
  private prior(synset: number, lemma: number): number {
    const flags = this.index.bundle.flags[synset]!;
    const sense = this.index.bundle.senseNumbers[lemma]!;
    return (flags & IN_1K ? 300 : flags & IN_21K ? 200 : 0) + (this.lemmaIsFirst[lemma] ? 40 : 0) - Math.min(200, (sense - 1) * 20);
  }

  private hit(c: Candidate): SearchHit {
    const index1k = this.index.index1k[c.synset]!;
    return {
      wnid: this.index.wnidOf(c.synset),
      lemma: this.index.lemma(c.lemma).replace(/_/g, ' '),
      match: c.match,
      highlight: c.highlight,
      index1k: index1k < 0 ? null : index1k,
      in21k: (this.index.bundle.flags[c.synset]! & IN_21K) !== 0,
    };
  }

  private matchIds(text: string, add: AddCandidate): void {
    const first = (synset: number): number => this.index.lemmaStart[synset]!;
    if (/^(n\d{8}|\d{8}-n|\d{1,3}|.+\.n\.\d{1,3})$/i.test(text)) {
      try {
        const synset = this.index.resolve(text);
        add(synset, first(synset), 'id', 0, null);
      } catch (error) {
        if (!(error instanceof SynsetIdError)) throw error;
      }
    }
    // A wnid being typed: `n0208` lists the synsets whose wnid starts so.
    const partial = /^n(\d{1,7})$/i.exec(text);
    if (partial) {
      const digits = partial[1]!;
      const low = Number(digits.padEnd(8, '0'));
      const high = Number(digits.padEnd(8, '9'));
      const offsets = this.index.bundle.offsets;
      let at = lowerBound(offsets.length, (i) => offsets[i]! < low);
      for (let taken = 0; at < offsets.length && offsets[at]! <= high && taken < 50; at++, taken++) {
        add(at, first(at), 'id', -1 - taken, null);
      }
    }
  }

  private matchKeys(q: string, add: AddCandidate): void {
    const { postStart, posts, wordStarts } = this.tables;
    const keys = this.keys;
    const start = lowerBound(keys.length, (k) => keys[k]! < q);
    const end = Math.min(keys.length, start + MAX_RANGE_SCAN);
    for (let k = start; k < end && keys[k]!.startsWith(q); k++) {
      const exact = keys[k]!.length === q.length;
      const bonus = exact ? 0 : -Math.min(500, (keys[k]!.length - q.length) * 10);
      for (let p = postStart[k]!; p < postStart[k + 1]!; p++) add(this.lemmaSynset[posts[p]!]!, posts[p]!, exact ? 'exact' : 'prefix', bonus, [0, q.length]);
    }
    const wordText = (w: number): string => keys[wordStarts[w]! >>> 8]!.slice(wordStarts[w]! & 0xff);
    const first = lowerBound(wordStarts.length, (w) => wordText(w) < q);
    for (let w = first; w < Math.min(wordStarts.length, first + MAX_RANGE_SCAN) && wordText(w).startsWith(q); w++) {
      const k = wordStarts[w]! >>> 8;
      const offset = wordStarts[w]! & 0xff;
      const bonus = -Math.min(500, (keys[k]!.length - q.length) * 10);
      for (let p = postStart[k]!; p < postStart[k + 1]!; p++) add(this.lemmaSynset[posts[p]!]!, posts[p]!, 'word', bonus, [offset, offset + q.length]);
    }
  }

  /**
   * One edit (insert, delete, substitute, swap) leaves either the query's first half or its
   * end after the middle intact, so the candidates are the keys sharing one of those, found by
   * binary search in the forward and the reversed order; each is then checked exactly.
   */
  private matchTypos(q: string, add: AddCandidate): void {
    const { postStart, posts, reversedOrder } = this.tables;
    const keys = this.keys;
    const half = q.length >> 1;
    const head = q.slice(0, half);
    const tail = reversed(q.slice(half + 1));
    const checked = new Set<number>();
    const check = (k: number): void => {
      if (checked.has(k)) return;
      checked.add(k);
      const key = keys[k]!;
      let match: MatchKind | undefined;
      let bonus = 0;
      if (editDistance(q, key, 1) <= 1) match = 'typo';
      else if (key.length > q.length && editDistance(q, key.slice(0, q.length), 1) <= 1) {
        match = 'typo';
        bonus = -1000 - Math.min(500, (key.length - q.length) * 10);
      }
      if (!match) return;
      for (let p = postStart[k]!; p < postStart[k + 1]!; p++) add(this.lemmaSynset[posts[p]!]!, posts[p]!, match, bonus, null);
    };
    const start = lowerBound(keys.length, (k) => keys[k]! < head);
    for (let k = start; k < Math.min(keys.length, start + MAX_RANGE_SCAN) && keys[k]!.startsWith(head); k++) check(k);
    if (tail.length === 0) return;
    const reversedKey = (r: number): string => reversed(keys[reversedOrder[r]!]!);
    const from = lowerBound(reversedOrder.length, (r) => reversedKey(r) < tail);
    for (let r = from; r < Math.min(reversedOrder.length, from + MAX_RANGE_SCAN) && reversedKey(r).startsWith(tail); r++) {
      const k = reversedOrder[r]!;
      if (Math.abs(keys[k]!.length - q.length) <= 1) check(k);
    }
  }
}

type AddCandidate = (synset: number, lemma: number, match: MatchKind, bonus: number, highlight: [number, number] | null) => void;

/** The first i in [0, n) for which before(i) is false; before must be true then false. */
function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words of every gloss → synsets, for the last tier: "which synsets mention retrievers". */
class GlossWords {
  private readonly words: string[];
  private readonly postings: Uint32Array[];

  constructor(index: SynsetIndex) {
    const byWord = new Map<string, number[]>();
    for (let i = 0; i < index.size; i++) {
      for (const word of new Set(index.glossOf(i).toLowerCase().split(/[^a-z0-9]+/))) {
        if (word.length < 2) continue;
        let list = byWord.get(word);
        if (!list) byWord.set(word, (list = []));
        list.push(i);
      }
    }
    this.words = [...byWord.keys()].sort(compareText);
    this.postings = this.words.map((word) => Uint32Array.from(byWord.get(word)!));
  }

  /** Synsets whose gloss has every word of q, the last one as a prefix; at most `most`. */
  match(q: string, most: number): number[] {
    const tokens = q.split(/[^a-z0-9]+/).filter((t) => t.length >= 2);
    if (tokens.length === 0) return [];
    let result: Set<number> | undefined;
    tokens.forEach((token, t) => {
      const found = new Set<number>();
      const at = lowerBound(this.words.length, (w) => this.words[w]! < token);
      const isLast = t === tokens.length - 1 && token.length >= 3;
      for (let w = at; w < this.words.length && (isLast ? this.words[w]!.startsWith(token) : this.words[w] === token); w++) {
        for (const synset of this.postings[w]!) if (!result || result.has(synset)) found.add(synset);
        if (found.size > 20_000) break;
      }
      result = found;
    });
    return [...result!].sort((a, b) => a - b).slice(0, most);
  }
}
