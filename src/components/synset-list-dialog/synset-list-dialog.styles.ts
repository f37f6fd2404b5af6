import { css } from 'lit';
import { primaryButtonStyles, tokenStyles } from '../tokens.styles.js';

export const synsetListDialogStyles = [
  tokenStyles,
  primaryButtonStyles,
  css`
    dialog {
      width: min(36rem, calc(100vw - 2rem));
      max-height: calc(100dvh - 2rem);
      box-sizing: border-box;
      padding: 1rem 1.25rem;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 1.5);
      background: var(--_surface);
      color: var(--_text);
      font-family: var(--_font);
      font-size: 0.9375rem;
      box-shadow: 0 12px 40px rgb(0 0 0 / 0.25);
    }
    dialog::backdrop {
      background: rgb(15 20 30 / 0.45);
    }
    h2 {
      margin: 0 0 0.5rem;
      font-size: 1.1rem;
    }
    .hint,
    .file-line,
    .muted {
      color: var(--_muted);
      font-size: 0.85rem;
    }
    code {
      font-family: var(--_mono);
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    .stacked {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin: 0.75rem 0 0;
      font-weight: 600;
      font-size: 0.85rem;
    }
    textarea,
    input[type='text'] {
      box-sizing: border-box;
      width: 100%;
      padding: 0.4rem 0.5rem;
      font: inherit;
      font-weight: normal;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    textarea {
      font-family: var(--_mono);
      font-size: 0.8125rem;
      resize: vertical;
    }
    textarea.dragging {
      outline: 2px dashed var(--_accent);
      background: var(--_accent-soft);
    }
    .file-line {
      margin: 0.35rem 0 0;
    }
    .file-button {
      color: var(--_accent);
      text-decoration: underline;
      cursor: pointer;
    }
    .file-button input {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
    }
    .file-button:focus-within {
      outline: 2px solid var(--_accent);
      outline-offset: 1px;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 0.5rem;
      margin-top: 1rem;
    }
    .actions .text-button {
      padding: 0.35em 0.9em;
    }
    .primary:disabled {
      opacity: 0.5;
      cursor: default;
    }
    .problems-scroll {
      max-height: 16rem;
      overflow: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.85rem;
    }
    th,
    td {
      padding: 0.3rem 0.5rem;
      text-align: start;
      vertical-align: top;
      border-bottom: 1px solid var(--_border);
    }
    th {
      position: sticky;
      top: 0;
      background: var(--_surface-alt);
      font-size: 0.75rem;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--_muted);
    }
    td.line {
      font-variant-numeric: tabular-nums;
      text-align: end;
      width: 3em;
    }
  `,
];
