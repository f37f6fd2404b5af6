import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { getSynsetClient } from '../../client/client.js';
import { errorText } from '../error-text.js';
import type { NameStyle, SearchHit } from '../../worker/api.js';
import type { LabelSpaceName } from '../../core/label-space-name.js';
import { SynsetCompareEvent, SynsetSelectEvent } from '../events.js';
import { ClassNames } from '../class-names.js';
import { indexedSet } from '../indexed-set.js';
import { RerunFailedTask } from '../rerun-failed-task.js';
import { whenDataLoadsAgain } from '../when-data-loads-again.js';
import { comboboxKeyAction } from './combobox-keyboard.js';
import { renderOption } from './search-option.js';
import { sameQuestion, type Answer, type Question } from './search-question.js';
import { isEnglish } from '../../core/language-catalog.js';
import { LanguageCredit } from '../language-credit.js';
import { pageLanguage } from '../page-language.js';
import { SlowTask } from '../slow-task.js';
import { synsetSearchStyles } from './synset-search.styles.js';
import { whyNoSynset } from './id-reason.js';

/** How long an answer may take before the box shows a spinner. */
const SPINNER_DELAY_MS = 150;

/** The empty field's hint: a word and each id form the box reads, short enough for a phone's box. */
export const SEARCH_EXAMPLES = 'dog, 207, n02084071, dog.n.01';

/**
 * A search box for synsets: an accessible combobox (WAI-ARIA combobox with a listbox popup)
 * showing results as you type, the matched text highlighted, with badges for ILSVRC-2012
 * classes (`#index`) and ImageNet-21k synsets (within another label space: the class index
 * there), and, for a class found through a synset outside
 * the filter, what it was found through ("airliner — under airplane"). It also takes ids: a wnid (`n02084071`), a class
 * index (`207`), a name (`dog.n.01`) or another WordNet's id (`i46360`, `wn31:02086723-n`,
 * `oewn-02086723-n`); an id that names no synset says why (a WordNet 3.1 wnid: which 3.0 synset it is). ↑/↓ move, Enter picks (the first result when none is
 * highlighted), Escape closes the list, then clears the field. Enter pressed before the answer
 * to the text typed has come picks that answer's first result when it comes (nothing, if it
 * has none); typing on drops that Enter. A new `filter` closes the popup of a text typed before
 * it: that text's answer in the new space shows once the person types again or presses ↓.
 *
 * Every keystroke asks the worker; only the latest question's answer is shown.
 *
 * @fires synset-select - A result was picked (Enter or click). `detail.wnid`.
 * @fires synset-compare - A result was shift-clicked: compare the selection with it. `detail.wnid`.
 * @csspart field - The box around the input.
 * @csspart input - The text input (role=combobox).
 * @csspart popup - The popup: the list of results and, in another language, its credit line.
 * @csspart listbox - The list of results.
 * @csspart option - One result; also `option-active` on the highlighted one.
 * @csspart gloss - A result's definition.
 * @csspart via - What a result was found through, when not through its own words.
 * @csspart credit - In another language, the line crediting the source of the results' words.
 * @cssproperty --synset-search-popup-height - Most height of the popup (default 60vh).
 */
@customElement('synset-search')
export class SynsetSearch extends LitElement {
  static override styles = synsetSearchStyles;

  /** The text in the field. */
  @property() value = '';

  /** Search only this label space (`1k`, `imagenet-r`, `list:…`) or `all` (default); a word outside it finds its classes below, marked "under airplane". */
  @property({ reflect: true }) filter: LabelSpaceName = 'all';

  /** Most results to show (default 20). */
  @property({ type: Number }) limit = 20;

  /** Search the lemmas of this language (`zh`, `fr`, `ar`...; its part is fetched when first asked); unset, the page's `lang`. */
  @property({ attribute: 'lang' }) language = '';

  /** The input's accessible name. */
  @property() label = 'Search synsets';

  /** The hint shown in the empty field; by default a word and each id form the box reads (`dog, 207, n02084071, dog.n.01`). */
  @property() placeholder = SEARCH_EXAMPLES;

  /** How the classes of a label space are named (the explorer's names toggle): a class shows its name in that style, the lemma that matched beside it. */
  @property({ reflect: true }) names: NameStyle = 'wordnet';

  /** The label space whose classes {@link names} names (default: {@link filter}; the explorer searches all nouns under the 21k). */
  @property({ attribute: 'names-in' }) namesIn: LabelSpaceName = '';

  @state() private open = false;
  @state() private activeIndex = -1;
  @query('input') private input!: HTMLInputElement;

  /** The answer last shown: a new one resets the highlight. */
  private paintedResults: Answer | undefined;
  /** Enter was pressed on this question before its answer came: pick its first result then. */
  private pickOnAnswer: Question | undefined;
  /** The result picked as its answer came, announced once the update that closes the list is done. */
  private pickedOnAnswer: SearchHit | undefined;
  /**
   * The text in the field was typed under another filter (the space changed since): its answer
   * here is not shown until the person asks again (types, or opens the list with ↓), not even
   * when the field gets the focus back.
   */
  private typedForAnotherFilter = false;

  /** An answer has been pending past {@link SPINNER_DELAY_MS}: only then does a spinner show. */
  private readonly slowAnswer = new SlowTask(this, () => this.results, SPINNER_DELAY_MS);

  /** The answer to the text in the field; none while it is empty. A new text cancels the search of the one before. */
  private readonly results = new Task(this, {
    task: async (question: Question, { signal }): Promise<Answer | undefined> => {
      const [text, filter, limit, lang] = question;
      if (text === '') return undefined;
      const hits = await getSynsetClient().search(text, { in: filter, limit, ...(lang ? { lang } : {}) }, signal);
      return { question, hits, why: hits.length === 0 ? await whyNoSynset(text) : undefined };
    },
    args: (): Question => [this.value.trim(), this.filter, this.limit, this.searchLanguage],
  });

  /** The source of the words of another language the results show. */
  private readonly credit = new LanguageCredit(this, () => {
    if (!this.open) return '';
    const inLanguage = this.hits.find((hit) => 'labelLang' in hit && hit.labelLang !== 'en') as { labelLang: string } | undefined;
    return inLanguage?.labelLang ?? '';
  });

  /** The names of {@link namesIn}'s classes in {@link names}' style; none for WordNet's. */
  private readonly classNames = new ClassNames(this, () => [this.namesIn || this.filter, this.names]);

  constructor() {
    super();
    new RerunFailedTask(this, this.results, whenDataLoadsAgain);
  }

  /** Moves keyboard focus to the text field. */
  override focus(options?: FocusOptions): void {
    this.input.focus(options);
  }

  /** The question for the text in the field, or undefined when it is empty. */
  private get question(): Question | undefined {
    const text = this.value.trim();
    return text === '' ? undefined : [text, this.filter, this.limit, this.searchLanguage];
  }

  /** The language searched in: '' for English. */
  private get searchLanguage(): string {
    const lang = this.language || pageLanguage(this);
    return isEnglish(lang) ? '' : lang;
  }

  private get hits(): SearchHit[] {
    return this.value.trim() === '' ? [] : (this.results.value?.hits ?? []);
  }

  /** The text in the field has been asked about and its answer has not come. */
  private get awaitingAnswer(): boolean {
    const { question } = this;
    const answered = this.results.value?.question;
    return question !== undefined && this.results.status !== TaskStatus.ERROR && !(answered && sameQuestion(answered, question));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another space: the popup of the text typed for the one before closes, and stays closed.
    if (changed.has('filter') && changed.get('filter') !== undefined && this.value.trim() !== '') {
      this.open = false;
      this.activeIndex = -1;
      this.pickOnAnswer = undefined;
      this.typedForAnotherFilter = true;
    }
    // Fresh results: nothing highlighted yet. Set here, the change joins this update.
    const answer = this.results.value;
    // An empty field has no answer: nothing new to paint.
    if (this.results.status === TaskStatus.COMPLETE && answer && answer !== this.paintedResults) {
      this.paintedResults = answer;
      this.activeIndex = -1;
      // Only the latest question's answer lands, so one for another question means the Enter
      // was for a text since replaced; an answer with no results picks nothing, and says so.
      const [best] = answer.hits;
      if (this.pickOnAnswer && sameQuestion(this.pickOnAnswer, answer.question) && best) {
        this.open = false;
        this.pickedOnAnswer = best;
      }
      this.pickOnAnswer = undefined;
    }
    if (this.results.status === TaskStatus.ERROR) this.pickOnAnswer = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    if (this.pickedOnAnswer) {
      const { wnid } = this.pickedOnAnswer;
      this.pickedOnAnswer = undefined;
      this.dispatchEvent(new SynsetSelectEvent({ wnid }));
    }
    if (changed.has('activeIndex') && this.activeIndex >= 0) {
      this.renderRoot.querySelector(`#option-${this.activeIndex}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  private onInput(event: InputEvent): void {
    this.value = (event.target as HTMLInputElement).value;
    this.open = true;
    this.typedForAnotherFilter = false;
    // A new text: the option highlighted, and an Enter still waiting, were for the one before.
    this.activeIndex = -1;
    this.pickOnAnswer = undefined;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const action = comboboxKeyAction(
      event.key,
      {
        open: this.open && this.hits.length > 0,
        optionCount: this.hits.length,
        activeIndex: this.activeIndex,
        awaitingAnswer: this.awaitingAnswer,
      },
      event.altKey,
    );
    if (!action) return;
    event.preventDefault();
    switch (action.type) {
      case 'open':
        this.open = true;
        this.typedForAnotherFilter = false;
        break;
      case 'move':
        this.activeIndex = action.index;
        break;
      case 'select':
        this.pick(action.index);
        break;
      case 'select-on-answer':
        this.pickOnAnswer = this.question;
        break;
      case 'close':
        this.open = false;
        this.activeIndex = -1;
        this.pickOnAnswer = undefined;
        break;
      case 'clear':
        this.value = '';
        this.pickOnAnswer = undefined;
        break;
    }
  }

  /** Picks a result: selects it, or, `compare` (a shift-click), asks to compare the selection with it. */
  private pick(index: number, compare = false): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.open = false;
    this.activeIndex = -1;
    this.dispatchEvent(compare ? new SynsetCompareEvent({ wnid: hit.wnid }) : new SynsetSelectEvent({ wnid: hit.wnid }));
  }

  private onOptionClick(event: MouseEvent): void {
    const option = (event.target as Element).closest<HTMLElement>('[data-index]');
    if (option) this.pick(Number(option.dataset['index']), event.shiftKey);
  }

  private onFocusOut(event: FocusEvent): void {
    if (!this.renderRoot.contains(event.relatedTarget as Node | null)) this.open = false;
  }

  protected override render(): TemplateResult {
    const hits = this.hits;
    const task = this.results;
    // The set the results were found in, which the filter may have left since.
    const resultSet = indexedSet(task.value?.question[1] ?? this.filter);
    const showList = this.open && hits.length > 0;
    const failed = task.status === TaskStatus.ERROR;
    const empty = this.open && task.status === TaskStatus.COMPLETE && hits.length === 0 && this.value.trim() !== '';
    return html`
      <div class="field" part="field" @focusout=${this.onFocusOut}>
        <span class="icon" aria-hidden="true">⌕</span>
        <input
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-label=${this.label}
          aria-expanded=${String(showList)}
          aria-controls="listbox"
          aria-activedescendant=${showList && this.activeIndex >= 0 ? `option-${this.activeIndex}` : nothing}
          placeholder=${this.placeholder}
          .value=${this.value}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @focus=${() => (this.open = !this.typedForAnotherFilter)}
        />
        ${task.status === TaskStatus.PENDING && this.slowAnswer.slow ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        <div class="popup" part="popup" ?hidden=${!showList} @mousedown=${(e: Event) => e.preventDefault()}>
          <ul id="listbox" role="listbox" part="listbox" aria-label="Matching synsets" ?hidden=${!showList} @click=${this.onOptionClick}>
            ${showList ? hits.map((hit, index) => renderOption(hit, index, index === this.activeIndex, resultSet, this.classNames.nameOf(hit.wnid))) : nothing}
          </ul>
          ${showList && this.credit.line ? html`<p class="credit" part="credit" dir="auto">${this.credit.line}</p>` : nothing}
        </div>
        <div class="message ${failed ? 'error' : ''}" ?hidden=${!(empty || (this.open && failed))}>
          ${failed ? `Search failed: ${errorText(task.error)}` : 'No synset matches.'}
          ${!failed && task.value?.why ? html`<span class="why">${task.value.why}</span>` : nothing}
        </div>
      </div>
      <div class="visually-hidden" role="status">
        ${showList ? `${hits.length} result${hits.length === 1 ? '' : 's'}` : empty ? 'No results' : ''}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-search': SynsetSearch;
  }
}
