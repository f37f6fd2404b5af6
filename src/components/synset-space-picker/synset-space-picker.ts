import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { getSynsetClient } from '../../client/client.js';
import type { LabelSetSummary, NameStyle } from '../../worker/api.js';
import { NAME_STYLES } from '../../core/class-names.js';
import { ALL, DEFAULT_SPACE, type LabelSpaceName } from '../../core/label-space-name.js';
import { errorText } from '../error-text.js';
import { SynsetFilterChangeEvent, SynsetListAddEvent, SynsetListRemoveEvent, SynsetNamesChangeEvent } from '../events.js';
import { classCount, NAME_STYLE_TEXT, setCaption } from '../label-space-text.js';
import { RerunFailedTask } from '../rerun-failed-task.js';
import { rememberSpaceCaptions } from '../space-caption.js';
import { whenDataLoadsAgain } from '../when-data-loads-again.js';
import '../synset-list-dialog/synset-list-dialog.js';
import type { SynsetListDialog } from '../synset-list-dialog/synset-list-dialog.js';
import { synsetSpacePickerStyles } from './synset-space-picker.styles.js';

/** The option that opens the "your list…" dialog instead of naming a set. */
const YOUR_LIST = '#your-list';
const ALL_TITLE = 'Every WordNet 3.0 noun synset: no class list';

/**
 * Picks the label space the explorer shows (all nouns, a built-in ImageNet list, or a list of
 * this browser's) and how its classes are named. The spaces come from the worker: the built-in
 * ones with their class counts (the description is each option's tooltip), then the custom
 * lists kept in this browser, then "your list…", which opens `<synset-list-dialog>` to paste or
 * drop a list; the list it adds is selected. While one of this browser's lists is shown, "Forget
 * list" deletes it, after a second click to confirm (it is kept nowhere else).
 *
 * @fires synset-filter-change - A label space was picked, or a new list was added. `detail.filter` is its name.
 * @fires synset-names-change - Another name style was picked. `detail.names`.
 * @fires synset-list-remove - A list of this browser's was forgotten. `detail.set`. Unless a listener cancels it, "all nouns" is picked next.
 * @csspart space - The label-space select.
 * @csspart names - The names select.
 * @csspart forget - The "Forget list" button, and its confirmation.
 */
@customElement('synset-space-picker')
export class SynsetSpacePicker extends LitElement {
  static override styles = synsetSpacePickerStyles;

  /** The label space shown: `all`, a built-in set's name or a custom list's (`list:1f2e3d4c5b6a`). */
  @property({ reflect: true }) value: LabelSpaceName = DEFAULT_SPACE;

  /** How the classes of the set are named. */
  @property({ reflect: true }) names: NameStyle = 'wordnet';

  /** Bumped when a list is added, so the spaces are asked for again. */
  @state() private listsVersion = 0;
  /** "Forget list" was clicked once: the confirmation shows. */
  @state() private confirmingForget = false;
  /** Why the last "Forget" failed. */
  @state() private forgetProblem = '';
  @query('synset-list-dialog') private dialog!: SynsetListDialog;

  /** The spaces last listed: a listing that fails (the task then has no value) leaves them on show. */
  private listed: readonly LabelSetSummary[] = [];

  private readonly spaces = new Task(this, {
    task: () => getSynsetClient().labelSets(),
    args: () => [this.listsVersion],
    onComplete: (sets) => {
      this.listed = sets;
      rememberSpaceCaptions(sets);
    },
  });

  constructor() {
    super();
    new RerunFailedTask(this, this.spaces, whenDataLoadsAgain);
  }

  /** Opens the "your list…" dialog, as that option does: the list added is picked. */
  addList(): void {
    this.dialog.show();
  }

  private get current(): LabelSetSummary | undefined {
    return this.listed.find((set) => set.name === this.value);
  }

  private onSpaceChange(event: Event): void {
    const select = event.target as HTMLSelectElement;
    if (select.value === YOUR_LIST) {
      // The select keeps showing the set in use until a list is added.
      select.value = this.value;
      this.addList();
      return;
    }
    this.pick(select.value);
  }

  private pick(name: LabelSpaceName): void {
    this.confirmingForget = false;
    this.forgetProblem = '';
    this.value = name;
    this.dispatchEvent(new SynsetFilterChangeEvent({ filter: name }));
  }

  private onNamesChange(event: Event): void {
    this.names = (event.target as HTMLSelectElement).value as NameStyle;
    this.dispatchEvent(new SynsetNamesChangeEvent({ names: this.names }));
  }

  private readonly onListAdd = (event: SynsetListAddEvent): void => {
    this.listsVersion++;
    this.pick(event.set);
  };

  private async forget(name: string): Promise<void> {
    try {
      await getSynsetClient().removeLabelList(name);
    } catch (error) {
      this.forgetProblem = `Could not forget the list: ${errorText(error)}`;
      return;
    }
    this.listsVersion++;
    this.confirmingForget = false;
    this.forgetProblem = '';
    const removed = new SynsetListRemoveEvent({ set: name });
    this.dispatchEvent(removed);
    if (!removed.defaultPrevented) this.pick(ALL);
  }

  private renderForget(list: LabelSetSummary): TemplateResult {
    if (!this.confirmingForget)
      return html`<button type="button" class="text-button" part="forget" @click=${() => (this.confirmingForget = true)}>
        Forget list
      </button>`;
    // Short, to fit the explorer's top bar; the group's label says which list, and why it matters.
    const question = `Forget “${setCaption(list)}”? Only this browser keeps it.`;
    return html`<span class="confirm" part="forget" role="group" aria-label=${question} title=${question}>
      <span>Forget this list?</span>
      <button type="button" class="text-button primary" @click=${() => void this.forget(list.name)}>Forget</button>
      <button type="button" class="text-button" @click=${() => ((this.confirmingForget = false), (this.forgetProblem = ''))}>Keep</button>
      ${this.forgetProblem ? html`<span class="error" role="alert">${this.forgetProblem}</span>` : nothing}
    </span>`;
  }

  private renderOption(set: LabelSetSummary): TemplateResult {
    const title = [set.description, set.custom ? 'Kept in this browser' : `Source: ${set.source}`].filter(Boolean).join('. ');
    return html`<option value=${set.name} title=${title} ?selected=${set.name === this.value}>
      ${setCaption(set)} · ${classCount(set.classes)}
    </option>`;
  }

  protected override render(): TemplateResult {
    const sets = this.listed;
    const builtIn = sets.filter((set) => !set.custom);
    const custom = sets.filter((set) => set.custom);
    // Until the spaces come (or when the value names none of them), the value still shows.
    const unlisted = this.value !== ALL && !sets.some((set) => set.name === this.value);
    const current = this.current;
    return html`
      <label class="field" title=${current?.description ?? (this.value === ALL ? ALL_TITLE : '')}>
        <span class="caption">Label space</span>
        <select part="space" @change=${this.onSpaceChange}>
          <option value=${ALL} title=${ALL_TITLE} ?selected=${this.value === ALL}>all nouns</option>
          ${unlisted ? html`<option value=${this.value} selected>${this.value}</option>` : nothing}
          <optgroup label="ImageNet lists">${builtIn.map((set) => this.renderOption(set))}</optgroup>
          ${custom.length > 0 ? html`<optgroup label="Your lists">${custom.map((set) => this.renderOption(set))}</optgroup>` : nothing}
          <option value=${YOUR_LIST}>Your list…</option>
        </select>
      </label>
      ${current?.custom ? this.renderForget(current) : nothing}
      <label class="field" title=${NAME_STYLE_TEXT[this.names].title}>
        <span class="caption">Names</span>
        <select part="names" @change=${this.onNamesChange}>
          ${NAME_STYLES.map(
            (style) =>
              html`<option value=${style} title=${NAME_STYLE_TEXT[style].title} ?selected=${style === this.names}>
                ${NAME_STYLE_TEXT[style].label}
              </option>`,
          )}
        </select>
      </label>
      <synset-list-dialog @synset-list-add=${this.onListAdd}></synset-list-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-space-picker': SynsetSpacePicker;
  }
}
