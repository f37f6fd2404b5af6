/** The Node API's hierarchy metrics take ids in any form, and agree with the core's functions on synset numbers. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/hierarchy-metrics.js';
import {
  distance,
  lca,
  lchSimilarity,
  metricRows,
  openSynsets,
  pathLength,
  pathSimilarity,
  readHierarchy,
  severity,
  SynsetIdError,
  wupSimilarity,
} from '../../src/node/index.js';
import { findProjectRoot } from '../../src/node/project-root.js';

const queries = openSynsets();
const index = queries.index;
const n = (id: string): number => queries.resolve(id);

describe('the metrics by id', () => {
  it('take a wnid, an NLTK name, a class index or SET:INDEX alike', () => {
    // tench and goldfish meet at cyprinid (max depth 15); H = 18 in the 1k.
    for (const [a, b] of [
      ['n01440764', 'n01443537'],
      ['tench.n.01', 'goldfish.n.01'],
      ['0', '1'],
      ['1k:0', '01443537-n'],
    ]) {
      expect(severity(a!, b!), `${a} ${b}`).toBe(3);
    }
    expect(severity('0', '1', { set: 'imagenette' })).toBe(severity('n01440764', 'n02102040', { set: 'imagenette' }));
  });

  it('give what the core gives on synset numbers', () => {
    const [a, b] = [n('dog.n.01'), n('cat.n.01')];
    expect(pathLength('dog.n.01', 'cat.n.01')).toBe(core.pathLength(index, a, b));
    expect(pathSimilarity('dog.n.01', 'cat.n.01')).toBe(core.pathSimilarity(index, a, b));
    expect(wupSimilarity('dog.n.01', 'cat.n.01')).toBe(core.wupSimilarity(index, a, b));
    expect(lchSimilarity('dog.n.01', 'cat.n.01')).toBe(core.lchSimilarity(index, a, b));
    expect(distance('dog.n.01', 'cat.n.01')).toStrictEqual(core.distanceRecord(index, a, b, 18));
    expect(lca(['n01440764', 'n02084071', 'n02121808'])).toStrictEqual(['n01471682']);
  });

  it('give every row of a set as the pairwise function does, the fast way', () => {
    const classes = queries.labelSpaces.set('imagewoof').classes;
    const height = core.setHeight(index, classes);
    const rows = [...metricRows('imagewoof', 'severity')];
    expect(rows.map((row) => Array.from(row))).toStrictEqual(
      Array.from(classes, (x) => Array.from(classes, (y) => core.severity(index, x, y, height))),
    );
  });

  it("use a user's hierarchy when given one: the tree's LCA and Making Better Mistakes' severity", () => {
    const hierarchy = readHierarchy(join(findProjectRoot(), 'test/fixtures/hierarchy/small-tree.txt'));
    // See test/core/class-hierarchy.test.ts: H = 7, cyprinid at depth 3.
    expect(severity('tench.n.01', 'goldfish.n.01', { hierarchy })).toBe(4);
    expect(distance('n01440764', 'n01514859', { hierarchy })).toStrictEqual({
      a: 'n01440764',
      b: 'n01514859',
      lca: ['n01471682'],
      lcaDepth: 1,
      pathLength: 5,
      severity: 6,
    });
    expect(lca(['n01440764', 'n02206856'], { hierarchy })).toStrictEqual(['n00015388']);
    expect(() => severity('n01440764', 'n02085620', { hierarchy })).toThrow('n02085620 is not in the hierarchy');
    expect(() => [...metricRows('imagenette', 'severity', { hierarchy })]).toThrow(
      /class 1 of imagenette \(n02102040\) is not in the hierarchy/,
    );
    expect(readHierarchy({ text: 'n00015388 n01471682\n' }).height).toBe(1);
  });

  it('refuse a bad id with the message the CLI gives', () => {
    expect(() => severity('bird', '0')).toThrow(SynsetIdError);
    expect(() => severity('bird', '0')).toThrow(/'bird' is a word, not a synset id/);
  });
});
