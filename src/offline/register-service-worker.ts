/**
 * Registers the explorer's service worker, which keeps the app shell for offline visits (see
 * `service-worker.ts`). Only the explorer page calls this, and only in a production build: the
 * embed bundle runs on other people's pages, whose origin is theirs to control.
 */
import { SERVICE_WORKER_FILE, SKIP_WAITING_MESSAGE } from './service-worker-file.js';

/** How often, and for how long, the page asks a waiting new version to take over. */
const ASK_EVERY_MS = 1_000;
const ASK_FOR_MS = 120_000;

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
      if (!existing) return;
      registration.addEventListener('updatefound', () => void askWaitingVersionToTakeOver(registration));
      // Offline, the check fails: the next visit online checks again.
      await registration.update().catch(() => undefined);
      void askWaitingVersionToTakeOver(registration);
    } catch (error) {
      console.warn('The explorer will not start offline: its service worker could not be registered.', error);
    }
  };
  if (document.readyState === 'complete') void register();
  else addEventListener('load', () => void register(), { once: true });
}

let asking = false;

/**
 * A new version asks to take over as soon as it has installed, but Chromium swaps the old one out
 * only once that is idle, and asks it to idle at once only when the new one asks: if the old
 * worker restarts meanwhile (a navigation in another tab), the takeover waited for its ordinary
 * 30 s idle timeout, or longer when pages keep it busy (issue 24). So while a version waits, the
 * page asks it again every second; the new worker's answer is `skipWaiting()` once more.
 */
async function askWaitingVersionToTakeOver(registration: ServiceWorkerRegistration): Promise<void> {
  if (asking) return;
  asking = true;
  try {
    for (let waited = 0; waited < ASK_FOR_MS; waited += ASK_EVERY_MS) {
      if (registration.waiting) registration.waiting.postMessage(SKIP_WAITING_MESSAGE);
      else if (!registration.installing) return;
      await new Promise((resolve) => setTimeout(resolve, ASK_EVERY_MS));
    }
  } finally {
    asking = false;
  }
}
