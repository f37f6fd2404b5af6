import { lowerBound } from './bisect.js';
import { IN_1K, IN_21K } from './bundle-format.js';
import type { MemberFilter, Membership } from './membership.js';
import { foldCode, foldedBytes, normalizeText, withinOneEdit, withoutFormatCharacters } from './normalize.js';
import { SynsetIdError, type SynsetIndex } from './synset-index.js';
import { resolveId } from './synset-id.js';
import { prefixRange, sortByText, type TextTable } from './text-sort.js';
import { nounOffsetOf, offsetsOfTypedWnid } from './wnid.js';
import { splitGloss } from './wndb.js';

/** How a search result matched, best first. */
export type MatchKind = 'id' | 'exact' | 'prefix' | 'word' | 'typo' | 'gloss';

export interface SearchOptions {
  /** Most results to return (default 20, at most 500). */
  limit?: number;
  /** Only synsets of this membership: `all` (the default) or a label set's name. */
  in?: Membership;
}

/** What the engine searches with: the membership resolved to its filter. */
export interface FilteredSearchOptions {
  limit?: number | undefined;
  /**
   * Only synsets of this membership (default: all). When fewer than `limit` of its members
   * match, members below matching synsets outside it fill the list, marked with `under`.
   */
  filter?: MemberFilter | undefined;
}

export interface SearchHit {
  wnid: string;
  /** The lemma that matched (or the synset's first lemma), spaces for underscores. */
  lemma: string;
  match: MatchKind;
  /** Where the query stands in `lemma`, as [start, end), when it stands there literally. */
  highlight: [number, number] | null;
  /** The definition (NLTK's `definition()`): a result list shows it without a second query. */
  gloss: string;
  index1k: number | null;
  in21k: boolean;
  /** The class index in the label space searched within (`in`); null when searching all nouns. */
  setIndex: number | null;
  /**
   * Set when a search within a set found this member through a matching synset outside it:
   * `below` it in the hierarchy ("airplane" within the 1k: airliner, below airplane), or sharing
   * one of its words in another `sense` ("tv": television, the system, a sense of television
   * as tv set). Null for a direct match.
   */
  via: { wnid: string; label: string; relation: 'below' | 'sense' } | null;
}

/**
 * The sorted tables search runs on: lemma numbers (see `SynsetIndex.lemma`) ordered by their
 * folded text. Plain typed arrays, so the worker stores them beside the bundle as they are.
 */
export interface SearchTables {
  /** Lemmas in order of their text (ties by lemma number). */
  byKey: Uint32Array;
  /** The same, stably regrouped by text length: block n is [lengthStart[n], lengthStart[n+1]). */
  byLength: Uint32Array;
  lengthStart: Uint32Array;
  /** Later words of multi-word lemmas (numbers into the word list), in order of the text from there. */
  byWord: Uint32Array;
  /** Lemmas in order of their text read backwards: finds lemmas by their ending. */
  byReversedKey: Uint32Array;
}

const DEFAULT_LIMIT = 20;
/** Most results one search returns. */
export const MAX_LIMIT = 500;
/** A query is read up to this many characters. */
export const MAX_QUERY_LENGTH = 100;
const SCORE: Record<MatchKind, number> = { id: 10_000, exact: 8000, prefix: 7000, word: 6000, typo: 5000, gloss: 2000 };
/** A lemma qualified by its own gloss's words ranks between the word tier and the typo tier. */
const LEMMA_AND_GLOSS_BONUS = 3500;
/** Lemmas one tier looks at, at most: enough to rank well, few enough for every keystroke. */
const MAX_SCAN = 600;
const MAX_LENGTH = 255;

interface Candidate {
  synset: number;
  score: number;
  lemma: number;
  match: MatchKind;
  /** How a member was found through a matching synset outside the membership. */
  via?: { synset: number; relation: 'below' | 'sense' };
  highlight: [number, number] | null;
}

type AddCandidate = (synset: number, lemma: number, match: MatchKind, bonus: number, highlight: [number, number] | null) => void;

/** The lemma text folded into byte tables: forward, each lemma backwards, and each later word. */
class LemmaTables {
  readonly forward: TextTable;
  readonly backward: TextTable;
  readonly words: TextTable;
  /** Word w is lemma wordLemma[w] from character wordOffset[w] on. */
  readonly wordLemma: Uint32Array;
  readonly wordOffset: Uint8Array;

  constructor(index: SynsetIndex) {
    const text = index.bundle.lemmaText;
    const starts = index.lemmaCharStart;
    const count = index.lemmaCount;
    const bytes = new Uint8Array(text.length);
    const reversedBytes = new Uint8Array(text.length);
    const lengths = new Uint16Array(count);
    const wordLemma: number[] = [];
    const wordOffset: number[] = [];
    const wordStarts: number[] = [];
    const wordLengths: number[] = [];
    for (let l = 0; l < count; l++) {
      const start = starts[l]!;
      const length = Math.min(MAX_LENGTH, starts[l + 1]! - 1 - start);
      lengths[l] = length;
      for (let d = 0; d < length; d++) {
        const code = foldCode(text.charCodeAt(start + d));
        bytes[start + d] = code;
        reversedBytes[start + length - 1 - d] = code;
        if (code === 32 && d + 1 < length) {
          wordLemma.push(l);
          wordOffset.push(d + 1);
          wordStarts.push(start + d + 1);
          wordLengths.push(length - d - 1);
        }
      }
    }
    this.forward = { bytes, starts, lengths };
    this.backward = { bytes: reversedBytes, starts, lengths };
    this.words = { bytes, starts: Uint32Array.from(wordStarts), lengths: Uint16Array.from(wordLengths) };
    this.wordLemma = Uint32Array.from(wordLemma);
    this.wordOffset = Uint8Array.from(wordOffset);
  }
}

/** Builds the search tables from an index's lemmas: three sorts over byte tables, no strings. */
export function buildSearchTables(index: SynsetIndex, lemmaTables = new LemmaTables(index)): SearchTables {
  const numbers = (n: number): Uint32Array => {
    const array = new Uint32Array(n);
    for (let i = 0; i < n; i++) array[i] = i;
    return array;
  };
  const byKey = sortByText(numbers(index.lemmaCount), lemmaTables.forward);
  // A stable counting sort by length keeps text order inside each length.
  const lengths = lemmaTables.forward.lengths;
  const lengthStart = new Uint32Array(MAX_LENGTH + 2);
  for (const l of byKey) lengthStart[lengths[l]! + 1]!++;
  for (let n = 0; n <= MAX_LENGTH; n++) lengthStart[n + 1]! += lengthStart[n]!;
  const fill = lengthStart.slice();
  const byLength = new Uint32Array(byKey.length);
  for (const l of byKey) byLength[fill[lengths[l]!]!++] = l;
  return {
    byKey,
    byLength,
    lengthStart,
    byWord: sortByText(numbers(lemmaTables.wordLemma.length), lemmaTables.words),
    byReversedKey: sortByText(numbers(index.lemmaCount), lemmaTables.backward),
  };
}

/** Lemma search over an index: exact, prefix, word-prefix, typo-tolerant, then gloss words. */
export class LemmaSearch {
  readonly tables: SearchTables;
  private readonly text: LemmaTables;
  private readonly lemmaSynset: Uint32Array;
  private readonly lemmaIsFirst: Uint8Array;
  private glossWords: GlossWords | undefined;
  private glossBuild: Generator<void, GlossWords> | undefined;

  constructor(
    private readonly index: SynsetIndex,
    tables?: SearchTables,
  ) {
    this.text = new LemmaTables(index);
    this.tables = tables ?? buildSearchTables(index, this.text);
    if (this.tables.byKey.length !== index.lemmaCount || this.tables.byWord.length !== this.text.wordLemma.length) {
      throw new Error('search tables do not match this index');
    }
    this.lemmaSynset = new Uint32Array(index.lemmaCount);
    this.lemmaIsFirst = new Uint8Array(index.lemmaCount);
    for (let i = 0; i < index.size; i++) {
      this.lemmaIsFirst[index.lemmaStart[i]!] = 1;
      for (let l = index.lemmaStart[i]!; l < index.lemmaStart[i + 1]!; l++) this.lemmaSynset[l] = i;
    }
  }

  /** Synsets carrying a lemma (any case, `_` or space), in sense order: what `dog.n.2` counts. */
  sensesOf(lemma: string): number[] {
    const senses: number[] = [];
    for (const l of this.lemmasSpelt(lemma)) senses[this.index.bundle.senseNumbers[l]! - 1] = this.lemmaSynset[l]!;
    return senses;
  }

  /** The lemma numbers whose text is exactly this (any case, `_` or space). */
  private lemmasSpelt(text: string): Uint32Array {
    const q = foldedBytes(text);
    const { byLength, lengthStart } = this.tables;
    if (q.length > MAX_LENGTH) return new Uint32Array(0);
    const [from, to] = prefixRange(byLength, this.text.forward, q, lengthStart[q.length], lengthStart[q.length + 1]);
    return byLength.subarray(from, to);
  }

  /** Builds the gloss word index now rather than on the first query that needs it. */
  warmGlossIndex(): void {
    while (!this.warmGlossIndexStep());
  }

  /**
   * Builds a slice of the gloss word index (a few milliseconds); true once it is whole. A worker
   * calls it once per task, so queries that arrive meanwhile are answered between slices
   * instead of waiting out the whole build (about 0.3 s); a query that needs the index first
   * finishes it.
   */
  warmGlossIndexStep(): boolean {
    if (this.glossWords) return true;
    this.glossBuild ??= GlossWords.build(this.index);
    const step = this.glossBuild.next();
    if (!step.done) return false;
    this.glossWords = step.value;
    this.glossBuild = undefined;
    return true;
  }

  search(query: string, options: FilteredSearchOptions = {}): SearchHit[] {
    const asked = Math.floor(Number(options.limit ?? DEFAULT_LIMIT));
    const limit = Number.isNaN(asked) ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, asked));
    const filter = options.filter?.restricts ? options.filter : undefined;
    const text = String(query).slice(0, MAX_QUERY_LENGTH);
    const normalized = normalizeText(text);
    if (normalized.length === 0) return [];
    const q = foldedBytes(normalized);
    const found = new Map<number, Candidate>();
    const outside = new Map<number, Candidate>();
    const add: AddCandidate = (synset, lemma, match, bonus, highlight) => {
      const score = SCORE[match] + bonus + this.prior(synset, lemma);
      const into = filter && !filter.has(synset) ? outside : found;
      const known = into.get(synset);
      if (!known || known.score < score) into.set(synset, { synset, score, lemma, match, highlight });
    };

    this.matchIds(withoutFormatCharacters(text).trim(), add);
    this.matchKeys(q, limit, add);
    this.matchWords(q, limit, add);
    if (found.size < limit && q.length >= 3) {
      // Two neighbours swapped is one edit wherever it happens; the typo tier's half-query
      // candidates miss a swap in either half of a short word ("ebar", "baer" for "bear").
      this.matchSwaps(q, add);
      if (q.length >= 4) this.matchTypos(q, add);
    }
    if (found.size < limit) this.matchLemmaAndGloss(normalized, add);
    if (found.size < limit && q.length >= 3) {
      this.warmGlossIndex();
      for (const synset of this.glossWords!.match(normalized, limit * 4)) add(synset, this.index.lemmaStart[synset]!, 'gloss', 0, null);
    }
    if (filter && found.size < limit) this.addMembersBelow(outside, filter, found, limit);
    return [...found.values()]
      .sort((a, b) => b.score - a.score || a.synset - b.synset)
      .slice(0, limit)
      .map((c) => this.hit(c, filter));
  }

  /**
   * Members of the filter found through the best matches outside it, ranked after every direct
   * match and in the order of the match they come from: first the members below each match,
   * in label order, then, when none is found, members sharing a word with one ("tv" → tv set →
   * television). A member that only matched by its gloss is marked too: where it sits says more
   * than its gloss.
   */
  private addMembersBelow(outside: Map<number, Candidate>, filter: MemberFilter, found: Map<number, Candidate>, limit: number): void {
    const matches = [...outside.values()].sort((a, b) => b.score - a.score || a.synset - b.synset).slice(0, limit);
    let rank = 0;
    const take = (member: number, match: Candidate, relation: 'below' | 'sense'): boolean => {
      const known = found.get(member);
      if (known) {
        if (known.match === 'gloss' && !known.via) known.via = { synset: match.synset, relation };
        return false;
      }
      if (found.size >= limit) return true;
      found.set(member, {
        synset: member,
        score: -++rank,
        lemma: this.index.lemmaStart[member]!,
        match: match.match,
        highlight: null,
        via: { synset: match.synset, relation },
      });
      return false;
    };
    for (const match of matches) {
      for (const member of this.index.sortedByLabel(this.index.descendantsOf(match.synset, filter)))
        if (take(member, match, 'below')) return;
    }
    // Another sense of a matching word is a guess ("airplane" is also "plane", the carpenter's
    // tool): offered only when nothing in the set matched or sits below a match.
    if (found.size > 0) return;
    for (const match of matches) {
      for (let l = this.index.lemmaStart[match.synset]!; l < this.index.lemmaStart[match.synset + 1]!; l++) {
        for (const sense of this.sensesOf(this.index.lemma(l)))
          if (sense !== undefined && filter.has(sense) && take(sense, match, 'sense')) return;
      }
    }
  }

  /** A small preference among equal matches: ILSVRC classes, then ImageNet, then common senses. */
  private prior(synset: number, lemma: number): number {
    const flags = this.index.bundle.flags[synset]!;
    const sense = this.index.bundle.senseNumbers[lemma]!;
    return (flags & IN_1K ? 300 : flags & IN_21K ? 200 : 0) + (this.lemmaIsFirst[lemma] ? 40 : 0) - Math.min(200, (sense - 1) * 20);
  }

  private hit(c: Candidate, filter: MemberFilter | undefined): SearchHit {
    const index1k = this.index.index1k[c.synset]!;
    const setIndex = filter ? filter.indexOf(c.synset) : -1;
    return {
      wnid: this.index.wnidOf(c.synset),
      lemma: this.index.lemma(c.lemma).replace(/_/g, ' '),
      match: c.match,
      highlight: c.highlight,
      gloss: splitGloss(this.index.glossOf(c.synset)).definition,
      index1k: index1k < 0 ? null : index1k,
      in21k: (this.index.bundle.flags[c.synset]! & IN_21K) !== 0,
      setIndex: setIndex < 0 ? null : setIndex,
      via: c.via ? { wnid: this.index.wnidOf(c.via.synset), label: this.index.labelOf(c.via.synset), relation: c.via.relation } : null,
    };
  }

  private matchIds(text: string, add: AddCandidate): void {
    const first = (synset: number): number => this.index.lemmaStart[synset]!;
    if (nounOffsetOf(text) !== undefined || /^(\d{1,3}|.+\.n\.\d{1,3})$/i.test(text)) {
      try {
        const synset = resolveId(this.index, this, text);
        add(synset, first(synset), 'id', 0, null);
      } catch (error) {
        if (!(error instanceof SynsetIdError)) throw error;
      }
    }
    // A wnid being typed: `n0208` lists the synsets whose wnid starts so.
    const typed = offsetsOfTypedWnid(text);
    if (typed) {
      const [low, high] = typed;
      const offsets = this.index.bundle.offsets;
      let lo = lowerBound(offsets, low);
      for (let taken = 0; lo < offsets.length && offsets[lo]! <= high && taken < 50; lo++, taken++)
        add(lo, first(lo), 'id', -1 - taken, null);
    }
  }

  /**
   * Exact and prefix matches. A short prefix can match thousands of lemmas, and shorter ones
   * rank higher, so past MAX_SCAN the scan goes length by length, shortest first.
   */
  private matchKeys(q: Uint8Array, limit: number, add: AddCandidate): void {
    const { byKey, byLength, lengthStart } = this.tables;
    const table = this.text.forward;
    const visit = (l: number): void => {
      const length = table.lengths[l]!;
      const exact = length === q.length;
      add(this.lemmaSynset[l]!, l, exact ? 'exact' : 'prefix', -Math.min(500, (length - q.length) * 10), [0, q.length]);
    };
    const [from, to] = prefixRange(byKey, table, q);
    if (to - from <= MAX_SCAN) {
      for (let at = from; at < to; at++) visit(byKey[at]!);
      return;
    }
    const enough = Math.max(limit * 4, 80);
    let seen = 0;
    for (let n = q.length; n <= MAX_LENGTH && seen < enough; n++) {
      const [start, end] = prefixRange(byLength, table, q, lengthStart[n], lengthStart[n + 1]);
      for (let at = start; at < end && seen < MAX_SCAN; at++, seen++) visit(byLength[at]!);
    }
  }

  /**
   * Lemmas with a later word starting with q: "retriever" finds "golden retriever". The range
   * is in alphabetical order, not by relevance, so a short query takes only enough of it.
   */
  private matchWords(q: Uint8Array, limit: number, add: AddCandidate): void {
    const { byWord } = this.tables;
    const { words, wordLemma, wordOffset } = this.text;
    const [from, to] = prefixRange(byWord, words, q);
    for (let at = from; at < Math.min(to, from + Math.max(limit * 4, 80)); at++) {
      const w = byWord[at]!;
      const l = wordLemma[w]!;
      const offset = wordOffset[w]!;
      add(this.lemmaSynset[l]!, l, 'word', -Math.min(500, (this.text.forward.lengths[l]! - q.length) * 10), [offset, offset + q.length]);
    }
  }

  /**
   * One edit (insert, delete, substitute, swap) leaves either the query's first half or its
   * end after the middle intact, so the candidates are the lemmas sharing one of those, found
   * by binary search in the forward and the backward order; each is then checked exactly.
   * Lemmas sharing the first half are also checked as prefixes: a typo while still typing.
   */
  private matchTypos(q: Uint8Array, add: AddCandidate): void {
    const { byKey, byReversedKey } = this.tables;
    const { forward, backward } = this.text;
    const half = q.length >> 1;
    const [from, to] = prefixRange(byKey, forward, q.subarray(0, half));
    for (let at = from; at < Math.min(to, from + 4 * MAX_SCAN); at++) {
      const l = byKey[at]!;
      const start = forward.starts[l]!;
      const length = forward.lengths[l]!;
      if (length < q.length - 1) continue;
      if (length <= q.length + 1 && withinOneEdit(q, forward.bytes, start, length)) add(this.lemmaSynset[l]!, l, 'typo', 0, null);
      else if (length > q.length && [q.length - 1, q.length, q.length + 1].some((cut) => withinOneEdit(q, forward.bytes, start, cut))) {
        add(this.lemmaSynset[l]!, l, 'typo', -1000 - Math.min(500, (length - q.length) * 10), null);
      }
    }
    const tail = q.slice(half + 1).reverse();
    if (tail.length < 2) return;
    const [start, end] = prefixRange(byReversedKey, backward, tail);
    for (let at = start; at < Math.min(end, start + 4 * MAX_SCAN); at++) {
      const l = byReversedKey[at]!;
      const length = forward.lengths[l]!;
      if (Math.abs(length - q.length) <= 1 && withinOneEdit(q, forward.bytes, forward.starts[l]!, length)) {
        add(this.lemmaSynset[l]!, l, 'typo', 0, null);
      }
    }
  }

  /**
   * A lemma qualified by words of its own gloss: "tench fish" is tench (its gloss says "game
   * fish"), ranked after every lemma match of the whole query but before any synset that only
   * mentions all the words (Cyprinidae, "a family of fish including: carp; tench; …"). Each run
   * of neighbouring query words that spells a lemma is tried; the other words must all be words
   * of that synset's definition or examples, the query's last word as a prefix while typing.
   */
  private matchLemmaAndGloss(normalized: string, add: AddCandidate): void {
    const words = normalized.split(' ');
    if (words.length < 2 || words.length > MAX_LEMMA_AND_GLOSS_WORDS) return;
    let glossWords: GlossWords | undefined;
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) {
        if (j - i === words.length) continue;
        const lemmas = this.lemmasSpelt(words.slice(i, j).join(' '));
        if (lemmas.length === 0) continue;
        const rest = [...words.slice(0, i), ...words.slice(j)].flatMap((word) => glossTokens(word));
        if (rest.length === 0) continue;
        const lastIsPrefix = j < words.length && rest[rest.length - 1]!.length >= 3;
        if (!glossWords) {
          this.warmGlossIndex();
          glossWords = this.glossWords!;
        }
        const gloss = glossWords;
        for (const l of lemmas) {
          const synset = this.lemmaSynset[l]!;
          if (rest.every((token, t) => gloss.has(synset, token, lastIsPrefix && t === rest.length - 1))) {
            add(synset, l, 'gloss', LEMMA_AND_GLOSS_BONUS, null);
          }
        }
      }
    }
  }

  /**
   * Swaps of neighbours at any position ("dgo", "odg" for "dog"; "ebar", "baer" for "bear"), the
   * common slip of quick typing, ranked as any one typo. For three letters they are the whole
   * typo tier: any one edit would bring too many near misses ("dox": box, fox, doc, dot...), and
   * the half-query candidates would be a single letter's thousands of lemmas. Each swapped text
   * is looked up exactly among the lemmas of its length: two binary searches a position.
   */
  private matchSwaps(q: Uint8Array, add: AddCandidate): void {
    const { byLength, lengthStart } = this.tables;
    for (let p = 0; p + 1 < q.length; p++) {
      if (q[p] === q[p + 1]) continue;
      const swapped = q.slice();
      swapped[p] = q[p + 1]!;
      swapped[p + 1] = q[p]!;
      const [from, to] = prefixRange(byLength, this.text.forward, swapped, lengthStart[q.length], lengthStart[q.length + 1]);
      for (let at = from; at < to; at++) add(this.lemmaSynset[byLength[at]!]!, byLength[at]!, 'typo', 0, null);
    }
  }
}

/** Past this many words a query is a sentence, and splitting it into lemma and gloss words is not worth the work. */
const MAX_LEMMA_AND_GLOSS_WORDS = 8;

/** Synsets per slice of the gloss word index's build: a few milliseconds of work. */
const GLOSS_SLICE = 1000;

/** Words of every gloss → synsets, for the last tier: "which synsets mention retrievers". */
class GlossWords {
  private constructor(
    private readonly words: string[],
    private readonly postings: Uint32Array[],
  ) {}

  /** Builds the index, yielding between slices of about {@link GLOSS_SLICE} synsets. */
  static *build(index: SynsetIndex): Generator<void, GlossWords> {
    const byWord = new Map<string, number[]>();
    const words = index.bundle.glossText.toLowerCase();
    yield;
    // One pass over the lower-cased text of all glosses, counting newlines to know the synset.
    const pattern = /[a-z0-9]{2,}|\n/g;
    let synset = 0;
    for (let match = pattern.exec(words); match; match = pattern.exec(words)) {
      const word = match[0];
      if (word === '\n') {
        if (++synset % GLOSS_SLICE === 0) yield;
        continue;
      }
      let list = byWord.get(word);
      if (!list) byWord.set(word, (list = []));
      if (list[list.length - 1] !== synset) list.push(synset);
    }
    yield;
    const sorted = [...byWord.keys()].sort();
    yield;
    const postings: Uint32Array[] = [];
    for (const word of sorted) {
      postings.push(Uint32Array.from(byWord.get(word)!));
      if (postings.length % (GLOSS_SLICE * 4) === 0) yield;
    }
    return new GlossWords(sorted, postings);
  }

  /** Whether the synset's gloss has the word (or, as a prefix, a word starting with it). */
  has(synset: number, token: string, asPrefix: boolean): boolean {
    for (let at = lowerBound(this.words, token); at < this.words.length; at++) {
      const word = this.words[at]!;
      if (asPrefix ? !word.startsWith(token) : word !== token) return false;
      const postings = this.postings[at]!;
      const k = lowerBound(postings, synset);
      if (k < postings.length && postings[k] === synset) return true;
    }
    return false;
  }

  /** Synsets whose gloss has every word of q, the last one as a prefix; at most `most`. */
  match(q: string, most: number): number[] {
    const tokens = glossTokens(q);
    if (tokens.length === 0) return [];
    let result: Set<number> | undefined;
    tokens.forEach((token, t) => {
      const found = new Set<number>();
      let at = lowerBound(this.words, token);
      const isLast = t === tokens.length - 1 && token.length >= 3;
      for (; at < this.words.length && (isLast ? this.words[at]!.startsWith(token) : this.words[at] === token); at++) {
        for (const synset of this.postings[at]!) if (!result || result.has(synset)) found.add(synset);
        if (found.size > 20_000) break;
      }
      result = found;
    });
    return [...result!].sort((a, b) => a - b).slice(0, most);
  }
}

/** The words of a text as the gloss word index keeps them: runs of letters and digits, two or more long. */
function glossTokens(text: string): string[] {
  return text.split(/[^a-z0-9]+/).filter((t) => t.length >= 2);
}
