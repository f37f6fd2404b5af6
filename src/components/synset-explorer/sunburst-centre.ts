/**
 * The sunburst's centre: the selection, or, when nothing lies below it under the filter, its
 * parent, with the selection outlined: a lone disc would say little.
 */
import { getSynsetClient } from '../../client/client.js';
import type { LabelSpaceName } from '../../core/label-space-name.js';

/** With a `signal` aborted meanwhile (another synset is selected), it asks no further and throws its reason. */
export async function sunburstCentre(wnid: string, filter: LabelSpaceName, signal?: AbortSignal): Promise<string> {
  const client = getSynsetClient();
  if ((await client.row(wnid, { in: filter })).childCount > 0) return wnid;
  signal?.throwIfAborted();
  return (await client.firstParent(wnid)) ?? wnid;
}
