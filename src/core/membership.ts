/**
 * Which synsets a query covers: `all` nouns, or the classes of a label space by its name
 * (`1k`, `21k`, `imagenet-r`, a custom list's name; see `LabelSpaces`). `21k` is fall11
 * exactly: n04399382 (teddy bear) is an ILSVRC-2012 class that fall11 lacks, so it is in `1k`
 * and not in `21k`, the same in every count, filter and list that says 21k.
 */
export type Membership = string;

/** Every noun: the membership that filters nothing. */
export const ALL = 'all';

/** The label space the elements show when a page names none: ImageNet-21k (fall11) and the synsets above it. */
export const DEFAULT_SPACE = '21k';

/** How a custom list added in a browser is named: `list:` and the first 12 hex digits of its text's SHA-256. */
export const CUSTOM_LIST_PREFIX = 'list:';

/** Whether a membership names a custom list added in a browser (`list:1f2e3d4c5b6a`). */
export function isCustomList(name: Membership): boolean {
  return name.startsWith(CUSTOM_LIST_PREFIX);
}

/** Longer than any label-space name; a longer one is refused before it is looked up. */
const MAX_NAME_LENGTH = 200;

/** Whether a value can name a membership at all (whether one of that name exists is asked later). */
export function isMembership(value: unknown): value is Membership {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_NAME_LENGTH;
}

/**
 * A membership as the index walks it: which synsets are in it, and how many of its members lie
 * below a synset (distinct, never counting the synset itself: WordNet is a DAG).
 */
export interface MemberFilter {
  readonly name: string;
  /** False only for `all`: a query may skip the test. */
  readonly restricts: boolean;
  has(i: number): boolean;
  countBelow(i: number): number;
  /** The synset's class index in this label space, or -1 (always -1 for `all`). */
  indexOf(i: number): number;
}
