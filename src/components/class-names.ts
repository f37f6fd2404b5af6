/**
 * The names toggle outside the tree: a label space's class names in a style, by wnid, for the
 * views that show one synset or a few (the card's title, search results). Asked of the worker
 * once per set and style for the page (the set's records, as the export menu writes them); a
 * failed answer is forgotten, so the next call asks again.
 */
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { getSynsetClient } from '../client/client.js';
import { ALL, type LabelSpaceName } from '../core/label-space-name.js';
import { RememberedLoads } from '../core/remembered-load.js';
import type { NameStyle } from '../worker/api.js';
import { RerunFailedTask } from './rerun-failed-task.js';
import { whenDataLoadsAgain } from './when-data-loads-again.js';

const asked = new RememberedLoads<string, ReadonlyMap<string, string>>();

/** The set's class names by wnid, or null when synsets keep their first lemma (no set, `all`, or the `wordnet` style). */
export function classNamesByWnid(set: LabelSpaceName, style: NameStyle): Promise<ReadonlyMap<string, string>> | null {
  if (!set || set === ALL || style === 'wordnet') return null;
  return asked.get(`${style} ${set}`, async () => {
    const records = JSON.parse(await getSynsetClient().exportSet(set, { format: 'json', names: style })) as {
      wnid: string;
      label: string;
    }[];
    // A custom list's hole names no synset: nothing to name.
    return new Map(records.filter((record) => record.wnid).map((record) => [record.wnid, record.label]));
  });
}

/**
 * An element's class names: those of the label space and style it wants (asked again when
 * either changes, and when data loads again after a failure), read by wnid.
 */
export class ClassNames {
  private readonly names: Task<
    readonly [LabelSpaceName, NameStyle],
    { set: string; style: NameStyle; names: ReadonlyMap<string, string> | null }
  >;

  constructor(
    host: ReactiveControllerHost,
    private readonly wanted: () => readonly [LabelSpaceName, NameStyle],
  ) {
    this.names = new Task(host, {
      task: async ([set, style]) => ({ set, style, names: await classNamesByWnid(set, style) }),
      args: wanted,
    });
    new RerunFailedTask(host, this.names, whenDataLoadsAgain);
  }

  /** A synset's class name in the wanted style, once that space's names in that style are in; undefined otherwise. */
  nameOf(wnid: string): string | undefined {
    const known = this.names.value;
    const [set, style] = this.wanted();
    return known && known.set === set && known.style === style ? known.names?.get(wnid) : undefined;
  }
}
