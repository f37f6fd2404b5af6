/**
 * Upward distances: how many edges up from a synset each of its hypernyms is, by the shortest
 * path (NLTK's `_shortest_hypernym_paths`), breadth first. What path lengths, Wu–Palmer and the
 * names that tell two classes apart ("crane (wading bird)", nearest hypernym first) are made of.
 */
import type { HypernymLists } from './hypernym-lists.js';

/**
 * Each hypernym of i (and i itself, at 0) with its fewest edges up from i, in the order a
 * breadth-first walk reaches them: nearest first, parents in WordNet's order within a level.
 */
export function hypernymDistances(graph: HypernymLists, i: number): Map<number, number> {
  const { parentStart, parents } = graph;
  const distances = new Map<number, number>([[i, 0]]);
  const queue = [i];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const next = distances.get(node)! + 1;
    for (let e = parentStart[node]!; e < parentStart[node + 1]!; e++) {
      const p = parents[e]!;
      if (distances.has(p)) continue;
      distances.set(p, next);
      queue.push(p);
    }
  }
  return distances;
}
