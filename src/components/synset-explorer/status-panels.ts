/**
 * What the explorer says about its state: the first load's progress and a failed load (instead
 * of the workspace), an id that names no synset, and the footer's account of the index.
 */
import { html, type TemplateResult } from 'lit';
import type { IndexReady, LoadProgress } from '../../client/client.js';
import type { SynsetStats } from '../../worker/api.js';
import { errorText } from '../error-text.js';
import { formatNumber } from '../../core/number-format.js';

const PHASES: Record<LoadProgress['phase'], string> = {
  fetch: 'Downloading WordNet and the ImageNet lists',
  decompress: 'Unpacking',
  build: 'Building the index',
  store: 'Keeping a copy for next time',
  read: 'Reading the saved index',
};

export function renderLoading(progress: LoadProgress | null): TemplateResult {
  const percent = progress && progress.total > 0 ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : null;
  const phase = progress ? PHASES[progress.phase] : 'Starting the index worker';
  return html`<div class="status-panel" role="status" aria-live="polite">
    <h2>Preparing the index</h2>
    <p>${phase}${percent === null ? '…' : ` — ${percent}%`}</p>
    ${percent === null ? html`<progress aria-label=${phase}></progress>` : html`<progress max="100" value=${percent} aria-label=${phase}></progress>`}
    <p class="hint">
      The first visit downloads about 1 MB for the tree and the names; definitions follow in the background. Later visits, also offline,
      read everything from this browser's storage.
    </p>
  </div>`;
}

/**
 * The error's own words (the URL, the bytes) are for developers: they are in the console. People
 * read what went wrong and what to do: the connection, the server or a damaged download.
 */
export function renderLoadError(error: unknown, retry: () => void): TemplateResult {
  const text = errorText(error);
  return html`<div class="status-panel error-panel" role="alert">
    <h2>The synset index could not be loaded</h2>
    <p class="error">${text.charAt(0).toUpperCase()}${text.slice(1)}</p>
    <button class="text-button primary" @click=${retry}>Retry</button>
  </div>`;
}

export function renderBadRoute(id: string, message: string, homeHref: string): TemplateResult {
  return html`<div class="status-panel bad-route" role="alert">
    <h2>No synset “${id}”</h2>
    <p>${message}.</p>
    <p><a href=${homeHref}>Go to the top of the hierarchy</a> or search above.</p>
  </div>`;
}

/** The footer's account of the index: its size and where it was read from, and how fast. */
export function renderIndexSummary(stats: SynsetStats, ready: IndexReady, ms: number): TemplateResult {
  return html` · ${formatNumber(stats.nouns)} nouns, ${formatNumber(stats.in21k)} in ImageNet-21k, ${formatNumber(stats.in1k)} ILSVRC
  classes · index ${ready.source === 'indexeddb' ? 'read from this browser’s storage' : 'downloaded'} in ${formatNumber(Math.round(ms))} ms`;
}
