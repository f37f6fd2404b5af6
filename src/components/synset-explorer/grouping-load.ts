/**
 * The explorer's Groups: a set's grouping from the worker, beside the set's classes (their
 * wnids and names, from the same export the export menu writes), as the views share it.
 */
import { getSynsetClient } from '../../client/client.js';
import type { GroupingSpec, NameStyle } from '../../worker/api.js';
import type { ClassGrouping, GroupedClass } from '../class-grouping.js';

/** With a `signal` aborted meanwhile (another grouping is asked for), it skips reading the classes and throws its reason. */
export async function loadClassGrouping(set: string, spec: GroupingSpec, names: NameStyle, signal?: AbortSignal): Promise<ClassGrouping> {
  const client = getSynsetClient();
  const [grouping, classes] = await Promise.all([client.groupSet(set, spec), client.exportSet(set, { format: 'json', names })]);
  signal?.throwIfAborted();
  return {
    set,
    spec,
    groups: grouping.groups,
    groupOf: grouping.groupOf,
    classes: JSON.parse(classes) as GroupedClass[],
    note: grouping.note,
  };
}
