import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { RunOrder, RunSummary } from '../../worker/api.js';
import { SynsetRunChangeEvent, SynsetRunFileEvent, SynsetRunRemoveEvent } from '../events.js';
import { renderHeadline } from '../run-headline.js';
import { synsetRunPickerStyles } from './synset-run-picker.styles.js';

/**
 * "Your model": a button in the top bar opening a panel to score a model's file on ImageNet's
 * validation set (predictions as `.npy`, text or a per-image CSV, top-k allowed, or a confusion
 * matrix; a file may also be dropped anywhere on the explorer), pick the run shown and a
 * baseline among the runs kept in this browser, forget one, and sort the tree worst first; or
 * show the validation labels' known issues on the tree, with or without a run. The
 * run's headline figures show in the panel. The element holds no run: it speaks in events and
 * shows what it is given.
 *
 * @fires synset-run-file - A file was chosen: `detail.file`, `detail.order`.
 * @fires synset-run-change - The run shown, the baseline or the sort changed.
 * @fires synset-run-remove - A run is to be forgotten: `detail.run`.
 * @csspart button - The button that opens the panel.
 * @csspart panel - The panel.
 * @csspart headline - The run's headline figures.
 * @csspart problems - Why the last file could not be scored.
 */
@customElement('synset-run-picker')
export class SynsetRunPicker extends LitElement {
  static override styles = synsetRunPickerStyles;

  /** The runs kept in this browser, oldest first. */
  @property({ attribute: false }) runs: readonly RunSummary[] = [];
  /** The run shown (its id), or empty. */
  @property() run = '';
  /** The baseline (a run's id), or empty. */
  @property() baseline = '';
  /** Whether the tree's siblings are sorted worst first. */
  @property({ type: Boolean, attribute: 'worst-first' }) worstFirst = false;
  /** Whether the tree shows the known label issues (ReaL's agreement with the labels, lowest first). */
  @property({ type: Boolean, attribute: 'label-issues' }) labelIssues = false;
  /** The name of a file being scored, or empty. */
  @property() scoring = '';
  /** Why the last file could not be scored: its name and problems, each a sentence. */
  @property({ attribute: false }) problems: { fileName: string; problems: readonly string[] } | null = null;
  /** Why the run shown cannot be shown, or why it could not be kept; empty when neither. */
  @property() notice = '';

  /** The order rows without file names are read in: the control's choice, which a file dropped on the page follows too. */
  @property() order: RunOrder = 'val-imagefolder';

  @state() private open = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A file dropped on the page that cannot be scored: the panel opens to say why.
    if (changed.has('problems') && this.problems) this.open = true;
  }

  private summaryOf(id: string): RunSummary | null {
    return this.runs.find((run) => run.id === id) ?? null;
  }

  private change(run: string | null, baseline: string | null, worstFirst = this.worstFirst, labelIssues = this.labelIssues): void {
    this.dispatchEvent(new SynsetRunChangeEvent({ run, baseline: run ? baseline : null, worstFirst, labelIssues }));
  }

  private onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.dispatchEvent(new SynsetRunFileEvent({ file, order: this.order }));
    // The same file chosen again is a new choice.
    input.value = '';
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('button[part=button]')?.focus();
  }

  private renderRunChoice(): TemplateResult | typeof nothing {
    if (this.runs.length === 0) return nothing;
    const options = (chosen: string, except = '') =>
      this.runs
        .filter((run) => run.id !== except)
        .map((run) => html`<option value=${run.id} ?selected=${run.id === chosen}>${run.fileName} (${run.id.slice(0, 6)})</option>`);
    return html`<label class="row"
        >Run shown
        <select @change=${(e: Event) => this.change((e.target as HTMLSelectElement).value || null, this.baseline || null)}>
          <option value="" ?selected=${!this.run}>none</option>
          ${options(this.run)}
        </select></label
      >
      ${
        this.run
          ? html`<label class="row"
                >Baseline
                <select @change=${(e: Event) => this.change(this.run, (e.target as HTMLSelectElement).value || null)}>
                  <option value="" ?selected=${!this.baseline}>none</option>
                  ${options(this.baseline, this.run)}
                </select></label
              >
              <label class="check"
                ><input
                  type="checkbox"
                  .checked=${this.worstFirst}
                  @change=${(e: Event) => this.change(this.run, this.baseline || null, (e.target as HTMLInputElement).checked)}
                />
                Tree: ${this.baseline ? 'largest drop' : 'worst'} first</label
              >
              <button class="text-button" @click=${() => this.dispatchEvent(new SynsetRunRemoveEvent({ run: this.run }))}>
                Forget this run
              </button>`
          : nothing
      }`;
  }

  private renderPanel(): TemplateResult {
    const shown = this.summaryOf(this.run);
    return html`<label class="file"
        >Predictions or confusion matrix
        <input type="file" accept=".npy,.txt,.csv,.tsv,text/*" @change=${this.onFile} />
      </label>
      <label class="row"
        >Rows without file names
        <select @change=${(e: Event) => (this.order = (e.target as HTMLSelectElement).value as RunOrder)}>
          <option value="val-imagefolder" ?selected=${this.order === 'val-imagefolder'}>ImageFolder order</option>
          <option value="val" ?selected=${this.order === 'val'}>file-name order</option>
        </select>
      </label>
      <p class="note">
        On ImageNet-1k's 50,000 validation images, scored on this device: nothing is uploaded. Drop a file anywhere on the page too.
      </p>
      <p class="status" role="status">${this.scoring ? `Scoring ${this.scoring}…` : ''}</p>
      ${
        this.problems
          ? html`<div class="problems" part="problems" role="alert">
              <p>Could not score ${this.problems.fileName}:</p>
              <ul>
                ${this.problems.problems.map((problem) => html`<li>${problem}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing} ${this.renderRunChoice()}
      <label class="check"
        ><input
          type="checkbox"
          .checked=${this.labelIssues}
          @change=${(e: Event) =>
            this.change(this.run || null, this.baseline || null, this.worstFirst, (e.target as HTMLInputElement).checked)}
        />
        Tree: known label issues (the share of labels ReaL keeps, lowest first)</label
      >
      ${
        shown
          ? html`<p class="run-name">${shown.fileName}: ${shown.form}, ${shown.truth}</p>
              ${renderHeadline(shown, this.summaryOf(this.baseline))}`
          : nothing
      }
      <p class="credit">
        Validation labels and the example model: cleanlab (Apache-2.0); ReaL: Google Research (Apache-2.0); see “Evaluate your model” in the
        docs.
      </p>`;
  }

  protected override render(): TemplateResult {
    return html`<div class="menu" @keydown=${this.onKeyDown}>
      <button
        class="text-button ${this.run || this.labelIssues ? 'on' : ''}"
        part="button"
        aria-expanded=${String(this.open)}
        aria-controls="panel"
        @click=${() => (this.open = !this.open)}
      >
        Your model <span aria-hidden="true">▾</span>
      </button>
      <div id="panel" class="panel" part="panel" role="group" aria-label="Your model" ?hidden=${!this.open}>${this.renderPanel()}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-run-picker': SynsetRunPicker;
  }
}
