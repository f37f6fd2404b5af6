/**
 * Registers the explorer's service worker, which keeps the app shell for offline visits (see
 * `service-worker.ts`). Only the explorer page calls this, and only in a production build: the
 * embed bundle runs on other people's pages, whose origin is theirs to control.
 */
import { SERVICE_WORKER_FILE } from './service-worker-file.js';

/**
 * Registers once the page has loaded, so precaching never competes with the first view for the
 * network. `updateViaCache: 'none'`: the browser asks the server for the script on every visit,
 * past the HTTP cache, so a new deploy is found on the next visit. A failure only costs the
 * offline start: a console warning, nothing the user has to see.
 */
export function registerServiceWorker(scriptUrl = `${import.meta.env.BASE_URL}${SERVICE_WORKER_FILE}`): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker
      .register(scriptUrl, { updateViaCache: 'none' })
      .catch((error: unknown) => console.warn('The explorer will not start offline: its service worker could not be registered.', error));
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
