import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { getSynsetClient } from '../../client/client.js';
import { formatNumber } from '../../core/number-format.js';
import type { ClassCount, KnownIssues } from '../../worker/api.js';
import { labelsOf } from '../class-labels.js';
import { errorText } from '../error-text.js';
import { formatPercent } from '../run-figures.js';
import { tokenStyles } from '../tokens.styles.js';

/**
 * What is known to be wrong with a 1k class's validation labels, each with its source: how
 * often ReaL (Beyer et al. 2020) keeps the class's label and which classes it adds; what
 * cleanlab's crowd check (Northcutt et al. 2021) found and what the errors were relabelled as;
 * which classes experts found confusable with it (Vasudevan et al. 2022). All three are
 * Apache-2.0 and credited here. Nothing for a synset that is no 1k class. The table is fetched
 * the first time a class is shown.
 *
 * @csspart issues - The list of issues.
 */
@customElement('synset-label-issues')
export class SynsetLabelIssues extends LitElement {
  static override styles = [
    tokenStyles,
    css`
      :host {
        display: block;
        margin-top: 0.75rem;
        padding: 1rem 1.25rem;
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-radius: calc(var(--_radius) + 2px);
        font-size: 0.875rem;
      }
      :host([hidden]) {
        display: none;
      }
      h3 {
        margin: 0 0 0.4rem;
        font-size: 0.95rem;
      }
      ul {
        margin: 0.3rem 0;
        padding-inline-start: 1.2rem;
      }
      li {
        margin: 0.15rem 0;
      }
      .source,
      .muted {
        color: var(--_muted);
        font-size: 0.8rem;
      }
      .error {
        color: var(--_danger);
      }
    `,
  ];

  /** The synset shown (a wnid): a 1k class has issues to show. */
  @property({ reflect: true }) wnid = '';

  private readonly issues = new Task(this, {
    task: async ([wnid]) => {
      if (!wnid) return null;
      const issues = await getSynsetClient().knownIssues(wnid);
      if (!issues) return null;
      const mentioned = [...issues.real.added, ...issues.crowd.relabelled, ...issues.confusable].map((c) => c.wnid);
      return { issues, labels: await labelsOf(mentioned) };
    },
    args: () => [this.wnid] as const,
  });

  private list(counts: readonly ClassCount[], labels: ReadonlyMap<string, string>, unit: boolean): string {
    return counts.map((c) => `${labels.get(c.wnid) ?? c.wnid}${unit ? ` (${formatNumber(c.count)})` : ''}`).join(', ');
  }

  private renderIssues(issues: KnownIssues, labels: ReadonlyMap<string, string>): TemplateResult {
    const { real, crowd, confusable } = issues;
    return html`<ul part="issues">
        <li>
          ReaL keeps the label on ${formatNumber(real.kept)} of the ${formatNumber(real.labelled)} images it
          labels${real.agreement === null ? '' : ` (${formatPercent(real.agreement)})`}
          <span class="source">(ReaL, Beyer et al. 2020)</span>
        </li>
        ${real.added.length > 0 ? html`<li>Classes ReaL adds to its images: ${this.list(real.added, labels, true)}</li>` : nothing}
        <li>
          ${
            crowd.checked === 0
              ? 'No image of it was among the crowd-checked candidates'
              : html`${formatNumber(crowd.checked)} images crowd-checked: ${formatNumber(crowd.givenRejected)} lost their label,
                ${formatNumber(crowd.confirmed)} confirmed as another
                class${crowd.relabelled.length > 0 ? `: ${this.list(crowd.relabelled, labels, true)}` : ''}`
          }
          <span class="source">(cleanlab, Northcutt et al. 2021)</span>
        </li>
        ${
          confusable.length > 0
            ? html`<li>
                Confusable with: ${this.list(confusable, labels, false)}
                <span class="source">(experts, Vasudevan et al. 2022)</span>
              </li>`
            : nothing
        }
      </ul>
      <p class="source">
        Of the class's ${formatNumber(real.images)} validation images. Sources under Apache-2.0: Google Research, cleanlab.
      </p>`;
  }

  protected override updated(): void {
    // Nothing to say (no run, no issues): the box goes too.
    this.hidden = ![...this.renderRoot.children].some((child) => child.localName !== 'style');
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.issues.status === TaskStatus.ERROR) {
      return html`<p class="error" role="status">Could not show the known label issues: ${errorText(this.issues.error)}</p>`;
    }
    const value = this.issues.value;
    if (!value) return nothing;
    return html`<h3>Known label issues</h3>
      ${this.renderIssues(value.issues, value.labels)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-label-issues': SynsetLabelIssues;
  }
}
