import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { labelsOf } from '../class-labels.js';
import { formatPercent, formatPoints, type ClassChange } from '../run-figures.js';
import { tokenStyles } from '../tokens.styles.js';

/**
 * A run against its baseline, class by class: the classes whose top-1 accuracy dropped most and
 * those that gained most, each a link to the class with both accuracies. Folded until opened,
 * so a glance at the headline costs no space. Nothing without a baseline.
 *
 * @csspart drops - The list of the largest drops.
 * @csspart gains - The list of the largest gains.
 */
@customElement('synset-run-changes')
export class SynsetRunChanges extends LitElement {
  static override styles = [
    tokenStyles,
    css`
      :host {
        display: block;
        font-size: 0.8125rem;
      }
      summary {
        cursor: pointer;
        color: var(--_accent);
      }
      .lists {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 2rem;
      }
      h4 {
        margin: 0.4rem 0 0.2rem;
        font-size: 0.8125rem;
      }
      ol {
        margin: 0;
        padding-inline-start: 1.6rem;
      }
      .worse {
        color: var(--_danger);
      }
      .muted {
        color: var(--_muted);
      }
    `,
  ];

  /** How many classes each list shows at most (default 10). */
  @property({ type: Number }) count = 10;
  /** Every class's change, the largest drop first (`RunFigures.classChanges()`). */
  @property({ attribute: false }) changes: readonly ClassChange[] = [];
  /** Where a class's link goes (the explorer's address of the class). */
  @property({ attribute: false }) href: (wnid: string) => string = (wnid) => `#/${wnid}`;

  private get drops(): readonly ClassChange[] {
    return this.changes.slice(0, this.count).filter((change) => change.difference < 0);
  }

  private get gains(): readonly ClassChange[] {
    return this.changes
      .slice(Math.max(0, this.changes.length - this.count))
      .reverse()
      .filter((change) => change.difference > 0);
  }

  private readonly labels = new Task(this, {
    task: ([drops, gains]) => labelsOf([...drops, ...gains].map((change) => change.wnid)),
    args: () => [this.drops, this.gains] as const,
    argsEqual: ([a, b], [c, d]) =>
      a.length === c.length && b.length === d.length && a.every((x, k) => x === c[k]) && b.every((x, k) => x === d[k]),
  });

  private renderList(changes: readonly ClassChange[], part: string, heading: string): TemplateResult {
    return html`<div>
      <h4>${heading}</h4>
      ${
        changes.length === 0
          ? html`<p class="muted">none</p>`
          : html`<ol part=${part}>
              ${changes.map(
                (change) =>
                  html`<li>
                    <a href=${this.href(change.wnid)}>${this.labels.value?.get(change.wnid) ?? change.wnid}</a>
                    <span class=${change.difference < 0 ? 'worse' : ''}>${formatPoints(change.difference)}</span>
                    <span class="muted">(${formatPercent(change.baseline)} → ${formatPercent(change.share)})</span>
                  </li>`,
              )}
            </ol>`
      }
    </div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.changes.length === 0) return nothing;
    return html`<details>
      <summary>Classes that changed most against the baseline (top-1)</summary>
      <div class="lists">
        ${this.renderList(this.drops, 'drops', 'Largest drops')} ${this.renderList(this.gains, 'gains', 'Largest gains')}
      </div>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-run-changes': SynsetRunChanges;
  }
}
