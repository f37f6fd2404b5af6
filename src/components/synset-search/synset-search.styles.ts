import { css } from 'lit';
import { spinnerStyles, tokenStyles } from '../tokens.styles.js';

export const synsetSearchStyles = [
  tokenStyles,
  spinnerStyles,
  css`
    :host {
      display: block;
      position: relative;
      font-size: 0.9375rem;
    }
    .field {
      position: relative;
      display: flex;
      align-items: center;
    }
    .icon {
      position: absolute;
      inset-inline-start: 0.7rem;
      color: var(--_muted);
      font-size: 1.1rem;
      pointer-events: none;
    }
    input {
      flex: 1;
      min-width: 0;
      box-sizing: border-box;
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.55rem 0.75rem 0.55rem 2.1rem;
      /* A hint longer than a phone's box ends in an ellipsis, not in the middle of a letter. */
      text-overflow: ellipsis;
    }
    /* Room for the spinner, only while it shows. */
    .field:has(.spinner) input {
      padding-inline-end: 2.2rem;
    }
    input::placeholder {
      color: var(--_muted);
    }
    input:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: -1px;
      border-color: var(--_accent);
    }
    .spinner {
      position: absolute;
      inset-inline-end: 0.75rem;
    }
    .popup,
    .message {
      position: absolute;
      top: calc(100% + 4px);
      inset-inline: 0;
      z-index: 10;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: 0 8px 24px rgb(0 0 0 / 0.14);
    }
    .popup {
      display: flex;
      flex-direction: column;
      max-height: var(--synset-search-popup-height, 60vh);
    }
    .popup[hidden] {
      display: none;
    }
    ul {
      min-height: 0;
      margin: 0;
      padding: 0.25rem;
      list-style: none;
      overflow-y: auto;
    }
    .credit {
      margin: 0;
      padding: 0.3rem 0.6rem;
      border-top: 1px solid var(--_border);
      color: var(--_muted);
      font-size: 0.75rem;
    }
    .message {
      padding: 0.6rem 0.8rem;
      color: var(--_muted);
    }
    .why {
      display: block;
      margin-top: 0.25rem;
      overflow-wrap: anywhere;
    }
    li {
      display: flex;
      flex-direction: column;
      gap: 0.05rem;
      padding: 0.4rem 0.6rem;
      border-radius: calc(var(--_radius) - 2px);
      cursor: pointer;
    }
    li:hover {
      background: var(--_surface-alt);
    }
    li.active {
      background: var(--_accent-soft);
    }
    .line {
      display: flex;
      align-items: baseline;
      gap: 0.45rem;
    }
    .lemma {
      font-weight: 500;
    }
    /* The lemma that matched, beside a class name the names toggle gave the result. */
    .matched {
      font-size: 0.8125rem;
      color: var(--_muted);
    }
    .via {
      font-size: 0.8125rem;
      font-style: italic;
      color: var(--_muted);
    }
    mark {
      background: var(--_highlight);
      color: inherit;
      border-radius: 2px;
    }
    .wnid {
      margin-inline-start: auto;
      font-family: var(--_mono);
      font-size: 0.75rem;
      color: var(--_muted);
    }
    .gloss {
      font-size: 0.8125rem;
      color: var(--_muted);
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
      }
    }
  `,
];
