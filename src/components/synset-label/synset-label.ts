import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { getSynsetClient } from '../../client/client.js';
import type { SynsetLabelIn, SynsetName } from '../../worker/api.js';
import { isEnglish } from '../../core/language-catalog.js';
import { pageLanguage } from '../page-language.js';
import { errorText } from '../error-text.js';
import { RerunFailedTask } from '../rerun-failed-task.js';
import { whenDataLoadsAgain } from '../when-data-loads-again.js';
import { synsetLabelStyles } from './synset-label.styles.js';

/**
 * A synset named inline in prose: its first lemma, with its gloss in a small tooltip on hover
 * or keyboard focus (Escape hides it). Cheap enough for a thousand on a page, and light for a
 * page of a few: the names come through `client.nameBatched` (a few worker round trips for all
 * of them, each wnid needing only its small names part of the data, not the whole index), the
 * definition through `client.definitionBatched` (one gloss part) only when the tooltip opens,
 * and the shadow DOM is one element until then.
 *
 * Its own text is what it shows until the name arrives, and what readers without JavaScript
 * see: `<synset-label wnid="n01440764">tench</synset-label>` reads "tench" before the element
 * is defined (an undefined element is inline text), while the name loads (slotted into the
 * label, so it has the label's font and box and the line does not move), and if the id does
 * not resolve (the error is then in the title). Without text of its own it shows the wnid
 * until the name arrives.
 *
 * With `href`, the label is a link to the explorer at that address: the link is `href` with its
 * hash replaced by `#/wnid` (`href="/explorer/"` → `/explorer/#/n02084071`). Only web
 * addresses link: `http:`, `https:`, or relative (a path, `?query`, `#`). Any other scheme
 * (`javascript:`, `data:`, `mailto:`...), or an address that does not parse, leaves the label
 * focusable text, as it is without `href`: an `href` may come from text a page does not control.
 *
 * With `lang` (or, without it, the language of the page: the nearest `lang` attribute, else
 * `<html lang>`), the label is the synset's first lemma in that language where the language has
 * one (`lang="zh"`: 狗), else its English one, marked `lang="en"`; the tooltip gives the English
 * name beside it and credits the words' source. Only that language's small part is fetched. Right-
 * to-left scripts (Arabic, Hebrew, Persian) are isolated with `dir="auto"`, so the label reads
 * correctly inside a left-to-right sentence and the other way round.
 *
 * @slot - The author's text for the synset, shown until its name arrives or if it does not resolve.
 * @csspart label - The link or the text.
 * @csspart tooltip - The gloss popup.
 * @cssproperty --synset-label-tooltip-width - Most width of the tooltip (default 22rem).
 */
@customElement('synset-label')
export class SynsetLabel extends LitElement {
  static override styles = synsetLabelStyles;

  /** The synset (a wnid, or any id form the index reads: `207`, `dog.n.01`). */
  @property({ reflect: true }) wnid = '';

  /** The label's language (`zh`, `fr`, `ar`..., a code of `synset languages`; one the data has not is English); unset, the page's `lang`. */
  @property({ attribute: 'lang' }) language = '';

  /** Address of the explorer, http(s) or relative: the label links to `href` + `#/wnid` (any other address: no link). */
  @property() href = '';

  @state() private tooltipOpen = false;
  /** The tooltip has opened once: from then on the definition is kept. */
  @state() private explained = false;
  /** The element has text of its own to show in place of the name until the name arrives. */
  @state() private authored = false;

  /** The name; none without a wnid. */
  private readonly synset = new Task(this, {
    task: ([wnid, lang]): Promise<SynsetName | SynsetLabelIn> | undefined =>
      !wnid ? undefined : isEnglish(lang) ? getSynsetClient().nameBatched(wnid) : getSynsetClient().labelInBatched(wnid, lang),
    args: () => [this.wnid, this.language || pageLanguage(this)] as const,
  });

  /** The definition, asked for the first time the tooltip opens. */
  private readonly definition = new Task(this, {
    task: async ([wnid]) => (wnid ? (await getSynsetClient().definitionBatched(wnid)).gloss : undefined),
    args: () => [this.explained ? this.synset.value?.wnid : undefined],
  });

  constructor() {
    super();
    new RerunFailedTask(this, this.synset, whenDataLoadsAgain);
  }

  /** The link's address, or '' without `href` or with one that may not link. */
  get linkHref(): string {
    if (!this.href || !isWebAddress(this.href)) return '';
    const wnid = this.synset.value?.wnid ?? this.wnid;
    return `${this.href.split('#')[0]}#/${wnid}`;
  }

  private show = (): void => {
    if (!this.name) return;
    this.tooltipOpen = true;
    this.explained = true;
  };

  private hide = (): void => {
    this.tooltipOpen = false;
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.tooltipOpen) {
      event.stopPropagation();
      this.hide();
    }
  };

  protected override willUpdate(): void {
    this.authored = this.hasAuthorText();
  }

  /** Whitespace alone (the line breaks of formatted HTML) is not text to show. */
  private hasAuthorText(): boolean {
    return (this.textContent ?? '').trim() !== '';
  }

  // Text added after the first render (a parser still reading the element's content).
  private onSlotChange = (): void => {
    this.authored = this.hasAuthorText();
  };

  /** The name of `wnid` once it has arrived: not while another's is on its way, nor without a wnid. */
  private get name(): SynsetName | SynsetLabelIn | undefined {
    return this.synset.status === TaskStatus.COMPLETE ? this.synset.value : undefined;
  }

  /** The name once it arrives; until then, or if it fails, the author's text or else the wnid. */
  private renderText(): TemplateResult | string {
    if (this.name) return this.name.label;
    // Slotted, the author's text sits in the label itself: the same font and inline box as the
    // name that replaces it, so only its width changes. Once the name shows, the slot is gone
    // and the light DOM is not rendered, so the text never shows twice. Without author text the
    // slot stays, hidden, to hear of text added later.
    return html`<slot ?hidden=${!this.authored} @slotchange=${this.onSlotChange}></slot>${
        this.authored ? nothing : html`<span class="id">${this.wnid}</span>`
      }`;
  }

  private renderDefinition(): string {
    const { status, value, error } = this.definition;
    if (status === TaskStatus.ERROR) return `(no definition: ${errorText(error)})`;
    return value ?? '…';
  }

  protected override render(): TemplateResult {
    const { status, value, error } = this.synset;
    const text = this.renderText();
    const state = status === TaskStatus.ERROR ? 'error' : this.name ? '' : 'loading';
    const describedBy = this.tooltipOpen ? 'tooltip' : nothing;
    const title = status === TaskStatus.ERROR ? errorText(error) : nothing;
    const href = this.linkHref;
    const words = this.name && 'labelLang' in this.name ? this.name : undefined;
    const lang = words?.labelLang ?? nothing;
    const label = href
      ? html`<a part="label" class=${state} href=${href} title=${title} aria-describedby=${describedBy} lang=${lang} dir="auto">${text}</a>`
      : html`<span
          part="label"
          class=${state}
          role="term"
          tabindex="0"
          title=${title}
          aria-describedby=${describedBy}
          lang=${lang}
          dir="auto"
          >${text}</span
        >`;
    return html`<span
      class="anchor"
      @mouseenter=${this.show}
      @mouseleave=${this.hide}
      @focusin=${this.show}
      @focusout=${this.hide}
      @keydown=${this.onKeyDown}
      >${label}${
        this.tooltipOpen && value
          ? html`<span id="tooltip" role="tooltip" part="tooltip"
              >${words ? renderWords(words) : nothing}<span class="name">${value.name}</span>
              ${this.renderDefinition()}${words?.credit ? html`<span class="credit">${words.credit}</span>` : nothing}</span
            >`
          : nothing
      }</span
    >`;
  }
}

/** In another language, the tooltip opens with its lemmas and definition there, then the English name. */
function renderWords(words: SynsetLabelIn): TemplateResult {
  if (words.lemmas.length === 0) return html``;
  return html`<span class="words" lang=${words.labelLang} dir="auto"
      >${words.lemmas.join(', ')}${words.definition ? html`: ${words.definition}` : nothing}</span
    >
    <span class="english" lang="en">${words.englishLabel}</span> `;
}

/**
 * Whether an address is http(s) or relative. The platform's URL parser decides, as the browser
 * will when the link is followed: it drops the tabs, newlines and leading spaces that would hide
 * a scheme from a pattern (" java\tscript:"). A relative address takes the base's scheme.
 */
function isWebAddress(href: string): boolean {
  let protocol: string;
  try {
    ({ protocol } = new URL(href, 'https://base.invalid/'));
  } catch {
    return false;
  }
  return protocol === 'https:' || protocol === 'http:';
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-label': SynsetLabel;
  }
}
