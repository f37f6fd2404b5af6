/**
 * Where a sunburst arc's label goes and how much of it shows: along the radius, centred in the
 * part of the ring wide enough to hold a line of text, cut with "…" to the length that fits.
 * Pure: the caller measures text (a canvas with the labels' font; tests count characters).
 */
import { partitionPoint } from '../../core/bisect.js';
import type { SunburstArc } from './sunburst-layout.js';

export interface LabelFit {
  /** The text shown: the label, or its start and "…". */
  readonly text: string;
  /** Where the middle of the text sits, from the centre (the text is anchored at its middle). */
  readonly radius: number;
}

export interface LabelMetrics {
  /** The width of a text in the drawing's units. */
  readonly measure: (text: string) => number;
  /** The height of a line of text (its box, ascent to descent). */
  readonly lineHeight: number;
  /** Space kept clear at each end of the ring and on each side of the text (the arcs' outline and padding). */
  readonly margin: number;
}

/**
 * The label of `arc` as it fits, or null when no part of the ring is wide enough for one letter
 * and "…". Across the ring, a line `lineHeight` high fits where the arc's chord is that wide, so
 * a thin arc's label starts further out; along it, the text stays inside the ring's two circles
 * with its corners too.
 */
export function fitLabel(arc: Pick<SunburstArc, 'x0' | 'x1' | 'y0' | 'y1' | 'label'>, metrics: LabelMetrics): LabelFit | null {
  const { measure, lineHeight, margin } = metrics;
  const halfAngle = (arc.x1 - arc.x0) / 2;
  const halfLine = lineHeight / 2 + margin;
  if (halfAngle <= 0) return null;
  // Inner end: the ring's inner circle, or further out where the wedge is as wide as the line
  // (an arc of half the circle or more is that wide everywhere).
  const inner = halfAngle >= Math.PI / 2 ? arc.y0 + margin : Math.max(arc.y0 + margin, halfLine / Math.tan(halfAngle));
  // Outer end: the text's outer corners, half a line off the radius, reach the outer circle.
  const outerEdge = arc.y1 - margin;
  if (outerEdge <= halfLine) return null;
  const outer = Math.sqrt(outerEdge * outerEdge - halfLine * halfLine);
  const room = outer - inner;
  if (room <= 0) return null;
  const text = fittedText(arc.label, room, measure);
  return text === null ? null : { text, radius: (inner + outer) / 2 };
}

/** The label, or the longest start of it with "…" that is at most `room` wide; null when not even one letter fits. */
function fittedText(label: string, room: number, measure: (text: string) => number): string | null {
  if (measure(label) <= room) return label;
  // The widths of a label's starts grow with their length: the longest that fits, by halves.
  const fits = partitionPoint(1, label.length, (length) => measure(`${label.slice(0, length).trimEnd()}…`) <= room) - 1;
  return fits === 0 ? null : `${label.slice(0, fits).trimEnd()}…`;
}
