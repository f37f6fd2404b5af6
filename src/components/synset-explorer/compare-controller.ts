/**
 * The explorer's Compare: the card's "compare with…" (then a second pick), or a shift-click on a
 * tree row or a search result, shows the selection and a second synset side by side. The pair
 * lives in the URL (`#/A..B`): this controller moves the address there and back, and the
 * explorer's route handling resolves it and sets {@link CompareController.compared}.
 */
import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { ALL, type LabelSpaceName } from '../../core/label-space-name.js';
import { SynsetCompareCloseEvent, SynsetCompareEvent, SynsetComparePickEvent } from '../events.js';
import '../synset-compare/synset-compare.js';
import { hashFor, type HashOptions } from './hash-route.js';

/** What the controller reads of the explorer, when it needs it. */
export interface CompareView {
  /** The synset shown: the first of a comparison. */
  readonly selected: string;
  /** What a shift-click compares with: the selection, or a pick still being resolved. */
  readonly comparedFrom: string;
  /** The selected synset's label, for the line asking for a second synset. */
  readonly selectedLabel: string;
  /** The label space shown: the comparison's, `1k` under `all`. */
  readonly filter: LabelSpaceName;
  /** The address's options for what is shown (its filter and grouping), kept by the addresses this writes. */
  readonly hashOptions: HashOptions;
  /** Whether the hash names no synset: the comparison gives way to the message. */
  readonly badRoute: boolean;
}

/** The element that has the focus, inside the shadow roots it is in (the card's button, not the card). */
function focusedElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

export class CompareController implements ReactiveController {
  private second = '';
  private pending: { wnid: string; label: string } | null = null;
  /** The control that asked for the comparison ("compare with…"): the focus goes back to it. */
  private opener: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly view: () => CompareView,
  ) {
    host.addController(this);
  }

  /** The second synset of a comparison (`#/A..B`, resolved), or empty. */
  get compared(): string {
    return this.second;
  }

  set compared(wnid: string) {
    if (wnid === this.second) return;
    this.second = wnid;
    this.host.requestUpdate();
  }

  /** After the card's "compare with…": the synset the next pick is compared with. */
  private get comparing(): { wnid: string; label: string } | null {
    return this.pending;
  }

  private set comparing(first: { wnid: string; label: string } | null) {
    if (first === this.pending) return;
    this.pending = first;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.host.addEventListener(SynsetCompareCloseEvent.eventName, this.onCompareClose);
    this.host.addEventListener(SynsetComparePickEvent.eventName, this.onComparePick);
    this.host.addEventListener(SynsetCompareEvent.eventName, this.onCompare);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(SynsetCompareCloseEvent.eventName, this.onCompareClose);
    this.host.removeEventListener(SynsetComparePickEvent.eventName, this.onComparePick);
    this.host.removeEventListener(SynsetCompareEvent.eventName, this.onCompare);
  }

  /**
   * For a pick (a synset selected): the synset it is compared with after "compare with…", else
   * undefined. Either way the line asking for a second synset goes.
   */
  takeFirst(): string | undefined {
    const first = this.comparing?.wnid;
    this.comparing = null;
    return first;
  }

  /** A shift-click on a tree row or a search result: the selection beside it. */
  private readonly onCompare = (event: SynsetCompareEvent): void => {
    this.comparing = null;
    this.opener = null;
    const { comparedFrom, hashOptions } = this.view();
    if (event.wnid !== comparedFrom) location.hash = hashFor(comparedFrom, hashOptions, event.wnid);
  };

  /** "compare with…": the line asking for a second synset takes the focus, so it is read and Escape reaches it. */
  private readonly onComparePick = (event: SynsetComparePickEvent): void => {
    const { selected, selectedLabel } = this.view();
    this.opener = focusedElement();
    this.comparing = { wnid: event.wnid, label: event.wnid === selected ? selectedLabel : event.wnid };
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.compare-prompt')?.focus());
  };

  /** No second synset after all: the focus goes back to what asked for one. */
  private cancel(): void {
    this.comparing = null;
    if (this.opener?.isConnected) this.opener.focus();
  }

  /**
   * The close button goes with the comparison: the focus goes back to what opened it, or else
   * to the card the comparison sat above (its first Tab stop is then the card's first control).
   */
  private readonly onCompareClose = (event: SynsetCompareCloseEvent): void => {
    location.hash = hashFor(event.wnid, this.view().hashOptions);
    const card = this.host.renderRoot.querySelector<HTMLElement>('.card-column');
    (this.opener?.isConnected ? this.opener : card)?.focus();
    this.opener = null;
  };

  private readonly onPromptKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.cancel();
  };

  /** The comparison of the selection with {@link compared}, or the line asking for a second synset. */
  render(): TemplateResult | typeof nothing {
    if (this.comparing) {
      return html`<p class="compare-prompt" role="status" tabindex="-1" @keydown=${this.onPromptKeyDown}>
        Pick a second synset (tree, search or sunburst) to compare with ${this.comparing.label}.
        <button class="text-button" @click=${() => this.cancel()}>Cancel</button>
      </p>`;
    }
    const { selected, filter, badRoute } = this.view();
    if (!this.compared || badRoute) return nothing;
    return html`<section class="compare-column" aria-label="Comparison">
      <synset-compare a=${selected} b=${this.compared} set=${filter === ALL ? '1k' : filter}></synset-compare>
    </section>`;
  }
}
