import { expect, it } from 'vitest';
import { hypernymDistances } from '../../../src/core/hierarchy/hypernym-distances.js';
import { hypernymPaths } from '../../../src/core/hierarchy/hypernym-paths.js';
import { queries } from '../real-data.js';

it('gives each hypernym its fewest edges up, nearest first', () => {
  const index = queries.index;
  for (let i = 3; i < index.size; i += 409) {
    const distances = hypernymDistances(index, i);
    const fewest = new Map<number, number>();
    for (const path of hypernymPaths(index, i))
      path.forEach((synset, k) => fewest.set(synset, Math.min(fewest.get(synset) ?? Infinity, path.length - 1 - k)));
    expect(distances).toEqual(fewest);
    const order = [...distances.values()];
    expect(order).toEqual([...order].sort((a, b) => a - b));
  }
});
