/**
 * The bench's browser half, in Debian's Chromium: first and later visits (the
 * `synset-index-ready` mark), the worker's heap, search inside the worker and from the page,
 * and a page of 1,000 labels. The pages are served by Vite's dev server, loaded once before
 * timing so that module transforms are not counted; each cold visit gets a new database.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import type {} from './page-globals.js';
import { createServer, type ViteDevServer } from 'vite';
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
  labels1000Ms: number;
}

const RUNS = 5;
const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

async function visit(page: Page, url: string): Promise<{ source: string; readyMs: number }> {
  await page.goto(url);
  await page.waitForFunction(() => window.benchResult !== undefined, undefined, { timeout: 60_000 });
  const result = await page.evaluate(() => window.benchResult!);
  if ('error' in result) throw new Error(`the page could not open the index: ${result.error}`);
  return result;
}

/** The worker's used JS heap (Chromium's non-standard `performance.memory`), in MB. */
async function workerHeapMB(page: Page): Promise<number | null> {
  const worker = page.workers()[0];
  if (!worker) return null;
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  const bytes = await worker.evaluate(() => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null);
  return bytes === null ? null : round(bytes / 2 ** 20);
}

export async function benchBrowser(index: SynsetIndex, log: (line: string) => void): Promise<BrowserFigures> {
  const root = findProjectRoot();
  let server: ViteDevServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await createServer({ root, configFile: `${root}/vite.config.ts`, logLevel: 'error', server: { port: 0, strictPort: false } });
    await server.listen();
    const address = server.httpServer!.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 5173}`;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...chromiumArgs, '--enable-precise-memory-info'] });
    const stamp = Date.now();
    const fresh = async (): Promise<Page> => (await browser!.newContext()).newPage();

    // Warm Vite's transforms (and check the page works) before anything is timed.
    await visit(await fresh(), `${base}/bench/pages/start.html?db=warmup-${stamp}`);
    await visit(await fresh(), `${base}/bench/pages/labels.html?db=warmup-${stamp}`).catch(() => undefined);

    const cold: number[] = [];
    const warm: number[] = [];
    let heap: number | null = null;
    let page: Page | undefined;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      page = await context.newPage();
      const db = `bench-${stamp}-${run}`;
      const first = await visit(page, `${base}/bench/pages/start.html?db=${db}`);
      if (first.source !== 'network') throw new Error(`a first visit came from ${first.source}`);
      cold.push(first.readyMs);
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500))); // let the store finish
      const second = await visit(page, `${base}/bench/pages/start.html?db=${db}`);
      if (second.source !== 'indexeddb') throw new Error(`a later visit came from ${second.source}`);
      warm.push(second.readyMs);
      if (run < RUNS - 1) await context.close();
    }
    log(`  cold ${cold.map((ms) => ms.toFixed(0)).join(', ')} ms; warm ${warm.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    heap = await workerHeapMB(page!);

    const sets = makeQuerySets(index);
    const queries = [...sets.prefixes, ...sets.wholeLemmas.map((w) => w.query), ...sets.typos.map((t) => t.query)];
    await page!.evaluate((warmup) => window.benchWorkerSearch!(warmup), queries.slice(0, 300));
    const inWorker = (await page!.evaluate((all) => window.benchWorkerSearch!(all), queries)).sort((a, b) => a - b);
    const roundTrips = (await page!.evaluate((some) => window.benchRoundTrips!(some), queries.slice(0, 1000))).sort((a, b) => a - b);

    const labelsPage = await fresh();
    await visit(labelsPage, `${base}/bench/pages/start.html?db=bench-${stamp}-0`).catch(() => undefined);
    await labelsPage.goto(`${base}/bench/pages/labels.html?db=bench-${stamp}-${RUNS - 1}`);
    await labelsPage.waitForFunction(() => window.benchLabels !== undefined, undefined, { timeout: 60_000 });
    const labels = await labelsPage.evaluate(() => window.benchLabels!);
    if ('error' in labels) throw new Error(labels.error);

    return {
      coldReadyMs: round(median(cold)),
      warmReadyMs: round(median(warm)),
      workerHeapMB: heap,
      workerSearchP50Us: round(percentile(inWorker, 50)),
      workerSearchP95Us: round(percentile(inWorker, 95)),
      workerSearchP99Us: round(percentile(inWorker, 99)),
      roundTripP50Ms: round(percentile(roundTrips, 50), 2),
      roundTripP95Ms: round(percentile(roundTrips, 95), 2),
      labels1000Ms: round(labels.ms),
    };
  } finally {
    await browser?.close();
    await server?.close();
  }
}
