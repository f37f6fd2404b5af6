/**
 * The design tokens every synset component reads. Each public `--synset-*` custom property has a
 * light and a dark fallback (`prefers-color-scheme`); components use the private `--_*` copies
 * so a page sets a token once, on any ancestor, and every component follows.
 *
 * @cssproperty --synset-color-text - Body text.
 * @cssproperty --synset-color-muted - Secondary text: wnids, counts, hints.
 * @cssproperty --synset-color-surface - Background of panels and popups.
 * @cssproperty --synset-color-surface-alt - Background of hovered rows, badges, code.
 * @cssproperty --synset-color-border - Hairlines and outlines.
 * @cssproperty --synset-color-accent - Links, focus rings, the selected row.
 * @cssproperty --synset-color-accent-soft - Background of the selected or active row.
 * @cssproperty --synset-color-highlight - Background of matched text in search results.
 * @cssproperty --synset-color-1k - Text of ILSVRC-2012 (1k) badges and counts.
 * @cssproperty --synset-color-21k - Text of ImageNet-21k badges and counts.
 * @cssproperty --synset-color-danger - Error messages.
 * @cssproperty --synset-font-family - Text font.
 * @cssproperty --synset-font-mono - Font of wnids and names.
 * @cssproperty --synset-radius - Corner radius of panels, badges and buttons.
 */
import { css } from 'lit';

export const tokenStyles = css`
  :host {
    --_text: var(--synset-color-text, #1b2230);
    --_muted: var(--synset-color-muted, #5a6372);
    --_surface: var(--synset-color-surface, #ffffff);
    --_surface-alt: var(--synset-color-surface-alt, #f2f4f7);
    --_border: var(--synset-color-border, #d8dde5);
    --_accent: var(--synset-color-accent, #2855c8);
    --_accent-soft: var(--synset-color-accent-soft, #e5ecfb);
    --_highlight: var(--synset-color-highlight, #fde68a);
    --_1k: var(--synset-color-1k, #9a3d07);
    --_1k-soft: #fdeedd;
    --_21k: var(--synset-color-21k, #17693f);
    --_21k-soft: #e0f3e8;
    --_danger: var(--synset-color-danger, #b42318);
    --_font: var(--synset-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_mono: var(--synset-font-mono, ui-monospace, 'SF Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace);
    --_radius: var(--synset-radius, 6px);
    font-family: var(--_font);
    color: var(--_text);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--synset-color-text, #e4e8ee);
      --_muted: var(--synset-color-muted, #9aa4b2);
      --_surface: var(--synset-color-surface, #161b22);
      --_surface-alt: var(--synset-color-surface-alt, #212833);
      --_border: var(--synset-color-border, #343d4a);
      --_accent: var(--synset-color-accent, #7ea6ff);
      --_accent-soft: var(--synset-color-accent-soft, #1f2d4d);
      --_highlight: var(--synset-color-highlight, #6b5310);
      --_1k: var(--synset-color-1k, #ffb27a);
      --_1k-soft: #3a2414;
      --_21k: var(--synset-color-21k, #7ad7a4);
      --_21k-soft: #15301f;
      --_danger: var(--synset-color-danger, #ff8a80);
    }
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  /* The label-space badges, shared by search results, tree rows and the card: the 1k index, the
     21k, and the class index in another label space. */
  .badge {
    display: inline-block;
    padding: 0 0.4em;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 600;
    line-height: 1.6;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .badge-1k {
    color: var(--_1k);
    background: var(--_1k-soft);
  }
  .badge-21k {
    color: var(--_21k);
    background: var(--_21k-soft);
  }
  .badge-set {
    color: var(--_accent);
    background: var(--_accent-soft);
  }
  button {
    font: inherit;
    color: inherit;
  }
  .text-button {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.15em 0.6em;
    cursor: pointer;
  }
  .text-button:hover {
    background: var(--_surface-alt);
  }
  .error {
    color: var(--_danger);
  }
`;

/** A small spinning ring for loading states: an element of class `spinner`, sized by `--_spinner-size`. */
export const spinnerStyles = css`
  .spinner {
    display: inline-block;
    box-sizing: border-box;
    width: var(--_spinner-size, 0.8rem);
    height: var(--_spinner-size, 0.8rem);
    border: 2px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;

/** The small upper-case heading over a section (the card's sections, the explorer's panes). */
export const sectionHeadingStyles = css`
  .section-heading {
    margin: 0 0 0.5rem;
    font-size: 0.8rem;
    font-weight: 650;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
`;

/** A small uppercase caption beside its control (`<label class="field"><span class="caption">`). */
export const captionedFieldStyles = css`
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
`;

/** The compact selects and number fields of the bars and panels (the picker's, the groups', the explorer's language). */
export const compactControlStyles = css`
  select,
  input[type='number'] {
    min-width: 0;
    max-width: 16rem;
    padding: 0.3rem 0.4rem;
    font: inherit;
    font-size: 0.8125rem;
    color: var(--_text);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  select {
    cursor: pointer;
  }
`;

/** The one emphasised button of a dialog or a menu. */
export const primaryButtonStyles = css`
  .primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_surface);
    font-weight: 600;
  }
  .primary:hover {
    background: var(--_accent);
    filter: brightness(1.1);
  }
`;
