/** What the search box asks the worker, and the answer it keeps with the question it answers. */
import type { LabelSpaceName } from '../../core/label-space-name.js';
import type { SearchHit } from '../../worker/api.js';

/** What the box asks the worker: the text typed (trimmed), the label space it searches in, the limit, the language ('' for English). */
export type Question = readonly [text: string, filter: LabelSpaceName, limit: number, lang: string];

/** The worker's answer, with the question it answers: results on show may answer an earlier text. */
export interface Answer {
  readonly question: Question;
  readonly hits: SearchHit[];
  /** When nothing matched a text that reads as an id: why it names no synset. */
  readonly why?: string | undefined;
}

export function sameQuestion(a: Question, b: Question): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}
