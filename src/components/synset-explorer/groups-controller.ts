/**
 * The explorer's Groups: the Groups control's choice for the label space, and the space's classes
 * grouped that way (from {@link loadClassGrouping}), which colour the sunburst, badge the tree's
 * class rows and are listed with a download of the class→group mapping.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveElement } from 'lit';
import { errorText } from '../error-text.js';
import { ALL, type LabelSpaceName } from '../../core/label-space-name.js';
import type { GroupingSpec, NameStyle } from '../../worker/api.js';
import { specName, type ClassGrouping } from '../class-grouping.js';
import { SynsetGroupingChangeEvent } from '../events.js';
import { loadClassGrouping } from './grouping-load.js';

/** What the controller reads of the explorer, before each of its updates. */
export interface GroupsView {
  /** The label space shown. */
  readonly filter: LabelSpaceName;
  /** How the space's classes are named in the tree. */
  readonly names: NameStyle;
  /** Whether the index is ready. */
  readonly ready: boolean;
}

export class GroupsController implements ReactiveController {
  private chosen: GroupingSpec | null = null;

  /**
   * The label space's classes grouped as {@link spec} asks; none without a spec, under `all`
   * (which is no set), or before the index is ready.
   */
  private readonly grouping: Task<readonly [LabelSpaceName, GroupingSpec | null, NameStyle, boolean], ClassGrouping | undefined>;

  /**
   * @param onPick Called when the Groups control picks another grouping (not when the address
   *   does, through {@link choose}): the explorer moves the address there.
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly view: () => GroupsView,
    private readonly onPick: () => void = () => {},
  ) {
    host.addController(this);
    this.grouping = new Task(host, {
      task: ([set, spec, names, ready], { signal }) =>
        spec && set !== ALL && ready ? loadClassGrouping(set, spec, names, signal) : undefined,
      args: () => {
        const { filter, names, ready } = this.view();
        return [filter, this.spec, names === 'wordnet' ? 'unique' : names, ready] as const;
      },
    });
  }

  /** The Groups control's choice for the label space, or null for none. */
  get spec(): GroupingSpec | null {
    return this.chosen;
  }

  /** The choice as an address names it (`depth-4`), or undefined for none. */
  get param(): string | undefined {
    return this.chosen ? specName(this.chosen) : undefined;
  }

  /** Makes a choice from outside the Groups control (the address); the same grouping again changes nothing. */
  choose(spec: GroupingSpec | null): void {
    if ((spec ? specName(spec) : undefined) === this.param) return;
    this.chosen = spec;
    this.host.requestUpdate();
  }

  /** The grouping the views show: the one asked for, of the space shown. */
  get shown(): ClassGrouping | null {
    const grouping = this.grouping.value;
    return grouping && this.spec === grouping.spec && grouping.set === this.view().filter ? grouping : null;
  }

  /** Whether the grouping asked for is on its way. */
  get busy(): boolean {
    return this.grouping.status === TaskStatus.PENDING;
  }

  /** Why the grouping asked for could not be made, or empty. */
  get error(): string {
    return this.spec && this.grouping.status === TaskStatus.ERROR ? errorText(this.grouping.error) : '';
  }

  hostConnected(): void {
    this.host.addEventListener(SynsetGroupingChangeEvent.eventName, this.onGroupingChange);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(SynsetGroupingChangeEvent.eventName, this.onGroupingChange);
  }

  private readonly onGroupingChange = (event: SynsetGroupingChangeEvent): void => {
    const before = this.param;
    this.choose(event.spec);
    if (this.param !== before) this.onPick();
  };
}
