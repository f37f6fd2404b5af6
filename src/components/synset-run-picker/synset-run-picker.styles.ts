import { css } from 'lit';
import { primaryButtonStyles, tokenStyles } from '../tokens.styles.js';
import { headlineStyles } from '../run-headline.styles.js';

export const synsetRunPickerStyles = [
  tokenStyles,
  primaryButtonStyles,
  headlineStyles,
  css`
    :host {
      display: inline-block;
      font-size: 0.8125rem;
    }
    .menu {
      position: relative;
    }
    [part='button'] {
      padding: 0.3rem 0.7rem;
      white-space: nowrap;
      anchor-name: --synset-run-button;
    }
    [part='button'].on {
      border-color: var(--_accent);
    }
    .panel {
      position: absolute;
      inset-inline-end: 0;
      top: calc(100% + 0.35rem);
      z-index: 10;
      box-sizing: border-box;
      width: min(22rem, calc(100vw - 1.5rem));
      max-height: 80vh;
      overflow: auto;
      padding: 0.75rem;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: 0 8px 28px rgb(0 0 0 / 0.18);
    }
    @supports (position-try-fallbacks: flip-inline) {
      .panel {
        position: fixed;
        position-anchor: --synset-run-button;
        inset: auto;
        top: anchor(bottom);
        right: anchor(right);
        margin-top: 0.35rem;
        /* Short enough to fit below the button on a phone whose top bar wraps: a fallback is
           only taken when the panel fits there whole, so a taller one would stay off screen. */
        max-height: 60vh;
        position-try-fallbacks: flip-inline;
      }
    }
    .file,
    .row {
      display: flex;
      gap: 0.5rem;
      margin: 0.4rem 0;
      font-weight: 600;
      color: var(--_muted);
      font-size: 0.75rem;
    }
    .file {
      flex-direction: column;
    }
    /* On a phone the label and its select do not fit one line: the select moves under the label,
       whole, rather than cutting its option's text. */
    .row {
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
    }
    .row select {
      flex-shrink: 0;
    }
    input[type='file'],
    select {
      font: inherit;
      font-weight: normal;
      font-size: 0.8125rem;
      color: var(--_text);
      max-width: 100%;
    }
    select {
      min-width: 0;
      background: var(--_surface-alt);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.25rem 0.35rem;
    }
    .check {
      display: block;
      margin: 0.4rem 0;
    }
    .note,
    .status,
    .notice,
    .credit,
    .run-name {
      margin: 0.4rem 0;
      color: var(--_muted);
    }
    .credit {
      font-size: 0.72rem;
    }
    .run-name {
      overflow-wrap: anywhere;
      color: var(--_text);
    }
    .problems {
      color: var(--_danger);
    }
    .problems p,
    .problems ul {
      margin: 0.3rem 0;
    }
    .problems ul {
      padding-inline-start: 1.2rem;
    }
    .text-button {
      padding: 0.3em 0.9em;
    }
  `,
];
