import { css } from 'lit';
import { tokenStyles } from '../tokens.styles.js';

export const synsetSunburstStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      font-size: 0.875rem;
    }
    svg {
      display: block;
      width: 100%;
      max-width: var(--synset-sunburst-size, 32rem);
      max-height: var(--synset-sunburst-size, 32rem);
      aspect-ratio: 1;
      margin-inline: auto;
      overflow: visible;
    }
    svg.stale {
      opacity: 0.6;
    }
    .arc {
      stroke: var(--_surface);
      stroke-width: 0.5;
      cursor: pointer;
      transition: fill-opacity 0.15s;
    }
    .arc:focus {
      outline: none;
    }
    .arc:focus-visible {
      stroke: var(--_accent);
      stroke-width: 2.5;
    }
    .depth-0 {
      fill: var(--_surface-alt);
    }
    .depth-1 {
      fill-opacity: 0.95;
    }
    .depth-2 {
      fill-opacity: 0.7;
    }
    .depth-3 {
      fill-opacity: 0.5;
    }
    .depth-4 {
      fill-opacity: 0.35;
    }
    .arc.ungrouped {
      fill: var(--synset-sunburst-ungrouped, #b8bec8);
    }
    /* A model's run: the shade is the accuracy, so no depth may fade it; labels get a halo of the
       ground, readable on the darkest shade and the lightest in either theme. */
    .arc.by-accuracy {
      fill-opacity: 1;
    }
    svg.by-accuracy .labels text {
      paint-order: stroke;
      stroke: var(--_surface);
      stroke-width: 2.5px;
      stroke-linejoin: round;
    }
    /* A mixed arc's hatching: stripes of the neutral grey on the drawing's ground. */
    .mixed-ground {
      fill: var(--_surface);
    }
    .mixed-stripe {
      fill: var(--synset-sunburst-ungrouped, #b8bec8);
    }
    .band-segment {
      stroke: var(--_surface);
      stroke-width: 0.5;
      transition: fill-opacity 0.15s;
    }
    /* The legend's pointer on a group: its arcs and stretches stand out, the others step back. */
    .group-off {
      fill-opacity: 0.15;
    }
    .arc.group-on,
    .band-segment.group-on {
      fill-opacity: 1;
      stroke: var(--_text);
      stroke-width: 1.5;
    }
    .itself path {
      fill: none;
      stroke: var(--_muted);
      stroke-width: 1;
      stroke-dasharray: 3 2;
    }
    .itself text {
      font-size: 10px;
      font-style: italic;
      fill: var(--_muted);
      pointer-events: none;
    }
    .arc.hovered {
      fill-opacity: 1;
      stroke: var(--_text);
      stroke-width: 1.5;
    }
    .arc.highlighted {
      fill-opacity: 1;
      stroke: var(--_accent);
      stroke-width: 2.5;
    }
    /* A name's own script sets its direction (Arabic, Hebrew, Persian right to left), "…" at its end. */
    .labels text,
    .itself text,
    .centre-label {
      unicode-bidi: plaintext;
    }
    .labels text {
      font-size: 10px;
      fill: var(--_text);
      pointer-events: none;
    }
    .centre-text {
      pointer-events: none;
      text-anchor: middle;
    }
    .centre-label {
      font-size: 15px;
      font-weight: 650;
      fill: var(--_text);
    }
    /* In the drawing's units (400 across): a phone draws it about 320 px wide, so 14 shows as 11 px. */
    .centre-value {
      font-size: 14px;
      font-weight: 600;
      fill: var(--_text);
    }
    .centre-unit {
      font-size: 14px;
      fill: var(--_muted);
    }
    .caption {
      margin: 0.5rem 0 0;
      text-align: center;
      font-size: 0.8125rem;
      color: var(--_muted);
    }
    .credit {
      margin: 0.25rem 0 0;
      text-align: center;
      font-size: 0.75rem;
      color: var(--_muted);
    }
    .empty {
      margin: 0;
      padding: 2rem 1rem;
      text-align: center;
      color: var(--_muted);
    }
    .placeholder {
      aspect-ratio: 1;
      max-width: var(--synset-sunburst-size, 32rem);
      margin-inline: auto;
      display: grid;
      place-items: center;
      color: var(--_muted);
    }
  `,
];
