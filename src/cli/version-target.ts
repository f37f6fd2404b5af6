import type { VersionIds } from '../core/wordnet-versions.js';

/**
 * What `map --to` names besides a label space: another WordNet's ids, `wn31` (WordNet 3.1's
 * `02086723-n`), `ili` (`i46360`) or `oewn` (Open English WordNet's `oewn-02086723-n`).
 */
export const VERSION_TARGETS = ['wn31', 'ili', 'oewn'] as const;
export type VersionTarget = (typeof VERSION_TARGETS)[number];

export function isVersionTarget(value: unknown): value is VersionTarget {
  return (VERSION_TARGETS as readonly unknown[]).includes(value);
}

/** A synset's id in the target, and what its note says where it has none (or 3.1 merged it). */
export function targetId(ids: VersionIds, target: VersionTarget): { id: string | null; note: string | null } {
  return { id: ids[target], note: target === 'ili' ? null : ids.note };
}
