import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ancestorAtDepth,
  groupByCount,
  groupByDepth,
  groupUnder,
  parsePublishedGrouping,
  publishedGroupingFiles,
  publishedGroupRecords,
  PUBLISHED_GROUPINGS,
  setGroupRecords,
  type PublishedGrouping,
  type SetGrouping,
} from '../../src/core/groupings.js';
import { SynsetIndex } from '../../src/core/synset-index.js';
import { SynsetIdError, SynsetRequestError } from '../../src/core/errors.js';
import { ROOT_WNID } from '../../src/core/wnid.js';
import { groupingFolder, readPublishedGrouping } from '../../src/node/groupings.js';
import { useBuiltInLabelSets } from '../../src/node/label-spaces.js';
import { queries } from './real-data.js';

useBuiltInLabelSets(queries);
const index = queries.index;
const set = (name: string): Int32Array => queries.labelSpaces.set(name).classes;
const classes1k = set('1k');
const number = (wnid: string): number => {
  const i = index.numberOfWnid(wnid);
  if (i < 0) throw new Error(`${wnid} is not in the index`);
  return i;
};
const RECORD_KEYS = ['input', 'wnid', 'index', 'group', 'groupWnid', 'groupLabel'];

/** The path NLTK's hypernym_paths() lists first among the longest, read from the index's own paths (the oracle). */
function firstLongestPath(i: number): number[] {
  let best: number[] = [];
  for (const path of index.hypernymPaths(i)) if (path.length > best.length) best = path;
  return best;
}

/** Checks that a grouping places every class of the set exactly once, in a non-empty group that counts it. */
function expectPartition(grouping: SetGrouping, classes: ArrayLike<number>): void {
  expect(grouping.groupOf).toHaveLength(classes.length);
  const counted = new Array<number>(grouping.groups.length).fill(0);
  for (let k = 0; k < classes.length; k++) {
    const g = grouping.groupOf[k]!;
    expect(g, `class ${k}`).toBeGreaterThanOrEqual(0);
    counted[g]!++;
  }
  expect(counted).toEqual(grouping.groups.map((group) => group.size));
  expect(Math.min(...counted)).toBeGreaterThan(0);
  grouping.groups.forEach((group, g) => expect(group.index).toBe(g));
}

describe('groupByDepth', () => {
  it('at depth 0 puts every 1k class under the root', () => {
    const grouping = groupByDepth(index, classes1k, 0);
    expect(grouping.groups.map((g) => [g.wnid, g.size])).toEqual([[ROOT_WNID, 1000]]);
  });

  it.each([1, 2, 4, 7, 10, 13])('at depth %i partitions the 1k by the ancestor on the first longest hypernym path', (depth) => {
    const grouping = groupByDepth(index, classes1k, depth);
    expectPartition(grouping, classes1k);
    expect(grouping.problems).toEqual([]);
    for (let k = 0; k < 1000; k++) {
      const path = firstLongestPath(classes1k[k]!);
      const expected = path[Math.min(depth, path.length - 1)]!;
      expect(grouping.groups[grouping.groupOf[k]!]!.wnid, `class ${k}`).toBe(index.wnidOf(expected));
    }
    for (const group of grouping.groups) expect(index.maxDepth(number(group.wnid!))).toBeLessThanOrEqual(depth);
  });

  it('meets classes with several longest paths, where the rule decides', () => {
    const tied = Array.from(classes1k).filter((i) => {
      const longest = index.hypernymPaths(i).filter((path) => path.length === index.maxDepth(i) + 1);
      return longest.length > 1 && longest.some((path) => path.join() !== longest[0]!.join());
    });
    expect(tied.length).toBeGreaterThan(0);
    for (const i of tied) {
      const path = firstLongestPath(i);
      for (let d = 0; d < path.length; d++) expect(ancestorAtDepth(index, i, d)).toBe(path[d]);
    }
  });

  it('keeps a class shallower than the depth as its own group, and past the deepest class gives each class its own', () => {
    const shallow = Array.from(classes1k).filter((i) => index.maxDepth(i) < 8);
    expect(shallow.length).toBeGreaterThan(0);
    const grouping = groupByDepth(index, classes1k, 8);
    for (const i of shallow) expect(grouping.groups[grouping.groupOf[classes1k.indexOf(i)]!]!.wnid).toBe(index.wnidOf(i));
    const deepest = Math.max(...Array.from(classes1k, (i) => index.maxDepth(i)));
    const apart = groupByDepth(index, classes1k, deepest);
    expect(apart.groups.map((g) => g.wnid)).toEqual(Array.from(classes1k, (i) => index.wnidOf(i)));
  });

  it('names two groups whose superclasses share a lemma apart: the two foods at depth 4', () => {
    const { groups } = groupByDepth(index, classes1k, 4);
    const foods = groups.filter((g) => index.labelOf(number(g.wnid!)) === 'food');
    expect(foods.map((g) => g.wnid).sort()).toEqual(['n00021265', 'n07555863']);
    expect(new Set(foods.map((g) => g.name)).size).toBe(2);
    for (const food of foods) expect(food.name).toMatch(/^food \(.+\)$/);
    // Every group of every depth has a name of its own; names that were unique stay as they were.
    for (const depth of [2, 4, 6, 9]) {
      const named = groupByDepth(index, classes1k, depth).groups.map((g) => g.name.toLowerCase());
      expect(new Set(named).size, `depth ${depth}`).toBe(named.length);
    }
    expect(groups.find((g) => g.wnid === 'n00021939')!.name).toBe('artifact');
  });

  it('numbers groups in the order of their first class', () => {
    const { groupOf } = groupByDepth(index, classes1k, 6);
    let next = 0;
    for (const g of groupOf) {
      expect(g).toBeLessThanOrEqual(next);
      if (g === next) next++;
    }
  });

  it('is deterministic, on this index and on a fresh one', () => {
    const fresh = new SynsetIndex(index.bundle);
    for (const depth of [3, 8]) {
      expect(groupByDepth(index, classes1k, depth)).toEqual(groupByDepth(index, classes1k, depth));
      expect(groupByDepth(fresh, classes1k, depth)).toEqual(groupByDepth(index, classes1k, depth));
    }
  });
});

describe('groupUnder', () => {
  it('reports classes under two listed superclasses and under none, placing neither', () => {
    const dog = queries.resolve('dog.n.01');
    const canine = queries.resolve('canine.n.02');
    const cat = queries.resolve('cat.n.01');
    const grouping = groupUnder(index, classes1k, [dog, canine, cat]);
    const several = grouping.problems.filter((p) => p.problem === 'under-several');
    const none = grouping.problems.filter((p) => p.problem === 'under-none');
    expect(several.length).toBe(index.descendantsOf(dog, queries.labelSpaces.set('1k')).length);
    expect(Math.min(several.length, none.length)).toBeGreaterThan(0);
    for (const p of several) expect(p.groups).toEqual([0, 1]);
    for (const p of [...several, ...none]) expect(grouping.groupOf[p.index]).toBe(-1);
    for (const p of none) expect([dog, canine, cat].some((s) => index.isA(classes1k[p.index]!, s))).toBe(false);
    expect(grouping.groups[0]!.size).toBe(0);
    expect(grouping.groups[1]!.size + grouping.groups[2]!.size + several.length + none.length).toBe(1000);
    for (let k = 0; k < 1000; k++) {
      const g = grouping.groupOf[k]!;
      if (g >= 0) expect(index.isA(classes1k[k]!, [dog, canine, cat][g]!)).toBe(true);
    }
  });
});

/** A published grouping's table read straight from its files, as the test's oracle: wnid → [group, group key, split]. */
function rawTable(name: string): Map<string, [number, string, string | null]> {
  const files = publishedGroupingFiles(name as PublishedGrouping['name']);
  const tables = files.kind === 'table' ? { all: files.table } : files.tables;
  const rows = new Map<string, [number, string, string | null]>();
  for (const [split, file] of Object.entries(tables)) {
    for (const line of readFileSync(join(groupingFolder(), file), 'utf8').split('\n').filter(Boolean)) {
      const [group, key, , wnid] = line.split('\t');
      rows.set(wnid!, [Number(group), key!, split === 'all' ? null : split]);
    }
  }
  return rows;
}

function expectReproducesTable(grouping: PublishedGrouping): void {
  const raw = rawTable(grouping.name);
  expect(grouping.classes).toHaveLength(raw.size);
  for (const entry of grouping.classes) {
    const [group, key, split] = raw.get(entry.wnid)!;
    expect([entry.group, entry.split]).toEqual([group, split]);
    const named = grouping.groups[group]!;
    expect(named.wnid ?? named.name).toBe(key);
    expect(classes1k[entry.index1k]).toBe(number(entry.wnid));
  }
}

describe('Restricted ImageNet', () => {
  const grouping = readPublishedGrouping(index, 'restricted-imagenet');

  it('reproduces its table: 9 named groups, 203 classes', () => {
    expectReproducesTable(grouping);
    expect(grouping.groups).toHaveLength(9);
    expect(grouping.classes).toHaveLength(203);
    for (const group of grouping.groups) expect(group.wnid).toBeNull();
  });

  it('has each group as one range of 1k indices: dog 118 classes 151–268, monkey 18 classes 365–382', () => {
    for (const group of grouping.groups) {
      const indices = grouping.classes.filter((c) => c.group === group.index).map((c) => c.index1k);
      expect(indices).toHaveLength(group.size);
      expect(Math.max(...indices) - Math.min(...indices) + 1).toBe(indices.length);
    }
    const range = (name: string) => {
      const indices = grouping.classes.filter((c) => grouping.groups[c.group]!.name === name).map((c) => c.index1k);
      return [indices.length, Math.min(...indices), Math.max(...indices)];
    };
    expect(range('dog')).toEqual([118, 151, 268]);
    expect(range('monkey')).toEqual([18, 365, 382]);
  });

  it('gives the CLI records with a null group wnid and the group name as label', () => {
    const records = publishedGroupRecords(grouping);
    expect(records).toHaveLength(203);
    for (const record of records) expect(Object.keys(record)).toEqual(RECORD_KEYS);
    const first = records.find((r) => r.index === 151)!;
    expect(first).toEqual({
      input: '1k:151',
      wnid: index.wnidOf(classes1k[151]!),
      index: 151,
      group: 0,
      groupWnid: null,
      groupLabel: 'dog',
    });
  });
});

// Classes in all, half in each split (data/groupings/README.md).
const BREEDS_SIZES = {
  'breeds-entity13': [13, 260],
  'breeds-entity30': [30, 240],
  'breeds-living17': [17, 68],
  'breeds-nonliving26': [26, 104],
};

describe.each(Object.entries(BREEDS_SIZES))('%s', (name, [superclasses, size]) => {
  const grouping = readPublishedGrouping(index, name);

  it('reproduces its tables, the source and target halves disjoint and even per superclass', () => {
    expectReproducesTable(grouping);
    expect([grouping.groups.length, grouping.classes.length]).toEqual([superclasses, size]);
    const source = readPublishedGrouping(index, name, { split: 'source' });
    const target = readPublishedGrouping(index, name, { split: 'target' });
    expect([source.classes.length, target.classes.length]).toEqual([size! / 2, size! / 2]);
    expect(source.classes.every((c) => c.split === 'source') && target.classes.every((c) => c.split === 'target')).toBe(true);
    expect(source.groups.map((g) => g.size)).toEqual(target.groups.map((g) => g.size));
    expect(grouping.groups.map((g) => g.wnid)).toEqual(
      readFileSync(join(groupingFolder(), `${name}.superclasses.txt`), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((id) => (id.startsWith('n') ? id : null)),
    );
  });

  it('names a WordNet superclass by its first lemma in the CLI records', () => {
    for (const record of publishedGroupRecords(grouping)) {
      expect(Object.keys(record)).toEqual(RECORD_KEYS);
      if (record.groupWnid !== null) expect(record.groupLabel).toBe(index.labelOf(number(record.groupWnid)));
      else expect(record.groupLabel).toMatch(/^dummy\d+$/);
    }
  });

  it(
    name === 'breeds-living17'
      ? 'is what groupUnder finds over WordNet, exactly'
      : 'differs from groupUnder over WordNet, which reports each class it cannot place',
    () => {
      const classes = grouping.classes.map((c) => number(c.wnid));
      const listed = grouping.groups.filter((g) => g.wnid !== null);
      const found = groupUnder(
        index,
        classes,
        listed.map((g) => number(g.wnid!)),
      );
      const differences = grouping.classes.filter((c, k) => {
        const g = found.groupOf[k]!;
        return (g < 0 ? null : found.groups[g]!.wnid) !== grouping.groups[c.group]!.wnid;
      });
      if (name === 'breeds-living17') {
        expect(found.problems).toEqual([]);
        expect(differences).toEqual([]);
        return;
      }
      expect(differences.length).toBeGreaterThan(0);
      expect(found.problems.length).toBeGreaterThan(0);
      for (const c of differences) {
        const k = grouping.classes.indexOf(c);
        const problem = found.problems.find((p) => p.index === k);
        const published = grouping.groups[c.group]!.wnid;
        if (problem) {
          // Reported: WordNet puts it under none of the superclasses, or under several.
          expect(found.groupOf[k]).toBe(-1);
          const above = listed.filter((g) => index.isA(classes[k]!, number(g.wnid!))).length;
          expect(problem.problem).toBe(above === 0 ? 'under-none' : 'under-several');
        } else {
          // Placed: WordNet puts it under one superclass, not the one BREEDS' own tree gives.
          expect(index.isA(classes[k]!, number(found.groups[found.groupOf[k]!]!.wnid!))).toBe(true);
          expect(published === null || !index.isA(classes[k]!, number(published))).toBe(true);
        }
      }
    },
  );
});

describe('published groupings', () => {
  it('are the five issue 11 names and tieredImageNet’s categories (issue 23)', () => {
    expect([...PUBLISHED_GROUPINGS].sort()).toEqual([
      'breeds-entity13',
      'breeds-entity30',
      'breeds-living17',
      'breeds-nonliving26',
      'restricted-imagenet',
      'tiered-imagenet',
    ]);
  });

  it('refuse an unknown name or split, and a split of Restricted ImageNet', () => {
    // A request the index cannot answer, not an id: an id error is for a synset that does not resolve.
    expect(() => readPublishedGrouping(index, 'breeds-entity99')).toThrow(SynsetRequestError);
    expect(() => readPublishedGrouping(index, 'breeds-entity99')).toThrow(/known: restricted-imagenet, breeds-entity13/);
    expect(() => readPublishedGrouping(index, 'restricted-imagenet', { split: 'source' })).toThrow(/no source\/target split/);
    expect(() => readPublishedGrouping(index, 'breeds-living17', { split: 'train' as 'source' })).toThrow(SynsetRequestError);
  });

  it('refuse a damaged table, naming the file and line', () => {
    const text = readFileSync(join(groupingFolder(), 'restricted-imagenet.tsv'), 'utf8');
    const withText = (table: string) => () => parsePublishedGrouping(index, 'restricted-imagenet', () => table);
    expect(withText(text.replace('\t151\t', '\t152\t'))).toThrow(/restricted-imagenet.tsv, class 152: n\d{8} is not 1k class 152/);
    expect(withText(text.replace('0\tdog\t151', '0\tdog 151'))).toThrow(/restricted-imagenet.tsv line 1: expected/);
    expect(withText(text.replace('0\tdog\t152', '0\tcat\t152'))).toThrow(/group 0 'cat'/);
    expect(withText(text + text.split('\n')[0])).toThrow(/listed twice/);
  });
});

type CutFigures = [groups: number, largest: number, squares: number];

/**
 * The oracle for groupByCount: the cuts of the longest-path tree over the classes (built from the
 * index's own hypernym paths), up to `most` groups, as group count, largest group and sum of
 * squared group sizes. Exhaustive but for one pruning that cannot change the answer: of cuts
 * with the same count and largest group, only the smallest sum of squares is kept. A class with
 * classes below it may stand as a group of its own.
 */
function everyCut(classes: number[], most: number): CutFigures[] {
  const children = new Map<number, Set<number>>();
  const own = new Map<number, number>();
  let root = -1;
  for (const i of classes) {
    if (i < 0) continue;
    own.set(i, (own.get(i) ?? 0) + 1);
    const path = firstLongestPath(i);
    root = path[0]!;
    for (let d = 1; d < path.length; d++) children.set(path[d - 1]!, (children.get(path[d - 1]!) ?? new Set()).add(path[d]!));
  }
  const total = (v: number): number => (own.get(v) ?? 0) + [...(children.get(v) ?? [])].reduce((sum, c) => sum + total(c), 0);
  const cuts = (v: number): CutFigures[] => {
    const size = total(v);
    let split: CutFigures[] = own.has(v) ? [[1, own.get(v)!, own.get(v)! ** 2]] : [[0, 0, 0]];
    for (const c of children.get(v) ?? []) {
      const next = new Map<string, CutFigures>();
      const below = cuts(c);
      for (const [n, largest, squares] of split) {
        for (const [m, largestC, squaresC] of below) {
          if (n + m > most) continue;
          const figures: CutFigures = [n + m, Math.max(largest, largestC), squares + squaresC];
          const key = `${figures[0]},${figures[1]}`;
          if ((next.get(key)?.[2] ?? Infinity) > figures[2]) next.set(key, figures);
        }
      }
      split = [...next.values()];
    }
    return [[1, size, size * size], ...(children.has(v) ? split : [])];
  };
  return cuts(root);
}

function figuresOf(grouping: SetGrouping): CutFigures {
  const sizes = grouping.groups.map((g) => g.size);
  return [sizes.length, Math.max(...sizes), sizes.reduce((sum, s) => sum + s * s, 0)];
}

describe('groupByCount', () => {
  it.each([2, 5, 10, 30])('makes %i groups of the 1k, each the classes below its superclass in the longest-path tree', (count) => {
    const grouping = groupByCount(index, classes1k, count);
    expect(grouping.groups).toHaveLength(count);
    expect(grouping.note).toBeNull();
    expectPartition(grouping, classes1k);
    const superclasses = new Map(grouping.groups.map((g) => [number(g.wnid!), g.index]));
    for (let k = 0; k < 1000; k++) {
      // On the class's path: its own group's superclass, and no other group's.
      const above = firstLongestPath(classes1k[k]!).filter((s) => superclasses.has(s));
      expect(above.map((s) => superclasses.get(s))).toEqual([grouping.groupOf[k]]);
    }
  });

  // Up to how many groups each is checked: on ImageNet-A, the most even cut is not always the one with the smallest largest group.
  const sets: [string, () => number[], number][] = [
    ['imagenette', () => Array.from(set('imagenette')), 10],
    ['imagewoof', () => Array.from(set('imagewoof')), 10],
    ['imagenette and imagewoof', () => [...set('imagenette'), ...set('imagewoof')], 20],
    ['ImageNet-A', () => Array.from(set('imagenet-a')), 20],
    [
      'dog with two breeds below it, dog again, a hole, a cat and a fish',
      () =>
        ['dog.n.01', 'golden_retriever.n.01', 'beagle.n.01', 'dog.n.01', '', 'tabby.n.01', 'tench.n.01'].map((id) =>
          id ? queries.resolve(id) : -1,
        ),
      7,
    ],
  ];

  it.each(sets)('on %s, finds for every count the cut with the smallest largest group, then the most even', (_, classesOf, most) => {
    const classes = classesOf();
    const cuts = everyCut(classes, most);
    for (let count = 1; count <= most; count++) {
      const grouping = groupByCount(index, classes, count);
      const reachable = cuts.filter(([n]) => n <= count).map(([n]) => n);
      const made = Math.max(...reachable);
      const best = cuts.filter(([n]) => n === made).sort((a, b) => a[1] - b[1] || a[2] - b[2])[0]!;
      expect(figuresOf(grouping), `count ${count}`).toEqual(best);
      expect(grouping.note === null, `count ${count}`).toBe(made === count);
      if (made !== count) expect(grouping.note).toContain(`nearest below is ${made}`);
      const holes = classes.flatMap((i, k) => (i < 0 ? [k] : []));
      expect(grouping.problems.map((p) => [p.index, p.problem])).toEqual(holes.map((k) => [k, 'no-synset']));
      for (let k = 0; k < classes.length; k++) {
        if (classes[k]! < 0) continue;
        expect(index.isA(classes[k]!, number(grouping.groups[grouping.groupOf[k]!]!.wnid!))).toBe(true);
      }
    }
  });

  it('is deterministic, on this index and on a fresh one', () => {
    const fresh = new SynsetIndex(index.bundle);
    for (const count of [7, 30]) {
      expect(groupByCount(index, classes1k, count)).toEqual(groupByCount(index, classes1k, count));
      expect(groupByCount(fresh, classes1k, count)).toEqual(groupByCount(index, classes1k, count));
    }
  });

  it('gives the CLI records: class index, group index, superclass wnid and first lemma', () => {
    const grouping = groupByCount(index, classes1k, 10);
    const records = setGroupRecords(index, classes1k, grouping, (k) => `1k:${k}`);
    expect(records).toHaveLength(1000);
    records.forEach((record, k) => {
      expect(Object.keys(record)).toEqual(RECORD_KEYS);
      const group = grouping.groups[grouping.groupOf[k]!]!;
      expect(record).toEqual({
        input: `1k:${k}`,
        wnid: index.wnidOf(classes1k[k]!),
        index: k,
        group: group.index,
        groupWnid: group.wnid,
        groupLabel: index.labelOf(number(group.wnid!)),
      });
    });
    const withHole = [classes1k[0]!, -1];
    expect(setGroupRecords(index, withHole, groupByDepth(index, withHole, 3))[1]).toEqual({
      input: '1',
      wnid: null,
      index: 1,
      group: null,
      groupWnid: null,
      groupLabel: null,
    });
  });
});

describe('bad input', () => {
  const someClasses = Array.from(set('imagenette'));

  it('refuses a count or depth out of range with a RangeError', () => {
    for (const count of [0, -1, 2.5, Number.NaN, 1001])
      expect(() => groupByCount(index, classes1k, count), String(count)).toThrow(RangeError);
    expect(() => groupByCount(index, classes1k, 1001)).toThrow(/from 1 to the 1000 classes, not 1001/);
    expect(() => groupByCount(index, [-1, -1], 1)).toThrow(/nothing to group/);
    for (const depth of [-1, 1.5, Number.POSITIVE_INFINITY])
      expect(() => groupByDepth(index, classes1k, depth), String(depth)).toThrow(RangeError);
    expect(() => groupUnder(index, someClasses, [])).toThrow(RangeError);
  });

  it('refuses an unknown synset as a superclass or a class with a SynsetIdError', () => {
    const unknown = index.numberOfWnid('n99999999');
    expect(() => groupUnder(index, someClasses, [number(ROOT_WNID), unknown])).toThrow(SynsetIdError);
    expect(() => groupUnder(index, someClasses, [number(ROOT_WNID), unknown])).toThrow(/superclass 1: no synset number -1/);
    expect(() => groupUnder(index, someClasses, [number(ROOT_WNID), number(ROOT_WNID)])).toThrow(/listed twice/);
    for (const bad of [index.size, 1.5, -2]) {
      expect(() => groupByDepth(index, [someClasses[0]!, bad], 2), String(bad)).toThrow(SynsetIdError);
      expect(() => groupByCount(index, [someClasses[0]!, bad], 1), String(bad)).toThrow(/class 1: no synset number/);
      expect(() => groupUnder(index, [someClasses[0]!, bad], [number(ROOT_WNID)]), String(bad)).toThrow(SynsetIdError);
    }
  });
});
