import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getSynsetClient } from '../../client/client.js';
import type { ClassNameStyle, ClipFormat, ExportFormat, NameStyle } from '../../worker/api.js';
import { CLASS_NAME_STYLES, defaultExportStyle } from '../../core/class-names.js';
import { CLIP_FORMATS, isClipFormat } from '../../core/clip-export.js';
import { EXPORT_FORMATS } from '../../core/label-export.js';
import { ALL, type LabelSpaceName } from '../../core/label-space-name.js';
import { ROOT_WNID } from '../../core/wnid.js';
import { download } from '../download.js';
import { classCount, EXPORT_FORMAT_TEXT, NAME_STYLE_TEXT } from '../label-space-text.js';
import { SpaceCaptionController } from '../space-caption.js';
import { synsetExportMenuStyles } from './synset-export-menu.styles.js';
import { errorText } from '../error-text.js';

/** What one export wrote: the file's text, its name, and how many classes it holds. */
interface Exported {
  text: string;
  fileName: string;
  classes: number;
}

/**
 * A menu that exports the classes of a label space: the whole set, or only those at or below a
 * synset (the explorer's selection: "the current subtree"), in one of the export formats
 * (keras' `imagenet_class_index.json` shape, Hugging Face's `id2label`, JSON, JSON lines, CSV,
 * TSV, text, or a CLIP zero-shot head of the whole set) and a name style; downloaded as a file or
 * copied. Until a style is picked, a framework's format names classes as that framework's own
 * file does (the file then equals Keras' or Hugging Face's; the CLI's default too), and the
 * others take the explorer's names. The status line says what was exported ("Downloaded 1,000
 * classes, keras JSON").
 *
 * @csspart button - The button that opens the menu.
 * @csspart panel - The menu's panel.
 * @csspart status - The line saying what was exported.
 */
@customElement('synset-export-menu')
export class SynsetExportMenu extends LitElement {
  static override styles = synsetExportMenuStyles;

  /** The label space to export (`all` has no classes to export: the menu says so). */
  @property({ reflect: true }) set: LabelSpaceName = '1k';

  /** The synset whose subtree the "below" choice exports (a wnid; empty: no such choice). */
  @property() under = '';

  /** How {@link under} is named in the menu. */
  @property({ attribute: 'under-label' }) underLabel = '';

  /** The name style the menu starts with (the explorer's names toggle). */
  @property() names: NameStyle = 'unique';

  @state() private open = false;
  @state() private scope: 'set' | 'under' = 'set';
  @state() private format: ExportFormat | ClipFormat = 'keras';
  /** The style picked in the menu, once one is: until then, the format's own or {@link names}. */
  @state() private pickedNames: ClassNameStyle | undefined;
  @state() private status = '';
  private readonly captions = new SpaceCaptionController(this);
  /**
   * An export runs: Download and Copy are `aria-disabled` and `run()` ignores them. Not
   * `disabled`: the focused button would lose the focus to the page, where Escape no longer
   * reaches the menu.
   */
  @state() private busy = false;

  private get nameStyle(): ClassNameStyle {
    if (this.pickedNames) return this.pickedNames;
    const formats = defaultExportStyle(this.format, this.set);
    return formats === 'unique' ? this.names : formats;
  }

  /** A CLIP head names every class of the set, in index order: never only those below a synset. */
  private get scopeInUse(): 'set' | 'under' {
    return this.under && !isClipFormat(this.format) ? this.scope : 'set';
  }

  private toggle(): void {
    this.open = !this.open;
    if (this.open) this.status = '';
  }

  /** Focus gone to a control outside the menu (a Tab past its last one, a click elsewhere): the menu closes. */
  private onFocusOut(event: FocusEvent): void {
    const to = event.relatedTarget;
    if (to instanceof Node && !this.renderRoot.contains(to)) this.open = false;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('button[part=button]')?.focus();
  }

  private async write(): Promise<Exported> {
    const client = getSynsetClient();
    const under = this.scopeInUse === 'under' ? this.under : undefined;
    const [text, row] = await Promise.all([
      client.exportSet(this.set, { format: this.format, names: this.nameStyle, ...(under ? { under } : {}) }),
      client.row(under ?? ROOT_WNID, { in: this.set }),
    ]);
    // `count` leaves the synset itself out; an export "below" a class includes it.
    const classes = row.count + (under && row.setIndex !== null ? 1 : 0);
    const stem = [
      this.set,
      under ? (this.underLabel || under).replace(/\s+/g, '-') : '',
      this.format === 'keras' || this.format === 'hf' || isClipFormat(this.format) ? this.format.replace('-py', '') : '',
    ]
      .filter(Boolean)
      .join('-')
      .replace(/[^\w.-]+/g, '-');
    return { text, classes, fileName: `${stem}.${EXPORT_FORMAT_TEXT[this.format].extension}` };
  }

  private async run(action: 'download' | 'copy'): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.status = 'Exporting…';
    try {
      const exported = await this.write();
      const what = `${classCount(exported.classes)}, ${EXPORT_FORMAT_TEXT[this.format].label}, ${NAME_STYLE_TEXT[this.nameStyle].label} names`;
      if (action === 'copy') {
        await navigator.clipboard.writeText(exported.text);
        this.status = `Copied ${what}.`;
      } else {
        download(exported.text, exported.fileName);
        this.status = `Downloaded ${what} (${exported.fileName}).`;
      }
    } catch (error) {
      this.status = `Could not export: ${errorText(error)}`;
    } finally {
      this.busy = false;
    }
  }

  private renderPanel(): TemplateResult {
    if (this.set === ALL) return html`<p class="note">All nouns is not a class list: pick a label space to export its classes.</p>`;
    const scope = this.scopeInUse;
    const clip = isClipFormat(this.format);
    return html`<fieldset>
        <legend>Classes</legend>
        <label
          ><input type="radio" name="scope" .checked=${scope === 'set'} @change=${() => (this.scope = 'set')} /> all of
          ${this.captions.caption(this.set)}</label
        >
        ${
          this.under
            ? html`<label title=${clip ? 'A CLIP head holds every class of the set, in index order' : nothing}
                ><input type="radio" name="scope" .checked=${scope === 'under'} ?disabled=${clip} @change=${() => (this.scope = 'under')} />
                those at or below “${this.underLabel || this.under}”</label
              >`
            : nothing
        }
      </fieldset>
      <label class="row"
        >Format
        <select @change=${(e: Event) => (this.format = (e.target as HTMLSelectElement).value as ExportFormat | ClipFormat)}>
          ${[...EXPORT_FORMATS, ...CLIP_FORMATS].map(
            (format) => html`<option value=${format} ?selected=${format === this.format}>${EXPORT_FORMAT_TEXT[format].label}</option>`,
          )}
        </select>
      </label>
      <label class="row"
        >Names
        <select @change=${(e: Event) => (this.pickedNames = (e.target as HTMLSelectElement).value as ClassNameStyle)}>
          ${CLASS_NAME_STYLES.map(
            (style) =>
              html`<option value=${style} title=${NAME_STYLE_TEXT[style].title} ?selected=${style === this.nameStyle}>
                ${NAME_STYLE_TEXT[style].label}
              </option>`,
          )}
        </select>
      </label>
      <div class="actions">
        <button class="text-button primary" aria-disabled=${this.busy ? 'true' : nothing} @click=${() => this.run('download')}>
          Download
        </button>
        <button class="text-button" aria-disabled=${this.busy ? 'true' : nothing} @click=${() => this.run('copy')}>Copy</button>
      </div>`;
  }

  protected override render(): TemplateResult {
    return html`<div class="menu" @keydown=${this.onKeyDown} @focusout=${this.onFocusOut}>
      <button class="text-button" part="button" aria-expanded=${String(this.open)} aria-controls="panel" @click=${this.toggle}>
        Export <span aria-hidden="true">▾</span>
      </button>
      <div id="panel" class="panel" part="panel" role="group" aria-label="Export classes" ?hidden=${!this.open}>
        ${this.renderPanel()}
        <p class="status" part="status" role="status">${this.status}</p>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-export-menu': SynsetExportMenu;
  }
}
