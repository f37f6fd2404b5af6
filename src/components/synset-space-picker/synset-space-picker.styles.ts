import { css } from 'lit';
import { tokenStyles } from '../tokens.styles.js';

export const synsetSpacePickerStyles = [
  tokenStyles,
  css`
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
      font-family: var(--_font);
      color: var(--_text);
    }
    .field {
      display: flex;
      align-items: center;
      gap: 0.4rem;
      min-width: 0;
      max-width: 100%;
    }
    .caption {
      font-size: 0.75rem;
      font-weight: 600;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--_muted);
      white-space: nowrap;
    }
    select {
      flex: 1 1 auto;
      min-width: 0;
      max-width: 16rem;
      padding: 0.3rem 0.4rem;
      font: inherit;
      font-size: 0.8125rem;
      color: var(--_text);
      background: var(--_surface-alt);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }
  `,
];
