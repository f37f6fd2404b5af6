/**
 * The ancestor closure: a synset and every hypernym above it, each once however many hypernym
 * paths lead there (WordNet's nouns form a DAG). Every walk up the hierarchy that needs each
 * ancestor once goes through {@link climb}; one that needs distances is `hypernym-distances.ts`.
 */
import type { HypernymLists } from './hypernym-lists.js';
import type { VisitMarks } from './visit-marks.js';

/**
 * Visits `starts` and every hypernym above them, each once, depth first, parents in order,
 * marking each in `marks` (a new walk of them). `enter` sees each synset as it is reached;
 * when it returns false the walk does not climb above that synset.
 */
export function climb(
  graph: HypernymLists,
  starts: number | ArrayLike<number>,
  marks: VisitMarks,
  enter?: (synset: number) => boolean | void,
): void {
  const { parentStart, parents } = graph;
  const stack: number[] = [];
  const reach = (i: number): void => {
    if (marks.visit(i) && enter?.(i) !== false) stack.push(i);
  };
  marks.begin();
  if (typeof starts === 'number') reach(starts);
  else for (let k = 0; k < starts.length; k++) reach(starts[k]!);
  while (stack.length > 0) {
    const i = stack.pop()!;
    for (let e = parentStart[i]!; e < parentStart[i + 1]!; e++) reach(parents[e]!);
  }
}

/** Synset i and every hypernym above it. */
export function ancestorSet(graph: HypernymLists, i: number, marks: VisitMarks): Set<number> {
  const found = new Set<number>();
  climb(graph, i, marks, (synset) => void found.add(synset));
  return found;
}
