/**
 * The explorer's address: the selected synset lives in the URL's hash as `#/n02084071`, and a
 * filter other than the explorer's own default as `#/n02084071?in=1k`, so a link opens both and
 * back/forward walk the selections and filter changes. Any id form the index reads works in a
 * link (`#/dog.n.01`, `#/207`); the explorer rewrites it to the wnid once resolved.
 */
import { isMembership, type Membership } from '../../core/membership.js';

/**
 * What a hash asks for: the start page or a synset by some id; `filter` when the hash names
 * one (`in=` with a known membership), else the explorer's default applies.
 */
export type HashRoute = ({ readonly kind: 'home' } | { readonly kind: 'synset'; readonly id: string }) & { readonly filter?: Membership };

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
    let id: string;
    try {
      id = decodeURIComponent(path);
    } catch {
      id = path;
    }
    route = { kind: 'synset', id: id.trim() };
  }
  return isMembership(filter) ? { ...route, filter } : route;
}

/** The canonical hash of a synset; `filter` only when it is not the explorer's default. */
export function hashFor(wnid: string, filter?: Membership): string {
  return filter ? `#/${wnid}?in=${filter}` : `#/${wnid}`;
}

/** The same address under another filter, or none (the id as written: the explorer rewrites it once resolved). */
export function hashWithFilter(hash: string, filter?: Membership): string {
  const text = hash.replace(/^#\/?/, '');
  const mark = text.indexOf('?');
  return hashFor(mark < 0 ? text : text.slice(0, mark), filter);
}
