import { css } from 'lit';
import { captionedFieldStyles, compactControlStyles, tokenStyles } from '../tokens.styles.js';

export const synsetGroupsStyles = [
  tokenStyles,
  captionedFieldStyles,
  compactControlStyles,
  css`
    :host {
      display: block;
      font-size: 0.875rem;
    }
    .controls,
    .export {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
    }
    .export {
      margin-top: 0.6rem;
    }
    input {
      width: 4.5rem;
    }
    .text-button {
      padding: 0.3rem 0.6rem;
    }
    .summary,
    .note,
    .status {
      margin: 0.5rem 0 0;
      color: var(--_muted);
      font-size: 0.8rem;
    }
    .status:empty {
      display: none;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.9rem;
      margin: 0.5rem 0 0;
      padding: 0;
      list-style: none;
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      padding: 0 0.2rem;
      border-radius: 0.25rem;
    }
    /* The group under the pointer here or in the sunburst. */
    .legend li.highlighted {
      background: var(--_surface-alt);
      outline: 1.5px solid var(--_text);
    }
    .dot {
      flex: none;
      width: 0.7rem;
      height: 0.7rem;
      border-radius: 50%;
      background: var(--_group-colour);
    }
    .size {
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
  `,
];
