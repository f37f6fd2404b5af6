/**
 * The tree's state in plain TypeScript: which nodes are expanded, which children are loaded, and
 * the flat list of rows that the tree draws. No DOM, no worker: children come through a
 * `loadPage` function, so the model runs the same against the real client and a test fixture.
 *
 * WordNet is a DAG, so one synset can stand in the tree at several places (under each parent).
 * A {@link TreeNode} is one such place, keyed by the wnids of its path from the root.
 */
import type { ChildPage, SynsetRow } from '../../worker/api.js';
import { errorText } from '../error-text.js';

/** The last step of a pending row's key: wnids never start with it. */
const PENDING_STEP = '…';

/** One place of a synset in the tree. */
export interface TreeNode {
  /** The wnids from the tree's root down to this node, joined by `/`: unique per place. */
  readonly key: string;
  readonly row: SynsetRow;
  /** 0 for the root. */
  readonly depth: number;
  readonly parent: TreeNode | null;
  /** 1-based position among its siblings as drawn, and how many siblings there are (for aria-posinset/setsize). */
  posInSet: number;
  readonly setSize: number;
  expanded: boolean;
  /** The children loaded so far, in label order. */
  readonly children: TreeNode[];
  /** How many children there are under the filter; null until the first page arrives. */
  childTotal: number | null;
  loading: boolean;
  /** Why loading children failed, in a sentence; null when it did not. */
  error: string | null;
}

/** A row of the flattened tree: a synset, or a line standing for children not shown yet. */
export type TreeRow = NodeRow | PendingRow;

export interface NodeRow {
  readonly kind: 'node';
  readonly key: string;
  readonly node: TreeNode;
  readonly depth: number;
  readonly hasChildren: boolean;
  readonly expanded: boolean;
  readonly loading: boolean;
}

/** Under an expanded node: children still to load (`more`) or a failed load (`error`). */
export interface PendingRow {
  readonly kind: 'more' | 'error';
  readonly key: string;
  /** The expanded node whose children this row stands for. */
  readonly parent: TreeNode;
  readonly depth: number;
  /** Children not loaded yet. */
  readonly remaining: number;
  readonly loading: boolean;
  readonly error: string | null;
}

/** Fetches one page of a synset's children, sorted by label: `client.children(wnid, {in, offset, limit})`. */
export type ChildPageLoader = (wnid: string, offset: number, limit: number) => Promise<ChildPage>;

export interface TreeModelOptions {
  loadPage: ChildPageLoader;
  /** Called after every change of the rows (expansion, a page arriving, an error). */
  onChange?: () => void;
  /** Children fetched per request (default 500): the widest synset, city, has 664. */
  pageSize?: number;
}

export class TreeModel {
  readonly root: TreeNode;
  private readonly loadPage: ChildPageLoader;
  private readonly onChange: () => void;
  private readonly pageSize: number;
  private readonly pendingLoads = new WeakMap<TreeNode, Promise<void>>();
  private flatRows: TreeRow[] | null = null;
  private rowIndexByKey = new Map<string, number>();
  /** How siblings are ordered when drawn (by wnid: "worst first" under a model's run); null for the worker's label order. */
  private childOrder: ((a: string, b: string) => number) | null = null;

  constructor(rootRow: SynsetRow, options: TreeModelOptions) {
    this.loadPage = options.loadPage;
    this.onChange = options.onChange ?? (() => {});
    this.pageSize = Math.max(1, options.pageSize ?? 500);
    this.root = createNode(rootRow, null, 1, 1);
  }

  /** The visible rows, root first, depth first in label order; recomputed only after a change. */
  get rows(): readonly TreeRow[] {
    return (this.flatRows ??= this.flatten());
  }

  /** Where the row with this key stands in {@link rows}, or -1. */
  indexOfKey(key: string): number {
    void this.rows;
    return this.rowIndexByKey.get(key) ?? -1;
  }

  /**
   * Where the row with this key is after the rows changed, so the keyboard's row follows its
   * synset rather than its position: the row itself; for a "more" row whose page has arrived,
   * the page's first child, which took its place; when a node above it closed, that node.
   * -1 when none of them is visible. Keys are paths, so a row's prefixes are the nodes above it.
   */
  indexFollowing(key: string): number {
    for (let current = key; ;) {
      const index = this.indexOfKey(current);
      if (index >= 0) return index;
      const cut = current.lastIndexOf('/');
      if (cut < 0) return -1;
      const above = current.slice(0, cut);
      const step = current.slice(cut + 1);
      if (step.startsWith(PENDING_STEP)) {
        const row = this.rows[this.indexOfKey(above)];
        const firstOfPage = row?.kind === 'node' && row.expanded ? row.node.children[Number(step.slice(PENDING_STEP.length))] : undefined;
        const replaced = firstOfPage ? this.indexOfKey(firstOfPage.key) : -1;
        if (replaced >= 0) return replaced;
      }
      current = above;
    }
  }

  /**
   * Orders every node's loaded children by `order` (of their wnids; a stable sort, so ties keep
   * label order), or by label again for null. Children still to load come after, in their pages.
   */
  setChildOrder(order: ((a: string, b: string) => number) | null): void {
    if (order === this.childOrder) return;
    this.childOrder = order;
    this.changed();
  }

  /** Expands a node, loading its first page of children when it has none yet. */
  async expand(node: TreeNode): Promise<void> {
    if (node.row.childCount === 0 || node.expanded) return;
    node.expanded = true;
    this.changed();
    if (node.childTotal === null) await this.loadNextPage(node);
  }

  collapse(node: TreeNode): void {
    if (!node.expanded) return;
    node.expanded = false;
    this.changed();
  }

  toggle(node: TreeNode): Promise<void> {
    if (node.expanded) {
      this.collapse(node);
      return Promise.resolve();
    }
    return this.expand(node);
  }

  /** Expands every loaded sibling of a node (the `*` key), the node included. */
  expandSiblings(node: TreeNode): Promise<void> {
    const siblings = node.parent ? node.parent.children : [node];
    return Promise.all(siblings.map((sibling) => this.expand(sibling))).then(() => {});
  }

  /**
   * Loads the next page of a node's children (or retries a failed load). Concurrent calls share
   * one request.
   */
  loadNextPage(node: TreeNode): Promise<void> {
    const pending = this.pendingLoads.get(node);
    if (pending) return pending;
    if (node.childTotal !== null && node.children.length >= node.childTotal) return Promise.resolve();
    node.loading = true;
    node.error = null;
    this.changed();
    const load = this.loadPage(node.row.wnid, node.children.length, this.pageSize)
      .then((page) => {
        const offset = node.children.length;
        page.rows.forEach((row, k) => node.children.push(createNode(row, node, offset + k + 1, page.total)));
        // A page shorter than promised would otherwise leave a "more" row that never fills.
        node.childTotal = page.rows.length === 0 ? node.children.length : page.total;
      })
      .catch((error: unknown) => {
        node.error = errorText(error);
      })
      .finally(() => {
        node.loading = false;
        this.pendingLoads.delete(node);
        this.changed();
      });
    this.pendingLoads.set(node, load);
    return load;
  }

  /**
   * Expands one path to a synset and returns its node. `paths` are hypernym paths, root first
   * (`client.ancestors(wnid)`); the first one whose every step is visible under the filter wins.
   * Paths that do not pass through this tree's root are skipped. Resolves null when no path is
   * visible (the synset is outside the filter).
   */
  async reveal(paths: readonly (readonly string[])[]): Promise<TreeNode | null> {
    for (const path of paths) {
      const start = path.indexOf(this.root.row.wnid);
      if (start < 0) continue;
      let node: TreeNode | null = this.root;
      for (const wnid of path.slice(start + 1)) {
        node = await this.findChild(node, wnid);
        if (!node) break;
      }
      if (!node) continue;
      for (let above = node.parent; above; above = above.parent) above.expanded = true;
      this.changed();
      return node;
    }
    return null;
  }

  /** A node's child with this wnid, loading pages until it turns up or none are left. */
  private async findChild(node: TreeNode, wnid: string): Promise<TreeNode | null> {
    if (node.row.childCount === 0) return null;
    for (;;) {
      const found = node.children.find((child) => child.row.wnid === wnid);
      if (found) return found;
      if (node.childTotal !== null && node.children.length >= node.childTotal) return null;
      const before = node.children.length;
      await this.loadNextPage(node);
      if (node.error !== null || node.children.length === before) return null;
    }
  }

  private changed(): void {
    this.flatRows = null;
    this.onChange();
  }

  /** Depth first without recursion: a 20k-row subtree must not grow the call stack. */
  private flatten(): TreeRow[] {
    const rows: TreeRow[] = [];
    const indexByKey = new Map<string, number>();
    const stack: (TreeNode | PendingRow)[] = [this.root];
    while (stack.length > 0) {
      const item = stack.pop()!;
      indexByKey.set(item.key, rows.length);
      if ('kind' in item) {
        rows.push(item);
        continue;
      }
      rows.push({
        kind: 'node',
        key: item.key,
        node: item,
        depth: item.depth,
        hasChildren: item.row.childCount > 0,
        expanded: item.expanded,
        loading: item.loading,
      });
      if (!item.expanded) continue;
      const pendingRow = pendingRowOf(item);
      if (pendingRow) stack.push(pendingRow);
      const order = this.childOrder;
      const children = order ? [...item.children].sort((a, b) => order(a.row.wnid, b.row.wnid)) : item.children;
      children.forEach((child, k) => (child.posInSet = k + 1));
      for (let c = children.length - 1; c >= 0; c--) stack.push(children[c]!);
    }
    this.rowIndexByKey = indexByKey;
    return rows;
  }
}

function createNode(row: SynsetRow, parent: TreeNode | null, posInSet: number, setSize: number): TreeNode {
  return {
    key: parent ? `${parent.key}/${row.wnid}` : row.wnid,
    row,
    depth: parent ? parent.depth + 1 : 0,
    parent,
    posInSet,
    setSize,
    expanded: false,
    children: [],
    childTotal: null,
    loading: false,
    error: null,
  };
}

/** The row under an expanded node's loaded children, when some are missing or failed. */
function pendingRowOf(node: TreeNode): PendingRow | null {
  const total = node.childTotal;
  if (node.error === null && (total === null || node.children.length >= total)) return null;
  return {
    kind: node.error === null ? 'more' : 'error',
    // The offset of the page it stands for: that page's first child takes its place (indexFollowing).
    key: `${node.key}/${PENDING_STEP}${node.children.length}`,
    parent: node,
    depth: node.depth + 1,
    remaining: (total ?? node.row.childCount) - node.children.length,
    loading: node.loading,
    error: node.error,
  };
}
