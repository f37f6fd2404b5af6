/**
 * Search's first tier: the text is an id (a wnid, a class index, `dog.n.01`, `02084071-n`), or
 * the start of a wnid being typed (`n0208` lists the synsets whose wnid starts so).
 */
import { lowerBound } from './bisect.js';
import type { AddCandidate } from './search-match.js';
import type { SynsetIndex } from './synset-index.js';
import { SynsetIdError } from './errors.js';
import { resolveId, type SenseFinder } from './synset-id.js';
import { nounOffsetOf, offsetsOfTypedWnid } from './wnid.js';

/** Most synsets a wnid being typed lists. */
const MAX_TYPED_WNID_MATCHES = 50;

export function matchIds(index: SynsetIndex, senses: SenseFinder, text: string, add: AddCandidate): void {
  const first = (synset: number): number => index.lemmaStart[synset]!;
  if (nounOffsetOf(text) !== undefined || /^(\d{1,3}|.+\.n\.\d{1,3})$/i.test(text)) {
    try {
      const synset = resolveId(index, senses, text);
      add(synset, first(synset), 'id', 0, null);
    } catch (error) {
      if (!(error instanceof SynsetIdError)) throw error;
    }
  }
  const typed = offsetsOfTypedWnid(text);
  if (typed) {
    const [low, high] = typed;
    const offsets = index.bundle.offsets;
    let lo = lowerBound(offsets, low);
    for (let taken = 0; lo < offsets.length && offsets[lo]! <= high && taken < MAX_TYPED_WNID_MATCHES; lo++, taken++)
      add(lo, first(lo), 'id', -1 - taken, null);
  }
}
