/**
 * The explorer's address: the selected synset lives in the URL's hash as `#/n02084071`, and a
 * filter other than the explorer's own default as `#/n02084071?in=1k`, so a link opens both and
 * back/forward walk the selections and filter changes. Any id form the index reads works in a
 * link (`#/dog.n.01`, `#/207`); the explorer rewrites it to the wnid once resolved. Two synsets
 * compared are `#/A..B` (`#/n02084071..n02121620?in=1k`): A is the selection, B the second.
 */
import { isMembership, type Membership } from '../../core/membership.js';

/**
 * What a hash asks for: the start page or a synset by some id; `filter` when the hash names
 * one (`in=` with a known membership), else the explorer's default applies.
 */
export type HashRoute = (
  | { readonly kind: 'home' }
  | { readonly kind: 'synset'; readonly id: string }
  | { readonly kind: 'compare'; readonly id: string; readonly other: string }
) & { readonly filter?: Membership };

/**
 * Where `A..B` splits: the first `..` not followed by `n.` and a digit. A lemma may end in a
 * period (`Washington_D.C.`), and its name then holds `..n.01`: that pair belongs to the name.
 */
const COMPARE_SEPARATOR = /\.\.(?!n\.\d)/;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text).trim();
  } catch {
    return text.trim();
  }
}

export function parseHash(hash: string): HashRoute {
  const text = hash.replace(/^#\/?/, '');
  // Ids never hold a `?` (WordNet lemmas do not): the first one starts the options.
  const mark = text.indexOf('?');
  const path = mark < 0 ? text : text.slice(0, mark);
  const filter = mark < 0 ? null : new URLSearchParams(text.slice(mark + 1)).get('in');
  let route: HashRoute;
  if (path.trim() === '') {
    route = { kind: 'home' };
  } else {
    const split = COMPARE_SEPARATOR.exec(path);
    const id = decoded(split ? path.slice(0, split.index) : path);
    const other = split ? decoded(path.slice(split.index + 2)) : '';
    // `#/A..` or `#/..B` compares nothing: the id alone (or B alone) is what is left to show.
    if (id && other) route = { kind: 'compare', id, other };
    else route = { kind: 'synset', id: id || other };
  }
  return isMembership(filter) ? { ...route, filter } : route;
}

/**
 * The canonical hash of a synset, or of two compared (`other`); `filter` only when it is not the
 * explorer's default.
 */
export function hashFor(wnid: string, filter?: Membership, other?: string): string {
  const path = other ? `${wnid}..${other}` : wnid;
  return filter ? `#/${path}?in=${filter}` : `#/${path}`;
}

/** The same address under another filter, or none (the id as written: the explorer rewrites it once resolved). */
export function hashWithFilter(hash: string, filter?: Membership): string {
  const text = hash.replace(/^#\/?/, '');
  const mark = text.indexOf('?');
  return hashFor(mark < 0 ? text : text.slice(0, mark), filter);
}
