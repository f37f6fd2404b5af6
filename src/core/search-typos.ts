/** Search's typo tier: lemmas one edit (insert, delete, substitute, swap of neighbours) from the query. */
import { withinOneEdit } from './normalize.js';
import { MAX_SCAN, type AddCandidate } from './search-match.js';
import type { SortedLemmas } from './search-tables.js';
import { prefixRange } from './text-sort.js';

/**
 * One edit leaves either the query's first half or its end after the middle intact, so the
 * candidates are the lemmas sharing one of those, found by binary search in the forward and
 * the backward order; each is then checked exactly. Lemmas sharing the first half are also
 * checked as prefixes: a typo while still typing.
 */
export function matchTypos(lemmas: SortedLemmas, q: Uint8Array, add: AddCandidate): void {
  const { byKey, byReversedKey } = lemmas.tables;
  const { forward, backward } = lemmas.text;
  const half = q.length >> 1;
  const [from, to] = prefixRange(byKey, forward, q.subarray(0, half));
  for (let at = from; at < Math.min(to, from + 4 * MAX_SCAN); at++) {
    const l = byKey[at]!;
    const start = forward.starts[l]!;
    const length = forward.lengths[l]!;
    if (length < q.length - 1) continue;
    if (length <= q.length + 1 && withinOneEdit(q, forward.bytes, start, length)) add(lemmas.lemmaSynset[l]!, l, 'typo', 0, null);
    else if (length > q.length && [q.length - 1, q.length, q.length + 1].some((cut) => withinOneEdit(q, forward.bytes, start, cut))) {
      add(lemmas.lemmaSynset[l]!, l, 'typo', -1000 - Math.min(500, (length - q.length) * 10), null);
    }
  }
  const tail = q.slice(half + 1).reverse();
  if (tail.length < 2) return;
  const [start, end] = prefixRange(byReversedKey, backward, tail);
  for (let at = start; at < Math.min(end, start + 4 * MAX_SCAN); at++) {
    const l = byReversedKey[at]!;
    const length = forward.lengths[l]!;
    if (Math.abs(length - q.length) <= 1 && withinOneEdit(q, forward.bytes, forward.starts[l]!, length)) {
      add(lemmas.lemmaSynset[l]!, l, 'typo', 0, null);
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
export function matchSwaps(lemmas: SortedLemmas, q: Uint8Array, add: AddCandidate): void {
  const { byLength, lengthStart } = lemmas.tables;
  for (let p = 0; p + 1 < q.length; p++) {
    if (q[p] === q[p + 1]) continue;
    const swapped = q.slice();
    swapped[p] = q[p + 1]!;
    swapped[p + 1] = q[p]!;
    const [from, to] = prefixRange(byLength, lemmas.text.forward, swapped, lengthStart[q.length], lengthStart[q.length + 1]);
    for (let at = from; at < to; at++) add(lemmas.lemmaSynset[byLength[at]!]!, byLength[at]!, 'typo', 0, null);
  }
}
