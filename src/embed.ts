/**
 * The embed bundle's entry (`dist/synset-explorer.js`): one module a page loads with a single
 * `<script type="module">` to get every `synset-*` element. The elements that go in prose (label,
 * path) are inside it; every other element is a chunk beside it, loaded when a page uses its tag
 * (`embed-lazy.ts`), so a page of labels downloads no tree, card, search or sunburst code. The index worker and the
 * data are found next to this module, wherever it is served from; a page that keeps its own copy
 * of the data names it in `<meta name="synset-data" content="…">` or calls `configureSynsets`
 * before the first element connects.
 */
// First: the page's data URL must be set before any element starts the client.
import './embed-config.js';
import { defineLazyElements } from './embed-lazy.js';

export {
  SynsetSelectEvent,
  SynsetFilterChangeEvent,
  SynsetNamesChangeEvent,
  SynsetListAddEvent,
  SynsetListRemoveEvent,
  SynsetCompareEvent,
  SynsetComparePickEvent,
  SynsetCompareCloseEvent,
  SynsetGroupingChangeEvent,
  SynsetGroupHoverEvent,
} from './components/events.js';
export { SynsetLabel } from './components/synset-label/synset-label.js';
export { SynsetPath } from './components/synset-path/synset-path.js';
// Defined when a page first uses their tags: their classes are `customElements.get(tag)` then,
// or imported from `synset-explorer/components/<tag>` by an app that bundles them itself.
export type { SynsetCard } from './components/synset-card/synset-card.js';
export type { SynsetSearch } from './components/synset-search/synset-search.js';
export type { SynsetSunburst } from './components/synset-sunburst/synset-sunburst.js';
export type { SynsetTree } from './components/synset-tree/synset-tree.js';
export { configureSynsets, getSynsetClient } from './client/client.js';
export type { SynsetClient } from './client/client.js';

defineLazyElements();
