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
 * - Where the browser routes requests itself (Chromium's static routing, see `routes()`), it
 *   does all this without waiting for this worker: it serves the shell from the cache, sends the
 *   data to the network, and races navigations on the network against this worker.
 * - A new version installs (copying the files an older version kept, downloading the rest),
 *   takes over at once (`skipWaiting`: a page already running keeps the modules it has loaded)
 *   and deletes the caches of the versions before it. The page asks it again while it waits.
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
/** Chromium's static routing (https://w3c.github.io/ServiceWorker/#dom-installevent-addroutes). */
interface RouterCondition {
  requestMode?: RequestMode;
  urlPattern?: { pathname: string };
  or?: RouterCondition[];
  not?: RouterCondition;
}
interface RouterRule {
  condition: RouterCondition;
  source: 'network' | 'fetch-event' | 'race-network-and-fetch-handler' | { cacheName: string };
}
interface InstallEvent extends ExtendableEvent {
  addRoutes?(rules: RouterRule[]): Promise<void>;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
interface ServiceWorkerScope {
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: (event: InstallEvent) => void): void;
  addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const scope = self as unknown as ServiceWorkerScope;

/** Our caches' names start with this; other caches on the origin are not ours to delete. */
const CACHE_PREFIX = 'synset-explorer-shell-';
const { version, files } = __APP_SHELL__;
const cacheName = CACHE_PREFIX + version;
const shellUrls = new Set(files.map((file) => new URL(file, location.href).href));
const indexUrl = new URL('index.html', location.href).href;

scope.addEventListener('install', (event) => {
  // A browser that refuses the routes still has the fetch handler.
  if (event.addRoutes) event.waitUntil(event.addRoutes(routes()).catch(() => undefined));
  event.waitUntil(precache().then(() => scope.skipWaiting()));
});

// The page asks again while this version waits (register-service-worker.ts); the value is
// SKIP_WAITING_MESSAGE of service-worker-file.ts, repeated here because this file imports nothing.
scope.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') event.waitUntil(scope.skipWaiting());
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
 * The routes the browser follows before it would wake this worker (Chromium's static routing):
 * the shell's files from this version's cache (a miss goes to the network), navigations raced on
 * the network against the fetch handler (which answers offline), anything else (the data) straight
 * to the network. Besides sparing a start of the worker on a later visit, this keeps requests off
 * an old worker that is being swapped out: during a deploy under load, Chromium stopped the old
 * worker while a fetch of the index worker's script, or a second tab's navigation, was on its way
 * through it, and that request never finished (issue 24; seen with DevTools attached, as in every
 * automated test: Chromium then stops a worker it swaps out even with work pending). Other
 * browsers use the fetch handler.
 */
function routes(): RouterRule[] {
  const files = [...shellUrls]
    .filter((url) => url !== indexUrl)
    .map((url) => ({ urlPattern: { pathname: escapePattern(new URL(url).pathname) } }));
  return [
    { condition: { requestMode: 'navigate' }, source: 'race-network-and-fetch-handler' },
    { condition: { or: files }, source: { cacheName } },
    { condition: { not: { requestMode: 'navigate' } }, source: 'network' },
  ];
}

/** `path` as a URL pattern that matches it alone. */
function escapePattern(path: string): string {
  return path.replace(/[\\:*?+(){}]/g, '\\$&');
}

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
      await cache.put(url, withoutVary(kept ?? (await download(url))));
    }),
  );
}

/** Vite names what it writes under `assets/` by content (`index-D-NipubP.js`); pages keep their names. */
function namedByContent(url: string): boolean {
  return new URL(url).pathname.includes('/assets/');
}

async function download(url: string): Promise<Response> {
  const response = await fetch(new Request(url, { cache: 'reload' }));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/**
 * Servers send `Vary: Origin` (CORS), and a module script's request carries an `Origin` that the
 * precaching request did not: the browser's own lookups (static routing) would miss every script.
 */
function withoutVary(response: Response): Response {
  if (!response.headers.has('Vary')) return response;
  const headers = new Headers(response.headers);
  headers.delete('Vary');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
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
