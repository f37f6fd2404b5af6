/**
 * The sunburst's centre: the selection, or, when nothing lies below it under the filter, its
 * parent, with the selection outlined: a lone disc would say little.
 */
import { getSynsetClient } from '../../client/client.js';
import type { Membership } from '../../core/membership.js';

export async function sunburstCentre(wnid: string, filter: Membership): Promise<string> {
  const client = getSynsetClient();
  if ((await client.row(wnid, { in: filter })).childCount > 0) return wnid;
  const [firstPath] = await client.ancestors(wnid);
  return firstPath?.[firstPath.length - 2] ?? wnid;
}
