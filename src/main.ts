/**
 * The explorer page's entry (`index.html`): the index's worker and its data started first, the
 * page's own few styles, then the app element, whose code comes as a chunk of its own. The
 * styles are a constructed stylesheet, like every component's, so the page needs no inline
 * `<style>` and runs under `Content-Security-Policy: default-src 'self'`. A production build
 * registers the service worker that lets the explorer start offline after one visit.
 */
import { css } from 'lit';
import { configureSynsets, getSynsetClient } from './client/client.js';
import { registerServiceWorker } from './offline/register-service-worker.js';

// The worker's script and the index's parts download (or come out of IndexedDB) while the
// explorer's code does: the elements find the load under way. A failure is theirs to show.
// The tree is the first view, so its parts come at once, not when the tree first asks.
configureSynsets({ preloadTree: true });
getSynsetClient()
  .ready()
  .catch(() => undefined);
import('./components/synset-explorer/synset-explorer.js').catch((error: unknown) =>
  console.error('The explorer’s code could not be loaded: reload the page.', error),
);

const pageStyles = css`
  html,
  body {
    margin: 0;
    background: #f2f4f7;
  }
  @media (prefers-color-scheme: dark) {
    html,
    body {
      background: #212833;
    }
  }
  /* On a narrow screen the page scrolls, not the explorer inside a screen-high box: the
     explorer's one-column layout is as tall as its content. */
  @media (max-width: 50rem) {
    synset-explorer {
      height: auto;
    }
  }
`.styleSheet;

if (pageStyles) document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageStyles];

// The dev server's modules change under it: only a build has a shell to keep.
if (import.meta.env.PROD) registerServiceWorker();
