import { css } from 'lit';
import { captionedFieldStyles, compactControlStyles, primaryButtonStyles, tokenStyles } from '../tokens.styles.js';

export const synsetSpacePickerStyles = [
  tokenStyles,
  captionedFieldStyles,
  primaryButtonStyles,
  compactControlStyles,
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
