import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { getSynsetClient } from '../../client/client.js';
import { errorText } from '../error-text.js';
import { selectOnLinkClick } from '../events.js';
import { RerunFailedTask } from '../rerun-failed-task.js';
import { whenDataLoadsAgain } from '../when-data-loads-again.js';
import { synsetPathStyles } from './synset-path.styles.js';
import { isEnglish } from '../../core/language-catalog.js';
import { pageLanguage } from '../page-language.js';
import type { SynsetLabelIn } from '../../worker/api.js';

interface HypernymPaths {
  /** Root first, the synset itself last. */
  paths: string[][];
  /** Each step's name, and the language it is in (`en` where the language asked for has none). */
  labels: Map<string, { label: string; lang: string }>;
  /** The source of the steps' words in another language, when a step is named there. */
  credit: string | undefined;
}

/**
 * Every hypernym path of a synset, root first, as breadcrumbs (`entity › physical entity › … ›
 * dog`). Each step is a link (`#/wnid`, so it opens in a new tab in the explorer); a plain click
 * fires `synset-select` instead of navigating. Long lists show the first few paths and a button
 * for the rest. With `lang` (default the page's), steps are named in that language where it has
 * a lemma, each marked with its language (the wnid in the title, the link back).
 *
 * @fires synset-select - A step was clicked. `detail.wnid`.
 * @csspart path - One path (an ordered list).
 * @csspart step - A link in a path.
 * @csspart current - The synset itself, at the end of each path.
 * @csspart credit - In another language, the line crediting the source of the steps' words.
 */
@customElement('synset-path')
export class SynsetPath extends LitElement {
  static override styles = synsetPathStyles;

  /** The synset whose paths to show (any id form). */
  @property({ reflect: true }) wnid = '';

  /** The language of the steps' names (`zh`, `fr`, `ar`...; English where it has none); unset, the page's `lang`. */
  @property({ attribute: 'lang' }) language = '';

  /** How many paths show before "show all" (default 4). */
  @property({ type: Number }) collapsedCount = 4;

  @state() private showAll = false;

  /** The paths; none without a wnid. */
  private readonly hypernymPaths = new Task(this, {
    task: async ([wnid, lang], { signal }): Promise<HypernymPaths | undefined> => {
      if (!wnid) return undefined;
      const client = getSynsetClient();
      const paths = await client.ancestors(wnid);
      // Another wnid is asked for meanwhile: its names are not needed.
      signal.throwIfAborted();
      const wnids = [...new Set(paths.flat())];
      const named = isEnglish(lang)
        ? (await Promise.all(wnids.map((id) => client.nameBatched(id)))).map(({ wnid, label }) => ({ wnid, label, labelLang: 'en' }))
        : await Promise.all(wnids.map((id) => client.labelInBatched(id, lang)));
      const credit = named.find((words): words is SynsetLabelIn => words.labelLang !== 'en' && 'credit' in words)?.credit ?? undefined;
      return { paths, labels: new Map(named.map(({ wnid, label, labelLang }) => [wnid, { label, lang: labelLang }])), credit };
    },
    args: () => [this.wnid, this.language || pageLanguage(this)] as const,
  });

  constructor() {
    super();
    new RerunFailedTask(this, this.hypernymPaths, whenDataLoadsAgain);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('wnid')) this.showAll = false;
  }

  private renderPath(path: string[], labels: HypernymPaths['labels'], index: number, count: number): TemplateResult {
    const last = path.length - 1;
    const name = (wnid: string) => labels.get(wnid)?.label ?? wnid;
    const lang = (wnid: string) => labels.get(wnid)?.lang ?? nothing;
    return html`<li>
      <ol part="path" class="path" aria-label=${count > 1 ? `Path ${index + 1} of ${count}` : 'Hypernym path'}>
        ${path.map((wnid, step) =>
          step === last
            ? html`<li><span part="current" class="current" aria-current="location" lang=${lang(wnid)} dir="auto">${name(wnid)}</span></li>`
            : html`<li>
                <a part="step" href="#/${wnid}" data-wnid=${wnid} title=${wnid} lang=${lang(wnid)} dir="auto">${name(wnid)}</a
                ><span class="separator" aria-hidden="true">›</span>
              </li>`,
        )}
      </ol>
    </li>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const task = this.hypernymPaths;
    if (task.status === TaskStatus.ERROR) return html`<p class="error" role="alert">Could not load the paths: ${errorText(task.error)}</p>`;
    if (!task.value) return task.status === TaskStatus.PENDING ? html`<p class="loading">Loading paths…</p>` : nothing;
    const { paths, labels, credit } = task.value;
    const shown = this.showAll ? paths : paths.slice(0, this.collapsedCount);
    return html`
      <ol
        class="paths ${task.status === TaskStatus.PENDING ? 'stale' : ''}"
        aria-label="Hypernym paths"
        @click=${(event: MouseEvent) => selectOnLinkClick(this, event)}
      >
        ${shown.map((path, index) => this.renderPath(path, labels, index, paths.length))}
      </ol>
      ${
        paths.length > shown.length
          ? html`<button class="text-button" @click=${() => (this.showAll = true)}>Show all ${paths.length} paths</button>`
          : nothing
      }
      ${credit ? html`<p class="credit" part="credit" dir="auto">${credit}</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-path': SynsetPath;
  }
}
