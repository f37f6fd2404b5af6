/**
 * A docs page as another site would have it: `bench/pages/docs.html`, a paragraph with four
 * `<synset-label>`s and the embed bundle (`vite.lib.config.ts`, built here into
 * `build/bench-embed/` so a developer's `dist/` is left alone), from a plain static server that
 * sends files as they are (no compression). Each run is a first visit in a fresh context: the
 * time until every label shows its name and the bytes that took; then the pointer moves over
 * the first label, and the time until its tooltip shows the definition and the bytes since.
 * Then held-out pages: ten labels drawn anywhere in ImageNet-21k with seeds 1…runs (the pages
 * the test of the byte budget does not use: it draws with 2024), one first visit each.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { DATA_PARTS_DIR } from '../build-plugins/data-parts.js';
import type { PartsManifest } from '../src/core/data-parts.js';
import { findProjectRoot } from '../src/node/project-root.js';
import { startStaticServer, type StaticServer } from '../test/embed/static-server.js';
import { drawWnids, labelsPage } from '../test/pages/random-labels-page.js';
import { spread, type Spread } from './stats.js';
import { describeSummary, failureNotes, summarize, TransferLog, type TransferSummary } from './transfer-log.js';
import { labelsProbe, probedMoments, timeOrigin, tooltipProbe } from './visit-probes.js';

export interface DocsFigures {
  /** Navigation until all four labels show their names, ms. */
  labelsMs: Spread;
  /** Bytes transferred by then (the page, the bundle, its worker and the worker's fetches). */
  labelsBytes: Spread;
  /** Pointer over the first label until its tooltip shows the definition, ms. */
  tooltipMs: Spread;
  /** Bytes transferred from the hover on. */
  tooltipBytes: Spread;
  /** The first run's transfers by kind, until the labels and from the hover. */
  labelsTransfers: TransferSummary;
  tooltipTransfers: TransferSummary;
  /** Pages of {@link RANDOM_LABELS} labels drawn from the 21k, one first visit per seed. */
  randomLabelsMs: Spread;
  randomLabelsBytes: Spread;
  notes: string[];
}

const LABELS = 4;
const RANDOM_LABELS = 10;
const PROBE_MS = 30_000;

/** The embed build, checked to have the data parts beside it; returns its folder. */
async function buildEmbed(root: string): Promise<string> {
  const outDir = join(root, 'build/bench-embed');
  await build({ root, configFile: join(root, 'vite.lib.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const partsDir = join(outDir, DATA_PARTS_DIR);
  const manifest = JSON.parse(readFileSync(join(root, DATA_PARTS_DIR, 'parts.json'), 'utf8')) as PartsManifest;
  const wanted = [manifest.structure, ...manifest.names, ...manifest.glosses].map((part) => part.file);
  const built = new Set(existsSync(partsDir) ? readdirSync(partsDir) : []);
  const missing = wanted.filter((file) => !built.has(file));
  if (missing.length > 0)
    throw new Error(
      `the embed build (vite.lib.config.ts) has ${missing.length} of the ${wanted.length} data parts missing from ${partsDir} (${missing[0]}…): ` +
        'build-plugins/data-parts.ts copies them from data/generated/parts/ (npm run build:data)',
    );
  return outDir;
}

/** `pageFile`: the docs page of bench/pages/ (`docs.html`; `docs-zh.html`, the same four labels in Chinese). */
export async function benchDocsPage(
  browser: Browser,
  runs: number,
  log: (line: string) => void,
  pageFile = 'docs.html',
): Promise<DocsFigures> {
  const root = findProjectRoot();
  const outDir = await buildEmbed(root);
  const fall11 = readFileSync(join(root, 'data/imagenet/fall11.txt'), 'utf8');
  const seeds = Array.from({ length: runs }, (_, k) => k + 1);
  const randomPages = Object.fromEntries(
    seeds.map((seed) => [`/random-${seed}.html`, labelsPage(drawWnids(fall11, RANDOM_LABELS, seed), '/synset-explorer.js')]),
  );
  const site = await startStaticServer({
    root: outDir,
    files: { '/docs.html': { file: join(root, 'bench/pages', pageFile) }, ...randomPages },
  });
  const notes: string[] = [];
  const labelsMs: number[] = [];
  const labelsBytes: number[] = [];
  const tooltipMs: number[] = [];
  const tooltipBytes: number[] = [];
  const randomLabelsMs: number[] = [];
  const randomLabelsBytes: number[] = [];
  let labelsTransfers: TransferSummary | undefined;
  let tooltipTransfers: TransferSummary | undefined;
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
      try {
        const page = await context.newPage();
        const transfers = TransferLog.attach(page);
        await page.addInitScript(labelsProbe, { count: LABELS, timeoutMs: PROBE_MS });
        const firstRequest = site.requests.length;
        await page.goto(`${site.url}/docs.html`);
        const { labels } = await probedMoments(page, ['labels'], 'docs page, the four labels', PROBE_MS + 5000);
        labelsMs.push(labels!);
        if (!(await transfers.settle())) notes.push('docs page: requests still in flight 15 s after the labels showed');
        const untilLabels = await transfers.transfers();
        notes.push(...failureNotes(`docs page (run ${run + 1})`, untilLabels));
        labelsBytes.push(summarize(untilLabels).bytes);
        if (run === 0) {
          labelsTransfers = summarize(untilLabels);
          // Only the worker fetches data parts: a names part in the log shows its requests are counted.
          if (!untilLabels.some((transfer) => transfer.kind === 'names'))
            notes.push('docs page: the transfer log saw no names part (the worker fetches them): its bytes are missing');
          // Distinct paths: the transfer log asks for a worker's script once more itself (see its header).
          const served = [...new Set(site.requests.slice(firstRequest).map((request) => request.path))];
          const logged = new Set(untilLabels.map((transfer) => new URL(transfer.url).pathname));
          const unseen = served.filter((path) => !logged.has(path));
          if (unseen.length > 0) notes.push(`docs page: the server sent ${unseen.join(', ')}, which the transfer log did not see`);
          const fileBytes = served.reduce(
            (sum, path) => sum + fileSize(path === '/docs.html' ? join(root, 'bench/pages', pageFile) : join(outDir, path)),
            0,
          );
          const names = await page.evaluate(() =>
            Array.from(document.querySelectorAll('synset-label')).map((label) =>
              label.shadowRoot?.querySelector('[part="label"]')?.textContent?.trim(),
            ),
          );
          log(`  docs page: labels read ${names.join(', ')}`);
          log(
            `  docs page, until the labels: ${describeSummary(labelsTransfers)}; the server sent ${served.length} files (${served.map((path) => path.split('/').at(-1)).join(', ')}), ${fileBytes.toLocaleString('en')} B of bodies`,
          );
        }

        await page.evaluate(tooltipProbe, { timeoutMs: PROBE_MS });
        await page.locator('synset-label').first().hover({ timeout: 10_000 });
        const { hover, tooltip } = await probedMoments(page, ['hover', 'tooltip'], 'docs page, the first label’s tooltip', PROBE_MS + 5000);
        tooltipMs.push(tooltip! - hover!);
        if (!(await transfers.settle())) notes.push('docs page: requests still in flight 15 s after the tooltip showed');
        const hoverAt = (await timeOrigin(page)) + hover!;
        const sinceHover = await transfers.since(hoverAt);
        tooltipBytes.push(summarize(sinceHover).bytes);
        if (run === 0) {
          tooltipTransfers = summarize(sinceHover);
          const gloss = sinceHover.find((transfer) => transfer.kind === 'glosses');
          const after = (epochMs: number | undefined) => (epochMs === undefined ? '?' : `+${(epochMs - hoverAt).toFixed(0)}`);
          log(
            `  docs page, from the hover: ${describeSummary(tooltipTransfers)}; ms after the hover: gloss part requested ${after(gloss?.startedAt)}, complete ${after(gloss?.finishedAt)}, tooltip +${(tooltip! - hover!).toFixed(0)}`,
          );
        }
      } finally {
        await context.close();
      }
    }
    for (const seed of seeds) {
      const visit = await visitLabelsPage(browser, site, `/random-${seed}.html`, RANDOM_LABELS);
      randomLabelsMs.push(visit.ms);
      randomLabelsBytes.push(visit.bytes);
      notes.push(...failureNotes(`random docs page (seed ${seed})`, visit.transfers));
      const summary = summarize(visit.transfers);
      log(`  ${RANDOM_LABELS} labels drawn with seed ${seed}: ${visit.ms.toFixed(0)} ms, ${describeSummary(summary)}`);
    }
  } finally {
    await site.close();
  }
  log(
    `  docs page: labels ${labelsMs.map((ms) => ms.toFixed(0)).join(', ')} ms; tooltip ${tooltipMs.map((ms) => ms.toFixed(0)).join(', ')} ms`,
  );
  return {
    labelsMs: spread(labelsMs)!,
    labelsBytes: spread(labelsBytes, 0)!,
    tooltipMs: spread(tooltipMs)!,
    tooltipBytes: spread(tooltipBytes, 0)!,
    labelsTransfers: labelsTransfers!,
    tooltipTransfers: tooltipTransfers!,
    randomLabelsMs: spread(randomLabelsMs)!,
    randomLabelsBytes: spread(randomLabelsBytes, 0)!,
    notes,
  };
}

/** A first visit of a page of `count` labels: until all show their names, and what that took. */
async function visitLabelsPage(browser: Browser, site: StaticServer, path: string, count: number) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  try {
    const page = await context.newPage();
    const transfers = TransferLog.attach(page);
    await page.addInitScript(labelsProbe, { count, timeoutMs: PROBE_MS });
    await page.goto(`${site.url}${path}`);
    const { labels } = await probedMoments(page, ['labels'], `${path}, its ${count} labels`, PROBE_MS + 5000);
    await transfers.settle();
    const logged = await transfers.transfers();
    return { ms: labels!, bytes: summarize(logged).bytes, transfers: logged };
  } finally {
    await context.close();
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
