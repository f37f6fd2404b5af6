/**
 * `labelsIn`: synsets' words in a label language, each from the English names shard of its
 * wnid and one shard of the language (the whole index only for ids of other forms).
 */
import { creditOf, ENGLISH } from '../core/language-catalog.js';
import { offsetOfWnid } from '../core/wnid.js';
import type { LabelInOutcome, SynsetLabelIn } from './api.js';
import type { ProgressiveIndex } from './progressive-index.js';

export async function labelsIn(progressive: ProgressiveIndex, ids: readonly string[], lang: string): Promise<LabelInOutcome[]> {
  const names = await progressive.names(ids);
  const entry = await progressive.languageParts.entry(typeof lang === 'string' ? lang : undefined);
  return Promise.all(
    names.map(async (outcome): Promise<LabelInOutcome> => {
      if ('error' in outcome) return outcome;
      const { wnid, name, label } = outcome.synset;
      const words = entry ? await progressive.languageParts.wordsOf(entry, offsetOfWnid(wnid)!) : undefined;
      const synset: SynsetLabelIn = {
        wnid,
        name,
        englishLabel: label,
        label: words?.lemmas[0] ?? label,
        labelLang: words ? entry!.info.code : ENGLISH,
        lemmas: words?.lemmas ?? [],
        definition: words?.definition || null,
        credit: words ? creditOf(entry!.info) : null,
        dir: words ? entry!.info.dir : 'ltr',
      };
      return { id: outcome.id, synset };
    }),
  );
}
