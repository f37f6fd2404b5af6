/**
 * One arc of the sunburst as SVG: its outline and paint, its tooltip, and for the centre and the
 * first ring (the keyboard's stops) a button's role, name and Tab stop. The element keeps the
 * state and answers the arc's pointer and keys.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { formatNumber } from '../../core/number-format.js';
import { arcOutline, arcPaint } from './sunburst-draw.js';
import { groupText, type GroupView } from './sunburst-groups.js';
import type { SunburstArc } from './sunburst-layout.js';
import { accuracyColour, type RunFigures } from '../run-figures.js';
import { accuracyText } from '../synset-tree/row-accuracy.js';

/** What an arc's look depends on beside itself. */
export interface ArcScene {
  /** What the sizes count, one and many (`ILSVRC class`, `ILSVRC classes`). */
  readonly unit: [string, string];
  /** The grouping's colours; 'pending' while its counts come, null without a grouping. */
  readonly view: GroupView | 'pending' | null;
  /** A model's run, colouring arcs by accuracy (none under a grouping). */
  readonly run: RunFigures | null;
  /** The arc under the pointer or focus, the synset outlined, the group brought forward. */
  readonly hovered: SunburstArc | null;
  readonly highlight: string;
  readonly highlightGroup: number | null;
  /** The keyboard stop that holds the drawing's one Tab stop. */
  readonly tabStop: SunburstArc;
}

/** What an arc tells the element. */
export interface ArcActions {
  activate(arc: SunburstArc): void;
  enter(arc: SunburstArc, view: GroupView | null): void;
  key(event: KeyboardEvent, arc: SunburstArc): void;
}

/** Arc `k` of the drawing. */
export function renderArc(arc: SunburstArc, k: number, scene: ArcScene, on: ArcActions): SVGTemplateResult {
  const { unit, view } = scene;
  const groupView = view === 'pending' ? null : view;
  const accuracy = scene.run?.accuracy(arc.wnid) ?? null;
  const size = `${arc.label}: ${formatNumber(arc.below)} ${arc.below === 1 ? unit[0] : unit[1]} below${groupView ? groupText(arc, groupView) : ''}${accuracy ? `; ${accuracyText(accuracy)}` : ''}`;
  // The centre and the first ring are buttons; their tooltip is their accessible name.
  const button = arc.depth <= 1;
  const name = arc.depth === 0 ? `Zoom out from ${arc.label}` : arc.hasChildren ? `Zoom into ${size}` : `Select ${size}`;
  const paint = scene.run && arc.depth > 0 ? runPaint(accuracy) : arcPaint(arc, view, scene.highlightGroup);
  return svg`<path
      d=${arcOutline(arc)}
      class="arc depth-${Math.min(arc.depth, 4)} ${arc === scene.hovered ? 'hovered' : ''} ${arc.wnid === scene.highlight && arc.depth > 0 ? 'highlighted' : ''} ${paint.classes}"
      fill=${paint.fill ?? nothing}
      data-group=${paint.group ?? nothing}
      data-arc=${k}
      tabindex=${button ? (arc === scene.tabStop ? '0' : '-1') : nothing}
      role=${button ? 'button' : nothing}
      aria-label=${button ? name : nothing}
      aria-describedby=${button ? 'keys' : nothing}
      @click=${() => on.activate(arc)}
      @pointerenter=${() => on.enter(arc, groupView)}
      @keydown=${button ? (event: KeyboardEvent) => on.key(event, arc) : nothing}
    ><title>${button ? name : size}</title></path>`;
}

/** Under a run, an arc's shade of its accuracy; an arc with no images below it the neutral grey. */
function runPaint(accuracy: ReturnType<RunFigures['accuracy']>): ReturnType<typeof arcPaint> {
  return accuracy
    ? { fill: accuracyColour(accuracy.share), classes: 'by-accuracy', group: undefined }
    : { fill: undefined, classes: 'ungrouped', group: undefined };
}
