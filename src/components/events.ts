/**
 * Every event the synset components fire. Each is an `Event` subclass with a static
 * `eventName`, so a listener can write `el.addEventListener(SynsetSelectEvent.eventName, …)`
 * and get a typed event; all bubble and are composed, so they cross shadow roots and reach the
 * page.
 */
import type { AddedLabelList, GroupingSpec, NameStyle, RunOrder } from '../worker/api.js';
import type { LabelSpaceName } from '../core/label-space-name.js';

/**
 * A synset was chosen: a search result picked, a tree row activated, a path step or a child
 * link clicked, a sunburst arc clicked. Cancelable: components that would otherwise follow a
 * link let a listener that calls `preventDefault()` take over.
 */
export class SynsetSelectEvent extends Event {
  static readonly eventName = 'synset-select';

  constructor(readonly detail: { readonly wnid: string }) {
    super(SynsetSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }

  /** The selected synset's wnid (`n02084071`). */
  get wnid(): string {
    return this.detail.wnid;
  }
}

/**
 * A component changed which synsets it shows (the tree's "show all nouns" button, the
 * label-space picker). `detail.filter` is the new label space: `all` or a label set's name.
 */
export class SynsetFilterChangeEvent extends Event {
  static readonly eventName = 'synset-filter-change';

  constructor(readonly detail: { readonly filter: LabelSpaceName }) {
    super(SynsetFilterChangeEvent.eventName, { bubbles: true, composed: true });
  }

  /** The label space now shown: `all`, or a label set (`21k`, `1k`, `imagenet-r`, `list:1f2e3d4c5b6a`…). */
  get filter(): LabelSpaceName {
    return this.detail.filter;
  }
}

/** The label-space picker's names toggle changed how the classes of a set are named. */
export class SynsetNamesChangeEvent extends Event {
  static readonly eventName = 'synset-names-change';

  constructor(readonly detail: { readonly names: NameStyle }) {
    super(SynsetNamesChangeEvent.eventName, { bubbles: true, composed: true });
  }

  /** The style now used: `wordnet`, `unique`, `simple`, `torchvision` or `clip`. */
  get names(): NameStyle {
    return this.detail.names;
  }
}

/**
 * A custom class list was read and kept in this browser (the "your list…" dialog). `detail`
 * holds its summary (`set.name` is `list:` and a hash of its text) and the lines that named no class.
 */
export class SynsetListAddEvent extends Event {
  static readonly eventName = 'synset-list-add';

  constructor(readonly detail: AddedLabelList) {
    super(SynsetListAddEvent.eventName, { bubbles: true, composed: true });
  }

  /** The new list's name (`list:1f2e3d4c5b6a`). */
  get set(): string {
    return this.detail.set.name;
  }
}

/**
 * A custom class list was forgotten in this browser (the picker's "Forget list"). `detail.set` is
 * its name. Cancelable: the picker then shows "all nouns", unless a listener that calls
 * `preventDefault()` picks the space to show instead (the explorer goes back to its default).
 */
export class SynsetListRemoveEvent extends Event {
  static readonly eventName = 'synset-list-remove';

  constructor(readonly detail: { set: string }) {
    super(SynsetListRemoveEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }

  /** The forgotten list's name (`list:1f2e3d4c5b6a`). */
  get set(): string {
    return this.detail.set;
  }
}

/**
 * Compare the selection with another synset: a shift-click on a tree row or a search result.
 * `detail.wnid` is the second synset; the explorer shows the pair as `#/A..B`.
 */
export class SynsetCompareEvent extends Event {
  static readonly eventName = 'synset-compare';

  constructor(readonly detail: { readonly wnid: string }) {
    super(SynsetCompareEvent.eventName, { bubbles: true, composed: true });
  }

  /** The second synset's wnid. */
  get wnid(): string {
    return this.detail.wnid;
  }
}

/**
 * The card's "compare with…" button: the next synset picked (tree, search, sunburst, a link)
 * is compared with `detail.wnid`.
 */
export class SynsetComparePickEvent extends Event {
  static readonly eventName = 'synset-compare-pick';

  constructor(readonly detail: { readonly wnid: string }) {
    super(SynsetComparePickEvent.eventName, { bubbles: true, composed: true });
  }

  /** The first synset of the pair to come. */
  get wnid(): string {
    return this.detail.wnid;
  }
}

/** A comparison was closed (its close button): `detail.wnid`, the first synset, stays selected. */
export class SynsetCompareCloseEvent extends Event {
  static readonly eventName = 'synset-compare-close';

  constructor(readonly detail: { readonly wnid: string }) {
    super(SynsetCompareCloseEvent.eventName, { bubbles: true, composed: true });
  }

  /** The synset that stays selected. */
  get wnid(): string {
    return this.detail.wnid;
  }
}

/**
 * The groups control chose how the label space's classes are grouped: `detail.spec` is a
 * `client.groupSet` spec (by depth, by count, or a published grouping), or null for none.
 */
export class SynsetGroupingChangeEvent extends Event {
  static readonly eventName = 'synset-grouping-change';

  constructor(readonly detail: { readonly spec: GroupingSpec | null }) {
    super(SynsetGroupingChangeEvent.eventName, { bubbles: true, composed: true });
  }

  /** The grouping asked for, or null for none. */
  get spec(): GroupingSpec | null {
    return this.detail.spec;
  }
}

/**
 * The pointer is over one group's part of a view (a legend entry, a sunburst arc or band
 * stretch of one group), or left it (`detail.group` null): the explorer brings that group
 * forward in the other views, so a colour that two groups share past the palette still says
 * which one it is.
 */
export class SynsetGroupHoverEvent extends Event {
  static readonly eventName = 'synset-group-hover';

  constructor(readonly detail: { readonly group: number | null }) {
    super(SynsetGroupHoverEvent.eventName, { bubbles: true, composed: true });
  }

  /** The group's index in the grouping shown, or null for none. */
  get group(): number | null {
    return this.detail.group;
  }
}

/**
 * A model's file was chosen or dropped to be scored ("Your model"): `detail.file`, and the order
 * its rows are in when it names no images.
 */
export class SynsetRunFileEvent extends Event {
  static readonly eventName = 'synset-run-file';

  constructor(readonly detail: { readonly file: File; readonly order: RunOrder }) {
    super(SynsetRunFileEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * "Your model" changed what is shown: the run (`detail.run`, a run's id, or null for none), the
 * baseline it is compared with (null for none), whether children sort worst first, and whether
 * the tree shows the known label issues (ReaL's agreement, lowest first).
 */
export class SynsetRunChangeEvent extends Event {
  static readonly eventName = 'synset-run-change';

  constructor(
    readonly detail: {
      readonly run: string | null;
      readonly baseline: string | null;
      readonly worstFirst: boolean;
      readonly labelIssues: boolean;
    },
  ) {
    super(SynsetRunChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** "Your model" forgot a run kept in this browser: `detail.run` is its id. */
export class SynsetRunRemoveEvent extends Event {
  static readonly eventName = 'synset-run-remove';

  constructor(readonly detail: { readonly run: string }) {
    super(SynsetRunRemoveEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * For components whose links carry `#/wnid` (so "open in new tab" works in the explorer): a
 * plain click on such a link fires {@link SynsetSelectEvent} from `host` instead of following
 * it; a click with a modifier key, or another button, is left to the browser. The link names
 * its synset in `data-wnid`.
 */
export function selectOnLinkClick(host: HTMLElement, event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element).closest<HTMLElement>('a[data-wnid]');
  const wnid = link?.dataset['wnid'];
  if (!wnid) return;
  event.preventDefault();
  host.dispatchEvent(new SynsetSelectEvent({ wnid }));
}

declare global {
  interface HTMLElementEventMap {
    [SynsetSelectEvent.eventName]: SynsetSelectEvent;
    [SynsetFilterChangeEvent.eventName]: SynsetFilterChangeEvent;
    [SynsetNamesChangeEvent.eventName]: SynsetNamesChangeEvent;
    [SynsetListAddEvent.eventName]: SynsetListAddEvent;
    [SynsetListRemoveEvent.eventName]: SynsetListRemoveEvent;
    [SynsetCompareEvent.eventName]: SynsetCompareEvent;
    [SynsetComparePickEvent.eventName]: SynsetComparePickEvent;
    [SynsetCompareCloseEvent.eventName]: SynsetCompareCloseEvent;
    [SynsetGroupingChangeEvent.eventName]: SynsetGroupingChangeEvent;
    [SynsetGroupHoverEvent.eventName]: SynsetGroupHoverEvent;
    [SynsetRunFileEvent.eventName]: SynsetRunFileEvent;
    [SynsetRunChangeEvent.eventName]: SynsetRunChangeEvent;
    [SynsetRunRemoveEvent.eventName]: SynsetRunRemoveEvent;
  }
}
