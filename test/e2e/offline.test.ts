/**
 * The explorer offline: the production build (as `npm start` serves it) from `vite preview`, in
 * Debian's Chromium. After one visit its service worker keeps the app shell, the index worker
 * keeps the data in IndexedDB, and the explorer starts with the network gone; a new deploy
 * replaces both the code and the old cache on the next visit.
 *
 * Each build gets a mark, injected from here into `src/main.ts`, that the page shows on `<html>`:
 * it tells which build's code runs, and changes the hashes of the build's files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Plugin, PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DATA_PARTS_DIR } from '../../build-plugins/data-parts.js';
import { SERVICE_WORKER_FILE, SKIP_WAITING_MESSAGE } from '../../src/offline/service-worker-file.js';
import { buildApp, startPreview, type Preview } from './built-app.js';
import { indexSource, launchChromium, openPage, repoRoot, screenshot, waitForExplorer, type TestPage } from './explorer-harness.js';
import type { PartsManifest } from '../../src/core/data-parts.js';

const TENCH = 'n01440764';
/** The service worker's caches are named this and the build's version. */
const CACHE_PREFIX = 'synset-explorer-shell-';

/** Appends `document.documentElement.dataset.build = mark` to the page's entry. */
function markBuild(mark: string): Plugin {
  return {
    name: 'test-mark-build',
    transform(code, id) {
      if (!id.endsWith('/src/main.ts')) return null;
      return { code: `${code}\ndocument.documentElement.dataset.build = ${JSON.stringify(mark)};\n`, map: null };
    },
  };
}

/** The shell the build wrote into its service worker: its version and its files. */
function builtShell(outDir: string): { version: string; files: string[] } {
  const shell = /\{"version":"\w+","files":\[[^\]]*\]\}/.exec(readFileSync(join(outDir, SERVICE_WORKER_FILE), 'utf8'))?.[0];
  if (!shell) throw new Error(`no app shell in ${outDir}/${SERVICE_WORKER_FILE}`);
  return JSON.parse(shell) as { version: string; files: string[] };
}

/** The version the build wrote into its service worker: the suffix of its cache's name. */
const builtVersion = (outDir: string) => builtShell(outDir).version;

/** Waits until the page's service worker registration has an activated worker. */
async function serviceWorkerActivated(page: Page): Promise<void> {
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated', undefined, {
    timeout: 30_000,
  });
}

/** The page's caches, each with the paths of the URLs it holds. */
function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const entries: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      entries[name] = requests.map((request) => new URL(request.url).pathname).sort();
    }
    return entries;
  });
}

/**
 * How many of the index's data parts (the structure, the names and the glosses) the page's
 * IndexedDB holds, against how many the build lists: a visit is complete once it holds them all
 * (the explorer preloads them after its first view). Label lists the card fetched are not counted.
 */
async function storedParts(page: Page, outDir: string): Promise<{ stored: number; listed: number }> {
  const manifest = JSON.parse(readFileSync(join(outDir, DATA_PARTS_DIR, 'parts.json'), 'utf8')) as PartsManifest;
  const files = [manifest.structure, ...manifest.names, ...manifest.glosses].map((part) => part.file);
  const keys = await page.evaluate(
    () =>
      new Promise<string[] | null>((resolve) => {
        const request = indexedDB.open('synset-explorer');
        request.onerror = () => resolve(null);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('parts')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('parts').objectStore('parts').getAllKeys();
          all.onsuccess = () => resolve(all.result.map(String));
          all.onerror = () => resolve(null);
          db.close();
        };
      }),
  );
  const held = new Set(keys ?? []);
  return { stored: keys === null ? -1 : files.filter((file) => held.has(file)).length, listed: files.length };
}

/**
 * Reloads, online, until a load is controlled by the build's service worker. On a loaded machine
 * Chromium may load a page from the network when its service worker is slow to start (seen with
 * two suites at once), and a reload gone offline then fails with ERR_INTERNET_DISCONNECTED: a
 * visit counts as done once the service worker has served it.
 */
async function reloadUntilControlled(page: Page, siteUrl: string): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.reload();
        await waitForExplorer(page);
        return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
      },
      { timeout: 60_000 },
    )
    .toBe(`${siteUrl}/${SERVICE_WORKER_FILE}`);
}

const cardTitle = (page: Page) => page.locator('synset-card h2');
const buildMark = (page: Page) => page.evaluate(() => document.documentElement.dataset.build);

let browser: Browser;
const opened: TestPage[] = [];
const previews: PreviewServer[] = [];
const buildRoot = join(repoRoot, 'build/e2e-offline');

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all(opened.map(({ context }) => context.close()));
  await browser?.close();
  await Promise.all(previews.map((server) => server.close()));
});

async function open(url: string): Promise<TestPage> {
  const testPage = await openPage(browser, { serviceWorkers: 'allow' });
  opened.push(testPage);
  await testPage.page.goto(url);
  return testPage;
}

describe('the explorer offline (production build)', () => {
  const outDir = join(buildRoot, 'app');
  let site: Preview;

  beforeAll(async () => {
    await buildApp(outDir, { plugins: [markBuild('first')] });
    site = await startPreview(outDir);
    previews.push(site.server);
  });

  test('the page registers a service worker that precaches the app shell and controls the page after a reload', async () => {
    const { page, errors } = await open(`${site.url}/`);
    await waitForExplorer(page);
    await serviceWorkerActivated(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await reloadUntilControlled(page, site.url);

    // One cache, of this build's version, holding index.html and every script, style and icon
    // of the build (the index worker's chunk too), and nothing of the synset data.
    const shell = readdirSync(join(outDir, 'assets'))
      .filter((name) => /\.(js|css|svg)$/.test(name))
      .map((name) => `/assets/${name}`);
    expect(shell.some((path) => path.includes('worker'))).toBe(true);
    const caches = await cachedPaths(page);
    expect(Object.keys(caches)).toEqual([CACHE_PREFIX + builtVersion(outDir)]);
    const cached = Object.values(caches)[0]!;
    expect(cached).toEqual(expect.arrayContaining(['/index.html', ...shell]));
    expect(cached.filter((path) => path.startsWith('/data/') || path.endsWith('.gz'))).toEqual([]);
    expect(await buildMark(page)).toBe('first');
    expect(errors).toEqual([]);
  });

  test('the build carries the data parts where the worker looks for them, and no service worker caches them', () => {
    const parts = join(repoRoot, DATA_PARTS_DIR);
    const expected = existsSync(parts) ? readdirSync(parts).sort() : [];
    const copied = existsSync(join(outDir, DATA_PARTS_DIR)) ? readdirSync(join(outDir, DATA_PARTS_DIR)).sort() : [];
    expect(copied).toEqual(expected);
    expect(readFileSync(join(outDir, SERVICE_WORKER_FILE), 'utf8')).not.toContain('data/generated');
  });

  test('offline after one visit: a reload shows the app shell, served by the service worker', async () => {
    const { page, context } = await open(`${site.url}/#/${TENCH}`);
    await waitForExplorer(page);
    await serviceWorkerActivated(page);
    await reloadUntilControlled(page, site.url);
    await context.setOffline(true);
    const asked = site.requests.length;
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await page.locator('synset-explorer synset-search input').waitFor();
    expect(await buildMark(page)).toBe('first');
    // The page and its scripts came from the service worker's cache, not the server. (Requests
    // started before going offline may still arrive: the first visit's data, the browser's
    // check of the service worker's script.)
    const isShell = (path: string) => path === '/' || path === '/index.html' || path.startsWith('/assets/');
    expect(site.requests.slice(asked).filter(isShell)).toEqual([]);
  });

  test('offline after one visit: the tree and the card of #/n01440764 render, the index read from IndexedDB', async () => {
    const { page, context, errors } = await open(`${site.url}/#/${TENCH}`);
    await waitForExplorer(page);
    await expect.poll(() => cardTitle(page).textContent(), { timeout: 30_000 }).toBe('tench');
    await serviceWorkerActivated(page);
    // The visit is complete once every part is kept (a busy machine takes a while).
    await expect
      .poll(
        async () => {
          const { stored, listed } = await storedParts(page, outDir);
          return stored === listed;
        },
        { interval: 500, timeout: 120_000 },
      )
      .toBe(true);
    await reloadUntilControlled(page, site.url);

    await context.setOffline(true);
    await page.reload();
    await waitForExplorer(page);
    expect(await indexSource(page)).toBe('indexeddb');
    await expect.poll(() => cardTitle(page).textContent(), { timeout: 30_000 }).toBe('tench');
    await expect.poll(() => page.locator('synset-tree [role=treeitem][aria-selected=true] .lemma').first().textContent()).toBe('tench');
    await screenshot(page, 'explorer-offline-tench');
    expect(errors).toEqual([]);
  }, 240_000);
});

/** `step`, and when it fails, what `explain` finds printed before the failure goes on. */
async function explained<T>(step: Promise<T>, explain: () => Promise<string>): Promise<T> {
  try {
    return await step;
  } catch (error) {
    console.log(`a new deploy, when this step failed:\n${await explain()}`);
    throw error;
  }
}

describe('a new deploy', () => {
  const outDir = join(buildRoot, 'redeploy');
  let site: Preview;

  beforeAll(async () => {
    await buildApp(outDir, { plugins: [markBuild('first')] });
    site = await startPreview(outDir);
    previews.push(site.server);
  });

  /** The scripts of the build last written to `outDir` (older builds' files stay beside them), as paths. */
  const builtScripts = () =>
    builtShell(outDir)
      .files.filter((file) => file.endsWith('.js'))
      .map((file) => `/${file}`);

  test("is picked up at once: the new code runs on the next visit, the new version's service worker takes over every tab within 10 s and deletes the old cache, and tabs opened before, during and after the update show the tree", async () => {
    const { page, context, errors } = await open(`${site.url}/`);
    // What was on its way when a step failed, for the log: under load these steps stalled before
    // the service worker routed the shell's files itself (issue 24).
    const pending = new Map<unknown, string>();
    context.on('request', (request) => pending.set(request, `${request.resourceType()} ${request.url().replace(site.url, '')}`));
    context.on('requestfinished', (request) => pending.delete(request));
    context.on('requestfailed', (request) => pending.delete(request));
    const explain = async (): Promise<string> => {
      const worker = await page
        .evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          const state = (w: ServiceWorker | null | undefined) => (w ? `${w.state} ${w.scriptURL.slice(-24)}` : 'none');
          return `installing ${state(registration?.installing)}; waiting ${state(registration?.waiting)}; active ${state(registration?.active)}; controller ${state(navigator.serviceWorker.controller)}`;
        })
        .catch((error: unknown) => `the page could not say (${String(error)})`);
      return `service worker: ${worker}\nrequests on their way: ${[...pending.values()].join(', ') || 'none'}\nthe server's last requests: ${site.requests.slice(-25).join(' ')}`;
    };
    await waitForExplorer(page);
    await serviceWorkerActivated(page);
    await page.reload();
    await waitForExplorer(page);
    const firstCache = CACHE_PREFIX + builtVersion(outDir);
    expect(Object.keys(await cachedPaths(page))).toEqual([firstCache]);
    expect(await buildMark(page)).toBe('first');
    const firstScripts = builtScripts();

    // The server now serves the second build (same origin, so the same registration).
    await buildApp(outDir, { plugins: [markBuild('second')], keepOldFiles: true });
    const secondCache = CACHE_PREFIX + builtVersion(outDir);
    expect(secondCache).not.toBe(firstCache);
    // The page's message is the one the service worker answers (it repeats the value).
    expect(readFileSync(join(outDir, SERVICE_WORKER_FILE), 'utf8')).toMatch(new RegExp(`["'\`]${SKIP_WAITING_MESSAGE}["'\`]`));

    const tabErrors: string[] = [];
    const openTab = async (): Promise<Page> => {
      const tab = await context.newPage();
      tab.on('pageerror', (error) => tabErrors.push(error.message));
      await explained(tab.goto(`${site.url}/#/${TENCH}`), explain);
      return tab;
    };
    // A tab opened while the old version is still in charge and no page has seen the deploy…
    const openedBefore = await openTab();
    // …the next visit of the first tab (navigations go to the network first)…
    await page.reload();
    // …and a tab opened while the new version installs: each runs the new code and shows the tree.
    const openedDuring = await openTab();
    for (const tab of [page, openedBefore, openedDuring]) {
      await explained(waitForExplorer(tab), explain);
      expect(await buildMark(tab)).toBe('second');
    }

    // The new version takes over every tab within 10 s (the page asks it to, not the browser's
    // schedule) and deletes the old cache.
    const takenOver = (tab: Page) =>
      tab.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return (
          !registration?.installing &&
          !registration?.waiting &&
          registration?.active?.state === 'activated' &&
          navigator.serviceWorker.controller === registration.active
        );
      });
    await explained(
      expect
        .poll(
          async () => ({
            caches: Object.keys(await cachedPaths(page)),
            takenOver: await Promise.all([page, openedBefore, openedDuring].map(takenOver)),
          }),
          { timeout: 10_000 },
        )
        .toEqual({ caches: [secondCache], takenOver: [true, true, true] }),
      explain,
    );

    // A tab opened after the update shows the tree under the new version.
    const openedAfter = await openTab();
    await explained(waitForExplorer(openedAfter), explain);
    expect(await buildMark(openedAfter)).toBe('second');
    expect(await takenOver(openedAfter)).toBe(true);
    for (const tab of [openedBefore, openedDuring, openedAfter]) {
      await expect.poll(() => tab.locator('synset-card h2').textContent()).toBe('tench');
    }

    // What a tab still running old code may ask for: a script only the old version had (no longer
    // cached) comes from the server, and so does one of the new version's missing from its cache
    // (storage evicted it, say).
    const oldOnly = firstScripts.find((path) => !builtScripts().includes(path));
    expect(oldOnly).toBeDefined();
    const evicted = builtScripts().find((path) => !firstScripts.includes(path))!;
    const statuses = await page.evaluate(
      async ({ oldOnly, evicted, cacheName }) => {
        await (await caches.open(cacheName)).delete(evicted);
        return Promise.all([oldOnly, evicted].map(async (path) => (await fetch(path)).status));
      },
      { oldOnly: oldOnly!, evicted, cacheName: secondCache },
    );
    expect(statuses).toEqual([200, 200]);
    expect(site.requests).toEqual(expect.arrayContaining([oldOnly, evicted]));
    expect(errors).toEqual([]);
    expect(tabErrors).toEqual([]);
  }, 240_000);
});
