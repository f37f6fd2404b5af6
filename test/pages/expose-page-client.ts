/**
 * Put on the explorer page by the end-to-end tests' build (built-app.setup.ts), and only there:
 * the page's own client as `window.synsetClient`, for the tests that wait on it (`persisted()`)
 * or call it as another view would (a search, `retry()`).
 */
import { getSynsetClient, type SynsetClient } from '../../src/client/client.js';

declare global {
  interface Window {
    synsetClient: SynsetClient;
  }
}

window.synsetClient = getSynsetClient();
