/**
 * The bench's browser half, in Debian's Chromium: first and later visits (the
 * `synset-index-ready` mark), the worker's heap, search inside the worker and from the page,
 * and a page of 1,000 labels. The pages are built for production and served by `vite
 * preview`, as a deployed site would serve them; each cold visit gets a new database.
 */
import { chromium, type Browser, type Page, type Worker } from 'playwright-core';
import type {} from './page-globals.js';
import { build, preview, type Plugin, type PreviewServer } from 'vite';
import { findProjectRoot } from '../src/node/project-root.js';
import { chromiumArgs } from '../vite.config.js';
import { makeQuerySets } from './query-set.js';
import { median, percentile } from './stats.js';
import type { SynsetIndex } from '../src/core/synset-index.js';

export interface BrowserFigures {
  coldReadyMs: number;
  warmReadyMs: number;
  workerHeapMB: number | null;
  workerSearchP50Us: number;
  workerSearchP95Us: number;
  workerSearchP99Us: number;
  roundTripP50Ms: number;
  roundTripP95Ms: number;
  labels1000Ms: number | null;
  /**
   * Where a later visit's start-up goes: medians, in ms from navigation, of the moments the
   * page creates the worker and the worker's own User Timing marks (`synset-*`) fall.
   */
  warmPhasesMs: WarmPhases;
  /** What could not be measured, and why. */
  notes: string[];
}

/** Moments of a later visit, in ms from navigation (see {@link BrowserFigures.warmPhasesMs}). */
export interface WarmPhases {
  /** The worker's script starts running. */
  workerStarted: number;
  /** The index record is out of IndexedDB. */
  cacheRead: number;
  /** The index is built from it (its digest still being checked off-thread). */
  indexBuilt: number;
  /** `synset-index-ready` on the page. */
  ready: number;
  /** The glosses, read after ready, are in: lookups and searches answer from here. */
  glossesRead: number;
}

const PHASE_MARKS = {
  workerStarted: 'synset-worker-start',
  cacheRead: 'synset-cache-read',
  indexBuilt: 'synset-index-built',
  glossesRead: 'synset-glosses-read',
} as const;

const RUNS = 5;
const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

async function visit(page: Page, url: string): Promise<{ source: string; readyMs: number }> {
  await page.goto(url);
  await page.waitForFunction(() => window.benchResult !== undefined, undefined, { timeout: 60_000 });
  const result = await page.evaluate(() => window.benchResult!);
  if ('error' in result) throw new Error(`the page could not open the index: ${result.error}`);
  return result;
}

/** The worker's start-up marks, moved onto the page's clock; waits for the last one. */
async function workerPhases(page: Page, worker: Worker): Promise<Record<keyof typeof PHASE_MARKS, number>> {
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  return worker.evaluate(
    async ({ marks, pageOrigin }) => {
      const at = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
      for (let wait = 0; at(marks.glossesRead) === undefined && wait < 200; wait++) await new Promise((r) => setTimeout(r, 25));
      const shift = performance.timeOrigin - pageOrigin;
      const moment = (name: string) => (at(name) ?? Number.NaN) + shift;
      return {
        workerStarted: moment(marks.workerStarted),
        cacheRead: moment(marks.cacheRead),
        indexBuilt: moment(marks.indexBuilt),
        glossesRead: moment(marks.glossesRead),
      };
    },
    { marks: PHASE_MARKS, pageOrigin },
  );
}

/**
 * The worker's memory after a garbage collection (JS heap and ArrayBuffer stores), in MB, through the DevTools protocol:
 * a dedicated worker has no `performance.memory`. Our own CDP session attaches to the page's
 * worker target and speaks to it through `Target.sendMessageToTarget`.
 */
async function workerHeapMB(page: Page): Promise<number | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const attached = new Promise<string>((resolve) =>
      cdp.on('Target.attachedToTarget', (event: { sessionId: string; targetInfo: { type: string } }) => {
        if (event.targetInfo.type === 'worker') resolve(event.sessionId);
      }),
    );
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    const sessionId = await Promise.race([attached, new Promise<undefined>((resolve) => setTimeout(resolve, 5000))]);
    if (!sessionId) return null;
    let nextId = 1;
    const call = (method: string): Promise<Record<string, number>> => {
      const id = nextId++;
      const reply = new Promise<Record<string, number>>((resolve) =>
        cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
          const message = JSON.parse(event.message) as { id?: number; result?: Record<string, number> };
          if (message.id === id) resolve(message.result ?? {});
        }),
      );
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      return reply;
    };
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    // ArrayBuffers (the bundle, the tables) live outside the JS heap, in backing stores.
    return usage.usedSize === undefined ? null : round((usage.usedSize + (usage.backingStorageSize ?? 0)) / 2 ** 20);
  } finally {
    await cdp.detach();
  }
}

/**
 * Cross-origin isolation gives the worker's clock 5 µs steps instead of 100 µs. Vite's own
 * `preview.headers` reach only static assets, not the HTML, so every response gets them here.
 */
const crossOriginIsolation: Plugin = {
  name: 'cross-origin-isolation',
  configurePreviewServer(server) {
    server.middlewares.use((_request, response, next) => {
      response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
      response.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
      next();
    });
  },
};

export async function benchBrowser(index: SynsetIndex, log: (line: string) => void): Promise<BrowserFigures> {
  const root = findProjectRoot();
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  const outDir = `${root}/build/bench-site`;
  try {
    await build({
      root,
      configFile: `${root}/vite.config.ts`,
      logLevel: 'error',
      build: {
        outDir,
        emptyOutDir: true,
        rollupOptions: { input: { start: `${root}/bench/pages/start.html`, labels: `${root}/bench/pages/labels.html` } },
      },
    });
    server = await preview({
      root,
      configFile: `${root}/vite.config.ts`,
      logLevel: 'error',
      build: { outDir },
      preview: { port: 0, strictPort: false, host: '127.0.0.1' },
      plugins: [crossOriginIsolation],
    });
    const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? 'http://127.0.0.1:4173';
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [...chromiumArgs, '--enable-precise-memory-info'],
    });
    const stamp = Date.now();
    const fresh = async (): Promise<Page> => (await browser!.newContext()).newPage();

    // One visit first, to check the page works, and so the OS has the files in its cache.
    await visit(await fresh(), `${base}/bench/pages/start.html?db=warmup-${stamp}`);

    const cold: number[] = [];
    const warm: number[] = [];
    const phases: WarmPhases[] = [];
    let heap: number | null = null;
    let page: Page | undefined;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      page = await context.newPage();
      const db = `bench-${stamp}-${run}`;
      const first = await visit(page, `${base}/bench/pages/start.html?db=${db}`);
      if (first.source !== 'network') throw new Error(`a first visit came from ${first.source}`);
      cold.push(first.readyMs);
      if (!(await page.evaluate(() => window.benchPersisted!()))) throw new Error('a first visit could not keep the index in IndexedDB');
      const worker = page.waitForEvent('worker');
      const second = await visit(page, `${base}/bench/pages/start.html?db=${db}`);
      if (second.source !== 'indexeddb') throw new Error(`a later visit came from ${second.source}`);
      warm.push(second.readyMs);
      phases.push({ ...(await workerPhases(page, await worker)), ready: second.readyMs });
      if (run < RUNS - 1) await context.close();
    }
    log(`  cold ${cold.map((ms) => ms.toFixed(0)).join(', ')} ms; warm ${warm.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    const warmPhasesMs = Object.fromEntries(
      (['workerStarted', 'cacheRead', 'indexBuilt', 'ready', 'glossesRead'] as const).map((key) => [
        key,
        round(median(phases.map((p) => p[key]))),
      ]),
    ) as unknown as WarmPhases;
    log(
      `  warm visit, ms from navigation: ${Object.entries(warmPhasesMs)
        .map(([key, ms]) => `${key} ${ms}`)
        .join(', ')}`,
    );

    const sets = makeQuerySets(index);
    const queries = [...sets.prefixes, ...sets.wholeLemmas.map((w) => w.query), ...sets.typos.map((t) => t.query)];
    await page!.evaluate((warmup) => window.benchWorkerSearch!(warmup), queries.slice(0, 300));
    log(`  cross-origin isolated: ${await page!.evaluate(() => crossOriginIsolated)}`);
    const inWorker = (await page!.evaluate((all) => window.benchWorkerSearch!(all), queries)).sort((a, b) => a - b);
    const roundTrips = (await page!.evaluate((some) => window.benchRoundTrips!(some), queries.slice(0, 1000))).sort((a, b) => a - b);
    // Measured once every structure the queries build is there (the gloss-word index among them).
    heap = await workerHeapMB(page!);
    log(`  worker heap ${heap ?? '?'} MB`);

    // The last run's context still holds its database: the labels page starts warm, as a
    // reader's second page of a docs site would.
    await page!.goto(`${base}/bench/pages/labels.html?db=bench-${stamp}-${RUNS - 1}`);
    await page!.waitForFunction(() => window.benchLabels !== undefined, undefined, { timeout: 60_000 }).catch(() => undefined);
    const labels = (await page!.evaluate(() => window.benchLabels)) ?? { error: 'the labels page never finished' };
    const notes = 'error' in labels ? [`labels page: ${labels.error}`] : [];
    if (heap === null) notes.push('worker heap: the DevTools protocol did not answer');

    return {
      coldReadyMs: round(median(cold)),
      warmReadyMs: round(median(warm)),
      workerHeapMB: heap,
      workerSearchP50Us: round(percentile(inWorker, 50)),
      workerSearchP95Us: round(percentile(inWorker, 95)),
      workerSearchP99Us: round(percentile(inWorker, 99)),
      roundTripP50Ms: round(percentile(roundTrips, 50), 2),
      roundTripP95Ms: round(percentile(roundTrips, 95), 2),
      labels1000Ms: 'error' in labels ? null : round(labels.ms),
      warmPhasesMs,
      notes,
    };
  } finally {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
  }
}
