/**
 * The WAI-ARIA tree keyboard model (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/) over
 * the flat rows of a {@link TreeModel}, with no DOM: the element passes the key and carries out
 * what the controller asks of its host.
 */
import type { SynsetRow } from '../../worker/api.js';
import type { TreeModel, TreeRow } from './tree-model.js';

/** What the controller needs from the element that owns the rows. */
export interface TreeKeyboardHost {
  readonly model: TreeModel;
  /** Index of the row that has the virtual focus (aria-activedescendant). */
  readonly activeIndex: number;
  /** Moves the virtual focus and scrolls the row into view. */
  focusRow(index: number): void;
  /** Enter or Space: select a synset row, load or retry a pending row. */
  activateRow(index: number): void;
  /** The name a row shows (in the tree's language), which type-ahead matches; unset, its lemma. */
  shownName?(row: SynsetRow): string;
}

/** Printable keys typed within this many milliseconds build one type-ahead prefix. */
const TYPE_AHEAD_MS = 700;

export class TreeKeyboardController {
  private typed = '';
  private typedAt = 0;

  constructor(private readonly host: TreeKeyboardHost) {}

  /**
   * Handles one key press; returns whether it was the tree's (the caller then prevents the
   * default). `now` is the event's time, so tests can control type-ahead.
   */
  handleKey(key: string, now: number = Date.now()): boolean {
    const rows = this.host.model.rows;
    if (rows.length === 0) return false;
    const index = Math.min(Math.max(this.host.activeIndex, 0), rows.length - 1);
    const row = rows[index]!;
    switch (key) {
      case 'ArrowDown':
        this.focus(Math.min(index + 1, rows.length - 1));
        return true;
      case 'ArrowUp':
        this.focus(Math.max(index - 1, 0));
        return true;
      case 'Home':
        this.focus(0);
        return true;
      case 'End':
        this.focus(rows.length - 1);
        return true;
      case 'ArrowRight':
        this.moveRight(row, index);
        return true;
      case 'ArrowLeft':
        this.moveLeft(row);
        return true;
      case 'Enter':
      case ' ':
        if (key === ' ' && this.typed !== '' && now - this.typedAt < TYPE_AHEAD_MS) return this.typeAhead(key, now);
        this.host.activateRow(index);
        return true;
      case '*':
        if (row.kind === 'node') void this.host.model.expandSiblings(row.node);
        return true;
      default:
        return key.length === 1 ? this.typeAhead(key, now) : false;
    }
  }

  /** Closed node: open it. Open node: to its first child. Leaf: nothing. */
  private moveRight(row: TreeRow, index: number): void {
    if (row.kind !== 'node' || !row.hasChildren) return;
    if (!row.expanded) void this.host.model.expand(row.node);
    else if (index + 1 < this.host.model.rows.length) this.focus(index + 1);
  }

  /** Open node: close it. Otherwise: to the parent. */
  private moveLeft(row: TreeRow): void {
    if (row.kind === 'node' && row.expanded) {
      this.host.model.collapse(row.node);
      return;
    }
    const parent = row.kind === 'node' ? row.node.parent : row.parent;
    if (parent) this.focus(this.host.model.indexOfKey(parent.key));
  }

  /** Focuses the next row, after the current one and wrapping, whose label starts with what was typed. */
  private typeAhead(key: string, now: number): boolean {
    this.typed = now - this.typedAt < TYPE_AHEAD_MS ? this.typed + key.toLowerCase() : key.toLowerCase();
    this.typedAt = now;
    const rows = this.host.model.rows;
    // Typing the same letter again steps through the rows starting with it; a longer prefix
    // stays on the current row while it still matches.
    const repeated = this.typed.length > 1 && [...this.typed].every((c) => c === this.typed[0]);
    const prefix = repeated ? this.typed[0]! : this.typed;
    const start = this.host.activeIndex + (this.typed.length === 1 || repeated ? 1 : 0);
    for (let step = 0; step < rows.length; step++) {
      const candidate = rows[(start + step) % rows.length]!;
      if (
        candidate.kind === 'node' &&
        (this.host.shownName?.(candidate.node.row) ?? candidate.node.row.lemma).toLowerCase().startsWith(prefix)
      ) {
        this.focus((start + step) % rows.length);
        return true;
      }
    }
    return true;
  }

  private focus(index: number): void {
    if (index >= 0) this.host.focusRow(index);
  }
}
