/**
 * Where the selected synset stands in the tree: a row already visible, one path to it opened,
 * or, when no path to it stays under the filter, its name for the notice that says so.
 */
import { getSynsetClient } from '../../client/client.js';
import type { TreeModel } from './tree-model.js';

export type SelectionPlace =
  | { readonly kind: 'row'; readonly index: number }
  | { readonly kind: 'hidden'; readonly wnid: string; readonly lemma: string }
  /** Nothing to do: nothing selected, or the keyboard's row is already on it. */
  | { readonly kind: 'none' };

/** Finds a row of `wnid`, opening one path to it (through the model) unless a row of it is already visible. */
export async function placeSelection(model: TreeModel, wnid: string, activeIndex: number): Promise<SelectionPlace> {
  if (!wnid) return { kind: 'none' };
  const active = model.rows[activeIndex];
  if (active?.kind === 'node' && active.node.row.wnid === wnid) return { kind: 'none' };
  const index = model.rows.findIndex((row) => row.kind === 'node' && row.node.row.wnid === wnid);
  if (index >= 0) return { kind: 'row', index };
  const client = getSynsetClient();
  const node = await model.reveal(await client.ancestors(wnid));
  if (node) return { kind: 'row', index: model.indexOfKey(node.key) };
  return { kind: 'hidden', wnid, lemma: (await client.nameBatched(wnid)).label };
}
