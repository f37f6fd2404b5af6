/**
 * The explorer's address: the selected synset lives in the URL's hash as `#/n02084071`, so a
 * link opens it and back/forward walk the selections. Any id form the index reads works in a
 * link (`#/dog.n.01`, `#/207`); the explorer rewrites it to the wnid once resolved.
 */

/** What a hash asks for: nothing (the start page), or a synset by some id. */
export type HashRoute = { readonly kind: 'home' } | { readonly kind: 'synset'; readonly id: string };

export function parseHash(hash: string): HashRoute {
  const path = hash.replace(/^#\/?/, '');
  if (path.trim() === '') return { kind: 'home' };
  let id: string;
  try {
    id = decodeURIComponent(path);
  } catch {
    id = path;
  }
  return { kind: 'synset', id: id.trim() };
}

export function hashFor(wnid: string): string {
  return `#/${wnid}`;
}
