import { css } from 'lit';
import { tokenStyles } from '../tokens.styles.js';

export const synsetPathStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      font-size: 0.875rem;
      line-height: 1.5;
    }
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .paths {
      display: flex;
      flex-direction: column;
      gap: 0.4rem;
    }
    .stale {
      opacity: 0.6;
    }
    .path {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      row-gap: 0.1rem;
    }
    .path > li {
      display: inline-flex;
      align-items: baseline;
    }
    a {
      color: var(--_accent);
      text-decoration: none;
      border-radius: 3px;
    }
    a:hover {
      text-decoration: underline;
    }
    .separator {
      margin-inline: 0.35rem;
      color: var(--_muted);
    }
    .current {
      font-weight: 600;
    }
    .credit {
      margin: 0.35rem 0 0;
      color: var(--_muted);
      font-size: 0.75rem;
    }
    .loading {
      color: var(--_muted);
      margin: 0;
    }
    .text-button {
      margin-top: 0.5rem;
      font-size: 0.8125rem;
    }
  `,
];
