/**
 * Names for the synsets a run or a class's known issues mention: a 1k class by its unique name
 * (`sunglass`, `maillot (swimsuit)`), any other synset (an LCA, an ancestor) by its first lemma.
 */
import { getSynsetClient } from '../client/client.js';
import { classNamesByWnid } from './class-names.js';

/** Labels by wnid; a wnid whose name cannot be had is named by itself. */
export async function labelsOf(wnids: Iterable<string>): Promise<ReadonlyMap<string, string>> {
  const classes = await classNamesByWnid('1k', 'unique')!;
  const labels = new Map<string, string>();
  await Promise.all(
    [...new Set(wnids)].map(async (wnid) => {
      const known = classes.get(wnid);
      labels.set(
        wnid,
        known ??
          (await getSynsetClient()
            .nameBatched(wnid)
            .then(
              (name) => name.label,
              () => wnid,
            )),
      );
    }),
  );
  return labels;
}
