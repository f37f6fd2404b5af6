import { IN_1K, IN_21K } from './bundle-format.js';

/**
 * Which synsets a query covers: every noun, the 21,841 synsets of ImageNet-21k (the fall 2011
 * release), or the 1,000 ILSVRC-2012 classes. `21k` is fall11 exactly: n04399382 (teddy bear)
 * is an ILSVRC-2012 class that fall11 lacks, so it is in `1k` and not in `21k`, the same in
 * every count, filter and list that says 21k.
 */
export type Membership = 'all' | '21k' | '1k';

export const MEMBERSHIPS: readonly Membership[] = ['all', '21k', '1k'];

/** The flag bits a synset needs to count under a membership; 0 means any synset counts. */
export function membershipMask(membership: Membership): number {
  return membership === '1k' ? IN_1K : membership === '21k' ? IN_21K : 0;
}

export function isMembership(value: unknown): value is Membership {
  return value === 'all' || value === '21k' || value === '1k';
}
