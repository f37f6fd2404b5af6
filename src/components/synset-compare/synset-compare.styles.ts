import { css } from 'lit';
import { tokenStyles } from '../tokens.styles.js';

export const synsetCompareStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      font-size: 0.875rem;
      --_a: var(--synset-compare-a, var(--_accent));
      --_b: var(--synset-compare-b, var(--_1k));
    }
    .stale {
      opacity: 0.6;
    }
    .heading {
      display: flex;
      align-items: baseline;
      gap: 0.5rem;
    }
    .title {
      flex: 1;
      margin: 0;
      font-size: 1.05rem;
      font-weight: 600;
    }
    .name-a {
      color: var(--_a);
    }
    .name-b {
      color: var(--_b);
    }
    .vs {
      color: var(--_muted);
      font-weight: 400;
    }
    .close {
      font: inherit;
      font-size: 1.2rem;
      line-height: 1;
      min-width: 2rem;
      min-height: 2rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      cursor: pointer;
    }
    .close:hover {
      background: var(--_surface-alt);
    }
    .close:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 1px;
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
      gap: 0.35rem 1rem;
      margin: 0.6rem 0;
    }
    .figure {
      min-width: 0;
    }
    .figure[data-figure='lca'] {
      grid-column: 1 / -1;
    }
    dt {
      color: var(--_muted);
      font-size: 0.75rem;
    }
    dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
      overflow-wrap: anywhere;
    }
    .drawing-wrap {
      overflow-x: auto;
    }
    svg {
      display: block;
      max-width: 100%;
      height: auto;
      margin: 0 auto;
      font-size: 12px;
    }
    .link {
      fill: none;
      stroke: var(--_border);
      stroke-width: 2;
    }
    .link.side-a {
      stroke: var(--_a);
    }
    .link.side-b {
      stroke: var(--_b);
    }
    .point {
      cursor: pointer;
    }
    circle {
      fill: var(--_surface);
      stroke: var(--_muted);
      stroke-width: 1.5;
    }
    .side-a circle {
      stroke: var(--_a);
    }
    .side-b circle {
      stroke: var(--_b);
    }
    .lca circle {
      fill: var(--_text);
      stroke: var(--_text);
    }
    .end.side-a circle,
    .end.side-trunk circle {
      fill: var(--_a);
    }
    .end.side-b circle {
      fill: var(--_b);
    }
    text {
      fill: var(--_text);
    }
    .lca text,
    .end text {
      font-weight: 600;
    }
    .point:hover text {
      text-decoration: underline;
    }
    .caption,
    .placeholder {
      color: var(--_muted);
      font-size: 0.8rem;
      margin: 0.4rem 0 0;
    }
    .error {
      color: var(--_danger);
    }
  `,
];
