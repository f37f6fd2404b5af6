/**
 * The sunburst's names in a label language: the drawing's synsets asked of the worker in one
 * call (a shard of the language per English names shard they fall in), each arc then named by
 * its first lemma there, or by its English label where the language has none.
 */
import { getSynsetClient } from '../../client/client.js';
import { isEnglish } from '../../core/language-catalog.js';
import type { SubtreeLayout } from '../../worker/api.js';

/** `layout` with its labels in `lang`; the same layout in English. */
export async function layoutInLanguage(layout: SubtreeLayout, lang: string): Promise<SubtreeLayout> {
  if (isEnglish(lang)) return layout;
  const answers = await getSynsetClient().labelsIn(layout.wnids, lang);
  const labels = answers.map((answer, k) => ('synset' in answer ? answer.synset.label : layout.labels[k]!));
  return { ...layout, labels };
}
