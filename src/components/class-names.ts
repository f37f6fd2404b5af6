/**
 * The names toggle outside the tree: a label space's class names in a style, by wnid, for the
 * views that show one synset or a few (the card's title, search results). Asked of the worker
 * once per set and style for the page (the set's records, as the export menu writes them); a
 * failed answer is forgotten, so the next call asks again.
 */
import { getSynsetClient } from '../client/client.js';
import { ALL, type LabelSpaceName } from '../core/label-space-name.js';
import type { NameStyle } from '../worker/api.js';

const asked = new Map<string, Promise<ReadonlyMap<string, string>>>();

/** The set's class names by wnid, or null when synsets keep their first lemma (no set, `all`, or the `wordnet` style). */
export function classNamesByWnid(set: LabelSpaceName, style: NameStyle): Promise<ReadonlyMap<string, string>> | null {
  if (!set || set === ALL || style === 'wordnet') return null;
  const key = `${style} ${set}`;
  let names = asked.get(key);
  if (!names) {
    names = getSynsetClient()
      .exportSet(set, { format: 'json', names: style })
      .then((text) => {
        const records = JSON.parse(text) as { wnid: string; label: string }[];
        // A custom list's hole names no synset: nothing to name.
        return new Map(records.filter((record) => record.wnid).map((record) => [record.wnid, record.label]));
      });
    asked.set(key, names);
    names.catch(() => asked.delete(key));
  }
  return names;
}
