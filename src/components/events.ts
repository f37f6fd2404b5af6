/**
 * Every event the synset components fire. Each is an `Event` subclass with a static
 * `eventName`, so a listener can write `el.addEventListener(SynsetSelectEvent.eventName, …)`
 * and get a typed event; all bubble and are composed, so they cross shadow roots and reach the
 * page.
 */
import type { AddedLabelList, NameStyle } from '../worker/api.js';
import type { Membership } from '../core/membership.js';

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
 * label-space picker). `detail.filter` is the new membership: `all` or a label set's name.
 */
export class SynsetFilterChangeEvent extends Event {
  static readonly eventName = 'synset-filter-change';

  constructor(readonly detail: { readonly filter: Membership }) {
    super(SynsetFilterChangeEvent.eventName, { bubbles: true, composed: true });
  }

  /** The membership now shown: `all`, or a label set (`21k`, `1k`, `imagenet-r`, `list:1f2e3d4c5b6a`…). */
  get filter(): Membership {
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
  }
}
