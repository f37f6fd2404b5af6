/**
 * A hierarchy a user brings instead of WordNet's (`--hierarchy FILE`): a tree over WordNet
 * synsets, one parent per node, given as `parent child` lines. The published ones are trees cut
 * from WordNet: Making Better Mistakes' `imagenet_isa.txt` and `tiered_imagenet_isa.txt`
 * (Bertinetto et al., CVPR 2020), BREEDS' modified hierarchy (Santurkar et al., ICLR 2021).
 *
 * Severity here is theirs (see {@link ClassHierarchy.severity}), not ours over WordNet's DAG.
 */
import type { SynsetIndex } from './synset-index.js';
import { SynsetIdError } from './errors.js';

/** A line of a hierarchy file that is not a good edge, or a fault of the whole tree. */
export interface HierarchyProblem {
  /** 1-based line number; null for a fault of the tree as a whole (two roots, a missing class). */
  line: number | null;
  /** The line as written (without its comment), or '' for a fault of the whole. */
  text: string;
  message: string;
}

/** The hierarchy could not be used: its problems, each with its line where it has one. */
export class HierarchyError extends Error {
  override name = 'HierarchyError';
  constructor(readonly problems: HierarchyProblem[]) {
    super(problems.map((p) => (p.line === null ? p.message : `line ${p.line}: ${p.message}`)).join('; '));
  }
}

/** What `distance --hierarchy` tells about one pair (its `--json` keys), and the Node API's `distance` with a hierarchy. */
export interface TreeDistanceRecord {
  a: string;
  b: string;
  /** The LCA in the tree: one, as a list so it reads as WordNet's does. */
  lca: string[];
  /** The LCA's depth in the tree (edges from its root). */
  lcaDepth: number;
  /** Edges between a and b in the tree. */
  pathLength: number;
  /** Making Better Mistakes' severity: the tree's height minus lcaDepth (0 for a = b). */
  severity: number;
}

/**
 * The rows of severity (Making Better Mistakes') or path length between classes in a tree, one
 * at a time: a tree's LCA is a climb of at most its height, so pair by pair is fast enough
 * (1,000² pairs of MBM's tree in well under a second).
 */
export function* hierarchyRows(hierarchy: ClassHierarchy, classes: ArrayLike<number>, metric: 'severity' | 'path'): Generator<Uint8Array> {
  const n = classes.length;
  for (let i = 0; i < n; i++) {
    const row = new Uint8Array(n);
    const a = classes[i]!;
    for (let j = 0; j < n; j++) row[j] = metric === 'severity' ? hierarchy.severity(a, classes[j]!) : hierarchy.pathLength(a, classes[j]!);
    yield row;
  }
}

/** Every figure of one pair in a tree (both must be nodes of it). */
export function treeDistanceRecord(hierarchy: ClassHierarchy, index: SynsetIndex, a: number, b: number): TreeDistanceRecord {
  const lca = hierarchy.lca(a, b);
  return {
    a: index.wnidOf(a),
    b: index.wnidOf(b),
    lca: [index.wnidOf(lca)],
    lcaDepth: hierarchy.depthOf(lca),
    pathLength: hierarchy.pathLength(a, b),
    severity: hierarchy.severity(a, b),
  };
}

/** Most problems listed before the rest are counted: one wrong column makes every line wrong. */
const MAX_PROBLEMS = 20;

/** A tree over synsets, with each node's depth (edges from the root) and the tree's height. */
export class ClassHierarchy {
  /** The root's synset number. */
  readonly root: number;
  /**
   * The tree's height: the most edges from the root down to any node (NLTK's `Tree.height()`
   * of the root, minus one: NLTK counts the nodes of the longest path, leaves included).
   */
  readonly height: number;
  private readonly parents: Map<number, number>;
  private readonly depths: Map<number, number>;

  private constructor(root: number, parents: Map<number, number>, depths: Map<number, number>) {
    this.root = root;
    this.parents = parents;
    this.depths = depths;
    let height = 0;
    for (const depth of depths.values()) height = Math.max(height, depth);
    this.height = height;
  }

  /**
   * Reads `parent child` lines: ids (any form `resolve` takes; wnids in the published files)
   * separated by white space or a comma; `#` starts a comment, blank lines are skipped, a line
   * repeating an edge adds nothing. Throws {@link HierarchyError} listing every bad line (an
   * id that is no synset, a line without two ids, a child given a second parent, a synset its
   * own parent) and every fault of the whole (a cycle, more than one root, no edge at all).
   */
  static parse(text: string, resolve: (id: string) => number, index: SynsetIndex): ClassHierarchy {
    const problems: HierarchyProblem[] = [];
    const parents = new Map<number, number>();
    const lineOfChild = new Map<number, number>();
    const nodes = new Set<number>();
    const lines = text.split('\n');
    for (let n = 0; n < lines.length; n++) {
      const content = lines[n]!.replace(/#.*/, '').trim();
      if (content === '') continue;
      const problem = (message: string): void => void problems.push({ line: n + 1, text: content, message });
      const ids = content.split(/[\s,]+/);
      if (ids.length !== 2) {
        problem(`expected two ids, 'parent child', not ${ids.length}`);
        continue;
      }
      const synsets: number[] = [];
      for (const [k, id] of ids.entries()) {
        try {
          synsets.push(resolve(id));
        } catch (error) {
          if (!(error instanceof SynsetIdError)) throw error;
          problem(`${k === 0 ? 'parent' : 'child'} ${id}: ${error.message}`);
        }
      }
      if (synsets.length !== 2) continue;
      const [parent, child] = synsets as [number, number];
      if (parent === child) {
        problem(`${index.wnidOf(child)} cannot be its own parent`);
        continue;
      }
      const earlier = parents.get(child);
      if (earlier === parent) continue;
      if (earlier !== undefined) {
        problem(
          `${index.wnidOf(child)} has two parents: ${index.wnidOf(earlier)} (line ${lineOfChild.get(child)}) and ${index.wnidOf(parent)}; a tree has one`,
        );
        continue;
      }
      parents.set(child, parent);
      lineOfChild.set(child, n + 1);
      nodes.add(parent);
      nodes.add(child);
    }
    if (problems.length === 0) problems.push(...wholeTreeProblems(index, nodes, parents, lineOfChild));
    if (problems.length > 0) throw new HierarchyError(capped(problems));
    const root = [...nodes].find((i) => !parents.has(i))!;
    return new ClassHierarchy(root, parents, depthsFrom(root, nodes, parents));
  }

  /** Whether the synset is a node of the tree. */
  has(i: number): boolean {
    return this.depths.has(i);
  }

  /** The synset's parent in the tree; -1 for the root. */
  parentOf(i: number): number {
    this.check(i);
    return this.parents.get(i) ?? -1;
  }

  /** Edges from the root down to the synset. */
  depthOf(i: number): number {
    this.check(i);
    return this.depths.get(i)!;
  }

  /** The lowest node above both (each counting as its own): in a tree, one. */
  lca(a: number, b: number): number {
    let x = a;
    let y = b;
    let dx = this.depthOf(x);
    let dy = this.depthOf(y);
    for (; dx > dy; dx--) x = this.parents.get(x)!;
    for (; dy > dx; dy--) y = this.parents.get(y)!;
    while (x !== y) {
      x = this.parents.get(x)!;
      y = this.parents.get(y)!;
    }
    return x;
  }

  /** The lowest node above all of them. */
  lcaOf(synsets: ArrayLike<number>): number {
    if (synsets.length === 0) throw new RangeError('an LCA needs at least one synset');
    let at = synsets[0]!;
    for (let k = 1; k < synsets.length; k++) at = this.lca(at, synsets[k]!);
    this.check(at);
    return at;
  }

  /**
   * Making Better Mistakes' severity of predicting b for a: 0 when a = b, else the height of
   * their LCA, counted as they count it: the tree's height minus the LCA's depth, i.e. the
   * LCA's height once every leaf is hung down to the deepest level (tench and goldfish in
   * their imagenet_isa.txt: the tree is 15 deep, cyprinid at depth 9, so 6). It is not the
   * longest path from the LCA down to a leaf (1 for cyprinid).
   */
  severity(a: number, b: number): number {
    return a === b ? 0 : this.height - this.depthOf(this.lca(a, b));
  }

  /** Edges between a and b: up to their LCA and down again. */
  pathLength(a: number, b: number): number {
    return this.depthOf(a) + this.depthOf(b) - 2 * this.depthOf(this.lca(a, b));
  }

  /** The ancestor of i at this depth; i itself when it is not deeper. */
  ancestorAtDepth(i: number, depth: number): number {
    let at = i;
    for (let d = this.depthOf(i); d > depth; d--) at = this.parents.get(at)!;
    return at;
  }

  /**
   * The classes of a set that are not nodes of the tree, as problems (`1k` class 17, n01443537);
   * a metric over the set needs every one.
   */
  missingClasses(index: SynsetIndex, classes: ArrayLike<number>, set: string): HierarchyProblem[] {
    const missing: HierarchyProblem[] = [];
    for (let k = 0; k < classes.length; k++) {
      const i = classes[k]!;
      if (i >= 0 && !this.has(i)) {
        missing.push({ line: null, text: '', message: `class ${k} of ${set} (${index.wnidOf(i)}) is not in the hierarchy` });
      }
    }
    return capped(missing);
  }

  private check(i: number): void {
    if (!this.depths.has(i)) throw new SynsetIdError(`synset number ${i} is not in the hierarchy`);
  }
}

/** The faults no single line shows: no edge, a cycle (a part with no root), two roots. */
function wholeTreeProblems(
  index: SynsetIndex,
  nodes: Set<number>,
  parents: Map<number, number>,
  lineOfChild: Map<number, number>,
): HierarchyProblem[] {
  if (nodes.size === 0) return [{ line: null, text: '', message: 'no edges: a hierarchy is lines of parent child ids' }];
  const problems: HierarchyProblem[] = [];
  const roots = [...nodes].filter((i) => !parents.has(i));
  const reached = depthsFrom(roots, nodes, parents);
  const inCycle = new Set<number>();
  for (const start of nodes) {
    if (reached.has(start) || inCycle.has(start)) continue;
    // Every node has one parent, so climbing from a node no root reaches ends in a cycle.
    const path: number[] = [];
    const onPath = new Set<number>();
    let at = start;
    while (!onPath.has(at) && !inCycle.has(at)) {
      onPath.add(at);
      path.push(at);
      at = parents.get(at)!;
    }
    if (inCycle.has(at)) {
      for (const i of path) inCycle.add(i);
      continue;
    }
    const cycle = path.slice(path.indexOf(at));
    for (const i of path) inCycle.add(i);
    const lines = cycle.map((i) => lineOfChild.get(i)!).sort((a, b) => a - b);
    problems.push({
      line: lines[0]!,
      text: '',
      message: `a cycle: ${[...cycle, cycle[0]!].map((i) => index.wnidOf(i)).join(' < ')} (lines ${lines.join(', ')}); a tree has none`,
    });
  }
  if (roots.length > 1) {
    const named = roots.slice(0, 5).map((i) => index.wnidOf(i));
    problems.push({
      line: null,
      text: '',
      message: `${roots.length} roots (${named.join(', ')}${roots.length > 5 ? ', …' : ''}): a tree has one, above every other node`,
    });
  }
  return problems;
}

/** Depths by a walk down from the roots (children found by inverting the parent map). */
function depthsFrom(roots: number | number[], nodes: Set<number>, parents: Map<number, number>): Map<number, number> {
  const children = new Map<number, number[]>();
  for (const [child, parent] of parents) {
    const list = children.get(parent);
    if (list) list.push(child);
    else children.set(parent, [child]);
  }
  const depths = new Map<number, number>();
  const queue = Array.isArray(roots) ? [...roots] : [roots];
  for (const root of queue) depths.set(root, 0);
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head]!;
    for (const child of children.get(at) ?? []) {
      if (depths.has(child) || !nodes.has(child)) continue;
      depths.set(child, depths.get(at)! + 1);
      queue.push(child);
    }
  }
  return depths;
}

function capped(problems: HierarchyProblem[]): HierarchyProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { line: null, text: '', message: `… and ${problems.length - MAX_PROBLEMS} more problems like these` },
  ];
}
