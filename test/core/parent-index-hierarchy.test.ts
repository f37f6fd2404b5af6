/** Tencent ML-Images' own hierarchy, from its parent index: validated, and usable wherever --hierarchy is. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClassHierarchy, HierarchyError } from '../../src/core/class-hierarchy.js';
import { hierarchyOfParents } from '../../src/core/parent-index-hierarchy.js';
import { labelSetFolder, readBuiltInHierarchy, useBuiltInLabelSets } from '../../src/node/label-spaces.js';
import { runMain } from '../cli/run-main.js';
import { queries } from './real-data.js';

useBuiltInLabelSets(queries);
const index = queries.index;
const tencent = queries.labelSpaces.set('tencent-ml-images');
const parentsText = readFileSync(join(labelSetFolder(), 'tencent-ml-images.parents.txt'), 'utf8');
const parents = parentsText.split('\n').filter(Boolean).map(Number);
const tree = readBuiltInHierarchy(queries, 'tencent-ml-images')!;
const PHYSICAL_ENTITY = index.numberOfWnid('n00001930');

describe('the tencent-ml-images hierarchy', () => {
  it('is a tree over every category, each with the parent Tencent gives it; its four roots under physical_entity.n.01', () => {
    expect(tree).toBeInstanceOf(ClassHierarchy);
    expect(tree.root).toBe(PHYSICAL_ENTITY);
    const roots: string[] = [];
    for (let k = 0; k < tencent.size; k++) {
      const i = tencent.synsetAt(k);
      const parent = parents[k]!;
      expect(tree.parentOf(i)).toBe(parent === -1 ? PHYSICAL_ENTITY : tencent.synsetAt(parent));
      if (parent === -1) roots.push(index.labelOf(i));
    }
    expect(roots).toEqual(['thing', 'matter', 'object', 'atmospheric phenomenon']);
    // physical_entity is the roots' lowest common hypernym in WordNet, and no category of Tencent's.
    expect(queries.lca('n00002452', 'n11425580')).toEqual(['n00001930']);
    expect(tencent.has(PHYSICAL_ENTITY)).toBe(false);
  });

  it('has one parent each and no cycle: each category climbs to the root, one step a level', () => {
    let deepest = 0;
    for (let k = 0; k < tencent.size; k++) {
      let at = tencent.synsetAt(k);
      let steps = 0;
      while (at !== tree.root) {
        at = tree.parentOf(at);
        steps++;
        expect(steps).toBeLessThanOrEqual(tree.height);
      }
      expect(steps).toBe(tree.depthOf(tencent.synsetAt(k)));
      deepest = Math.max(deepest, steps);
    }
    expect(deepest).toBe(tree.height);
  });

  it('as Tencent gives it, without the joint root, is a forest the tree parser refuses (four roots)', () => {
    const edges = parents.flatMap((parent, k) =>
      parent < 0 ? [] : [`${index.wnidOf(tencent.synsetAt(parent))} ${index.wnidOf(tencent.synsetAt(k))}`],
    );
    expect(() => ClassHierarchy.parse(edges.join('\n'), (id) => index.numberOfWnid(id), index)).toThrow(/4 roots/);
  });

  it('a damaged parent index is refused, saying where', () => {
    const cycle = parents.slice();
    // Category 0 (thing) under one of its own descendants.
    cycle[0] = parents.findIndex((parent) => parent === 0);
    expect(() => hierarchyOfParents(index, tencent, cycle.join('\n'))).toThrow(/a cycle/);
    expect(() => hierarchyOfParents(index, tencent, parents.slice(1).join('\n'))).toThrow(HierarchyError);
    expect(() => hierarchyOfParents(index, tencent, parentsText.replace(/^-1$/m, 'x'))).toThrow(
      /line 1: expected the class index of class 0's parent/,
    );
  });
});

describe('--hierarchy tencent-ml-images', () => {
  it('distance, lca and matrix use it by name (or alias)', async () => {
    const distance = await runMain(['distance', 'n02084071,n02121620', '--hierarchy', 'tencent-ml-images', '--json']);
    expect(distance.stderr).toBe('');
    const record = JSON.parse(distance.stdout) as { lca: string[]; severity: number; lcaDepth: number };
    expect(record.lca).toEqual([index.wnidOf(tree.lca(index.numberOfWnid('n02084071'), index.numberOfWnid('n02121620')))]);
    expect(record.severity).toBe(tree.height - record.lcaDepth);
    const lca = await runMain(['lca', 'n01440764,n02084071', '--hierarchy', 'tencent', '--json']);
    expect(JSON.parse(lca.stdout)).toMatchObject({
      lca: [index.wnidOf(tree.lca(index.numberOfWnid('n01440764'), index.numberOfWnid('n02084071')))],
    });
    const matrix = await runMain([
      'matrix',
      '--set',
      'imagenette',
      '--metric',
      'severity',
      '--format',
      'json',
      '--hierarchy',
      'tencent-ml-images',
    ]);
    const rows = JSON.parse(matrix.stdout) as number[][];
    const classes = queries.labelSpaces.set('imagenette').classes;
    expect(rows).toEqual(Array.from(classes, (a) => Array.from(classes, (b) => tree.severity(a, b))));
  });

  it('a name that is neither a file nor a built-in hierarchy says which there are', async () => {
    const run = await runMain(['distance', 'a,b', '--hierarchy', 'imagenet-r']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot read "imagenet-r": .*\(built-in hierarchies: tencent-ml-images\)/);
  });
});
