/**
 * The names of a label space's classes in a style, for the tree's rows: asked of the worker once
 * per set and style for the page, then read by class index (`row.setIndex`). WordNet's style
 * needs no list: it is the row's own lemma.
 */
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { getSynsetClient } from '../../client/client.js';
import type { NameStyle, SynsetRow } from '../../worker/api.js';
import { ALL, type LabelSpaceName } from '../../core/label-space-name.js';
import { RememberedLoads } from '../../core/remembered-load.js';
import { indexedSet } from '../indexed-set.js';
import { SpaceCaptionController } from '../space-caption.js';
import { RerunFailedTask } from '../rerun-failed-task.js';
import { whenDataLoadsAgain } from '../when-data-loads-again.js';
import type { RowView } from './tree-row.js';

const asked = new RememberedLoads<string, readonly string[]>();

/**
 * The set's class names in index order, or null when rows keep their lemma (`all`, or the
 * `wordnet` style). A failed answer is forgotten, so the next call asks again.
 */
export function classLabelsOnce(set: LabelSpaceName, style: NameStyle): Promise<readonly string[]> | null {
  if (set === ALL || style === 'wordnet') return null;
  return asked.get(`${style} ${set}`, () => getSynsetClient().classLabels(set, style));
}

/** A row's label: its class's name in `labels` when it is a member, else its lemma. */
export function rowLabel(row: SynsetRow, labels: readonly string[] | null | undefined): string {
  return (row.setIndex !== null && labels?.[row.setIndex]) || row.lemma;
}

/**
 * The tree's {@link RowView} for its filter and name style: the class names come from the worker
 * (once per set and style); until they do, and under `all` or `wordnet`, rows show their lemmas.
 */
export class RowViewController {
  private readonly labels: Task<
    readonly [LabelSpaceName, NameStyle],
    { set: LabelSpaceName; style: NameStyle; labels: readonly string[] | null }
  >;
  private readonly captions: SpaceCaptionController;

  constructor(
    host: ReactiveControllerHost,
    private readonly args: () => readonly [set: LabelSpaceName, style: NameStyle],
  ) {
    this.labels = new Task(host, {
      task: async ([set, style]) => ({ set, style, labels: await classLabelsOnce(set, style) }),
      args,
    });
    new RerunFailedTask(host, this.labels, whenDataLoadsAgain);
    this.captions = new SpaceCaptionController(host);
  }

  /** The filter as people call it: a custom list by its description. */
  get caption(): string {
    return this.captions.caption(this.args()[0]);
  }

  get view(): RowView {
    const [set, style] = this.args();
    const named = this.labels.value;
    // Names of the set and style before: their indices are another set's.
    const labels = named && named.set === set && named.style === style ? named.labels : null;
    const indexed = indexedSet(set);
    return { set: indexed === null ? null : this.captions.caption(indexed), label: (row) => rowLabel(row, labels) };
  }
}
