import { describe, expect, it } from 'vitest';
import { groupByCount, groupByDepth } from '../../src/core/groupings.js';
import { groupsBelow, NOT_PLACED, type GroupsBelow } from '../../src/core/groups-below.js';
import { ROOT_WNID } from '../../src/core/wnid.js';
import { readPublishedGrouping } from '../../src/node/groupings.js';
import { queries } from './real-data.js';

const index = queries.index;
const classes1k = Array.from(index.classes1k);
const number = (wnid: string) => index.numberOfWnid(wnid);

/** Row k of the answer as [group, classes] pairs. */
const row = (below: GroupsBelow, k: number) =>
  Array.from({ length: below.offsets[k + 1]! - below.offsets[k]! }, (_, j) => {
    const at = below.offsets[k]! + j;
    return [below.groups[at]!, below.counts[at]!];
  });

/** The 1k's classes grouped by Restricted ImageNet, by 1k index. */
function restrictedImagenet1k(): { groupOf: Int32Array; dog: number } {
  const grouping = readPublishedGrouping(index, 'restricted-imagenet');
  const groupOf = new Int32Array(1000).fill(-1);
  for (const c of grouping.classes) groupOf[c.index1k] = c.group;
  return { groupOf, dog: grouping.groups.find((g) => g.name === 'dog')!.index };
}

describe('groupsBelow', () => {
  const { groupOf, dog } = restrictedImagenet1k();

  it("counts every class at or below a synset, not only those a drawing shows: spaniel's and retriever's classes are all Restricted ImageNet's dogs", () => {
    const below = groupsBelow(index, classes1k, groupOf, ['n02101108', 'n02099029', 'n02084071'].map(number));
    expect(row(below, 0)).toEqual([[dog, queries.row('n02101108', { in: '1k' }).count]]);
    expect(row(below, 0)[0]![1]).toBeGreaterThan(3);
    expect(row(below, 1)).toEqual([[dog, queries.row('n02099029', { in: '1k' }).count]]);
    expect(row(below, 2)).toEqual([[dog, 118]]);
  });

  it("adds up to the tree's count of classes below, and the synset itself when it is a class", () => {
    const wnids = [ROOT_WNID, 'n00002684', 'n01317541', 'n02083346', 'n02110958', 'n09287968'];
    const below = groupsBelow(index, classes1k, groupOf, wnids.map(number));
    wnids.forEach((wnid, k) => {
      const { count, setIndex } = queries.row(wnid, { in: '1k' });
      const total = row(below, k).reduce((sum, [, n]) => sum + n!, 0);
      expect({ wnid, total }).toEqual({ wnid, total: count + (setIndex === null ? 0 : 1) });
    });
    // Entity holds every class: 203 placed in nine groups, the rest in none; the largest first.
    const entity = row(below, 0);
    expect(entity[0]).toEqual([NOT_PLACED, 797]);
    expect(entity).toHaveLength(10);
  });

  it('tells a synset over several groups from one over one: object under 30 groups by count', () => {
    const grouping = groupByCount(index, classes1k, 30);
    const below = groupsBelow(index, classes1k, grouping.groupOf, [number('n00002684')]);
    const groups = row(below, 0);
    expect(groups.length).toBeGreaterThan(20);
    expect(groups.every(([group]) => group! >= 0)).toBe(true);
    expect(groups.reduce((sum, [, n]) => sum + n!, 0)).toBe(958);
  });

  it('counts a class under two parents once for each synset, as a depth grouping places it once', () => {
    const grouping = groupByDepth(index, classes1k, 4);
    const both = groupsBelow(index, classes1k, grouping.groupOf, [number(ROOT_WNID), number(ROOT_WNID)]);
    expect(row(both, 0)).toEqual(row(both, 1));
    expect(row(both, 0).reduce((sum, [, n]) => sum + n!, 0)).toBe(1000);
    expect(row(both, 0).map(([, n]) => n)).toEqual(
      [...grouping.groups.map((g) => g.size)].filter((size) => size > 0).sort((a, b) => b - a),
    );
  });
});
