/** The service worker's file, at the root of the app build (its scope is the whole app). */
export const SERVICE_WORKER_FILE = 'service-worker.js';
