/**
 * The explorer's address: the selected synset lives in the URL's hash as `#/n02084071`, and a
 * filter other than the explorer's own default as `#/n02084071?in=1k`, so a link opens both and
 * back/forward walk the selections and filter changes. Any id form the index reads works in a
 * link (`#/dog.n.01`, `#/207`); the explorer rewrites it to the wnid once resolved. Two synsets
 * compared are `#/A..B` (`#/n02084071..n02121620?in=1k`): A is the selection, B the second. A
 * grouping of the space's classes is `group=` and its short name (`&group=depth-4`). A model's
 * run kept in this browser is `run=` and its content hash (`&run=3f2a…`), a baseline beside it
 * `base=`, as custom lists are named by theirs.
 */
import { isLabelSpaceName, type LabelSpaceName } from '../../core/label-space-name.js';

/**
 * What an address holds besides the synsets: `filter` when it names a label space (`in=`), else
 * the explorer's default applies; `group` when it names a grouping (`group=`, a short name as
 * `specName` writes it, checked by the explorer), else none.
 */
export interface HashOptions {
  readonly filter?: LabelSpaceName | undefined;
  readonly group?: string | undefined;
  /** A model's run (`run=`, its id: a short content hash) and the run it is compared with (`base=`). */
  readonly run?: string | undefined;
  readonly base?: string | undefined;
}

/** A run's id as an address may name it: hex digits (a content hash's first ones). */
const RUN_ID = /^[0-9a-f]{6,64}$/;

/** What a hash asks for: the start page, a synset by some id, or two compared; and its {@link HashOptions}. */
export type HashRoute = (
  | { readonly kind: 'home' }
  | { readonly kind: 'synset'; readonly id: string }
  | { readonly kind: 'compare'; readonly id: string; readonly other: string }
) &
  HashOptions;

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
  const params = new URLSearchParams(mark < 0 ? '' : text.slice(mark + 1));
  const filter = params.get('in');
  const group = params.get('group')?.trim();
  const run = params.get('run')?.trim();
  const base = params.get('base')?.trim();
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
  if (isLabelSpaceName(filter)) route = { ...route, filter };
  if (run && RUN_ID.test(run)) route = { ...route, run, ...(base && RUN_ID.test(base) ? { base } : {}) };
  return group ? { ...route, group } : route;
}

/** The synsets a route names, as one text (`''` for the start page): equal for routes that name the same synsets, whatever their options. */
export function routeIds(route: HashRoute): string {
  return route.kind === 'home' ? '' : route.kind === 'synset' ? route.id : `${route.id}..${route.other}`;
}

/**
 * The canonical hash of a synset, or of two compared (`other`), with the options given (the
 * filter only when it is not the explorer's default).
 */
export function hashFor(wnid: string, options: HashOptions = {}, other?: string): string {
  const path = other ? `${wnid}..${other}` : wnid;
  const params = [
    options.filter ? `in=${options.filter}` : '',
    options.group ? `group=${encodeURIComponent(options.group)}` : '',
    options.run ? `run=${options.run}` : '',
    options.run && options.base ? `base=${options.base}` : '',
  ];
  const query = params.filter(Boolean).join('&');
  return query ? `#/${path}?${query}` : `#/${path}`;
}

/** The same address with other options (the ids as written: the explorer rewrites them once resolved). */
export function hashWithOptions(hash: string, options: HashOptions): string {
  const text = hash.replace(/^#\/?/, '');
  const mark = text.indexOf('?');
  return hashFor(mark < 0 ? text : text.slice(0, mark), options);
}
