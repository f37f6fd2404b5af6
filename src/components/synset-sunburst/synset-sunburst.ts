import { LitElement, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { arc as arcPath } from 'd3-shape';
import { scaleOrdinal } from 'd3-scale';
import { getSynsetClient } from '../../client/client.js';
import { errorText } from '../error-text.js';
import { ROOT_WNID } from '../../core/synset-index.js';
import type { SubtreeLayout } from '../../worker/api.js';
import type { Membership } from '../../core/membership.js';
import { SynsetSelectEvent } from '../events.js';
import { RerunFailedTask } from '../rerun-failed-task.js';
import { whenDataLoadsAgain } from '../when-data-loads-again.js';
import { groupColour, groupsByWnid, type ClassGrouping } from '../class-grouping.js';
import { arcGroups } from './sunburst-groups.js';
import { layoutSunburst, type SunburstArc } from './sunburst-layout.js';
import { synsetSunburstStyles } from './synset-sunburst.styles.js';

const RADIUS = 200;
const numberFormat = new Intl.NumberFormat('en');
const CLASS_UNIT: [string, string] = ['class', 'classes'];
const UNIT: Partial<Record<Membership, [string, string]>> = {
  all: ['noun', 'nouns'],
  '21k': ['ImageNet synset', 'ImageNet synsets'],
  '1k': ['ILSVRC class', 'ILSVRC classes'],
};
/** Ten hues that stay apart in light and dark mode (Tableau 10). */
const branchColour = scaleOrdinal<number, string>().range([
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
]);
const drawArc = arcPath<SunburstArc>()
  .startAngle((d) => d.x0)
  .endAngle((d) => d.x1)
  .padAngle((d) => Math.min((d.x1 - d.x0) / 2, 0.004))
  .padRadius(RADIUS / 2)
  .innerRadius((d) => d.y0)
  .outerRadius((d) => Math.max(d.y0, d.y1 - 1));

/**
 * A zoomable sunburst of a synset's subtree (SVG; d3-hierarchy partition, d3-shape arcs): the
 * root in the centre, three levels of descendants around it, each arc sized by the classes of
 * the filter it stands for (ILSVRC classes for `1k`, ImageNet synsets for `21k`, nouns for
 * `all`). WordNet is too wide to draw whole, so the worker sends a few levels at a time; clicking
 * an arc zooms into it and selects it (a leaf is only selected), clicking the centre zooms out
 * to the parent. The first
 * ring's arcs are keyboard buttons; the tree is the full keyboard view of the same data.
 *
 * @fires synset-select - An arc was clicked (zoomed into, or a leaf selected) or the centre (zoomed out). `detail.wnid`.
 * @csspart svg - The drawing.
 * @csspart caption - The line under it: what the sizes mean, and whether levels were cut.
 * @csspart empty - The sentence shown instead of the drawing when nothing of the filter lies at or below the root.
 * @cssproperty --synset-sunburst-ungrouped - Fill of arcs of no one group while a grouping colours the drawing (default a grey).
 * @cssproperty --synset-sunburst-size - Most width and height (default 32rem).
 */
@customElement('synset-sunburst')
export class SynsetSunburst extends LitElement {
  static override styles = synsetSunburstStyles;

  /** The synset in the centre (any id form; default entity). */
  @property({ reflect: true }) root = ROOT_WNID;

  /** Which synsets count and show: `21k` (default), `1k` or `all`. */
  @property({ reflect: true }) filter: Membership = '21k';

  /** A synset to outline if it is drawn (the explorer marks the selection when it shows a leaf's parent). */
  @property({ reflect: true }) highlight = '';

  /** Levels drawn around the centre (default 3). */
  @property({ type: Number }) depth = 3;

  /**
   * The filter's classes grouped (the explorer's Groups): arcs take their group's colour
   * instead of their branch's (the rule: `sunburst-groups.ts`). Null: coloured by branch.
   */
  @property({ attribute: false }) grouping: ClassGrouping | null = null;

  /** Each layout node's group under {@link grouping}, for the layout drawn. */
  private groupOfNode: { layout: SubtreeLayout; grouping: ClassGrouping; groups: Int32Array } | null = null;

  /**
   * The arc under the pointer or focus, named in the centre while it belongs to the drawing on
   * screen: an arc of an earlier drawing (the root changed while it had the focus, or the pointer
   * crossed the old drawing while the new one loaded) never names the new centre.
   */
  @state() private hovered: SunburstArc | null = null;

  private readonly subtree = new Task(this, {
    task: async ([root, filter, depth], { signal }) => {
      const layout: SubtreeLayout = await getSynsetClient().subtree(root, { in: filter, depth, maxNodes: 2500 });
      // Another root or filter is asked for meanwhile: this drawing's layout would be thrown away.
      signal.throwIfAborted();
      return { layout, arcs: layoutSunburst(layout, { radius: RADIUS }) };
    },
    args: () => [this.root, this.filter, this.depth],
  });

  constructor() {
    super();
    new RerunFailedTask(this, this.subtree, whenDataLoadsAgain);
  }

  private zoomTo(wnid: string): void {
    this.hovered = null;
    this.root = wnid;
    this.dispatchEvent(new SynsetSelectEvent({ wnid }));
  }

  /** An arc with synsets below it becomes the centre; a leaf is only selected. */
  private activate(arc: SunburstArc): void {
    if (arc.depth === 0) void this.zoomOut();
    else if (arc.hasChildren) this.zoomTo(arc.wnid);
    else this.dispatchEvent(new SynsetSelectEvent({ wnid: arc.wnid }));
  }

  private async zoomOut(): Promise<void> {
    const rootWnid = this.subtree.value?.layout.wnids[0];
    if (!rootWnid) return;
    const [path] = await getSynsetClient().ancestors(rootWnid);
    const parent = path?.[path.length - 2];
    if (parent) this.zoomTo(parent);
  }

  private onArcKey(event: KeyboardEvent, arc: SunburstArc): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    this.activate(arc);
  }

  /** The group each node of the layout is coloured by, worked out once per layout and grouping. */
  private nodeGroups(layout: SubtreeLayout): Int32Array | null {
    const grouping = this.grouping;
    if (!grouping || grouping.set !== this.filter) return null;
    const known = this.groupOfNode;
    if (known?.layout === layout && known.grouping === grouping) return known.groups;
    const { classGroup, superclassGroup } = groupsByWnid(grouping);
    this.groupOfNode = { layout, grouping, groups: arcGroups(layout, classGroup, superclassGroup) };
    return this.groupOfNode.groups;
  }

  private fillOf(arc: SunburstArc, groups: Int32Array | null): string | typeof nothing {
    if (arc.depth === 0) return nothing;
    if (!groups) return branchColour(arc.branch);
    const group = groups[arc.node]!;
    return group >= 0 ? groupColour(group) : nothing;
  }

  private renderArc(arc: SunburstArc, unit: [string, string], groups: Int32Array | null): SVGTemplateResult {
    const size = `${arc.label}: ${numberFormat.format(arc.below)} ${arc.below === 1 ? unit[0] : unit[1]} below`;
    // The centre and the first ring are buttons; their tooltip is their accessible name.
    const button = arc.depth <= 1;
    const name = arc.depth === 0 ? `Zoom out from ${arc.label}` : arc.hasChildren ? `Zoom into ${size}` : `Select ${size}`;
    return svg`<path
      d=${arc.depth === 0 ? `M0,${-arc.y1}A${arc.y1},${arc.y1} 0 1,1 0,${arc.y1}A${arc.y1},${arc.y1} 0 1,1 0,${-arc.y1}Z` : drawArc(arc)!}
      class="arc depth-${Math.min(arc.depth, 4)} ${arc === this.hovered ? 'hovered' : ''} ${arc.wnid === this.highlight && arc.depth > 0 ? 'highlighted' : ''} ${groups && arc.depth > 0 && groups[arc.node]! < 0 ? 'ungrouped' : ''}"
      fill=${this.fillOf(arc, groups)}
      data-group=${groups && arc.depth > 0 ? groups[arc.node]! : nothing}
      tabindex=${button ? '0' : nothing}
      role=${button ? 'button' : nothing}
      aria-label=${button ? name : nothing}
      @click=${() => this.activate(arc)}
      @pointerenter=${() => (this.hovered = arc)}
      @focus=${() => (this.hovered = arc)}
      @blur=${() => {
        if (this.hovered === arc) this.hovered = null;
      }}
      @keydown=${(event: KeyboardEvent) => this.onArcKey(event, arc)}
    ><title>${button ? name : size}</title></path>`;
  }

  /** Labels along the radius, on arcs wide and deep enough to hold a few letters. */
  private renderLabel(arc: SunburstArc): SVGTemplateResult | typeof nothing {
    const middleRadius = (arc.y0 + arc.y1) / 2;
    if (arc.depth === 0 || (arc.x1 - arc.x0) * middleRadius < 12) return nothing;
    const room = Math.floor((arc.y1 - arc.y0 - 6) / 6);
    const text = arc.label.length > room ? `${arc.label.slice(0, Math.max(1, room - 1))}…` : arc.label;
    const angle = (((arc.x0 + arc.x1) / 2) * 180) / Math.PI;
    return svg`<text transform="rotate(${angle - 90}) translate(${middleRadius},0) rotate(${angle < 180 ? 0 : 180})" dy="0.35em">${text}</text>`;
  }

  /**
   * The centre's name, count and unit, in user units sized so that a phone's drawing (about
   * 320 px for 400 units) still shows them at 11 px or more. The unit takes two lines (textContent
   * stays "ImageNet synsets"): one would not fit the disc at that size.
   */
  private renderCentreText(shown: SunburstArc, unit: [string, string]): SVGTemplateResult {
    const [first, second] = (shown.below === 1 ? unit[0] : unit[1]).split(' ');
    return svg`<g class="centre-text" aria-hidden="true">
      <text y="-13" class="centre-label">${shown.label.length > 14 ? `${shown.label.slice(0, 13)}…` : shown.label}</text>
      <text y="5" class="centre-value">${numberFormat.format(shown.below)}</text>
      <text y="22" class="centre-unit"><tspan x="0">${first}</tspan>${second ? svg` <tspan x="0" dy="15">${second}</tspan>` : nothing}</text>
    </g>`;
  }

  /** Nothing of the filter at or below the root: a sentence, not an empty disc. */
  private renderNothingToShow(label: string, unit: [string, string]): TemplateResult {
    return html`<p class="empty" part="empty">No ${unit[1]} at or below ${label}: nothing to draw in the ${this.filter} view.</p>`;
  }

  protected override render(): TemplateResult {
    const task = this.subtree;
    if (task.status === TaskStatus.ERROR)
      return html`<p class="error" role="alert">Could not draw the sunburst: ${errorText(task.error)}</p>`;
    if (!task.value) return html`<div class="placeholder" aria-busy="true">Loading…</div>`;
    const { layout, arcs } = task.value;
    const unit = UNIT[this.filter] ?? CLASS_UNIT;
    const centre = arcs[0];
    if (!centre || centre.value === 0) return this.renderNothingToShow(centre?.label ?? this.root, unit);
    const shown = this.hovered && arcs.includes(this.hovered) ? this.hovered : centre;
    const groups = this.nodeGroups(layout);
    return html`
      <svg
        part="svg"
        viewBox="${-RADIUS} ${-RADIUS} ${2 * RADIUS} ${2 * RADIUS}"
        role="group"
        aria-label="Sunburst of ${centre?.label ?? ''}"
        class=${task.status === TaskStatus.PENDING ? 'stale' : ''}
        @pointerleave=${() => (this.hovered = null)}
      >
        <g>${arcs.map((arc) => this.renderArc(arc, unit, groups))}</g>
        <g class="labels" aria-hidden="true">${arcs.map((arc) => this.renderLabel(arc))}</g>
        ${this.renderCentreText(shown, unit)}
      </svg>
      <p class="caption" part="caption">
        ${
          arcs.length <= 1
            ? `No narrower synsets in the ${this.filter} view.`
            : `Arcs sized by ${unit[1]} below${groups ? ', coloured by group (grey: several groups or none)' : ''}. Click an arc to zoom in, the centre to zoom out.${layout.truncated ? ' Some levels were cut to keep the drawing light.' : ''}`
        }
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-sunburst': SynsetSunburst;
  }
}
