/**
 * Where the selected synset stands in the tree: a row already visible, one path to it opened,
 * or, when no path to it stays under the filter, its name for the notice that says so.
 */
import { getSynsetClient } from '../../client/client.js';
import { onceDataLoadsAgain } from '../when-data-loads-again.js';
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

/** What {@link SelectionReveal} needs of its tree. */
export interface RevealHost {
  /** The selected synset's wnid ('' for none). */
  selected(): string;
  /** Where the keyboard's row is now; -1 for none. */
  activeIndex(): number;
  /** Makes row `index` the keyboard's and scrolls it to the centre. */
  showRow(index: number): Promise<void>;
  /** Renders the tree again (its notice of a hidden selection). */
  requestUpdate(): void;
}

/**
 * Shows the tree's selected synset: opens one path to it unless a row of it is already visible
 * and scrolls there, or holds its name for the notice when no path stays under the filter. The
 * latest reveal's wins: a new selection or model aborts the one before, whose end is then
 * dropped (as `@lit/task` does).
 */
export class SelectionReveal {
  /** The selected synset when no path to it is visible under the filter. */
  hidden: { wnid: string; lemma: string } | null = null;
  private reveal: AbortController | undefined;
  /** The model the selection was last revealed in: a new one (root or filter changed) reveals again. */
  private revealedModel: TreeModel | undefined;

  constructor(private readonly host: RevealHost) {}

  /**
   * From the tree's `willUpdate`: reveals the selection when it changed or the model did. What it
   * sets at once joins the update under way instead of scheduling another.
   */
  willUpdate(selectedChanged: boolean, model: TreeModel | undefined): void {
    if (!selectedChanged && this.revealedModel === model) return;
    this.revealedModel = model;
    this.hidden = null;
    if (model) void this.revealIn(model);
  }

  private async revealIn(model: TreeModel): Promise<void> {
    this.reveal?.abort();
    const { signal } = (this.reveal = new AbortController());
    const current = () => !signal.aborted && model === this.revealedModel;
    const place = await placeSelection(model, this.host.selected(), this.host.activeIndex()).catch(() => null);
    if (!current()) return;
    // Refused while data fails to load (the back-off after a failed part): reveal once it loads again.
    if (!place) return onceDataLoadsAgain(() => current() && void this.revealIn(model));
    if (place.kind === 'hidden') {
      this.hidden = place;
      this.host.requestUpdate();
    }
    if (place.kind === 'row') await this.host.showRow(place.index);
  }
}
