/**
 * The sunburst's drawing parts that are not the element's own state: its geometry (a 400-unit
 * square around the centre), the arc paths, the branch colours, the band of groups around the
 * rings, and the labels' measure.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { arc as arcPath } from 'd3-shape';
import { scaleOrdinal } from 'd3-scale';
import { groupColour } from '../class-grouping.js';
import { MIXED, UNGROUPED, type BandSegment, type GroupView } from './sunburst-groups.js';
import { fitLabel, type LabelFit, type LabelMetrics } from './sunburst-labels.js';
import type { SunburstArc } from './sunburst-layout.js';
import { formatNumber } from '../../core/number-format.js';
import { TABLEAU_HUES } from '../categorical-hues.js';

/** Half the drawing's width, in its units. */
export const RADIUS = 200;
/** Under a grouping the rings end here, and the band of groups lies between the two. */
export const RINGS_RADIUS_GROUPED = 186;
const BAND_INNER = 189;

/** Ten hues that stay apart in light and dark mode (Tableau 10). */
export const branchColour = scaleOrdinal<number, string>().range([...TABLEAU_HUES, '#bab0ac']);

const drawArc = arcPath<Pick<SunburstArc, 'x0' | 'x1' | 'y0' | 'y1'>>()
  .startAngle((d) => d.x0)
  .endAngle((d) => d.x1)
  .padAngle((d) => Math.min((d.x1 - d.x0) / 2, 0.004))
  .padRadius(RADIUS / 2)
  .innerRadius((d) => d.y0)
  .outerRadius((d) => Math.max(d.y0, d.y1 - 1));

/** An arc's outline; the centre's is a full disc. */
export function arcOutline(arc: Pick<SunburstArc, 'x0' | 'x1' | 'y0' | 'y1' | 'depth'>): string {
  if (arc.depth === 0) return `M0,${-arc.y1}A${arc.y1},${arc.y1} 0 1,1 0,${arc.y1}A${arc.y1},${arc.y1} 0 1,1 0,${-arc.y1}Z`;
  return drawArc(arc)!;
}

/**
 * The diagonal hatching of a mixed arc (classes of several groups): a fill no group has, and
 * that no palette's next colour can take.
 */
export const mixedPattern = svg`<defs>
  <pattern id="mixed" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
    <rect width="6" height="6" class="mixed-ground"></rect>
    <rect width="2.5" height="6" class="mixed-stripe"></rect>
  </pattern>
</defs>`;

/** The fill of a band stretch or an arc of one group (-1: none). */
export function groupFill(group: number): string | undefined {
  return group >= 0 ? groupColour(group) : undefined;
}

/**
 * The band of groups: a stretch per run of classes of one group, clockwise, each with its
 * group's name and size in a tooltip. `highlight` is a group to bring forward (the legend's
 * pointer), dimming the others.
 */
export function renderBand(
  segments: readonly BandSegment[],
  nameOf: (group: number) => string,
  unit: [string, string],
  highlight: number | null,
  onHover: (group: number | null) => void,
): SVGTemplateResult {
  return svg`<g class="band" aria-hidden="true">${segments.map((segment) => {
    const state = highlight === null ? '' : segment.group === highlight ? 'group-on' : 'group-off';
    return svg`<path
      d=${drawArc({ x0: segment.x0, x1: segment.x1, y0: BAND_INNER, y1: RADIUS + 1 })!}
      class="band-segment ${segment.group < 0 ? 'ungrouped' : ''} ${state}"
      fill=${groupFill(segment.group) ?? 'var(--synset-sunburst-ungrouped, #b8bec8)'}
      data-group=${segment.group}
      @pointerenter=${() => onHover(segment.group >= 0 ? segment.group : null)}
    ><title>${nameOf(segment.group)}: ${segment.classes} ${segment.classes === 1 ? unit[0] : unit[1]}</title></path>`;
  })}</g>`;
}

/** The labels' font size in the drawing's units (the styles' `.labels text`). */
const LABEL_SIZE = 10;
let measuringContext: CanvasRenderingContext2D | null | undefined;

/** How wide a label is, from a canvas with the labels' font; without a canvas, a wide letter's guess. */
export function labelMetrics(fontFamily: string): LabelMetrics {
  measuringContext ??= document.createElement('canvas').getContext('2d');
  const context = measuringContext;
  if (context) context.font = `${LABEL_SIZE}px ${fontFamily}`;
  return {
    // A little more than measured: the SVG text may round its glyphs' advances up.
    measure: (text) => (context ? context.measureText(text).width * 1.03 + 0.5 : text.length * LABEL_SIZE * 0.7),
    lineHeight: LABEL_SIZE * 1.25,
    margin: 1.5,
  };
}

/** How an arc is painted: its fill, its classes, and its group as `data-group` says it. */
export interface ArcPaint {
  readonly fill: string | undefined;
  readonly classes: string;
  /** The group's index, `mixed`, `none`; undefined without a grouping (or while its counts come). */
  readonly group: string | undefined;
}

/**
 * An arc's paint: by branch without a grouping; under one, by its classes' groups (one group:
 * its colour; several: hatched; none, or counts still on their way: grey), the group `highlight`
 * standing out and the others stepping back.
 */
export function arcPaint(arc: SunburstArc, view: GroupView | 'pending' | null, highlight: number | null): ArcPaint {
  if (arc.depth === 0) return { fill: undefined, classes: '', group: undefined };
  if (view === null) return { fill: branchColour(arc.branch), classes: '', group: undefined };
  if (view === 'pending') return { fill: undefined, classes: 'ungrouped', group: undefined };
  const group = view.groups[arc.node]!;
  const emphasis = highlight === null ? '' : group === highlight ? 'group-on' : 'group-off';
  if (group === MIXED) return { fill: 'url(#mixed)', classes: `mixed ${emphasis}`, group: 'mixed' };
  if (group === UNGROUPED) return { fill: undefined, classes: `ungrouped ${emphasis}`, group: 'none' };
  return { fill: groupFill(group), classes: emphasis, group: String(group) };
}

/** A label along its arc's radius, as {@link fitLabel} fits it; `k` links it to its arc. */
export function renderLabel(arc: Pick<SunburstArc, 'x0' | 'x1'>, fit: LabelFit | null, k?: number): SVGTemplateResult | typeof nothing {
  if (!fit) return nothing;
  const angle = (((arc.x0 + arc.x1) / 2) * 180) / Math.PI;
  return svg`<text data-arc=${k ?? nothing} text-anchor="middle" transform="rotate(${angle - 90}) translate(${fit.radius},0) rotate(${angle < 180 ? 0 : 180})" dy="0.35em">${fit.text}</text>`;
}

/**
 * When the centre is itself a class, the share of the first ring its children leave: the
 * centre's own, dashed and labelled, so the gap (half the disc, for a class with one class
 * below) says what it is.
 */
export function renderItself(
  arcs: readonly SunburstArc[],
  unit: [string, string],
  metrics: LabelMetrics,
): SVGTemplateResult | typeof nothing {
  const centre = arcs[0]!;
  const ring = arcs.filter((arc) => arc.depth === 1);
  if (!centre.isMember || ring.length === 0) return nothing;
  const x0 = ring.reduce((sum, arc) => sum + arc.x1 - arc.x0, 0);
  const own = { x0, x1: 2 * Math.PI, y0: ring[0]!.y0, y1: ring[0]!.y1, depth: 1, label: 'itself' };
  if (own.x1 - own.x0 < 0.01) return nothing;
  return svg`<g class="itself"><path d=${arcOutline(own)}><title>${centre.label} itself: one of the ${unit[1]}</title></path>${renderLabel(
    own,
    fitLabel(own, metrics),
  )}</g>`;
}

/**
 * The centre's name, count and unit, in user units sized so that a phone's drawing (about
 * 320 px for 400 units) still shows them at 11 px or more. The unit takes two lines (textContent
 * stays "ImageNet synsets"): one would not fit the disc at that size.
 */
export function renderCentreText(shown: SunburstArc, unit: [string, string]): SVGTemplateResult {
  const [first, second] = (shown.below === 1 ? unit[0] : unit[1]).split(' ');
  return svg`<g class="centre-text" aria-hidden="true">
    <text y="-13" class="centre-label">${shown.label.length > 14 ? `${shown.label.slice(0, 13)}…` : shown.label}</text>
    <text y="5" class="centre-value">${formatNumber(shown.below)}</text>
    <text y="22" class="centre-unit"><tspan x="0">${first}</tspan>${second ? svg` <tspan x="0" dy="15">${second}</tspan>` : nothing}</text>
  </g>`;
}

/** What the drawing shows, in a line: sizes, colours, the centre's own share, cut levels. */
export function sunburstCaption(
  filter: string,
  arcs: readonly SunburstArc[],
  truncated: boolean,
  unit: [string, string],
  grouped: boolean,
): string {
  if (arcs.length <= 1) return `No narrower synsets in the ${filter} view.`;
  const colours = grouped
    ? ` and coloured by the groups of their classes: one group, its colour; several, hatched; none, grey. The outer band shows where each group's classes lie.`
    : '.';
  const itself = arcs[0]!.isMember ? ` The dashed part of the first ring is ${arcs[0]!.label} itself, one of the ${unit[1]}.` : '';
  const cut = truncated ? ' Some levels were cut to keep the drawing light.' : '';
  return `Arcs sized by ${unit[1]} below${colours}${itself} Click an arc to zoom in, the centre to zoom out.${cut}`;
}
