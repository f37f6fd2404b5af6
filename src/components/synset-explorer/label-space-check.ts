/**
 * Whether a label space named in an address exists: `all`, a built-in set by its name or an
 * alias (`ilsvrc2012` is `1k`), or a custom list kept in this browser.
 */
import { getSynsetClient } from '../../client/client.js';
import { ALL, type LabelSpaceName } from '../../core/label-space-name.js';

/** The space's own name (an alias gives the name it stands for), or null when there is none of that name. */
export async function canonicalSpace(name: LabelSpaceName): Promise<string | null> {
  if (name === ALL) return ALL;
  const sets = await getSynsetClient().labelSets();
  return sets.find((set) => set.name === name || set.aliases.includes(name))?.name ?? null;
}
