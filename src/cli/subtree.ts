import { csvField, oneLine } from '../core/label-export.js';
import type { MemberFilter } from '../core/label-space-name.js';
import type { SynsetIndex } from '../core/synset-index.js';
import type { SpaceInUse } from './space-in-use.js';

/** How `export --under` writes a subtree: nested JSON, or one row per synset with its parent. */
export type TreeFormat = 'json-tree' | 'jsonl' | 'csv' | 'tsv';
export const TREE_FORMATS: readonly TreeFormat[] = ['json-tree', 'jsonl', 'csv', 'tsv'];

/** One synset of an exported subtree, in depth-first order (a parent before its children). */
export interface SubtreeRow {
  synset: number;
  /** Its parent in the exported tree, or -1 for the root. */
  parent: number;
  depth: number;
  /** Members of the label space below it (distinct, as everywhere). */
  count: number;
  /** Synsets of the tree below it that a depth limit left out (0 when none). */
  cut: number;
}

export interface Subtree {
  rows: SubtreeRow[];
  /** Synsets the depth limit left out in all. */
  leftOut: number;
}

/**
 * The subtree under `root` as a tree: every synset below it that the label space shows (a member,
 * or above one), each once, under its first hypernym that is in the subtree (WordNet is a DAG:
 * the tree keeps one of its edges into each synset). Children are sorted by label. A depth limit
 * keeps `depth` levels below the root and counts, on each node where it cut, what it left out.
 */
export function subtree(index: SynsetIndex, root: number, filter: MemberFilter, all: MemberFilter, depth?: number): Subtree {
  const inTree = new Uint8Array(index.size);
  inTree[root] = 1;
  for (const c of index.descendantsOf(root, all)) if (index.isVisible(c, filter)) inTree[c] = 1;

  const children = new Map<number, number[]>();
  for (let c = 0; c < inTree.length; c++) {
    if (!inTree[c] || c === root) continue;
    const parent = index.parentsOf(c).find((p) => inTree[p] === 1)!;
    const siblings = children.get(parent);
    if (siblings) siblings.push(c);
    else children.set(parent, [c]);
  }

  // Depth first, iteratively: the stack holds children in reverse so the first comes out first.
  const order: { synset: number; parent: number; depth: number }[] = [];
  const stack = [{ synset: root, parent: -1, depth: 0 }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    const below = index.sortedByLabel(children.get(node.synset) ?? []);
    for (let k = below.length - 1; k >= 0; k--) stack.push({ synset: below[k]!, parent: node.synset, depth: node.depth + 1 });
  }

  // Sizes bottom-up: in depth-first order every node comes after its parent.
  const size = new Map<number, number>();
  for (let k = order.length - 1; k >= 0; k--) {
    const { synset, parent } = order[k]!;
    const own = (size.get(synset) ?? 0) + 1;
    size.set(synset, own);
    if (parent >= 0) size.set(parent, (size.get(parent) ?? 0) + own);
  }

  const rows: SubtreeRow[] = [];
  let leftOut = 0;
  for (const node of order) {
    if (depth !== undefined && node.depth > depth) continue;
    const cut = depth !== undefined && node.depth === depth ? size.get(node.synset)! - 1 : 0;
    leftOut += cut;
    rows.push({ ...node, count: filter.countBelow(node.synset), cut });
  }
  return { rows, leftOut };
}

const TABLE_COLUMNS = ['wnid', 'parent', 'depth', 'label', 'index', 'count'];

/**
 * A subtree in an export format. Each synset carries its wnid, its label and class index in the
 * space in use, and its count; with a depth limit (`limited`), a `cut` count on every row, and in
 * the nested JSON on each node whose children were left out.
 */
export function exportSubtree(tree: Subtree, format: TreeFormat, space: SpaceInUse, limited: boolean): string {
  const index = space.index;
  const facts = (row: SubtreeRow) => ({
    wnid: index.wnidOf(row.synset),
    parent: row.parent < 0 ? null : index.wnidOf(row.parent),
    depth: row.depth,
    label: space.labelOf(row.synset),
    index: space.indexOf(row.synset),
    count: row.count,
    ...(limited ? { cut: row.cut } : {}),
  });
  switch (format) {
    case 'json-tree':
      return JSON.stringify(nest(tree.rows, space), null, 1) + '\n';
    case 'jsonl':
      return tree.rows.map((row) => JSON.stringify(facts(row)) + '\n').join('');
    case 'csv':
    case 'tsv': {
      const separator = format === 'csv' ? ',' : '\t';
      const cell = format === 'csv' ? csvField : oneLine;
      const columns = limited ? [...TABLE_COLUMNS, 'cut'] : TABLE_COLUMNS;
      const lines = tree.rows.map((row) => {
        const values = facts(row) as Record<string, string | number | null>;
        return columns.map((column) => cell(values[column] === null ? '' : String(values[column]))).join(separator) + '\n';
      });
      return columns.join(separator) + '\n' + lines.join('');
    }
  }
}

interface TreeNode {
  wnid: string;
  label: string;
  index: number | null;
  count: number;
  children: TreeNode[];
  cut?: number;
}

function nest(rows: readonly SubtreeRow[], space: SpaceInUse): TreeNode {
  const nodes = new Map<number, TreeNode>();
  let root: TreeNode | undefined;
  for (const row of rows) {
    const node: TreeNode = {
      wnid: space.index.wnidOf(row.synset),
      label: space.labelOf(row.synset),
      index: space.indexOf(row.synset),
      count: row.count,
      children: [],
    };
    if (row.cut > 0) node.cut = row.cut;
    nodes.set(row.synset, node);
    if (row.parent < 0) root = node;
    else nodes.get(row.parent)!.children.push(node);
  }
  return root!;
}
