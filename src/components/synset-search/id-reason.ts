/**
 * Why a text that reads as an id names no synset, for the search box to say under "No synset
 * matches.": the index's own message, which for a wnid copied from WordNet 3.1 names the 3.0
 * synset it is (`n02086723` → dog, n02084071), and for another WordNet's id says why it names
 * none (a synset 3.1 merged, or new in 3.1). Asked only when a search found nothing.
 */
import { getSynsetClient } from '../../client/client.js';
import { errorText } from '../error-text.js';

/** A wnid, WordNet's `02084071-n`, or another WordNet's id (`i46360`, `wn31:…`, `oewn-…`). */
const ID_LIKE = /^(n\d{8}|\d{8}-n|(ili:)?i\d+|wn31:\S+|oewn-\S+)$/i;

/** The reason, or undefined for a text that is no id or that names a synset after all. */
export async function whyNoSynset(text: string): Promise<string | undefined> {
  if (!ID_LIKE.test(text)) return undefined;
  try {
    await getSynsetClient().lookup(text);
    return undefined;
  } catch (error) {
    return errorText(error);
  }
}
