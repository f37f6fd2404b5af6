import { css } from 'lit';
import { tokenStyles } from '../tokens.styles.js';

export const synsetLabelStyles = [
  tokenStyles,
  css`
    :host {
      display: inline;
      font-family: inherit;
      color: inherit;
    }
    .anchor {
      position: relative;
    }
    a {
      color: var(--_accent);
      text-decoration-thickness: 1px;
      text-underline-offset: 2px;
    }
    span[role='term'] {
      text-decoration: underline dotted var(--_muted);
      text-underline-offset: 3px;
      cursor: help;
    }
    .loading {
      color: var(--_muted);
    }
    /* Only the stand-in wnid is set as code: the author's text keeps the name's font and size. */
    .loading > .id {
      font-family: var(--_mono);
      font-size: 0.9em;
    }
    .error {
      color: var(--_danger);
    }
    [role='tooltip'] {
      position: absolute;
      top: calc(100% + 6px);
      inset-inline-start: 0;
      z-index: 20;
      width: max-content;
      max-width: var(--synset-label-tooltip-width, 22rem);
      padding: 0.45rem 0.6rem;
      font-family: var(--_font);
      font-size: 0.8125rem;
      font-style: normal;
      font-weight: normal;
      line-height: 1.4;
      text-align: start;
      white-space: normal;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: 0 6px 18px rgb(0 0 0 / 0.16);
    }
    .words {
      display: block;
      font-weight: 600;
    }
    .credit {
      display: block;
      margin-block-start: 0.3rem;
      font-size: 0.6875rem;
      color: var(--_muted);
    }
    .name {
      font-family: var(--_mono);
      font-size: 0.75rem;
      color: var(--_muted);
    }
  `,
];
