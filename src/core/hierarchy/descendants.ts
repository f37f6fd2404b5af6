/** The descendants of a synset: every synset below it by any path, each once. */
import type { MemberFilter } from '../label-space-name.js';
import type { ChildLists } from './hypernym-lists.js';
import type { VisitMarks } from './visit-marks.js';

/** Distinct descendants of i in a label space (never i itself), ascending: in wnid order. */
export function descendantsOf(graph: ChildLists, i: number, filter: MemberFilter, marks: VisitMarks): Uint32Array {
  const { childStart, childList } = graph;
  const found: number[] = [];
  const stack = [i];
  marks.begin();
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (let e = childStart[node]!; e < childStart[node + 1]!; e++) {
      const c = childList[e]!;
      if (!marks.visit(c)) continue;
      stack.push(c);
      if (!filter.restricts || filter.has(c)) found.push(c);
    }
  }
  return Uint32Array.from(found).sort();
}
