/**
 * The explorer's service worker: after one visit, the app starts offline.
 *
 * It keeps the app shell only: `index.html`, the JS and CSS chunks (the index worker's among
 * them) and the favicon, the list the build wrote into `__APP_SHELL__` (see
 * `build-plugins/app-shell-service-worker.ts`), in a cache named after the build's version.
 * Everything else goes to the network untouched: the synset data (the index worker keeps it in
 * IndexedDB itself, so a second copy here would only cost storage) and other origins.
 *
 * - Navigations: network first, so a new deploy's page is used as soon as it is reachable; the
 *   cached `index.html` when the network fails.
 * - The shell's files: cache first (their names carry content hashes, so they never go stale).
 * - A new version installs (copying the files an older version kept, downloading the rest),
 *   takes over at once (`skipWaiting`: a page already running keeps the modules it has loaded)
 *   and deletes the caches of the versions before it.
 */

/** Filled in by the build: the version (a hash of the shell's files) and the files, relative to this script. */
declare const __APP_SHELL__: { version: string; files: string[] };

// The DOM library has no service worker types, and mixing in the WebWorker library would change
// the types of every other file: these are the few parts used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const scope = self as unknown as ServiceWorkerScope;

/** Our caches' names start with this; other caches on the origin are not ours to delete. */
const CACHE_PREFIX = 'synset-explorer-shell-';
const { version, files } = __APP_SHELL__;
const cacheName = CACHE_PREFIX + version;
const shellUrls = new Set(files.map((file) => new URL(file, location.href).href));
const indexUrl = new URL('index.html', location.href).href;

scope.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => scope.skipWaiting()));
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(deleteOlderCaches());
});

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request));
  else if (shellUrls.has(request.url)) event.respondWith(cacheFirst(request));
});

/**
 * Fills this version's cache. A file named by its content that an older version kept is copied
 * from there, not downloaded again: a deploy that changed a few files installs (and takes over)
 * after downloading those few, which matters on a slow or busy device. The rest comes from the
 * server, past the HTTP cache (`reload`), so `index.html` is the one this version lists.
 */
async function precache(): Promise<void> {
  const cache = await caches.open(cacheName);
  const older = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== cacheName);
  await Promise.all(
    [...shellUrls].map(async (url) => {
      const kept = namedByContent(url) ? await keptByOlderVersion(url, older) : undefined;
      if (kept) await cache.put(url, kept);
      else await cache.add(new Request(url, { cache: 'reload' }));
    }),
  );
}

/** Vite names what it writes under `assets/` by content (`index-D-NipubP.js`); pages keep their names. */
function namedByContent(url: string): boolean {
  return new URL(url).pathname.includes('/assets/');
}

async function keptByOlderVersion(url: string, older: readonly string[]): Promise<Response | undefined> {
  for (const name of older) {
    const kept = await caches.match(url, { cacheName: name, ignoreVary: true });
    if (kept?.ok) return kept;
  }
  return undefined;
}

async function deleteOlderCaches(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== cacheName).map((name) => caches.delete(name)));
}

/**
 * Matches in this version's cache by URL alone: servers send `Vary: Origin` (CORS), and a module
 * script's request carries an `Origin` that the precaching request did not.
 */
const matchOptions: MultiCacheQueryOptions = { cacheName, ignoreVary: true };

async function networkFirst(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    // The app routes in the URL's hash: whatever page was asked for, the shell is index.html.
    const cached = await caches.match(indexUrl, matchOptions);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  return (await caches.match(request, matchOptions)) ?? fetch(request);
}

// A module for TypeScript, so the declarations above stay in this file; the build emits no export.
export {};
