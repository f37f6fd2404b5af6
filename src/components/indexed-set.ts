import { ALL, type LabelSpaceName } from '../core/label-space-name.js';

/** The spaces drawn with the components' own look: the 1k index badge, the 21k badge, 1k and 21k counts. */
const OWN_LOOK: ReadonlySet<LabelSpaceName> = new Set([ALL, '21k', '1k']);

/** The set whose class index tree rows and search results show (`#17`): null for a space with the own look. */
export function indexedSet(space: LabelSpaceName): string | null {
  return OWN_LOOK.has(space) ? null : space;
}
