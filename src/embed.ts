/**
 * The embed bundle's entry (`dist/synset-explorer.js`): one module a page loads with a single
 * `<script type="module">` to get every `synset-*` element. The index worker and the data bundle
 * are found next to this module, wherever it is served from; a page that keeps its own copy of
 * the data names it in `<meta name="synset-data" content="…">` or calls `configureSynsets`
 * before the first element connects.
 */
// First: the page's data URL must be set before any element starts the client.
import './embed-config.js';
import './components/index.js';

export * from './components/index.js';
export { configureSynsets, getSynsetClient } from './client/client.js';
export type { SynsetClient } from './client/client.js';
