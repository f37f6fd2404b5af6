import { expect, it } from 'vitest';
import { Depths } from '../../../src/core/hierarchy/depths.js';
import { hypernymPaths } from '../../../src/core/hierarchy/hypernym-paths.js';
import { queries } from '../real-data.js';

it('gives the shortest and the longest hypernym path of a synset, in edges', () => {
  const index = queries.index;
  const depths = new Depths(index);
  for (let i = 0; i < index.size; i += 97) {
    const lengths = hypernymPaths(index, i).map((path) => path.length - 1);
    expect([depths.minDepth(i), depths.maxDepth(i)], index.wnidOf(i)).toEqual([Math.min(...lengths), Math.max(...lengths)]);
  }
  expect(depths.maxDepth(index.numberOfWnid('n00001740'))).toBe(0);
});
