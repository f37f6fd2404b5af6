/**
 * Search's gloss tiers: a lemma qualified by words of its own gloss ("tench fish"), then any
 * synset whose gloss has every word of the query ("which synsets mention retrievers"), from an
 * index of the glosses' words built once, a slice at a time.
 */
import { indexOfSorted, lowerBound } from './bisect.js';
import type { AddCandidate } from './search-match.js';
import type { SortedLemmas } from './search-tables.js';
import type { SynsetIndex } from './synset-index.js';

/** Past this many words a query is a sentence, and splitting it into lemma and gloss words is not worth the work. */
const MAX_LEMMA_AND_GLOSS_WORDS = 8;

/** A lemma qualified by its own gloss's words ranks between the word tier and the typo tier. */
const LEMMA_AND_GLOSS_BONUS = 3500;

/** Synsets per slice of the gloss word index's build: a few milliseconds of work. */
const GLOSS_SLICE = 1000;

/**
 * The gloss word index as flat arrays, as a cache keeps it: the words, sorted, joined by `\n`;
 * the synsets whose gloss has word `w` are `synsets[starts[w]]` up to `synsets[starts[w + 1]]`,
 * ascending. About 4 MB for WordNet's 43k words, read back in milliseconds where the build takes
 * about 0.4 s.
 */
export interface GlossWordTables {
  words: string;
  starts: Uint32Array;
  synsets: Uint32Array;
}

/** Words of every gloss → synsets, for the last tier: "which synsets mention retrievers". */
export class GlossWords {
  private constructor(
    private readonly words: string[],
    private readonly starts: Uint32Array,
    private readonly synsets: Uint32Array,
  ) {}

  /** Builds the index, yielding between slices of about {@link GLOSS_SLICE} synsets. */
  static *build(index: SynsetIndex): Generator<void, GlossWords> {
    const byWord = new Map<string, number[]>();
    const words = index.bundle.glossText.toLowerCase();
    yield;
    // One pass over the lower-cased text of all glosses, counting newlines to know the synset.
    const pattern = /[a-z0-9]{2,}|\n/g;
    let synset = 0;
    let postings = 0;
    for (let match = pattern.exec(words); match; match = pattern.exec(words)) {
      const word = match[0];
      if (word === '\n') {
        if (++synset % GLOSS_SLICE === 0) yield;
        continue;
      }
      let list = byWord.get(word);
      if (!list) byWord.set(word, (list = []));
      if (list[list.length - 1] !== synset) {
        list.push(synset);
        postings++;
      }
    }
    yield;
    const sorted = [...byWord.keys()].sort();
    yield;
    const starts = new Uint32Array(sorted.length + 1);
    const synsets = new Uint32Array(postings);
    let at = 0;
    sorted.forEach((word, w) => {
      const list = byWord.get(word)!;
      starts[w] = at;
      synsets.set(list, at);
      at += list.length;
    });
    starts[sorted.length] = at;
    return new GlossWords(sorted, starts, synsets);
  }

  /** The index read back from {@link tables}; throws when the arrays do not fit together. */
  static fromTables(tables: GlossWordTables): GlossWords {
    const { words, starts, synsets } = tables;
    if (typeof words !== 'string' || !(starts instanceof Uint32Array) || !(synsets instanceof Uint32Array)) {
      throw new TypeError('the gloss word tables are not a text and two Uint32Arrays');
    }
    const list = words.length === 0 ? [] : words.split('\n');
    if (starts.length !== list.length + 1 || starts[0] !== 0 || starts[list.length] !== synsets.length) {
      throw new RangeError(
        `the gloss word tables do not fit together (${list.length} words, ${starts.length} starts, ${synsets.length} synsets)`,
      );
    }
    return new GlossWords(list, starts, synsets);
  }

  /** The index as flat arrays, for a cache: {@link fromTables} reads them back. */
  get tables(): GlossWordTables {
    return { words: this.words.join('\n'), starts: this.starts, synsets: this.synsets };
  }

  /** The synsets whose gloss has the word at `at` in {@link words}, ascending. */
  private postings(at: number): Uint32Array {
    return this.synsets.subarray(this.starts[at], this.starts[at + 1]);
  }

  /** Whether the synset's gloss has the word (or, as a prefix, a word starting with it). */
  has(synset: number, token: string, asPrefix: boolean): boolean {
    for (let at = lowerBound(this.words, token); at < this.words.length; at++) {
      const word = this.words[at]!;
      if (asPrefix ? !word.startsWith(token) : word !== token) return false;
      if (indexOfSorted(this.postings(at), synset) >= 0) return true;
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
        for (const synset of this.postings(at)) if (!result || result.has(synset)) found.add(synset);
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

/**
 * A lemma qualified by words of its own gloss: "tench fish" is tench (its gloss says "game
 * fish"), ranked after every lemma match of the whole query but before any synset that only
 * mentions all the words (Cyprinidae, "a family of fish including: carp; tench; …"). Each run
 * of neighbouring query words that spells a lemma is tried; the other words must all be words
 * of that synset's definition or examples, the query's last word as a prefix while typing.
 * `glossWords` builds the gloss word index if need be: only a query with such a run needs it.
 */
export function matchLemmaAndGloss(lemmas: SortedLemmas, normalized: string, glossWords: () => GlossWords, add: AddCandidate): void {
  const words = normalized.split(' ');
  if (words.length < 2 || words.length > MAX_LEMMA_AND_GLOSS_WORDS) return;
  let gloss: GlossWords | undefined;
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) {
      if (j - i === words.length) continue;
      const spelt = lemmas.spelt(words.slice(i, j).join(' '));
      if (spelt.length === 0) continue;
      const rest = [...words.slice(0, i), ...words.slice(j)].flatMap((word) => glossTokens(word));
      if (rest.length === 0) continue;
      const lastIsPrefix = j < words.length && rest[rest.length - 1]!.length >= 3;
      const index = (gloss ??= glossWords());
      for (const l of spelt) {
        const synset = lemmas.lemmaSynset[l]!;
        if (rest.every((token, t) => index.has(synset, token, lastIsPrefix && t === rest.length - 1))) {
          add(synset, l, 'gloss', LEMMA_AND_GLOSS_BONUS, null);
        }
      }
    }
  }
}

/** The last tier: synsets whose gloss has every word of the query, each by its first lemma. */
export function matchGlossWords(index: SynsetIndex, gloss: GlossWords, normalized: string, limit: number, add: AddCandidate): void {
  for (const synset of gloss.match(normalized, limit * 4)) add(synset, index.lemmaStart[synset]!, 'gloss', 0, null);
}
