/** Whether one synset is another or lies below it by any hypernym path. */
import { climb } from './ancestors.js';
import type { HypernymLists } from './hypernym-lists.js';
import type { VisitMarks } from './visit-marks.js';

/** Whether `ancestor` is i or one of its hypernyms (the walk climbs no higher than `ancestor`). */
export function isA(graph: HypernymLists, i: number, ancestor: number, marks: VisitMarks): boolean {
  if (i === ancestor) return true;
  climb(graph, i, marks, (synset) => synset !== ancestor);
  return marks.has(ancestor);
}
