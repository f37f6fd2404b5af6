import { css } from 'lit';
import { captionedFieldStyles, primaryButtonStyles, tokenStyles } from '../tokens.styles.js';

export const synsetSpacePickerStyles = [
  tokenStyles,
  captionedFieldStyles,
  primaryButtonStyles,
  css`
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
      font-family: var(--_font);
      color: var(--_text);
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
    .text-button {
      font-size: 0.8125rem;
    }
    .confirm {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem;
      font-size: 0.8125rem;
    }
  `,
];
