/**
 * The label spaces of issue 23 against their sources. `test/fixtures/labelset-sources.json` holds
 * what the sources say, read by `data/labelsets/make-new-sets.py` from the team's reference copies
 * (tieredImageNet's split files row by row, CMC's list, COCO's categories with the synsets NLTK
 * reads LVIS's names as, Tencent's index as a SHA-256 over every row plus its roots and a
 * sample); here the built-in sets as the core reads them are compared with that, class by class,
 * in index order.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePublishedGrouping } from '../../src/core/groupings.js';
import { SynsetIdError } from '../../src/core/errors.js';
import { groupingFolder } from '../../src/node/groupings.js';
import { labelSetFolder, useBuiltInLabelSets } from '../../src/node/label-spaces.js';
import { findProjectRoot } from '../../src/node/project-root.js';
import { queries } from './real-data.js';

interface Sources {
  tieredImageNet: Record<'train' | 'val' | 'test', [string, string][]>;
  imagenet100: string[];
  coco: [number, string, string, string | null][];
  tencent: {
    categories: number;
    roots: [number, string, string][];
    in1k: number;
    sha256: string;
    sample: [number, string, number, string][];
  };
}

const sources = JSON.parse(readFileSync(join(findProjectRoot(), 'test/fixtures/labelset-sources.json'), 'utf8')) as Sources;
const catalog = useBuiltInLabelSets(queries);
const index = queries.index;
const wnidsOf = (name: string): (string | null)[] =>
  Array.from(queries.labelSpaces.set(name).classes, (i) => (i < 0 ? null : index.wnidOf(i)));
const sorted = (wnids: readonly string[]): string[] => [...wnids].sort();

describe('tieredImageNet', () => {
  const { train, val, test } = sources.tieredImageNet;

  it.each([
    ['tiered-imagenet-train', train, 351],
    ['tiered-imagenet-val', val, 97],
    ['tiered-imagenet-test', test, 160],
    ['tiered-imagenet', [...train, ...val, ...test], 608],
  ] as const)('%s: the split file’s classes, numbered in sorted (ImageFolder) order', (name, rows, size) => {
    expect(rows).toHaveLength(size);
    expect(wnidsOf(name)).toEqual(sorted(rows.map(([wnid]) => wnid)));
  });

  it('every class is a 1k class, and the splits share none', () => {
    const all = wnidsOf('tiered-imagenet');
    expect(all.every((wnid) => index.index1k[index.numberOfWnid(wnid!)]! >= 0)).toBe(true);
    expect(new Set(all).size).toBe(608);
  });

  it('its 34 categories are a published grouping: each class in the category its split file gives, numbered train, val, test', () => {
    const grouping = parsePublishedGrouping(index, 'tiered-imagenet', (file) => readFileSync(join(groupingFolder(), file), 'utf8'));
    const rows = [...train, ...val, ...test];
    const categories = [...new Set(rows.map(([, category]) => category))];
    expect(categories).toHaveLength(34);
    expect(grouping.groups.map((group) => group.wnid)).toEqual(categories);
    expect(grouping.groups.map((group) => group.name).slice(0, 2)).toEqual([
      index.labelOf(index.numberOfWnid(categories[0]!)),
      index.labelOf(index.numberOfWnid(categories[1]!)),
    ]);
    expect(grouping.classes.map((entry) => [entry.wnid, grouping.groups[entry.group]!.wnid])).toEqual(rows);
    expect(
      grouping.classes.every((entry) => queries.labelSpaces.set('1k').synsetAt(entry.index1k) === index.numberOfWnid(entry.wnid)),
    ).toBe(true);
    // 20, 6 and 8 categories: the splits' own.
    const groupsOf = (split: readonly [string, string][]) => new Set(split.map(([, category]) => categories.indexOf(category)));
    expect([groupsOf(train).size, groupsOf(val).size, groupsOf(test).size]).toEqual([20, 6, 8]);
  });
});

describe('imagenet-100 (CMC)', () => {
  it('CMC’s 100 classes, numbered in sorted (ImageFolder) order, which its own list is not in', () => {
    expect(sources.imagenet100).toHaveLength(100);
    expect(wnidsOf('imagenet-100')).toEqual(sorted(sources.imagenet100));
    expect(sources.imagenet100).not.toEqual(sorted(sources.imagenet100));
  });

  it('says in its description that other ImageNet-100 subsets exist', () => {
    expect(catalog.sets.find((info) => info.name === 'imagenet-100')!.description).toMatch(/other ImageNet-100 subsets exist.*custom list/);
  });
});

describe('coco (LVIS’s synsets)', () => {
  it('80 categories in COCO id order, each the WordNet 3.0 synset NLTK reads LVIS’s name as', () => {
    const rows = sources.coco;
    expect(rows).toHaveLength(80);
    expect(rows.map(([id]) => id)).toEqual([...rows.map(([id]) => id)].sort((a, b) => a - b));
    expect(wnidsOf('coco')).toEqual(rows.map(([, , , wnid]) => wnid));
    // The core reads NLTK's names as NLTK does.
    for (const [, , name, wnid] of rows) if (wnid) expect(index.wnidOf(queries.resolve(name))).toBe(wnid);
  });

  it('class 11, stop sign, is a hole with its reason: stop_sign.n.01 is not a WordNet 3.0 noun', () => {
    expect(sources.coco[11]).toEqual([13, 'stop sign', 'stop_sign.n.01', null]);
    expect(() => queries.resolve('stop_sign.n.01')).toThrow(SynsetIdError);
    expect(catalog.sets.find((info) => info.name === 'coco')!.holes).toEqual([
      { index: 11, name: 'stop sign', reason: 'LVIS maps it to stop_sign.n.01, which is not a WordNet 3.0 noun' },
    ]);
    expect(() => queries.resolve('coco:11')).toThrow(
      'class 11 of coco (stop sign) names no synset: LVIS maps it to stop_sign.n.01, which is not a WordNet 3.0 noun',
    );
    expect(index.wnidOf(queries.resolve('coco:12'))).toBe(sources.coco[12]![3]);
    expect(queries.labelSpaces.set('coco').members()).toHaveLength(79);
  });

  it('a list with a hole the catalog does not declare is refused as damaged', () => {
    const damaged = readFileSync(join(labelSetFolder(), 'coco.txt'), 'utf8').replace(/^n\d{8}$/m, 'bench.n.99');
    expect(() => queries.labelSpaces.provide('coco', damaged)).toThrow(/coco: its list is damaged \(class 0\)/);
  });
});

describe('tencent-ml-images', () => {
  const wnids = wnidsOf('tencent-ml-images') as string[];
  const parents = readFileSync(join(labelSetFolder(), 'tencent-ml-images.parents.txt'), 'utf8').split('\n').filter(Boolean).map(Number);

  it('11,166 categories, each a WordNet 3.0 noun, with their parents, in Tencent’s index order (every row, by its hash)', () => {
    expect(wnids).toHaveLength(sources.tencent.categories);
    expect(parents).toHaveLength(sources.tencent.categories);
    const rows = wnids.map((wnid, k) => `${k}\t${wnid}\t${parents[k]}\n`).join('');
    expect(createHash('sha256').update(rows).digest('hex')).toBe(sources.tencent.sha256);
    for (const [k, wnid, parent] of sources.tencent.sample) expect([wnids[k], parents[k]]).toEqual([wnid, parent]);
    expect(parents.flatMap((parent, k) => (parent === -1 ? [[k, wnids[k]]] : []))).toEqual(
      sources.tencent.roots.map(([k, wnid]) => [k, wnid]),
    );
  });

  it('holds all of the 1k', () => {
    expect(sources.tencent.in1k).toBe(1000);
    const set = queries.labelSpaces.set('tencent-ml-images');
    expect(Array.from(index.classes1k).every((i) => set.has(i))).toBe(true);
  });
});

describe('every new set', () => {
  it.each([
    'tiered-imagenet',
    'tiered-imagenet-train',
    'tiered-imagenet-val',
    'tiered-imagenet-test',
    'imagenet-100',
    'tencent-ml-images',
    'coco',
  ])('%s states its index order and where it comes from', (name) => {
    const info = catalog.sets.find((entry) => entry.name === name)!;
    expect(info.order).toMatch(/sorted|order/);
    expect(info.source).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{7}: /);
  });
});
