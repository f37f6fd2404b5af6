import { LitElement, html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { getSynsetClient } from '../../client/client.js';
import { errorText } from '../error-text.js';
import { ROOT_WNID } from '../../core/wnid.js';
import type { SubtreeLayout } from '../../worker/api.js';
import { DEFAULT_SPACE, type LabelSpaceName } from '../../core/label-space-name.js';
import { SynsetGroupHoverEvent, SynsetSelectEvent } from '../events.js';
import { RerunFailedTask } from '../rerun-failed-task.js';
import { whenDataLoadsAgain } from '../when-data-loads-again.js';
import type { RunFigures } from '../run-figures.js';
import type { ClassGrouping } from '../class-grouping.js';
import {
  labelMetrics,
  mixedPattern,
  RADIUS,
  renderBand,
  renderCentreText,
  renderItself,
  renderLabel,
  sunburstCaption,
  RINGS_RADIUS_GROUPED,
} from './sunburst-draw.js';
import { renderArc, type ArcActions } from './sunburst-arc.js';
import { groupView, type GroupView } from './sunburst-groups.js';
import { sunburstKeyTarget } from './sunburst-keys.js';
import { fitLabel, type LabelFit } from './sunburst-labels.js';
import { layoutInLanguage } from './sunburst-language.js';
import { pageLanguage } from '../page-language.js';
import { layoutSunburst, type SunburstArc } from './sunburst-layout.js';
import { synsetSunburstStyles } from './synset-sunburst.styles.js';

const CLASS_UNIT: [string, string] = ['class', 'classes'];
const UNIT: Partial<Record<LabelSpaceName, [string, string]>> = {
  all: ['noun', 'nouns'],
  '21k': ['ImageNet synset', 'ImageNet synsets'],
  '1k': ['ILSVRC class', 'ILSVRC classes'],
};

/**
 * A zoomable sunburst of a synset's subtree (SVG; d3-hierarchy partition, d3-shape arcs): the
 * root in the centre, three levels of descendants around it, each arc sized by the classes of
 * the filter it stands for (ILSVRC classes for `1k`, ImageNet synsets for `21k`, nouns for
 * `all`). WordNet is too wide to draw whole, so the worker sends a few levels at a time; clicking
 * an arc zooms into it and selects it (a leaf is only selected), clicking the centre zooms out
 * to the parent. When the centre is itself a class, its own share of the first ring is drawn
 * dashed and labelled "itself". For the keyboard the centre and the first ring's arcs are
 * buttons and one Tab stop together: arrow keys walk them, Home and End go to the centre and
 * the last arc, Enter or Space zooms. The tree is the full keyboard view of the same data.
 *
 * With a {@link grouping}, arcs are coloured by their classes' groups (one group: its colour;
 * several: hatched; none: grey) and a band around the rings shows each group's share at every
 * angle (the rule: `sunburst-groups.ts`).
 *
 * @fires synset-select - An arc was clicked (zoomed into, or a leaf selected) or the centre (zoomed out). `detail.wnid`.
 * @fires synset-group-hover - Under a grouping, the pointer entered an arc or band stretch of one group (`detail.group`), or one of several or none, or left the drawing (null).
 * @csspart svg - The drawing.
 * @csspart caption - The line under it: what the sizes and colours mean, and whether levels were cut.
 * @csspart credit - In another language, the line crediting the source of the arcs' names.
 * @csspart empty - The sentence shown instead of the drawing when nothing of the filter lies at or below the root.
 * @cssproperty --synset-sunburst-ungrouped - Fill of arcs and band stretches of classes no group places, and the stripes of mixed arcs, while a grouping colours the drawing (default a grey).
 * @cssproperty --synset-sunburst-size - Most width and height (default 32rem).
 */
@customElement('synset-sunburst')
export class SynsetSunburst extends LitElement {
  static override styles = synsetSunburstStyles;

  /** The synset in the centre (any id form; default entity). */
  @property({ reflect: true }) root = ROOT_WNID;

  /** Which synsets count and show: `21k` (default), `1k` or `all`. */
  @property({ reflect: true }) filter: LabelSpaceName = DEFAULT_SPACE;

  /** A synset to outline if it is drawn (the explorer marks the selection when it shows a leaf's parent). */
  @property({ reflect: true }) highlight = '';

  /** The language of the arcs' names (`zh`, `fr`, `ar`...; English where it has none); unset, the page's `lang`. */
  @property({ attribute: 'lang' }) language = '';

  /** Levels drawn around the centre (default 3). */
  @property({ type: Number }) depth = 3;

  /**
   * The filter's classes grouped (the explorer's Groups): arcs take their classes' groups'
   * colours instead of their branch's, and a band shows the groups. Null: coloured by branch.
   */
  @property({ attribute: false }) grouping: ClassGrouping | null = null;

  /** A model's run (the explorer's "Your model"): without a grouping, arcs take their accuracy's shade on the lightness ramp. */
  @property({ attribute: false }) run: RunFigures | null = null;

  /** Under a grouping, a group to bring forward (the legend's pointer): its arcs and band stretches stand out, the rest dim. */
  @property({ type: Number, attribute: 'highlight-group' }) highlightGroup: number | null = null;

  /**
   * The arc under the pointer or focus, named in the centre while it belongs to the drawing on
   * screen: an arc of an earlier drawing (the root changed while it had the focus, or the pointer
   * crossed the old drawing while the new one loaded) never names the new centre.
   */
  @state() private hovered: SunburstArc | null = null;

  /** Whether a drawing was laid out already: only the first waits for a quiet moment. */
  private drawn = false;

  /** The keyboard stop that holds the drawing's one Tab stop (a first-ring arc's wnid; empty: the centre). */
  @state() private focusStop = '';

  private readonly subtree = new Task(this, {
    task: async ([root, filter, depth, lang], { signal }) => {
      const layout: SubtreeLayout = await getSynsetClient().subtree(root, { in: filter, depth, maxNodes: 2500 });
      // Another root or filter is asked for meanwhile: this drawing's layout would be thrown away.
      signal.throwIfAborted();
      const named = await layoutInLanguage(layout, lang);
      // The first drawing waits until the page's other questions are answered (at most a second)
      // and then for a quiet moment (at most 200 ms): on a page that is starting, as the
      // explorer's is, its hundred milliseconds of drawing and layout would come before the
      // tree's rows and the card, which matter first. An idle moment alone came too early: the
      // main thread is idle while the worker works on the card's answer.
      if (!this.drawn) {
        await getSynsetClient().settled(1000);
        await quietMoment(200);
      }
      this.drawn = true;
      return named;
    },
    args: () => [this.root, this.filter, this.depth, this.language || pageLanguage(this)] as const,
  });

  /** Under a grouping, every drawn node's classes by group (all of them, not only those drawn). */
  private readonly groupCounts = new Task(this, {
    task: async ([layout, grouping]) => {
      if (!layout || !grouping) return undefined;
      const below = await getSynsetClient().groupsBelow(grouping.set, grouping.groupOf, layout.wnids);
      return { layout, grouping, below };
    },
    args: () => [this.subtree.value, this.groupingShown] as const,
  });

  constructor() {
    super();
    new RerunFailedTask(this, this.subtree, whenDataLoadsAgain);
    new RerunFailedTask(this, this.groupCounts, whenDataLoadsAgain);
  }

  /** The grouping, when it groups the filter's classes. */
  private get groupingShown(): ClassGrouping | null {
    return this.grouping?.set === this.filter ? this.grouping : null;
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
    const rootWnid = this.subtree.value?.wnids[0];
    if (!rootWnid) return;
    const parent = await getSynsetClient().firstParent(rootWnid);
    if (parent) this.zoomTo(parent);
  }

  private onArcKey(event: KeyboardEvent, arc: SunburstArc, arcs: readonly SunburstArc[]): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.activate(arc);
      return;
    }
    const stops = arcs.filter((stop) => stop.depth <= 1);
    const target = sunburstKeyTarget(event.key, stops.indexOf(arc), stops.length);
    if (target === null) return;
    event.preventDefault();
    const next = stops[target]!;
    this.focusStop = next.depth === 0 ? '' : next.wnid;
    this.renderRoot.querySelector<SVGPathElement>(`path[data-arc="${arcs.indexOf(next)}"]`)?.focus();
  }

  /**
   * The arc focused names itself in the centre and keeps the Tab stop. Listened for on the HTML
   * wrapper, not on each arc: Chromium puts an SVG element with focus listeners of its own in the
   * Tab order, every arc of the drawing then.
   */
  private onFocusIn(event: FocusEvent, arcs: readonly SunburstArc[]): void {
    const arc = arcs[Number((event.target as Element).getAttribute('data-arc'))];
    if (!arc || arc.depth > 1) return;
    this.hovered = arc;
    this.focusStop = arc.depth === 0 ? '' : arc.wnid;
  }

  private onFocusOut(event: FocusEvent, arcs: readonly SunburstArc[]): void {
    const arc = arcs[Number((event.target as Element).getAttribute('data-arc'))];
    if (arc && this.hovered === arc) this.hovered = null;
  }

  private onArcEnter(arc: SunburstArc, view: GroupView | null): void {
    this.hovered = arc;
    if (view) this.hoverGroup(view.groups[arc.node]! >= 0 ? view.groups[arc.node]! : null);
  }

  private readonly hoverGroup = (group: number | null): void => {
    this.dispatchEvent(new SynsetGroupHoverEvent({ group }));
  };

  /** The arcs of a layout at a radius, laid out once. */
  private laidOut: { layout: SubtreeLayout; radius: number; arcs: SunburstArc[] } | null = null;

  private arcsOf(layout: SubtreeLayout, radius: number): SunburstArc[] {
    if (this.laidOut?.layout !== layout || this.laidOut.radius !== radius)
      this.laidOut = { layout, radius, arcs: layoutSunburst(layout, { radius }) };
    return this.laidOut.arcs;
  }

  /** The grouping's colours for this drawing; 'pending' while its counts come, null without a grouping. */
  private known: GroupView | null = null;

  private viewOfGroups(layout: SubtreeLayout, arcs: readonly SunburstArc[]): GroupView | 'pending' | null {
    const grouping = this.groupingShown;
    if (!grouping) return null;
    const counts = this.groupCounts.value;
    if (counts?.layout !== layout || counts.grouping !== grouping) return 'pending';
    if (this.known?.below !== counts.below) this.known = groupView(grouping, counts.below, layout, arcs);
    return this.known;
  }

  /** Each arc's label as it fits (see {@link fitLabel}), worked out once per drawing. */
  private labelFits: { arcs: readonly SunburstArc[]; fits: (LabelFit | null)[] } | null = null;

  /** Labels along the radius, inside their arcs: cut to fit, and left out where not a letter fits. */
  private renderLabels(arcs: readonly SunburstArc[]): (SVGTemplateResult | typeof nothing)[] {
    if (this.labelFits?.arcs !== arcs) {
      const metrics = labelMetrics(getComputedStyle(this).fontFamily);
      this.labelFits = { arcs, fits: arcs.map((arc) => (arc.depth === 0 ? null : fitLabel(arc, metrics))) };
    }
    const { fits } = this.labelFits;
    return arcs.map((arc, k) => renderLabel(arc, fits[k] ?? null, k));
  }
  /** Nothing of the filter at or below the root: a sentence, not an empty disc. */
  private renderNothingToShow(label: string, unit: [string, string]): TemplateResult {
    return html`<p class="empty" part="empty">No ${unit[1]} at or below ${label}: nothing to draw in the ${this.filter} view.</p>`;
  }

  protected override render(): TemplateResult {
    const task = this.subtree;
    if (task.status === TaskStatus.ERROR)
      return html`<p class="error" role="alert">Could not draw the sunburst: ${errorText(task.error)}</p>`;
    const layout = task.value;
    if (!layout) return html`<div class="placeholder" aria-busy="true">Loading…</div>`;
    const grouped = this.groupingShown !== null;
    const arcs = this.arcsOf(layout, grouped ? RINGS_RADIUS_GROUPED : RADIUS);
    const unit = UNIT[this.filter] ?? CLASS_UNIT;
    const centre = arcs[0];
    if (!centre || centre.value === 0) return this.renderNothingToShow(centre?.label ?? this.root, unit);
    const shown = this.hovered && arcs.includes(this.hovered) ? this.hovered : centre;
    const view = this.viewOfGroups(layout, arcs);
    const tabStop = (this.focusStop && arcs.find((arc) => arc.depth === 1 && arc.wnid === this.focusStop)) || centre;
    const pending = task.status === TaskStatus.PENDING || view === 'pending';
    const run = grouped ? null : this.run;
    const scene = { unit, view, run, hovered: this.hovered, highlight: this.highlight, highlightGroup: this.highlightGroup, tabStop };
    const actions: ArcActions = {
      activate: (arc) => this.activate(arc),
      enter: (arc, groups) => this.onArcEnter(arc, groups),
      key: (event, arc) => this.onArcKey(event, arc, arcs),
    };
    return html`<div
        class="drawing"
        @focusin=${(event: FocusEvent) => this.onFocusIn(event, arcs)}
        @focusout=${(event: FocusEvent) => this.onFocusOut(event, arcs)}
      >
        <svg
          part="svg"
          viewBox="${-RADIUS} ${-RADIUS} ${2 * RADIUS} ${2 * RADIUS}"
          role="group"
          aria-label="Sunburst of ${centre.label}"
          class="${pending ? 'stale' : ''} ${run ? 'by-accuracy' : ''}"
          @pointerleave=${() => {
            this.hovered = null;
            if (grouped) this.hoverGroup(null);
          }}
        >
          ${grouped ? mixedPattern : nothing}
          <g>${arcs.map((arc, k) => renderArc(arc, k, scene, actions))}</g>
          ${renderItself(arcs, unit, labelMetrics(getComputedStyle(this).fontFamily))}
          ${
            view && view !== 'pending'
              ? renderBand(
                  view.band,
                  (group) => (group >= 0 ? view.names[group]! : 'in no group'),
                  unit,
                  this.highlightGroup,
                  this.hoverGroup,
                )
              : nothing
          }
          <g class="labels" aria-hidden="true">${this.renderLabels(arcs)}</g>
          ${renderCentreText(shown, unit)}
        </svg>
        <span id="keys" class="visually-hidden">Arrow keys move between the centre and the first ring.</span>
      </div>
      <p class="caption" part="caption">${sunburstCaption(this.filter, arcs, layout.truncated, unit, grouped)}</p>
      ${layout.credit ? html`<p class="credit" part="credit" dir="auto">${layout.credit}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-sunburst': SynsetSunburst;
  }
}

/** Resolves when the page's main thread is idle, or after `timeoutMs` (at once where the browser cannot tell). */
function quietMoment(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else resolve();
  });
}
