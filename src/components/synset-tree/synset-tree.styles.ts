import { css } from 'lit';
import { spinnerStyles, tokenStyles } from '../tokens.styles.js';

export const synsetTreeStyles = [
  tokenStyles,
  spinnerStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      height: 24rem;
      min-height: 0;
      font-size: 0.875rem;
      /* The rows ask the tree's width, not the window's: it may sit in a narrow column. */
      container: synset-tree / inline-size;
      --_indent: var(--synset-tree-indent, 0.95rem);
      --_row-height: var(--synset-tree-row-height, 1.9rem);
    }
    .columns,
    .notice {
      flex: none;
    }
    .scroller {
      position: relative;
      /* As tall as its rows, and no taller than the element lets it be: with a height of auto
         and a max-height the whole tree follows its rows. */
      flex: 0 1 auto;
      height: calc(var(--rows) * var(--_row-height));
      min-height: 0;
      overflow: auto;
      outline: none;
      contain: strict;
    }
    .sizer {
      position: relative;
      height: calc(var(--rows) * var(--_row-height));
    }
    .window {
      position: absolute;
      inset: 0 0 auto 0;
      transform: translateY(calc(var(--first) * var(--_row-height)));
    }
    /* One row's height in px, for the scroll arithmetic. */
    .probe {
      position: absolute;
      top: 0;
      width: 1px;
      height: var(--_row-height);
      visibility: hidden;
      pointer-events: none;
    }
    .scroller:focus-visible {
      outline: none;
      box-shadow: inset 0 0 0 2px var(--_accent);
      border-radius: var(--_radius);
    }
    /* A full step for the first levels, then a third of one: ImageNet's leaves lie 15 to 19
       levels below entity, and whole steps would leave their names no room. */
    .row {
      --_full-levels: 4;
      --_deep-indent: calc(var(--_indent) / 3);
      display: flex;
      align-items: center;
      gap: 0.4rem;
      width: 100%;
      box-sizing: border-box;
      height: var(--_row-height);
      padding-inline: calc(
          min(var(--depth), var(--_full-levels)) * var(--_indent) + max(0, var(--depth) - var(--_full-levels)) * var(--_deep-indent) +
            0.25rem
        )
        0.6rem;
      white-space: nowrap;
      cursor: default;
      user-select: none;
      border-radius: 4px;
    }
    .row:hover {
      background: var(--_surface-alt);
    }
    .row.selected {
      background: var(--_accent-soft);
    }
    .row.selected .lemma {
      color: var(--_accent);
      font-weight: 600;
    }
    .scroller:focus-visible .row.active {
      outline: 2px solid var(--_accent);
      outline-offset: -2px;
    }
    .twisty {
      flex: none;
      width: 1.1rem;
      text-align: center;
      color: var(--_muted);
      cursor: pointer;
      font-size: 0.8rem;
    }
    .twisty {
      --_spinner-size: 0.6rem;
    }
    /* When a deep row runs out of room, the wnid gives way before the label does. */
    .lemma {
      flex: 0 1 auto;
      overflow: hidden;
      text-overflow: ellipsis;
      min-width: 0;
    }
    .multi {
      flex: none;
      display: inline-flex;
      color: var(--_muted);
      cursor: help;
    }
    .columns {
      display: flex;
      gap: 0.5rem;
      padding: 0.2rem 0.6rem 0.35rem 1.6rem;
      font-size: 0.7rem;
      font-weight: 600;
      letter-spacing: 0.06em;
      text-transform: uppercase;
      color: var(--_muted);
      border-bottom: 1px solid var(--_border);
      margin-bottom: 0.25rem;
    }
    .columns > span:first-child {
      margin-inline-end: auto;
    }
    .wnid {
      flex: 0 1000 auto;
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      font-family: var(--_mono);
      font-size: 0.75rem;
      color: var(--_muted);
    }
    .counts {
      flex: none;
      margin-inline-start: auto;
      display: flex;
      gap: 0.5rem;
      padding-inline-start: 0.5rem;
      font-size: 0.75rem;
      font-variant-numeric: tabular-nums;
    }
    .count-1k {
      color: var(--_1k);
      min-width: 2.2em;
      text-align: end;
    }
    .count-21k {
      color: var(--_21k);
      min-width: 3.2em;
      text-align: end;
    }
    /* Under another label space: its class index and one count, in the accent colour. */
    .count-set {
      color: var(--_accent);
      min-width: 3.2em;
      text-align: end;
    }
    .columns .count-set {
      max-width: 12em;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .badge-set {
      flex: none;
    }
    /* A class's group (the explorer's Groups): a dot of the group's colour and its name. */
    .group-badge {
      flex: 0 1 auto;
      min-width: 0;
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
      font-size: 0.72rem;
      color: var(--_muted);
    }
    .group-dot {
      flex: none;
      width: 0.6rem;
      height: 0.6rem;
      border-radius: 50%;
      background: var(--_group-colour);
    }
    /* A model's run: the accuracy below the row, a bar on the shared lightness ramp and the number. */
    .accuracy {
      flex: none;
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      min-width: 4.9rem;
      font-size: 0.72rem;
      font-variant-numeric: tabular-nums;
      color: var(--_text);
    }
    .accuracy.none {
      min-width: 4.9rem;
    }
    .accuracy-bar {
      flex: none;
      width: 2rem;
      height: 0.5rem;
      border: 1px solid var(--_muted);
      border-radius: 2px;
      overflow: hidden;
    }
    .accuracy-fill {
      display: block;
      height: 100%;
      width: calc(var(--_share) * 100%);
      background: var(--_accuracy-colour);
    }
    .accuracy-number {
      min-width: 2.2em;
      text-align: end;
    }
    .accuracy-difference {
      color: var(--_muted);
    }
    .accuracy-difference.worse {
      color: var(--_danger);
    }
    .pending .hint {
      color: var(--_muted);
      font-style: italic;
    }
    .notice {
      margin: 0 0 0.5rem;
      padding: 0.5rem 0.75rem;
      border-radius: var(--_radius);
      background: var(--_surface-alt);
      color: var(--_muted);
    }
    .credit {
      flex: none;
      margin: 0.35rem 0 0;
      color: var(--_muted);
      font-size: 0.75rem;
    }
    .notice.error {
      color: var(--_danger);
    }
    /* A phone's column: names first. The wnid goes (the card shows it), the two counts stack,
       steps get shorter. */
    @container synset-tree (max-width: 28rem) {
      .row {
        --_indent: min(var(--synset-tree-indent, 0.95rem), 0.7rem);
        --_full-levels: 3;
        --_deep-indent: 0.3rem;
        gap: 0.3rem;
        padding-inline-end: 0.25rem;
      }
      .wnid {
        display: none;
      }
      .accuracy,
      .accuracy.none {
        min-width: 0;
      }
      .accuracy-bar {
        width: 1.2rem;
      }
      .counts {
        flex-direction: column;
        gap: 0;
        padding-inline-start: 0.25rem;
        font-size: 0.6875rem;
        line-height: 1.15;
      }
      .count-1k,
      .count-21k,
      .count-set {
        min-width: 0;
      }
      .columns {
        padding-inline-end: 0.25rem;
        font-size: 0.6875rem;
        letter-spacing: 0.02em;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .twisty.loading::before {
        animation: none;
      }
    }
  `,
];
