/** Every hypernym path of a synset, as NLTK's `hypernym_paths()` lists them. */
import type { HypernymLists } from './hypernym-lists.js';

/**
 * Every path from the root down to i, in NLTK's order (the first parent's paths first). One
 * shared path climbs, with a cursor per level for the next parent to try; a copy is made only
 * when the path reaches the root.
 */
export function hypernymPaths(graph: HypernymLists, i: number): number[][] {
  const { parentStart, parents } = graph;
  const paths: number[][] = [];
  const path = [i];
  const next = [parentStart[i]!];
  while (path.length > 0) {
    const top = path.length - 1;
    const node = path[top]!;
    if (parentStart[node] === parentStart[node + 1]) paths.push(path.slice().reverse());
    if (next[top]! < parentStart[node + 1]!) {
      const parent = parents[next[top]!++]!;
      path.push(parent);
      next.push(parentStart[parent]!);
    } else {
      path.pop();
      next.pop();
    }
  }
  return paths;
}
