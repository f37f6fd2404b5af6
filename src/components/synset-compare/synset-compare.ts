import { LitElement, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { getSynsetClient } from '../../client/client.js';
import { errorText } from '../error-text.js';
import { SpaceCaptionController } from '../space-caption.js';
import type { Comparison } from '../../worker/api.js';
import { SynsetCompareCloseEvent, SynsetSelectEvent } from '../events.js';
import { RerunFailedTask } from '../rerun-failed-task.js';
import { whenDataLoadsAgain } from '../when-data-loads-again.js';
import { layoutComparison, type CompareLayout, type ComparePoint } from './compare-layout.js';
import { synsetCompareStyles } from './synset-compare.styles.js';
import { formatDecimal } from '../../core/number-format.js';

/**
 * Two synsets compared: their hypernym paths drawn joined at their lowest common hypernym (the
 * shared trunk from entity down to it, then a branch to each; SVG, d3-shape links), and beside
 * it the figures `client.compare` gives (see docs/hierarchy-metrics.md): the LCA and its depth,
 * the path length, the path, Wu-Palmer and Leacock-Chodorow similarities, and the severity of
 * mistaking one for the other, relative to the label space `set`.
 *
 * @fires synset-select - A synset of the drawing was clicked. `detail.wnid`.
 * @fires synset-compare-close - The close button: `detail.wnid` is `a`, which stays selected.
 * @csspart drawing - The SVG of the two paths.
 * @csspart figures - The list of figures.
 * @csspart close - The close button.
 * @cssproperty --synset-compare-a - Colour of the branch to `a` (default the accent).
 * @cssproperty --synset-compare-b - Colour of the branch to `b` (default the 1k colour).
 */
@customElement('synset-compare')
export class SynsetCompare extends LitElement {
  static override styles = synsetCompareStyles;

  /** The first synset (any id form). */
  @property({ reflect: true }) a = '';

  /** The second synset (any id form). */
  @property({ reflect: true }) b = '';

  /** The label space severity is relative to (its classes' largest max depth is H); default `1k`. */
  @property({ reflect: true }) set = '1k';

  /** The comparison, named and drawn; none until both synsets are given. */
  private readonly comparison = new Task(this, {
    task: async ([a, b, set], { signal }) => {
      if (!a || !b) return undefined;
      const client = getSynsetClient();
      const comparison: Comparison = await client.compare(a, b, set);
      // Another pair is asked for meanwhile: this one's names and drawing are not needed.
      signal.throwIfAborted();
      const wnids = [...new Set([...comparison.pathA, ...comparison.pathB])];
      const names = await Promise.all(wnids.map((wnid) => client.nameBatched(wnid)));
      const labels = new Map(names.map((name) => [name.wnid, name.label]));
      const layout = layoutComparison(comparison.pathA, comparison.pathB, (wnid) => labels.get(wnid) ?? wnid);
      return { comparison, labels, layout, set };
    },
    args: () => [this.a, this.b, this.set],
  });

  /** How the set is named in the figures: a custom list by its description. */
  private readonly captions = new SpaceCaptionController(this);

  constructor() {
    super();
    new RerunFailedTask(this, this.comparison, whenDataLoadsAgain);
  }

  /**
   * Fits the drawing's box to what was drawn: the layout sizes it by counting characters, which
   * a long name in bold outgrows (cut at the edge on a phone). Only the attributes change, so
   * the next render, if the layout is the same, leaves them.
   */
  protected override updated(): void {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg[part=drawing]');
    if (!svg) return;
    const drawn = svg.getBBox();
    // Not laid out (the element is hidden): the estimate stands until it is.
    if (drawn.width === 0) return;
    const pad = 4;
    const width = Math.ceil(drawn.width + 2 * pad);
    svg.setAttribute('viewBox', `${Math.floor(drawn.x - pad)} ${Math.floor(drawn.y - pad)} ${width} ${Math.ceil(drawn.height + 2 * pad)}`);
    svg.setAttribute('width', String(width));
  }

  private renderPoint(point: ComparePoint): SVGTemplateResult {
    const x = point.anchor === 'end' ? point.x - 8 : point.x + 8;
    return svg`<g
      class="point side-${point.side} ${point.isLca ? 'lca' : ''} ${point.isEnd ? 'end' : ''}"
      data-wnid=${point.wnid}
      @click=${() => this.dispatchEvent(new SynsetSelectEvent({ wnid: point.wnid }))}
    >
      <circle cx=${point.x} cy=${point.y} r=${point.isLca || point.isEnd ? 5 : 3.5}></circle>
      <text x=${x} y=${point.y} dy="0.35em" text-anchor=${point.anchor}>${point.label}</text>
      <title>${point.label} (${point.wnid})${point.isLca ? ': lowest common hypernym' : ''}</title>
    </g>`;
  }

  private renderDrawing(layout: CompareLayout, label: string): SVGTemplateResult {
    const { box } = layout;
    return svg`<svg
      part="drawing"
      viewBox="${box.x} ${box.y} ${box.width} ${box.height}"
      width=${box.width}
      role="img"
      aria-label=${label}
    >
      <g class="links">${layout.links.map((link) => svg`<path class="link side-${link.side}" d=${link.d}></path>`)}</g>
      <g class="points">${layout.points.map((point) => this.renderPoint(point))}</g>
    </svg>`;
  }

  private renderFigures(comparison: Comparison, labels: ReadonlyMap<string, string>, set: string): TemplateResult {
    const d = comparison.distance;
    const lcaLabels = d.lca.map((wnid) => labels.get(wnid) ?? wnid).join(', ');
    const figures: [string, string, string][] = [
      ['lca', 'Lowest common hypernym', `${lcaLabels} (${d.lca.join(', ')})`],
      ['lcaDepth', 'LCA depth', String(d.lcaDepth)],
      ['pathLength', 'Path length', String(d.pathLength)],
      ['pathSimilarity', 'Path similarity', formatDecimal(d.pathSimilarity)],
      ['wupSimilarity', 'Wu-Palmer similarity', formatDecimal(d.wupSimilarity)],
      ['lchSimilarity', 'Leacock-Chodorow similarity', formatDecimal(d.lchSimilarity)],
      ['severity', `Severity in ${this.captions.caption(set)}`, String(d.severity)],
    ];
    return html`<dl class="figures" part="figures">
      ${figures.map(
        ([key, term, value]) =>
          html`<div class="figure" data-figure=${key}>
            <dt>${term}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>`;
  }

  protected override render(): TemplateResult {
    const task = this.comparison;
    if (task.status === TaskStatus.ERROR) return html`<p class="error" role="alert">Could not compare: ${errorText(task.error)}</p>`;
    const value = task.value;
    if (!value) return html`<p class="placeholder" aria-busy="true">Comparing…</p>`;
    const { comparison, labels, layout, set } = value;
    const nameA = labels.get(comparison.distance.a) ?? comparison.distance.a;
    const nameB = labels.get(comparison.distance.b) ?? comparison.distance.b;
    const lca = labels.get(comparison.distance.lca[0]!) ?? '';
    const pending = task.status === TaskStatus.PENDING;
    return html`<div class="compare ${pending ? 'stale' : ''}" aria-busy=${pending}>
      <div class="heading">
        <h2 class="title"><span class="name-a">${nameA}</span> <span class="vs">and</span> <span class="name-b">${nameB}</span></h2>
        <button
          class="close"
          part="close"
          aria-label="Close the comparison"
          title="Close the comparison"
          @click=${() => this.dispatchEvent(new SynsetCompareCloseEvent({ wnid: comparison.distance.a }))}
        >
          ×
        </button>
      </div>
      ${this.renderFigures(comparison, labels, set)}
      <div class="drawing-wrap">${this.renderDrawing(layout, `Hypernym paths of ${nameA} and ${nameB}, joined at ${lca}`)}</div>
      <p class="caption">
        Severity ${set === '1k' ? 'in the 1k' : `in ${this.captions.caption(set)}`}: the largest depth of its classes minus the LCA's
        depth.${nothing}
      </p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-compare': SynsetCompare;
  }
}
