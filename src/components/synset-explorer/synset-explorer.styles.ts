import { css } from 'lit';
import { compactControlStyles, sectionHeadingStyles, tokenStyles } from '../tokens.styles.js';
import { headlineStyles } from '../run-headline.styles.js';

export const synsetExplorerStyles = [
  tokenStyles,
  sectionHeadingStyles,
  headlineStyles,
  compactControlStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100vh;
      height: 100dvh;
      background: var(--_surface-alt);
      font-size: 0.9375rem;
      /* Its layout follows its own width, not the window's: a page may put it in a column. */
      container: synset-explorer / inline-size;
      /* One column is as tall as its content: within a height the page set, it scrolls. */
      overflow-y: auto;
    }
    /* The top bar wraps at any width: the search keeps a usable width, and the picker and the
       export menu move together to a line of their own, the export menu at its end (its panel
       opens into the screen). */
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.6rem 1.25rem;
      padding: 0.6rem 1.25rem;
      background: var(--_surface);
      border-bottom: 1px solid var(--_border);
      position: relative;
      z-index: 5;
    }
    .brand {
      flex: none;
      margin: 0;
      font-weight: 700;
      font-size: 1.05rem;
      letter-spacing: -0.01em;
    }
    .brand a {
      display: flex;
      align-items: center;
      gap: 0.45rem;
      color: var(--_text);
      text-decoration: none;
    }
    .logo {
      display: inline-grid;
      place-items: center;
      width: 1.7rem;
      height: 1.7rem;
      border-radius: 6px;
      background: var(--_accent);
      color: var(--_surface);
      font-size: 1rem;
    }
    synset-search {
      flex: 1 1 18rem;
      min-width: 0;
      max-width: 40rem;
    }
    .tools {
      flex: 0 1 auto;
      min-width: 0;
      margin-inline-start: auto;
      display: flex;
      align-items: center;
      gap: 0.6rem 1rem;
    }
    .language-picker {
      flex: 0 0 auto;
    }
    .language-credit {
      margin: 0.4rem 0 0;
      font-size: 0.75rem;
      color: var(--_muted);
    }
    .language-picker select {
      max-width: 10rem;
    }
    /* Squeezed, the picker wraps its two fields inside it. */
    synset-space-picker {
      flex: 0 1 auto;
      min-width: 0;
    }
    synset-export-menu {
      flex: none;
      margin-inline-start: auto;
    }
    .space-notice {
      margin: 0;
      padding: 0.4rem 1.25rem;
      background: var(--_surface);
      border-bottom: 1px solid var(--_border);
      color: var(--_danger);
      font-size: 0.875rem;
    }
    /* A model's run: its headline figures under the top bar. */
    .run-line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.2rem 1.25rem;
      padding: 0.3rem 1.25rem;
      background: var(--_surface);
      border-bottom: 1px solid var(--_border);
      font-size: 0.8125rem;
    }
    .run-line synset-run-changes {
      flex-basis: 100%;
    }
    .issues-legend {
      margin: 0;
      color: var(--_muted);
    }
    .run-line .run-name {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .run-line .against {
      font-weight: normal;
      color: var(--_muted);
    }
    /* Files dragged over the page: the whole explorer takes them. */
    .drop-target {
      position: fixed;
      inset: 0.5rem;
      z-index: 20;
      display: grid;
      place-items: center;
      border: 3px dashed var(--_accent);
      border-radius: calc(var(--_radius) + 4px);
      background: color-mix(in srgb, var(--_surface) 85%, transparent);
      font-size: 1.1rem;
      font-weight: 600;
      pointer-events: none;
    }
    .main {
      flex: 1;
      min-height: 0;
      display: flex;
      flex-direction: column;
    }
    .workspace {
      flex: 1;
      min-height: 0;
      display: grid;
      grid-template-columns: var(--synset-explorer-tree-width, minmax(22rem, 34%)) minmax(0, 1fr);
    }
    .tree-pane {
      display: flex;
      flex-direction: column;
      min-height: 0;
      padding: 0.5rem 0.25rem 0.5rem 0.5rem;
      background: var(--_surface);
      border-right: 1px solid var(--_border);
    }
    /* The explorer credits the language's words once, under the tree: the views' own lines go. */
    synset-tree::part(credit),
    synset-sunburst::part(credit),
    synset-search::part(credit) {
      display: none;
    }
    synset-tree {
      flex: 1;
      height: auto;
    }
    .detail-pane {
      min-height: 0;
      overflow: auto;
      padding: 1.25rem;
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      align-content: start;
      gap: 1.25rem;
    }
    @container synset-explorer (min-width: 75rem) {
      .detail-pane {
        grid-template-columns: minmax(0, 1.25fr) minmax(20rem, 1fr);
      }
      .bad-route {
        grid-column: 1 / -1;
      }
    }
    .card-column {
      /* A search pick scrolls the card to the top: keep the pane's margin above it. */
      scroll-margin-top: 1.25rem;
    }
    .sunburst-column {
      padding: 1rem;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) + 2px);
      align-self: start;
    }
    .compare-column {
      padding: 1rem;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) + 2px);
      grid-column: 1 / -1;
      min-width: 0;
    }
    .compare-prompt {
      grid-column: 1 / -1;
      margin: 0;
      padding: 0.6rem 0.9rem;
      border-radius: var(--_radius);
      background: var(--_accent-soft);
    }
    .groups-heading {
      margin-top: 1rem;
    }
    .status-panel {
      max-width: 34rem;
      margin: 4rem auto;
      padding: 1.5rem 1.75rem;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) + 2px);
    }
    .bad-route {
      margin: 0;
      max-width: none;
      /* The id comes from the URL: a long one without spaces must not overflow the pane. */
      overflow-wrap: anywhere;
    }
    .status-panel h2 {
      margin: 0 0 0.5rem;
      font-size: 1.2rem;
    }
    .status-panel p {
      margin: 0.4rem 0;
    }
    .status-panel a {
      color: var(--_accent);
    }
    progress {
      width: 100%;
      height: 0.5rem;
      margin: 0.5rem 0;
      accent-color: var(--_accent);
    }
    .hint {
      font-size: 0.8125rem;
      color: var(--_muted);
    }
    .primary {
      margin-top: 0.5rem;
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_surface);
      font-weight: 600;
      padding: 0.35rem 1rem;
    }
    .primary:hover {
      background: var(--_accent);
      filter: brightness(1.1);
    }
    footer {
      padding: 0.35rem 1.25rem;
      font-size: 0.75rem;
      color: var(--_muted);
      background: var(--_surface);
      border-top: 1px solid var(--_border);
    }
    .warning {
      color: var(--_1k);
    }
    /* One column: the tree above the card and the sunburst. */
    @container synset-explorer (max-width: 50rem) {
      /* The export menu beside the title, the search and the picker a line each below: the
         picker's first select then has the width to show the space it names. */
      .top {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        grid-template-areas: 'brand export' 'search search' 'picker picker' 'model model' 'language language';
        gap: 0.6rem 1rem;
      }
      .brand {
        grid-area: brand;
      }
      synset-search {
        grid-area: search;
        max-width: none;
      }
      .tools {
        display: contents;
      }
      synset-space-picker {
        grid-area: picker;
      }
      synset-export-menu {
        grid-area: export;
      }
      synset-run-picker {
        grid-area: model;
        justify-self: start;
      }
      .language-picker {
        grid-area: language;
      }
      .main,
      .workspace,
      .detail-pane {
        flex: none;
        overflow: visible;
      }
      .workspace {
        grid-template-columns: minmax(0, 1fr);
      }
      /* The tree is as tall as its rows, up to most of the screen, so a short tree leaves the
         card in view and a long one still shows that more follows. */
      .tree-pane {
        border-right: none;
        border-bottom: 1px solid var(--_border);
      }
      synset-tree {
        flex: none;
        max-height: 60vh;
        max-height: 60svh;
      }
    }
  `,
];
