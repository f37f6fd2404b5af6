/**
 * The card's "In other WordNets" section: the synset's ILI, WordNet 3.1 and Open English WordNet
 * ids, with copy buttons and a link to the synset's page on Open English WordNet, crediting CILI,
 * whose maps they come from. A controller beside the card: it owns the query (which fetches the
 * version map's part the first time a card asks) and renders the section.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { getSynsetClient } from '../../client/client.js';
import type { VersionIds } from '../../worker/api.js';
import { errorText } from '../error-text.js';
import { RerunFailedTask } from '../rerun-failed-task.js';
import { whenDataLoadsAgain } from '../when-data-loads-again.js';

/** Open English WordNet's page of a synset, by its id. */
export const OEWN_PAGE = 'https://en-word.net/id/';
/** Where the ILI and the version maps come from (CC BY 4.0: credited where they are shown). */
export const CILI_HOME = 'https://github.com/globalwordnet/cili';

export class CardVersionIds {
  private readonly ids: Task<[string], VersionIds | undefined>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    /** The synset to look up; '' until the card asks (it asks once its own content has come). */
    private readonly wnid: () => string,
  ) {
    this.ids = new Task(host, {
      task: async ([id]) => (id ? getSynsetClient().versionIds(id) : undefined),
      args: () => [wnid()],
    });
    new RerunFailedTask(host, this.ids, whenDataLoadsAgain);
  }

  /** The section; `copy` is called with the text and what it is ("ILI") when a copy button is pressed. */
  render(copy: (text: string, what: string) => void): TemplateResult {
    return html`<section
      part="section"
      aria-labelledby="versions-title"
      aria-busy=${this.ids.status === TaskStatus.PENDING || this.wnid() === ''}
    >
      <h3 class="section-heading" id="versions-title">In other WordNets</h3>
      ${this.renderIds(copy)}
      <p class="credit muted">ILI and WordNet 3.1 ids from the <a href=${CILI_HOME}>Collaborative Interlingual Index</a> (CC BY 4.0).</p>
    </section>`;
  }

  private renderIds(copy: (text: string, what: string) => void): TemplateResult {
    const task = this.ids;
    if (task.status === TaskStatus.ERROR) return html`<p class="muted">Could not show them: ${errorText(task.error)}</p>`;
    // Another synset's ids are not shown while this one's come.
    const ids = task.value;
    if (!ids || (ids.wnid !== this.wnid() && task.status === TaskStatus.PENDING)) return html`<p class="muted">Looking them up…</p>`;
    const copyButton = (text: string, what: string) =>
      html`<button class="copy" part="copy-button" aria-label="Copy ${what}" title="Copy ${what}" @click=${() => copy(text, what)}>
        Copy
      </button>`;
    const none = html`<span class="muted">none</span>`;
    return html`<dl class="versions">
        <div>
          <dt>ILI</dt>
          <dd><code>${ids.ili}</code>${copyButton(ids.ili, 'ILI')}</dd>
        </div>
        <div>
          <dt>WordNet 3.1</dt>
          <dd>${ids.wn31 === null ? none : html`<code>${ids.wn31}</code>${copyButton(ids.wn31, 'WordNet 3.1 id')}`}</dd>
        </div>
        <div>
          <dt>Open English WordNet</dt>
          <dd>${ids.oewn === null ? none : html`<a part="oewn-link" href=${OEWN_PAGE + ids.oewn}><code>${ids.oewn}</code></a>`}</dd>
        </div>
      </dl>
      ${ids.note === null ? nothing : html`<p class="muted version-note">${ids.note[0]!.toUpperCase() + ids.note.slice(1)}.</p>`}`;
  }
}
