/**
 * The tables search looks lemmas up in: every lemma's text folded into bytes (forward, backward,
 * and from each later word), and lemma numbers sorted by each, so that a tier finds the lemmas
 * starting or ending with a text by binary search. Plain typed arrays: the worker keeps the
 * sorted ones beside the data parts, and a later visit reads them instead of sorting again.
 */
import { foldCode, foldedBytes } from './normalize.js';
import type { SynsetIndex } from './synset-index.js';
import { prefixRange, sortByText, type TextTable } from './text-sort.js';

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

/** Characters of a lemma the tables read (no lemma is longer). */
export const MAX_LENGTH = 255;

/** The lemma text folded into byte tables: forward, each lemma backwards, and each later word. */
export class LemmaTables {
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

/** What every tier reads: the sorted tables, the folded text they sort, and the synset of each lemma. */
export class SortedLemmas {
  readonly tables: SearchTables;
  readonly text: LemmaTables;
  /** The synset owning lemma l. */
  readonly lemmaSynset: Uint32Array;
  /** 1 where lemma l is its synset's first: the name a synset is shown by. */
  readonly lemmaIsFirst: Uint8Array;

  constructor(
    readonly index: SynsetIndex,
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

  /** The lemma numbers whose text is exactly this (any case, `_` or space). */
  spelt(text: string): Uint32Array {
    const q = foldedBytes(text);
    const { byLength, lengthStart } = this.tables;
    if (q.length > MAX_LENGTH) return new Uint32Array(0);
    const [from, to] = prefixRange(byLength, this.text.forward, q, lengthStart[q.length], lengthStart[q.length + 1]);
    return byLength.subarray(from, to);
  }
}
