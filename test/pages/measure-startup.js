// Measures the index's start-up in headless Chromium on test/pages/reload.html: the first
// visit (a fresh browser context: no IndexedDB, no HTTP cache), later visits (reloads), and
// the search round trip from the page.
//
//   node test/pages/measure-startup.js          # production build, served by `vite preview`
//   node test/pages/measure-startup.js --dev    # the dev server, as the browser tests see it
//
// "Ready" is `performance.mark('synset-index-ready').startTime`: ms after the page started.
// The server runs in its own process, so this script's own work does not slow its answers.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const RUNS = 7;
const RELOADS = 3;
const SEARCHES = 500;
const QUERIES = [
  'dog',
  'cat',
  'golden retriever',
  'tabby',
  'n0208',
  'musical instrument',
  'car',
  'retriver',
  'fish',
  'tree',
  'apple',
  'boat',
];
// vite.config.ts's chromiumArgs (Node cannot import the TypeScript file).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PORT = Number(process.env.MEASURE_PORT ?? 4179);

const dev = process.argv.includes('--dev');
const root = new URL('../..', import.meta.url).pathname;
const viteBin = join(root, 'node_modules/vite/bin/vite.js');
let outDir;
let serverArgs = [viteBin, '--port', String(PORT), '--strictPort'];
if (!dev) {
  outDir = mkdtempSync(join(tmpdir(), 'synset-measure-'));
  await build({
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rolldownOptions: { input: join(root, 'test/pages/reload.html') } },
  });
  serverArgs = [viteBin, 'preview', '--outDir', outDir, '--port', String(PORT), '--strictPort'];
}
const server = spawn(process.execPath, serverArgs, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => String(chunk).includes(String(PORT)) && resolve());
  server.on('exit', (code) => reject(new Error(`vite exited with ${code}`)));
});
const pageUrl = `http://localhost:${PORT}/test/pages/reload.html?db=measure`;

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

try {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const readyOf = async (page) => {
    await page.waitForFunction(() => document.getElementById('persisted').textContent !== '–', null, { timeout: 30_000 });
    return page.evaluate(() => ({
      source: document.getElementById('source').textContent,
      pageMs: Number(document.getElementById('page-ms').textContent),
      workerMs: Number(document.getElementById('worker-ms').textContent),
    }));
  };

  const first = [];
  const later = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pageUrl);
    first.push(await readyOf(page));
    for (let reload = 0; reload < RELOADS; reload++) {
      await page.reload();
      later.push(await readyOf(page));
    }
    await context.close();
  }

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl);
  await readyOf(page);
  await page.reload();
  await readyOf(page);
  const roundTrips = await page.evaluate(
    async ({ queries, count }) => {
      const client = window.synsetClient;
      for (const q of queries) await client.search(q);
      const ms = [];
      for (let i = 0; i < count; i++) {
        const started = performance.now();
        await client.search(queries[i % queries.length]);
        ms.push(performance.now() - started);
      }
      return ms;
    },
    { queries: QUERIES, count: SEARCHES },
  );
  await browser.close();

  const summary = (label, runs) => {
    const pageMs = runs.map((r) => r.pageMs);
    const workerMs = runs.map((r) => r.workerMs);
    const sources = [...new Set(runs.map((r) => r.source))].join(', ');
    console.log(
      `${label} (${sources}): ready after page start p50 ${percentile(pageMs, 50).toFixed(0)} ms, max ${Math.max(...pageMs).toFixed(0)} ms;` +
        ` worker open→ready p50 ${percentile(workerMs, 50).toFixed(0)} ms  [${pageMs.map((ms) => ms.toFixed(0)).join(' ')}]`,
    );
  };
  console.log(`${dev ? 'dev server' : 'production build (vite preview)'}: ${RUNS} first visits, ${RUNS * RELOADS} later visits`);
  summary('first visit', first);
  summary('later visit', later);
  console.log(
    `search round trip (${SEARCHES}): p50 ${percentile(roundTrips, 50).toFixed(2)} ms, p95 ${percentile(roundTrips, 95).toFixed(2)} ms`,
  );
} finally {
  server.kill();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}
