/**
 * A hierarchy a user brings (`--hierarchy FILE`): parsing, validation, and Making Better
 * Mistakes' severity on a small tree of our own whose heights are worked out by hand below.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClassHierarchy, HierarchyError } from '../../src/core/class-hierarchy.js';
import { findProjectRoot } from '../../src/node/project-root.js';
import { queries } from './real-data.js';

const index = queries.index;
const resolve = (id: string): number => queries.resolve(id);
const n = (wnid: string): number => index.numberOfWnid(wnid);

/*
 * The fixture, depths (edges from the root) in brackets:
 *
 *   animal n00015388 [0]
 *   ├── vertebrate n01471682 [1]
 *   │   ├── fish n02512053 [2]
 *   │   │   └── cyprinid n01439121 [3]
 *   │   │       ├── tench n01440764 [4]
 *   │   │       └── goldfish n01443537 [4]
 *   │   ├── bird n01503061 [2]
 *   │   │   └── hen n01514859 [3]
 *   │   └── mammal n01861778 [2]
 *   │       └── dog n02084071 [3]
 *   │           └── hunting dog n02087122 [4]
 *   │               └── sporting dog n02098550 [5]
 *   │                   └── retriever n02099029 [6]
 *   │                       └── golden retriever n02099601 [7]
 *   └── invertebrate n01905661 [1]
 *       └── arthropod n01767661 [2]
 *           └── insect n02159955 [3]
 *               └── bee n02206856 [4]
 *
 * The tree's height H is its deepest node's depth: golden retriever, 7.
 * Severity (MBM): 0 for a class and itself, else H - depth(LCA):
 *   tench, goldfish:          LCA cyprinid [3]   -> 7 - 3 = 4
 *     (the longest path from cyprinid down to a leaf is 1, and NLTK's Tree.height() of its
 *      subtree is 2: neither is what the paper's files hold)
 *   tench, hen:               LCA vertebrate [1] -> 7 - 1 = 6
 *   tench, bee:               LCA animal [0]     -> 7 - 0 = 7
 *   hen, golden retriever:    LCA vertebrate [1] -> 6
 *   golden retriever, retriever (a node above it): LCA retriever [6] -> 1
 *   bee, insect:              LCA insect [3]     -> 4
 * Path length, up to the LCA and down: tench, hen = (4 - 1) + (3 - 1) = 5; tench, goldfish = 2;
 * golden retriever, bee = 7 + 4 = 11.
 */
/** test/fixtures/hierarchy/small-tree.txt: the tree drawn above, as parent child lines (comments, commas and a tab among them). */
const FIXTURE = readFileSync(join(findProjectRoot(), 'test/fixtures/hierarchy/small-tree.txt'), 'utf8');

const tree = ClassHierarchy.parse(FIXTURE, resolve, index);
const TENCH = n('n01440764');
const GOLDFISH = n('n01443537');
const HEN = n('n01514859');
const BEE = n('n02206856');
const GOLDEN = n('n02099601');

describe('ClassHierarchy', () => {
  it('reads the edges: the root, each depth, the height', () => {
    expect(index.wnidOf(tree.root)).toBe('n00015388');
    expect(tree.height).toBe(7);
    expect([TENCH, HEN, GOLDEN, BEE].map((i) => tree.depthOf(i))).toStrictEqual([4, 3, 7, 4]);
    expect(index.wnidOf(tree.parentOf(GOLDFISH))).toBe('n01439121');
    expect(tree.parentOf(tree.root)).toBe(-1);
    expect(tree.has(n('n02085620'))).toBe(false);
  });

  it('gives the LCA in the tree, of two or of many', () => {
    expect(index.wnidOf(tree.lca(TENCH, GOLDFISH))).toBe('n01439121');
    expect(index.wnidOf(tree.lca(TENCH, HEN))).toBe('n01471682');
    expect(index.wnidOf(tree.lca(GOLDEN, n('n02099029')))).toBe('n02099029');
    expect(index.wnidOf(tree.lcaOf([TENCH, GOLDFISH, HEN]))).toBe('n01471682');
    expect(index.wnidOf(tree.lcaOf([TENCH, BEE]))).toBe('n00015388');
  });

  it("computes Making Better Mistakes' severity as worked out by hand", () => {
    expect(tree.severity(TENCH, TENCH)).toBe(0);
    expect(tree.severity(TENCH, GOLDFISH)).toBe(4);
    expect(tree.severity(TENCH, HEN)).toBe(6);
    expect(tree.severity(TENCH, BEE)).toBe(7);
    expect(tree.severity(HEN, GOLDEN)).toBe(6);
    expect(tree.severity(GOLDEN, n('n02099029'))).toBe(1);
    expect(tree.severity(BEE, n('n02159955'))).toBe(4);
    expect(tree.severity(GOLDFISH, TENCH)).toBe(tree.severity(TENCH, GOLDFISH));
    expect([tree.pathLength(TENCH, HEN), tree.pathLength(TENCH, GOLDFISH), tree.pathLength(GOLDEN, BEE)]).toStrictEqual([5, 2, 11]);
    expect(index.wnidOf(tree.ancestorAtDepth(GOLDEN, 3))).toBe('n02084071');
    expect(tree.ancestorAtDepth(HEN, 5)).toBe(HEN);
  });

  it('names the classes of a set it lacks', () => {
    const classes = [TENCH, n('n02085620'), -1, HEN];
    expect(tree.missingClasses(index, classes, 'mine')).toStrictEqual([
      { line: null, text: '', message: 'class 1 of mine (n02085620) is not in the hierarchy' },
    ]);
  });

  const problemsOf = (text: string) => {
    try {
      ClassHierarchy.parse(text, resolve, index);
    } catch (error) {
      expect(error).toBeInstanceOf(HierarchyError);
      return (error as HierarchyError).problems;
    }
    throw new Error('parsed');
  };

  it('reports each bad line with its number: unknown ids, a wrong count, a second parent, a self-loop', () => {
    const problems = problemsOf(
      [
        'n00015388 n01471682',
        'n00015388 n99999999',
        'n01471682',
        'n01471682 n02512053 n01503061',
        'n01503061 n01471682',
        'n01471682 n01471682',
        'bogus n01503061',
      ].join('\n'),
    );
    expect(problems.map((p) => p.line)).toStrictEqual([2, 3, 4, 5, 6, 7]);
    expect(problems[0]!.message).toBe('child n99999999: no WordNet 3.0 noun synset n99999999');
    expect(problems[1]!.message).toBe("expected two ids, 'parent child', not 1");
    expect(problems[3]!.message).toBe('n01471682 has two parents: n00015388 (line 1) and n01503061; a tree has one');
    expect(problems[4]!.message).toBe('n01471682 cannot be its own parent');
    expect(problems[5]!.message).toMatch(/^parent bogus: not a synset id/);
  });

  it('reports a cycle with its lines, and more than one root', () => {
    const cycle = problemsOf(
      'n00015388 n01471682\nn01471682 n02512053\nn02512053 n01439121\nn01439121 n02512053x\n'.replace('n02512053x', 'n01471682'),
    );
    // n01471682 got its parent on line 1; line 4 gives it a second one.
    expect(cycle[0]).toMatchObject({ line: 4, message: expect.stringMatching(/has two parents/) });
    const loop = problemsOf('n01471682 n02512053\nn02512053 n01439121\nn01439121 n01471682\n');
    expect(loop).toStrictEqual([
      { line: 1, text: '', message: 'a cycle: n01471682 < n01439121 < n02512053 < n01471682 (lines 1, 2, 3); a tree has none' },
    ]);
    const twoRoots = problemsOf('n01471682 n02512053\nn01905661 n01767661\n');
    expect(twoRoots).toStrictEqual([
      { line: null, text: '', message: '2 roots (n01471682, n01905661): a tree has one, above every other node' },
    ]);
    expect(problemsOf('# nothing\n\n')[0]!.message).toMatch(/^no edges/);
  });
});
