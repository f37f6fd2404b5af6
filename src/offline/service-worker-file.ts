/** The service worker's file, at the root of the app build (its scope is the whole app). */
export const SERVICE_WORKER_FILE = 'service-worker.js';

/**
 * What the page posts to a new version that waits to take over (`register-service-worker.ts`).
 * The service worker imports nothing (it is built as one file), so it repeats this value, and
 * the redeploy test holds the two together.
 */
export const SKIP_WAITING_MESSAGE = 'skip-waiting';
