/**
 * Why a text that reads as an id names no synset, for the search box to say under "No synset
 * matches.": the index's own message, which for a wnid copied from WordNet 3.1 names the 3.0
 * synset it is (`n02086723` → dog, n02084071), and for another WordNet's id says why it names
 * none (a synset 3.1 merged, or new in 3.1). Asked only when a search found nothing.
 */
import { getSynsetClient } from '../../client/client.js';
import { errorText } from '../error-text.js';
import { parseVersionedId } from '../../core/versioned-ids.js';
import { nounOffsetOf } from '../../core/wnid.js';

/** A wnid, WordNet's `02084071-n`, or another WordNet's id (`i46360`, `wn31:…`, `oewn-…`). */
function looksLikeId(text: string): boolean {
  if (nounOffsetOf(text) !== undefined) return true;
  try {
    return parseVersionedId(text) !== undefined;
  } catch {
    // Begun as one (`wn31:…`) but mistyped: still an id, whose message says how to write it.
    return true;
  }
}

/** The reason, or undefined for a text that is no id or that names a synset after all. */
export async function whyNoSynset(text: string): Promise<string | undefined> {
  if (!looksLikeId(text)) return undefined;
  try {
    await getSynsetClient().lookup(text);
    return undefined;
  } catch (error) {
    return errorText(error);
  }
}
