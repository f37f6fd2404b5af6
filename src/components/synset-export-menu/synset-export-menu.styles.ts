import { css } from 'lit';
import { primaryButtonStyles, tokenStyles } from '../tokens.styles.js';

export const synsetExportMenuStyles = [
  tokenStyles,
  primaryButtonStyles,
  css`
    :host {
      display: inline-block;
      font-family: var(--_font);
      color: var(--_text);
      font-size: 0.8125rem;
    }
    .menu {
      position: relative;
    }
    [part='button'] {
      padding: 0.3rem 0.7rem;
      white-space: nowrap;
      anchor-name: --synset-export-button;
    }
    .panel {
      position: absolute;
      inset-inline-end: 0;
      top: calc(100% + 0.35rem);
      z-index: 10;
      box-sizing: border-box;
      width: min(20rem, calc(100vw - 1.5rem));
      padding: 0.75rem;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: 0 8px 28px rgb(0 0 0 / 0.18);
    }
    /* Below the button, ending at its right edge; where that leaves the screen (a button at the
       left), starting at its left edge instead. Fixed, so the screen is what it must fit in. */
    @supports (position-try-fallbacks: flip-inline) {
      .panel {
        position: fixed;
        position-anchor: --synset-export-button;
        inset: auto;
        top: anchor(bottom);
        right: anchor(right);
        margin-top: 0.35rem;
        position-try-fallbacks: flip-inline;
      }
    }
    fieldset {
      margin: 0 0 0.6rem;
      padding: 0;
      border: none;
      display: flex;
      flex-direction: column;
      gap: 0.3rem;
    }
    legend,
    .row {
      font-weight: 600;
      color: var(--_muted);
      font-size: 0.75rem;
      letter-spacing: 0.04em;
      text-transform: uppercase;
    }
    legend {
      margin-bottom: 0.3rem;
    }
    fieldset label {
      overflow-wrap: anywhere;
    }
    .row {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      margin: 0.4rem 0;
    }
    select {
      font: inherit;
      font-size: 0.8125rem;
      text-transform: none;
      letter-spacing: normal;
      color: var(--_text);
      background: var(--_surface-alt);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.25rem 0.35rem;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      margin-top: 0.75rem;
    }
    .actions .text-button {
      padding: 0.3em 0.9em;
    }
    .actions [aria-disabled='true'] {
      opacity: 0.6;
      cursor: progress;
    }
    .note,
    .status {
      margin: 0.5rem 0 0;
      color: var(--_muted);
    }
  `,
];
