/**
 * The sunburst's names in a label language: the drawing's synsets asked of the worker in one
 * call (a shard of the language per English names shard they fall in), each arc then named by
 * its first lemma there, or by its English label where the language has none.
 */
import { getSynsetClient } from '../../client/client.js';
import { isEnglish } from '../../core/language-catalog.js';
import type { SubtreeLayout } from '../../worker/api.js';

/** A drawing's layout with its names, and the line crediting their source when some are in another language. */
export type NamedLayout = SubtreeLayout & { readonly credit?: string };

/** `layout` with its labels in `lang`; the same layout in English. */
export async function layoutInLanguage(layout: SubtreeLayout, lang: string): Promise<NamedLayout> {
  if (isEnglish(lang)) return layout;
  const answers = await getSynsetClient().labelsIn(layout.wnids, lang);
  const labels = answers.map((answer, k) => ('synset' in answer ? answer.synset.label : layout.labels[k]!));
  const credit = answers.find((answer) => 'synset' in answer && answer.synset.labelLang !== 'en');
  return { ...layout, labels, ...(credit && 'synset' in credit ? { credit: credit.synset.credit ?? undefined } : {}) };
}
