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
  const register = async () => {
    try {
      // Registering again with the same script and options starts no update check; the browser's
      // own check after a navigation is scheduled at its discretion. So a page that already had a
      // worker asks for the check itself: a new deploy's worker installs (and takes over) now.
      const existing = await navigator.serviceWorker.getRegistration();
      const registration = await navigator.serviceWorker.register(scriptUrl, { updateViaCache: 'none' });
      // Offline, the check fails: the next visit online checks again.
      if (existing) await registration.update().catch(() => undefined);
    } catch (error) {
      console.warn('The explorer will not start offline: its service worker could not be registered.', error);
    }
  };
  if (document.readyState === 'complete') void register();
  else addEventListener('load', () => void register(), { once: true });
}
