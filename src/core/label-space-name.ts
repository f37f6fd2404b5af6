/**
 * A label space, by name: what the elements' `filter`, the queries' `in`, the picker's `value`
 * and the CLI's `--in` and `--set` all name, and the one check of such a name before it is looked
 * up ({@link labelSpaceOf}). Also the filter the index walks for one (`MemberFilter`).
 */
import { SynsetRequestError } from './errors.js';

/**
 * The name of a label space: `all` nouns, or a set of classes (`1k`, `21k`, `imagenet-r`, a
 * custom list's name; see `LabelSpaces`), whose synsets a query covers. `21k` is fall11
 * exactly: n04399382 (teddy bear) is an ILSVRC-2012 class that fall11 lacks, so it is in `1k`
 * and not in `21k`, the same in every count, filter and list that says 21k.
 */
export type LabelSpaceName = string;

/** Every noun: the label space that filters nothing. */
export const ALL = 'all';

/** The label space the elements show when a page names none: ImageNet-21k (fall11) and the synsets above it. */
export const DEFAULT_SPACE = '21k';

/** How a custom list added in a browser is named: `list:` and the first 12 hex digits of its text's SHA-256. */
export const CUSTOM_LIST_PREFIX = 'list:';

/** Whether a label space is a custom list added in a browser (`list:1f2e3d4c5b6a`). */
export function isCustomList(name: LabelSpaceName): boolean {
  return name.startsWith(CUSTOM_LIST_PREFIX);
}

/** Longer than any label-space name; a longer one is refused before it is looked up. */
const MAX_NAME_LENGTH = 200;

/** Whether a value can name a label space at all (whether one of that name exists is asked later). */
export function isLabelSpaceName(value: unknown): value is LabelSpaceName {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_NAME_LENGTH;
}

/**
 * The label space a query's option names (`in`; none: `all`), checked once where it arrives:
 * anything that cannot name one throws {@link SynsetRequestError}.
 */
export function labelSpaceOf(option: unknown): LabelSpaceName {
  const space = option ?? ALL;
  if (!isLabelSpaceName(space)) throw new SynsetRequestError(`a label space is 'all' or a label set's name, not ${typeof space}`);
  return space;
}

/**
 * A label space as the index walks it: which synsets are in it, and how many of its members lie
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
