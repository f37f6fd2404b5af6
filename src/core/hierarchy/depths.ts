/**
 * NLTK's `min_depth()` and `max_depth()` of every synset: edges on its shortest and its longest
 * path from the root. Found on demand and remembered: a query touches a few dozen synsets, and
 * a synset's depths need only its ancestors'.
 */
import type { HypernymLists } from './hypernym-lists.js';

/** No noun is this deep (the deepest is 19): the mark of a depth not found yet. */
const UNKNOWN_DEPTH = 255;

export class Depths {
  private readonly minDepths: Uint8Array;
  private readonly maxDepths: Uint8Array;

  constructor(private readonly graph: HypernymLists) {
    this.minDepths = new Uint8Array(graph.size).fill(UNKNOWN_DEPTH);
    this.maxDepths = new Uint8Array(graph.size).fill(UNKNOWN_DEPTH);
  }

  /** NLTK's `min_depth()`: edges on the shortest path from the root. */
  minDepth(i: number): number {
    this.find(i);
    return this.minDepths[i]!;
  }

  /** NLTK's `max_depth()`: edges on the longest path from the root. */
  maxDepth(i: number): number {
    this.find(i);
    return this.maxDepths[i]!;
  }

  /** Depths of i and its ancestors, parents before children: an iterative post-order over the hypernyms. */
  private find(i: number): void {
    if (this.minDepths[i] !== UNKNOWN_DEPTH) return;
    const { parentStart, parents } = this.graph;
    const stack = [i];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (this.minDepths[top] !== UNKNOWN_DEPTH) {
        stack.pop();
        continue;
      }
      let ready = true;
      let min = parentStart[top] === parentStart[top + 1] ? 0 : UNKNOWN_DEPTH;
      let max = 0;
      for (let e = parentStart[top]!; e < parentStart[top + 1]!; e++) {
        const p = parents[e]!;
        if (this.minDepths[p] === UNKNOWN_DEPTH) {
          stack.push(p);
          ready = false;
        } else {
          min = Math.min(min, this.minDepths[p]! + 1);
          max = Math.max(max, this.maxDepths[p]! + 1);
        }
      }
      if (!ready) continue;
      this.minDepths[top] = min;
      this.maxDepths[top] = max;
      stack.pop();
    }
  }
}
