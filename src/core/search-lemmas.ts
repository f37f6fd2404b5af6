/**
 * Search's lemma tiers: a lemma that is the query (`exact`), starts with it (`prefix`), or has a
 * later word starting with it (`word`: "retriever" finds "golden retriever").
 */
import { MAX_SCAN, type AddCandidate } from './search-match.js';
import { MAX_LENGTH, type SortedLemmas } from './search-tables.js';
import { prefixRange } from './text-sort.js';

/**
 * Exact and prefix matches. A short prefix can match thousands of lemmas, and shorter ones
 * rank higher, so past MAX_SCAN the scan goes length by length, shortest first.
 */
export function matchKeys(lemmas: SortedLemmas, q: Uint8Array, limit: number, add: AddCandidate): void {
  const { byKey, byLength, lengthStart } = lemmas.tables;
  const table = lemmas.text.forward;
  const visit = (l: number): void => {
    const length = table.lengths[l]!;
    const exact = length === q.length;
    add(lemmas.lemmaSynset[l]!, l, exact ? 'exact' : 'prefix', -Math.min(500, (length - q.length) * 10), [0, q.length]);
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
 * Lemmas with a later word starting with q. The range is in alphabetical order, not by
 * relevance, so a short query takes only enough of it.
 */
export function matchWords(lemmas: SortedLemmas, q: Uint8Array, limit: number, add: AddCandidate): void {
  const { byWord } = lemmas.tables;
  const { words, wordLemma, wordOffset, forward } = lemmas.text;
  const [from, to] = prefixRange(byWord, words, q);
  for (let at = from; at < Math.min(to, from + Math.max(limit * 4, 80)); at++) {
    const w = byWord[at]!;
    const l = wordLemma[w]!;
    const offset = wordOffset[w]!;
    add(lemmas.lemmaSynset[l]!, l, 'word', -Math.min(500, (forward.lengths[l]! - q.length) * 10), [offset, offset + q.length]);
  }
}
