import { css } from 'lit';
import { sectionHeadingStyles, tokenStyles } from '../tokens.styles.js';

export const synsetCardStyles = [
  tokenStyles,
  sectionHeadingStyles,
  css`
    :host {
      display: block;
      font-size: 0.9375rem;
      line-height: 1.5;
    }
    .card {
      padding: 1.25rem 1.5rem;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) + 2px);
    }
    .card.loading {
      color: var(--_muted);
    }
    .stale {
      opacity: 0.65;
      transition: opacity 0.2s 0.1s;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    h2 {
      margin: 0 0.25rem 0 0;
      font-size: 1.6rem;
      font-weight: 650;
      line-height: 1.2;
      letter-spacing: -0.01em;
    }
    .compare-button {
      margin-inline-start: auto;
    }
    header .badge {
      font-size: 0.75rem;
      padding: 0.1em 0.6em;
    }
    .lemmas {
      margin: 0.25rem 0 0;
      color: var(--_muted);
    }
    .gloss {
      margin: 0.75rem 0 0;
      font-size: 1.05rem;
    }
    .examples {
      margin: 0.35rem 0 0;
      padding: 0;
      list-style: none;
      color: var(--_muted);
      font-style: italic;
    }
    .identity {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      gap: 0.5rem 1.25rem;
      margin: 1rem 0 0;
      padding: 0.75rem 0 0;
      border-top: 1px solid var(--_border);
    }
    .versions {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      gap: 0.5rem 1.25rem;
      margin: 0;
    }
    .versions > div {
      min-width: 0;
    }
    .identity dt,
    .versions dt,
    .counts dt {
      font-size: 0.7rem;
      font-weight: 600;
      letter-spacing: 0.06em;
      text-transform: uppercase;
      color: var(--_muted);
    }
    .identity > div {
      min-width: 0;
    }
    dd {
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.2rem 0.4rem;
    }
    code {
      font-family: var(--_mono);
      font-size: 0.85rem;
      padding: 0.05rem 0.3rem;
      background: var(--_surface-alt);
      border-radius: 4px;
    }
    .copy {
      border: 1px solid var(--_border);
      border-radius: 4px;
      background: var(--_surface);
      color: var(--_muted);
      font-size: 0.7rem;
      padding: 0 0.4rem;
      cursor: pointer;
    }
    synset-path.credited::part(credit) {
      display: none;
    }
    .credit {
      margin: 0.5rem 0 0;
      font-size: 0.8rem;
    }
    .credit a,
    .versions a {
      color: var(--_accent);
    }
    .version-note {
      margin: 0.5rem 0 0;
      font-size: 0.875rem;
    }
    .copy:hover {
      color: var(--_text);
      background: var(--_surface-alt);
    }
    section {
      margin-top: 1.1rem;
      padding-top: 0.9rem;
      border-top: 1px solid var(--_border);
    }
    h3 .muted {
      font-weight: 500;
      margin-inline-start: 0.25rem;
    }
    .muted {
      color: var(--_muted);
    }
    .children {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.875rem;
    }
    .children li {
      padding: 0.1rem 0.55rem;
      background: var(--_surface-alt);
      border-radius: 999px;
    }
    .children a {
      color: var(--_accent);
      text-decoration: none;
    }
    .children a:hover {
      text-decoration: underline;
    }
    .children + .text-button {
      margin-top: 0.6rem;
    }
    /* A child the tree of the page's label space leaves out: still a link, drawn apart. */
    .children li.outside {
      background: none;
      border: 1px dashed var(--_border);
    }
    /* Beside the word "outside", the link is told apart by more than its colour. */
    .children li.outside a {
      text-decoration: underline dotted;
    }
    .outside-mark {
      font-size: 0.75rem;
      color: var(--_muted);
    }
    .outside-note {
      margin: 0 0 0.5rem;
      font-size: 0.8125rem;
    }
    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 2rem;
      margin: 0;
    }
    .count dd {
      font-size: 1.35rem;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .count-1k dd {
      color: var(--_1k);
    }
    .count-21k dd {
      color: var(--_21k);
    }
    .count-set dd {
      color: var(--_accent);
    }
    .copy-subtree {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-top: 0.75rem;
      font-size: 0.875rem;
    }
    .copy-subtree label {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem;
      min-width: 0;
      max-width: 100%;
    }
    /* A label space.s option names a custom list by its description, which may be long: the
       select never grows past the card. */
    select {
      min-width: 0;
      max-width: 100%;
      text-overflow: ellipsis;
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: 4px;
      padding: 0.1rem 0.3rem;
    }
    .copy-status {
      min-height: 1.3em;
      margin: 0.4rem 0 0;
      font-size: 0.8125rem;
      color: var(--_muted);
    }
    .set-indices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* A chip keeps to one line, but a custom list's name (its description) is cut rather than
       pushing the chip past the card. */
    .set-indices li {
      display: inline-flex;
      gap: 0.3em;
      max-width: 100%;
      padding: 0.1rem 0.5rem;
      border-radius: 999px;
      background: var(--_surface-alt);
      font-size: 0.8125rem;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .set-name {
      overflow: hidden;
      text-overflow: ellipsis;
      font-family: var(--_mono);
      font-size: 0.75rem;
      color: var(--_muted);
    }
    .language {
      margin: 0.25rem 0 0.5rem;
      padding-inline-start: 0.6rem;
      border-inline-start: 3px solid var(--_accent);
    }
    .language p {
      margin: 0.15rem 0;
    }
    .language-lemmas {
      font-size: 1.05rem;
      font-weight: 600;
    }
  `,
];
