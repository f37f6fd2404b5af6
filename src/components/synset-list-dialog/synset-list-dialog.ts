import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { getSynsetClient } from '../../client/client.js';
import type { AddedLabelList, ListProblem } from '../../worker/api.js';
import { errorDetail } from '../../core/error-detail.js';
import { errorText } from '../error-text.js';
import { SynsetListAddEvent } from '../events.js';
import { classCount } from '../label-space-text.js';
import { synsetListDialogStyles } from './synset-list-dialog.styles.js';
import { formatNumber } from '../../core/number-format.js';

/**
 * A modal dialog that reads a custom class list: pasted, dropped as a file, or chosen with the
 * file picker; one id a line in any form the index reads (`n02084071`, `dog.n.01`, `207`,
 * `imagenet-r:17`), line N+1 being class N, `#` comments and blank lines skipped. The worker
 * keeps the list in this browser (IndexedDB), and the dialog says so when it cannot. Lines that
 * name no class, or repeat one, are listed with their numbers, and stay in the list as holes, so
 * the other classes keep their indices.
 *
 * @fires synset-list-add - A list was read and kept. `detail.set` (its summary), `detail.problems`.
 * @csspart dialog - The `<dialog>` element.
 * @csspart problems - The table of lines that named no class or repeated one.
 * @csspart storage-warning - Said when this browser could not keep the list (it lasts as long as the page).
 */
@customElement('synset-list-dialog')
export class SynsetListDialog extends LitElement {
  static override styles = synsetListDialogStyles;

  @state() private text = '';
  @state() private description = '';
  @state() private busy = false;
  @state() private error = '';
  /** The list last added, while its bad lines are on show. */
  @state() private added: AddedLabelList | null = null;
  @state() private dragging = false;
  @query('dialog') private dialogElement!: HTMLDialogElement;

  /** Opens the dialog, empty. */
  show(): void {
    this.text = '';
    this.description = '';
    this.error = '';
    this.added = null;
    this.dialogElement.showModal();
  }

  /** Closes the dialog. */
  close(): void {
    this.dialogElement.close();
  }

  private async readFile(file: File | undefined): Promise<void> {
    if (!file) return;
    try {
      this.text = await file.text();
      this.description ||= file.name;
      this.error = '';
    } catch (error) {
      this.error = `Could not read ${file.name}: ${errorDetail(error)}`;
    }
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    void this.readFile(event.dataTransfer?.files[0]);
  }

  private onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging = true;
  }

  private async add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      const added = await getSynsetClient().addLabelList(this.text, this.description.trim() || undefined);
      this.dispatchEvent(new SynsetListAddEvent({ set: added.set, problems: added.problems }));
      // Nothing to show: the list is in use, the dialog goes. Bad lines, and a list this browser
      // could not keep, stay on show until closed.
      if (added.problems.length === 0 && !added.storageWarning) this.close();
      else this.added = added;
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.busy = false;
    }
  }

  private renderForm(): TemplateResult {
    return html`<form @submit=${this.add}>
      <p class="hint">
        One class a line, in any id form: <code>n02084071</code>, <code>dog.n.01</code>, a 1k index such as <code>207</code>, or
        <code>imagenet-r:17</code>. Line N+1 is class N; <code>#</code> comments and blank lines are skipped. The list stays in this
        browser.
      </p>
      <label class="stacked">
        <span>Class ids</span>
        <textarea
          name="ids"
          rows="8"
          spellcheck="false"
          required
          class=${this.dragging ? 'dragging' : ''}
          .value=${this.text}
          @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}
          @dragover=${this.onDragOver}
          @dragleave=${() => (this.dragging = false)}
          @drop=${this.onDrop}
        ></textarea>
      </label>
      <p class="file-line">
        Or drop a file on the box, or
        <label class="file-button"
          >choose a file<input
            type="file"
            accept=".txt,.csv,.tsv,text/plain"
            @change=${(e: Event) => this.readFile((e.target as HTMLInputElement).files?.[0])}
        /></label>
      </p>
      <label class="stacked">
        <span>Description <span class="muted">(optional)</span></span>
        <input
          name="description"
          type="text"
          .value=${this.description}
          @input=${(e: Event) => (this.description = (e.target as HTMLInputElement).value)}
        />
      </label>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div class="actions">
        <button type="button" class="text-button" @click=${this.close}>Cancel</button>
        <button type="submit" class="text-button primary" ?disabled=${this.busy || this.text.trim() === ''}>
          ${this.busy ? 'Reading…' : 'Use this list'}
        </button>
      </div>
    </form>`;
  }

  private renderProblems({ set, problems, storageWarning }: AddedLabelList): TemplateResult {
    const lines = problems.length;
    return html`<p role="status">
        Now showing <strong>${set.description || set.name}</strong> (<code>${set.name}</code>), ${classCount(set.classes)}.
        ${
          lines > 0
            ? html`${formatNumber(lines)} ${lines === 1 ? 'line needs' : 'lines need'} a look: a line that names no class, or repeats one,
              keeps its index, empty, so the classes after it keep theirs.`
            : nothing
        }
      </p>
      ${storageWarning ? html`<p class="error" part="storage-warning" role="alert">${storageWarning}</p>` : nothing}
      ${lines > 0 ? this.renderProblemTable(problems) : nothing}
      <div class="actions">
        <button type="button" class="text-button primary" autofocus @click=${this.close}>Done</button>
      </div>`;
  }

  private renderProblemTable(problems: readonly ListProblem[]): TemplateResult {
    return html`<div class="problems-scroll">
      <table part="problems">
        <thead>
          <tr>
            <th scope="col">line</th>
            <th scope="col">text</th>
            <th scope="col">why</th>
          </tr>
        </thead>
        <tbody>
          ${problems.map(
            (problem) =>
              html`<tr>
                <td class="line">${problem.line}</td>
                <td><code>${problem.text}</code></td>
                <td>${problem.message}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  protected override render(): TemplateResult {
    return html`<dialog part="dialog" aria-labelledby="title" @close=${() => (this.added = null)}>
      <h2 id="title">${this.added ? 'Your list is in use' : 'Your class list'}</h2>
      ${this.added ? this.renderProblems(this.added) : this.renderForm()}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-list-dialog': SynsetListDialog;
  }
}
