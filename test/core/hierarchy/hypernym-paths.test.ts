import { expect, it } from 'vitest';
import { hypernymPaths } from '../../../src/core/hierarchy/hypernym-paths.js';
import { ROOT_WNID } from '../../../src/core/wnid.js';
import { queries } from '../real-data.js';

it('lists every path from the root down to a synset, each step a hypernym link, the first parent’s first', () => {
  const index = queries.index;
  const root = index.numberOfWnid(ROOT_WNID);
  /** Paths counted by recursion: one per path of each parent. */
  const count = (i: number): number =>
    index.parentsOf(i).length === 0 ? 1 : Array.from(index.parentsOf(i), count).reduce((a, b) => a + b);
  for (let i = 5; i < index.size; i += 331) {
    const paths = hypernymPaths(index, i);
    expect(paths.length).toBe(count(i));
    expect(new Set(paths.map((path) => path.join())).size).toBe(paths.length);
    for (const path of paths) {
      expect(path[0]).toBe(root);
      expect(path.at(-1)).toBe(i);
      for (let k = 1; k < path.length; k++) expect(Array.from(index.parentsOf(path[k]!))).toContain(path[k - 1]);
    }
    // The first path climbs through the first parent.
    if (index.parentsOf(i).length > 0) expect(paths[0]!.at(-2)).toBe(index.parentsOf(i)[0]);
  }
});
