import { IN_1K, IN_21K } from './bundle-format.js';

/**
 * Which synsets a query covers: every noun, every ImageNet synset (the 21,841 of fall11 plus
 * n04399382, which only ILSVRC-2012 has), or the 1,000 ILSVRC-2012 classes.
 */
export type Membership = 'all' | '21k' | '1k';

export const MEMBERSHIPS: readonly Membership[] = ['all', '21k', '1k'];

/** The flag bits a synset needs to count under a membership; 0 means any synset counts. */
export function membershipMask(membership: Membership): number {
  return membership === '1k' ? IN_1K : membership === '21k' ? IN_21K | IN_1K : 0;
}

export function isMembership(value: unknown): value is Membership {
  return value === 'all' || value === '21k' || value === '1k';
}
