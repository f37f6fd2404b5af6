import { expect, test } from 'vitest';
import {
  groupColour,
  groupOfClass,
  groupNames,
  groupRows,
  placedCount,
  specName,
  specOfName,
  writeGroupRows,
  type ClassGrouping,
} from '../../src/components/class-grouping.js';
import { PUBLISHED_GROUPINGS } from '../../src/core/groupings-published.js';

const grouping: ClassGrouping = {
  set: 'tiny',
  spec: { by: 'published', name: 'restricted-imagenet' },
  groups: [
    { index: 0, name: 'dog', wnid: null, size: 2 },
    { index: 1, name: 'big, "cat"', wnid: 'n02120997', size: 1 },
  ],
  groupOf: Int32Array.from([0, -1, 0, 1]),
  classes: [
    { index: 0, wnid: 'n1', label: 'pug' },
    { index: 1, wnid: 'n2', label: 'tench' },
    { index: 2, wnid: 'n3', label: 'boxer' },
    { index: 3, wnid: 'n4', label: 'tiger' },
  ],
  note: null,
};

test('a class row finds its group; a class not placed and a synset of no class find none', () => {
  expect(groupOfClass(grouping, 2)).toEqual({ index: 0, name: 'dog' });
  expect(groupOfClass(grouping, 1)).toBeNull();
  expect(groupOfClass(grouping, null)).toBeNull();
  expect(placedCount(grouping)).toBe(3);
});

test('each class, placed or not, is a row of the mapping', () => {
  expect(groupRows(grouping)).toEqual([
    { index: 0, wnid: 'n1', label: 'pug', group: 0, groupLabel: 'dog' },
    { index: 1, wnid: 'n2', label: 'tench', group: null, groupLabel: null },
    { index: 2, wnid: 'n3', label: 'boxer', group: 0, groupLabel: 'dog' },
    { index: 3, wnid: 'n4', label: 'tiger', group: 1, groupLabel: 'big, "cat"' },
  ]);
});

test('csv quotes what needs it and leaves a class not placed empty; tsv has a header', () => {
  const csv = writeGroupRows(groupRows(grouping), 'csv').split('\n');
  expect(csv[0]).toBe('index,wnid,label,group,groupLabel');
  expect(csv[2]).toBe('1,n2,tench,,');
  expect(csv[4]).toBe('3,n4,tiger,1,"big, ""cat"""');
  expect(writeGroupRows(groupRows(grouping), 'tsv').split('\n')[1]).toBe('0\tn1\tpug\t0\tdog');
});

test('json and jsonl carry the same records', () => {
  const rows = groupRows(grouping);
  expect(JSON.parse(writeGroupRows(rows, 'json'))).toEqual(rows);
  const lines = writeGroupRows(rows, 'jsonl').trimEnd().split('\n');
  expect(lines.map((line) => JSON.parse(line))).toEqual(rows);
});

test('colours identify groups up to the palette, then come round again', () => {
  expect(groupColour(0)).not.toBe(groupColour(1));
  expect(groupColour(12)).toBe(groupColour(0));
});

test('a BREEDS group with no WordNet synset is shown by its first classes and its id; other names stay', () => {
  const breeds: ClassGrouping = {
    ...grouping,
    spec: { by: 'published', name: 'breeds-entity13' },
    groups: [
      { index: 0, name: 'dummy32', wnid: null, size: 4 },
      { index: 1, name: 'big cat', wnid: 'n02120997', size: 0 },
    ],
    groupOf: Int32Array.from([0, 0, 0, 0]),
  };
  expect(groupNames(breeds)).toEqual(['pug, tench, boxer… (dummy32)', 'big cat']);
  expect(groupOfClass(breeds, 3)).toEqual({ index: 0, name: 'pug, tench, boxer… (dummy32)' });
  // The file keeps the grouping's own names, as the CLI writes them.
  expect(groupRows(breeds)[0]!.groupLabel).toBe('dummy32');
  // Restricted ImageNet's groups have no synset either, but names of their own.
  expect(groupNames(grouping)).toEqual(['dog', 'big, "cat"']);
});

test('a grouping names a file', () => {
  expect(specName({ by: 'depth', depth: 4 })).toBe('depth-4');
  expect(specName({ by: 'count', count: 10 })).toBe('count-10');
  expect(specName({ by: 'published', name: 'breeds-living17', split: 'source' })).toBe('breeds-living17-source');
});

test('a short name reads back as its grouping; anything else is none', () => {
  const specs = [
    { by: 'depth', depth: 1 },
    { by: 'depth', depth: 19 },
    { by: 'count', count: 10_000 },
    ...PUBLISHED_GROUPINGS.map((name) => ({ by: 'published' as const, name })),
    { by: 'published', name: 'breeds-living17', split: 'target' },
  ] as const;
  for (const spec of specs) expect(specOfName(specName(spec))).toEqual(spec);
  for (const text of [
    'depth-0',
    'depth-20',
    'count-0',
    'count-10001',
    'depth-4.5',
    'depth-',
    'Depth-4',
    'imagenet-q',
    'breeds-living17-other',
    '',
    'depth-4 ',
  ])
    expect(specOfName(text), text).toBeNull();
});
