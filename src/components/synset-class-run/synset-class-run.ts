import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { labelsOf } from '../class-labels.js';
import { formatNumber } from '../../core/number-format.js';
import { formatPercent, formatPoints, type NodeAccuracy, type RunClass, type RunFigures } from '../run-figures.js';
import { tokenStyles } from '../tokens.styles.js';
import { telling } from './errors-under.js';

/**
 * A model's run on one synset, for the explorer's card column: below any synset, the accuracy of
 * the images whose true class lies there; for a 1k class, its accuracy and ReaL accuracy, the
 * classes its images are most taken for (each a link to the two compared, with the count and
 * where they meet), and how many of its errors stay under each ancestor ("82% of its errors
 * stay under dog"); against a baseline, the differences. Nothing without a run, or where no
 * image lies.
 *
 * @csspart figures - The figures' list.
 * @csspart confusions - The list of confusions.
 */
@customElement('synset-class-run')
export class SynsetClassRun extends LitElement {
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
      p,
      ul {
        margin: 0.3rem 0;
      }
      ul {
        padding-inline-start: 1.2rem;
      }
      a {
        color: var(--_accent);
      }
      .muted {
        color: var(--_muted);
      }
      .worse {
        color: var(--_danger);
      }
    `,
  ];

  /** The synset shown (a wnid). */
  @property({ reflect: true }) wnid = '';
  /** The run shown (the explorer's "Your model"), or null: nothing is drawn. */
  @property({ attribute: false }) run: RunFigures | null = null;
  /** The address comparing the synset with another class (the explorer's `#/A..B`). */
  @property({ attribute: false }) compareHref: (other: string) => string = (other) => `#/${this.wnid}..${other}`;

  /** Names of the classes and ancestors the figures mention. */
  private readonly labels = new Task(this, {
    task: ([wnid, run]) => {
      const shown = run?.classOf(wnid);
      if (!shown) return new Map<string, string>();
      return labelsOf([...shown.figures.confusions.flatMap((c) => [c.wnid, c.lca]), ...shown.errorsUnder.map((a) => a.wnid)]);
    },
    args: () => [this.wnid, this.run] as const,
  });

  private label(wnid: string): string {
    return this.labels.value?.get(wnid) ?? wnid;
  }

  private renderDifference(difference: number | null): TemplateResult | typeof nothing {
    if (difference === null) return nothing;
    return html` <span class=${difference < 0 ? 'worse' : 'muted'}>(${formatPoints(difference)} against the baseline)</span>`;
  }

  private renderClass(shown: RunClass, accuracy: NodeAccuracy): TemplateResult {
    const { figures, baseline } = shown;
    const real = figures.realTop1 === null ? null : { share: figures.realTop1, images: figures.realImages! };
    const realDifference = real && baseline?.realTop1 != null ? real.share - baseline.realTop1 : null;
    const lines = telling(shown.errorsUnder, figures.errors);
    return html`<ul part="figures">
        <li>
          Top-1: ${formatPercent(accuracy.share)} of ${formatNumber(figures.images)} images${this.renderDifference(accuracy.difference)}
        </li>
        ${real ? html`<li>ReaL top-1: ${formatPercent(real.share)} of the ${formatNumber(real.images)} ReaL labels${this.renderDifference(realDifference)}</li>` : nothing}
        <li>${formatNumber(figures.errors)} wrong</li>
      </ul>
      ${
        figures.confusions.length > 0
          ? html`<p>Most often taken for:</p>
              <ul part="confusions">
                ${figures.confusions.map(
                  (c) =>
                    html`<li>
                      <a href=${this.compareHref(c.wnid)}>${this.label(c.wnid)}</a>: ${formatNumber(c.count)}
                      ${c.count === 1 ? 'image' : 'images'} <span class="muted">(meet at ${this.label(c.lca)})</span>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        lines.length > 0
          ? html`<ul>
              ${lines.map(
                (line) =>
                  html`<li>
                    ${formatPercent(line.errors / figures.errors)} of its errors (${formatNumber(line.errors)}) stay under
                    ${this.label(line.wnid)}
                  </li>`,
              )}
            </ul>`
          : nothing
      }`;
  }

  protected override updated(): void {
    // Nothing to say (no run, no issues): the box goes too.
    this.hidden = ![...this.renderRoot.children].some((child) => child.localName !== 'style');
  }

  protected override render(): TemplateResult | typeof nothing {
    const accuracy = this.run?.accuracy(this.wnid);
    if (!this.run || !accuracy) return nothing;
    const shown = this.run.classOf(this.wnid);
    return html`<h3>Your model: ${this.run.summary.fileName}</h3>
      ${
        shown
          ? this.renderClass(shown, accuracy)
          : html`<p>
              Top-1 ${formatPercent(accuracy.share)} of the ${formatNumber(accuracy.images)} images whose class is at or below
              it${this.renderDifference(accuracy.difference)}
            </p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-class-run': SynsetClassRun;
  }
}
