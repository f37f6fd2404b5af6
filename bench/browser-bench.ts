/**
 * The bench's browser half, in Debian's Chromium: the floor (an empty worker's answer), the
 * explorer's first, later and offline visits, its interactions (first paint, keystroke to
 * results, expanding a node of ~300 children), a docs page of labels (see `floor-bench.ts`,
 * `explorer-bench.ts`, `interaction-bench.ts`, `docs-bench.ts`), and on the start page: first and
 * later visits (the `synset-index-ready` mark, then the tree's data), the worker's heap, search
 * inside the worker and from the page, and a page of 1,000 labels, first visit and next. The pages are built for production and served
 * by `vite preview`, as a deployed site would serve them; each cold visit gets a new database.
 * A part that fails leaves a note and the other parts' figures.
 */
import type { Socket } from 'node:net';
import { type Browser, type Page, type Worker } from 'playwright-core';
import type {} from './page-globals.js';
import { build, preview, type Plugin, type PreviewServer } from 'vite';
import { findProjectRoot } from '../src/node/project-root.js';
import { launchChromium } from '../test/launch-chromium.js';
import { benchDocsPage, type DocsFigures } from './docs-bench.js';
import { benchExplorer, type ExplorerFigures } from './explorer-bench.js';
import { benchFloor, type FloorFigures } from './floor-bench.js';
import { benchInteractions, type InteractionFigures } from './interaction-bench.js';
import { benchYourModel, writeRunFiles, type YourModelFigures } from './your-model-bench.js';
import { numpyOnTop5 } from './evaluate-bench.js';
import { makeQuerySets } from './query-set.js';
import { median, percentile } from './stats.js';
import type { SynsetQueries } from '../src/core/queries.js';

export interface BrowserFigures {
  /** Each part's figures, or null when it failed (then `notes` says why). */
  start: StartFigures | null;
  floor: FloorFigures | null;
  explorer: ExplorerFigures | null;
  interactions: InteractionFigures | null;
  docs: DocsFigures | null;
  /** A model's 50,000-row file dropped on the explorer (your-model-bench.ts). */
  yourModel: YourModelFigures | null;
  /** What could not be measured, and why. */
  notes: string[];
}

/** The start page (`bench/pages/start.html`): a client alone, no elements. */
export interface StartFigures {
  /** `synset-index-ready` (the worker opened; no data read yet), ms from navigation. */
  coldReadyMs: number;
  warmReadyMs: number;
  /** The tree's data (structure and every names shard) loaded and the index built: `stats()` answered. */
  coldSkeletonMs: number;
  warmSkeletonMs: number;
  workerHeapMB: number | null;
  workerSearchP50Us: number;
  workerSearchP95Us: number;
  workerSearchP99Us: number;
  roundTripP50Ms: number;
  roundTripP95Ms: number;
  /** The labels page, all 1,000 showing their names: the next visit (from IndexedDB), and a first visit (from the network). */
  labels1000Ms: number | null;
  labels1000ColdMs: number | null;
  /**
   * Where a later visit's start-up goes: medians, in ms from navigation, of the moments the
   * page creates the worker and the worker's own User Timing marks (`synset-*`) fall.
   */
  warmPhasesMs: WarmPhases;
  notes: string[];
}

/** Moments of a later visit, in ms from navigation (see {@link StartFigures.warmPhasesMs}). */
export interface WarmPhases {
  /** The worker's script starts running. */
  workerStarted: number;
  /** The worker starts opening the index (manifest, IndexedDB). */
  loadStarted: number;
  /** `synset-index-ready` on the page. */
  ready: number;
  /** The structure and every names shard are out of IndexedDB. */
  partsRead: number;
  /** The index is built from them. */
  indexBuilt: number;
  /** `stats()` answered on the page. */
  skeleton: number;
}

const PHASE_MARKS = {
  workerStarted: 'synset-worker-start',
  loadStarted: 'synset-load-start',
  partsRead: 'synset-parts-read',
  indexBuilt: 'synset-index-built',
} as const;

/** Runs of each visit; `BENCH_RUNS` lowers it for a quick look at the bench itself. */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

async function visit(page: Page, url: string): Promise<{ source: string; readyMs: number; skeletonMs: number }> {
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
      for (let wait = 0; at(marks.indexBuilt) === undefined && wait < 200; wait++) await new Promise((r) => setTimeout(r, 25));
      const shift = performance.timeOrigin - pageOrigin;
      const moment = (name: string) => (at(name) ?? Number.NaN) + shift;
      return {
        workerStarted: moment(marks.workerStarted),
        loadStarted: moment(marks.loadStarted),
        partsRead: moment(marks.partsRead),
        indexBuilt: moment(marks.indexBuilt),
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

/** Counts the bytes the preview server writes to its sockets, headers and compression included. */
function wireCounter(): { plugin: Plugin; bytes: () => number } {
  const sockets = new Set<Socket>();
  return {
    plugin: {
      name: 'bench-wire-counter',
      configurePreviewServer(server) {
        server.httpServer.on('connection', (socket: Socket) => sockets.add(socket));
      },
    },
    // A closed socket keeps its count.
    bytes: () => [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0),
  };
}

/** Runs one part of the bench; a failure becomes a note and a null figure. */
async function attempt<T>(what: string, notes: string[], log: (line: string) => void, part: () => Promise<T>): Promise<T | null> {
  try {
    return await part();
  } catch (error) {
    const message = `${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    notes.push(message);
    log(`  failed: ${message}`);
    return null;
  }
}

/**
 * Every part; without `queries` (`npm run bench -- --only docs`), only the two that need no index:
 * the floor and the docs page, whose time is read against it; with `parts` 'interactions'
 * (`--only interactions`), the floor and the explorer's interactions; with 'your-model'
 * (`--only your-model`), the floor and "Your model".
 */
export async function benchBrowser(
  queries: SynsetQueries | null,
  log: (line: string) => void,
  parts: 'all' | 'interactions' | 'your-model' | 'explorer' = 'all',
  docsPage = 'docs.html',
): Promise<BrowserFigures> {
  const root = findProjectRoot();
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  const outDir = `${root}/build/bench-site`;
  const wire = wireCounter();
  try {
    await build({
      root,
      configFile: `${root}/vite.config.ts`,
      logLevel: 'error',
      build: {
        outDir,
        emptyOutDir: true,
        rollupOptions: {
          input: {
            index: `${root}/index.html`,
            start: `${root}/bench/pages/start.html`,
            labels: `${root}/bench/pages/labels.html`,
            floor: `${root}/bench/pages/floor.html`,
          },
        },
      },
    });
    // The predictions files the "your model" part drops, served beside the site.
    const runFiles = queries ? writeRunFiles(queries, `${outDir}/bench-runs`) : null;
    server = await preview({
      root,
      configFile: `${root}/vite.config.ts`,
      logLevel: 'error',
      build: { outDir },
      preview: { port: 0, strictPort: false, host: '127.0.0.1' },
      plugins: [crossOriginIsolation, wire.plugin],
    });
    const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? 'http://127.0.0.1:4173';
    browser = await launchChromium(['--enable-precise-memory-info']);
    const notes: string[] = [];
    const launched = browser;
    const floor = await attempt('floor page', notes, log, () => benchFloor(launched, base, RUNS, log));
    if (queries === null) {
      const docs = await attempt('docs page', notes, log, () => benchDocsPage(launched, RUNS, log, docsPage));
      notes.push(...(docs?.notes ?? []));
      return { start: null, floor, explorer: null, interactions: null, docs, yourModel: null, notes };
    }
    const shrubChildren = queries.children('n13112664', { in: 'all' }).total;
    if (parts === 'interactions') {
      const interactions = await attempt('explorer interactions', notes, log, () => benchInteractions(launched, base, shrubChildren, log));
      notes.push(...(interactions?.notes ?? []));
      return { start: null, floor, explorer: null, interactions, docs: null, yourModel: null, notes };
    }
    if (parts === 'explorer') {
      const explorer = await attempt('explorer', notes, log, () => benchExplorer(launched, base, wire.bytes, RUNS, log));
      notes.push(...(explorer?.notes ?? []));
      return { start: null, floor, explorer, interactions: null, docs: null, yourModel: null, notes };
    }
    const yourModel = await attempt('your model', notes, log, () => benchYourModel(launched, base, runFiles!, RUNS, log));
    notes.push(...(yourModel?.notes ?? []));
    if (yourModel) {
      log('your model: NumPy doing the same sums on the same .npy…');
      yourModel.numpy = numpyOnTop5(queries, `${outDir}/bench-runs/${runFiles!.npy}`, notes);
    }
    if (parts === 'your-model') return { start: null, floor, explorer: null, interactions: null, docs: null, yourModel, notes };
    const explorer = await attempt('explorer', notes, log, () => benchExplorer(launched, base, wire.bytes, RUNS, log));
    const interactions = await attempt('explorer interactions', notes, log, () => benchInteractions(launched, base, shrubChildren, log));
    const docs = await attempt('docs page', notes, log, () => benchDocsPage(launched, RUNS, log));
    const start = await attempt('start page', notes, log, () => benchStartPage(launched, base, queries, log));
    notes.push(...(explorer?.notes ?? []), ...(interactions?.notes ?? []), ...(docs?.notes ?? []), ...(start?.notes ?? []));
    return { start, floor, explorer, interactions, docs, yourModel, notes };
  } finally {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
  }
}

/** The labels page (`bench/pages/labels.ts`): ms until all 1,000 labels show their names, or why not. */
async function labelsPage(page: Page, url: string): Promise<NonNullable<Window['benchLabels']>> {
  await page.goto(url);
  await page.waitForFunction(() => window.benchLabels !== undefined, undefined, { timeout: 60_000 }).catch(() => undefined);
  return (await page.evaluate(() => window.benchLabels)) ?? { error: 'the labels page never finished' };
}

async function benchStartPage(browser: Browser, base: string, synsets: SynsetQueries, log: (line: string) => void): Promise<StartFigures> {
  const stamp = Date.now();
  const fresh = async (): Promise<Page> => (await browser.newContext()).newPage();

  // One visit first, to check the page works, and so the OS has the files in its cache.
  await visit(await fresh(), `${base}/bench/pages/start.html?db=warmup-${stamp}`);

  const cold: number[] = [];
  const warm: number[] = [];
  const coldSkeleton: number[] = [];
  const warmSkeleton: number[] = [];
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
    coldSkeleton.push(first.skeletonMs);
    if (!(await page.evaluate(() => window.benchPersisted!()))) throw new Error('a first visit could not keep the index in IndexedDB');
    const worker = page.waitForEvent('worker');
    const second = await visit(page, `${base}/bench/pages/start.html?db=${db}`);
    if (second.source !== 'indexeddb') throw new Error(`a later visit came from ${second.source}`);
    warm.push(second.readyMs);
    warmSkeleton.push(second.skeletonMs);
    phases.push({ ...(await workerPhases(page, await worker)), ready: second.readyMs, skeleton: second.skeletonMs });
    if (run < RUNS - 1) await context.close();
  }
  log(`  start page: cold ${cold.map((ms) => ms.toFixed(0)).join(', ')} ms; warm ${warm.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  const warmPhasesMs = Object.fromEntries(
    (['workerStarted', 'loadStarted', 'ready', 'partsRead', 'indexBuilt', 'skeleton'] as const).map((key) => [
      key,
      round(median(phases.map((p) => p[key]))),
    ]),
  ) as unknown as WarmPhases;
  log(
    `  warm visit, ms from navigation: ${Object.entries(warmPhasesMs)
      .map(([key, ms]) => `${key} ${ms}`)
      .join(', ')}`,
  );

  const sets = makeQuerySets(synsets.index);
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
  const labels = await labelsPage(page!, `${base}/bench/pages/labels.html?db=bench-${stamp}-${RUNS - 1}`);
  await page!.context().close();
  // And on a first visit: a new context, an empty database.
  const coldPage = await fresh();
  const coldLabels = await labelsPage(coldPage, `${base}/bench/pages/labels.html?db=bench-labels-${stamp}`);
  await coldPage.context().close();
  log(
    `  1,000 labels: next visit ${'error' in labels ? '–' : labels.ms.toFixed(0)} ms, first visit ${'error' in coldLabels ? '–' : coldLabels.ms.toFixed(0)} ms`,
  );
  const notes = [
    ...('error' in labels ? [`labels page: ${labels.error}`] : []),
    ...('error' in coldLabels ? [`labels page, first visit: ${coldLabels.error}`] : []),
  ];
  if (heap === null) notes.push('worker heap: the DevTools protocol did not answer');

  return {
    coldReadyMs: round(median(cold)),
    warmReadyMs: round(median(warm)),
    coldSkeletonMs: round(median(coldSkeleton)),
    warmSkeletonMs: round(median(warmSkeleton)),
    workerHeapMB: heap,
    workerSearchP50Us: round(percentile(inWorker, 50)),
    workerSearchP95Us: round(percentile(inWorker, 95)),
    workerSearchP99Us: round(percentile(inWorker, 99)),
    roundTripP50Ms: round(percentile(roundTrips, 50), 2),
    roundTripP95Ms: round(percentile(roundTrips, 95), 2),
    labels1000Ms: 'error' in labels ? null : round(labels.ms),
    labels1000ColdMs: 'error' in coldLabels ? null : round(coldLabels.ms),
    warmPhasesMs,
    notes,
  };
}
