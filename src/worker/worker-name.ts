/**
 * The index worker's name carries the page's open options, so the worker starts opening the
 * index (IndexedDB, and the tree with `preloadTree`) as soon as its script runs. The page's own
 * `open` message cannot start it that early: a message posted before the worker's script has
 * run is handed over by the page's main thread, which is busy with the page's own code then (the
 * explorer's: about 70 ms of a first visit). The name is what devtools shows for the thread.
 */
import type { OpenOptions } from './api.js';

const NAME = 'synset-index';
const OPENING = `${NAME} opening `;

/** The worker's name for a page whose client opens the index with `options`. */
export function indexWorkerName(options: OpenOptions): string {
  return OPENING + JSON.stringify(options);
}

/** The open options a worker's name carries, or undefined (a name of another form, a worker a page started itself). */
export function openOptionsInName(name: string): OpenOptions | undefined {
  if (!name.startsWith(OPENING)) return undefined;
  try {
    const options: unknown = JSON.parse(name.slice(OPENING.length));
    return typeof options === 'object' && options !== null && !Array.isArray(options) ? (options as OpenOptions) : undefined;
  } catch {
    return undefined;
  }
}
