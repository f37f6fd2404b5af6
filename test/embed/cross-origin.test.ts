/**
 * The embed bundle as a docs author uses it: a plain HTML page whose only script is
 * `<script type="module" src="http://127.0.0.1:PORT2/synset-explorer.js">`, served from another
 * port (another origin) than the bundle, as from a CDN. Built here with vite.lib.config.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEmbed,
  expectCardText,
  expectLabelText,
  launchChromium,
  openPage,
  repoRoot,
  screenshot,
  treeRowLabels,
} from './embed-harness.js';
import { startStaticServer, type StaticServer } from './static-server.js';
import { expandShards, shardOfOffset } from '../../src/core/data-parts.js';
import { loadIndex } from '../../src/node/load-bundle.js';
import { drawWnids, labelsPage } from '../pages/random-labels-page.js';

const outDir = join(repoRoot, 'build/test-embed/dist');
const partsDir = join(repoRoot, 'data/generated/parts');
/** The data parts, served by the site at `/data/` as a page's own copy. */
const ownData = Object.fromEntries(readdirSync(partsDir).map((file) => [`/data/${file}`, { file: join(partsDir, file) }]));

/** The page a docs author writes: one script tag and a few elements, nothing else. */
function plainPage(scriptUrl: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Embedded synsets</title>
    ${head}
    <script type="module" src="${scriptUrl}"></script>
  </head>
  <body>
    <p>The first ILSVRC-2012 class is the <synset-label wnid="n01440764"></synset-label>.</p>
    <synset-tree root="n02084071" filter="1k"></synset-tree>
    <synset-card wnid="n01440764"></synset-card>
  </body>
</html>`;
}

/** A docs page of prose with four labels, each carrying its own text for readers without JavaScript. */
const LABELS_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Four labels</title>
    <script type="module" src="./synset-explorer.js"></script>
  </head>
  <body>
    <p>
      Class 0 is the <synset-label wnid="n01440764">tench</synset-label>; the <synset-label wnid="n02084071">dog</synset-label>
      has 118 classes below it, the <synset-label wnid="n02099601">golden retriever</synset-label> among them, and the
      <synset-label wnid="n04399382">teddy bear</synset-label> is in ILSVRC-2012 alone.
    </p>
  </body>
</html>`;

/** Ten wnids of ImageNet-21k drawn with a fixed seed: a page naming them is the same page on every run. */
const RANDOM_WNIDS = drawWnids(readFileSync(join(repoRoot, 'data/imagenet/fall11.txt'), 'utf8'), 10, 2024);

/** The byte budget of a docs page's first visit, and of a tooltip after it (the goals). */
const PAGE_BUDGET_BYTES = 300_000;
const TOOLTIP_BUDGET_BYTES = 100_000;

describe('the embed bundle', () => {
  let cdn: StaticServer;
  let site: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    await buildEmbed(outDir);
    cdn = await startStaticServer({
      root: outDir,
      cors: true,
      files: {
        '/same-origin.html': plainPage('./synset-explorer.js'),
        '/labels.html': LABELS_PAGE,
        '/random-labels.html': labelsPage(RANDOM_WNIDS, './synset-explorer.js'),
      },
    });
    site = await startStaticServer({
      files: {
        '/index.html': plainPage(`${cdn.url}/synset-explorer.js`),
        '/own-data.html': plainPage(`${cdn.url}/synset-explorer.js`, '<meta name="synset-data" content="data/parts.json" />'),
        ...ownData,
      },
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([cdn?.close(), site?.close()]);
  });

  it('is a module with its chunks, worker and data beside it, all reached by relative URLs', () => {
    const bundle = readFileSync(join(outDir, 'synset-explorer.js'), 'utf8');
    const chunks = readdirSync(join(outDir, 'assets')).filter((file) => file.endsWith('.js'));
    const sources = [bundle, ...chunks.map((file) => readFileSync(join(outDir, 'assets', file), 'utf8'))];
    // No URL that assumes the files sit at a server's root.
    for (const source of sources) expect(source).not.toMatch(/\b(?:import\s*\(?|from)\s*["'`]\//);
    // What the entry imports at once is beside it; the explorer's chunk is not among them (a page
    // of labels does not download the explorer: it loads when a page uses one).
    const imported = [...bundle.matchAll(/\bfrom\s*["'`]([^"'`]+)["'`]/g)].map((match) => match[1]!);
    expect(imported.length).toBeGreaterThan(0);
    for (const path of imported) expect(path).toMatch(/^\.\/assets\/[\w-]+\.js$/);
    expect(imported.some((path) => /synset-explorer-/.test(path))).toBe(false);
    expect(chunks.some((file) => /^synset-explorer-[\w-]+\.js$/.test(file))).toBe(true);
    const client = sources
      .map((source) => /new URL\([`"'](index\.worker-[\w-]+\.js)[`"'],\s*import\.meta\.url\)/.exec(source))
      .find(Boolean);
    expect(client, 'the worker URL, relative to its chunk').toBeTruthy();
    const worker = readFileSync(join(outDir, 'assets', client![1]!), 'utf8');
    // The data is in files beside the worker, not base64 inside it.
    expect(worker.length).toBeLessThan(200_000);
    expect(worker).toContain('../data/generated/parts/');
    const manifest = JSON.parse(readFileSync(join(outDir, 'data/generated/parts/parts.json'), 'utf8')) as { structure: { file: string } };
    expect(existsSync(join(outDir, 'data/generated/parts', manifest.structure.file))).toBe(true);
    expect(readFileSync(join(outDir, 'data/generated/parts', manifest.structure.file)).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
  });

  it('renders in a page on another origin, its worker started from a same-origin blob', async () => {
    const { page, errors, workers, close } = await openPage(browser);
    try {
      await page.goto(`${site.url}/index.html`);
      await expectLabelText(page, 'synset-label', 'tench');
      const rows = await treeRowLabels(page, 'synset-tree');
      expect(rows[0]).toContain('dog');
      expect(rows.length).toBeGreaterThan(3);
      await expectCardText(page, 'synset-card', 'n01440764');
      await screenshot(page, 'embed-cross-origin');

      expect(workers).toHaveLength(1);
      expect(workers[0]).toMatch(new RegExp(`^blob:${site.url}/`));
      const fromCdn = cdn.requests.filter((request) => request.origin === site.url).map((request) => request.path);
      expect(fromCdn).toContain('/synset-explorer.js');
      expect(fromCdn.some((path) => /^\/assets\/index\.worker-.*\.js$/.test(path))).toBe(true);
      expect(fromCdn.some((path) => /^\/data\/generated\/parts\/tree\.\w+\.parts$/.test(path))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reads the data from the URL in <meta name="synset-data">, resolved against the page', async () => {
    const { page, errors, close } = await openPage(browser);
    const cdnRequestsBefore = cdn.requests.length;
    try {
      await page.goto(`${site.url}/own-data.html`);
      await expectLabelText(page, 'synset-label', 'tench');
      const fromSite = site.requests.map((request) => request.path);
      expect(fromSite).toContain('/data/parts.json');
      // The label's names part, from the page's copy: a small label shard (the index's names shards only if its preload began).
      expect(fromSite.some((path) => /^\/data\/(label-)?names-\d{3}\./.test(path))).toBe(true);
      expect(cdn.requests.slice(cdnRequestsBefore).some((request) => request.path.endsWith('.gz'))).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('starts the worker directly when the page and the module share an origin', async () => {
    const { page, errors, workers, close } = await openPage(browser);
    try {
      await page.goto(`${cdn.url}/same-origin.html`);
      await expectLabelText(page, 'synset-label', 'tench');
      expect(workers).toHaveLength(1);
      expect(workers[0]).toMatch(new RegExp(`^${cdn.url}/assets/index\\.worker-.*\\.js$`));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a docs page of four labels: names within 300 KB on a first visit, a tooltip within 100 KB more, never the whole index', async () => {
    const { page, errors, close } = await openPage(browser);
    const bytesSince = (from: number) => cdn.requests.slice(from).reduce((sum, request) => sum + request.bytes, 0);
    const pathsSince = (from: number) => cdn.requests.slice(from).map((request) => request.path);
    const start = cdn.requests.length;
    try {
      await page.goto(`${cdn.url}/labels.html`);
      for (const [wnid, name] of [
        ['n01440764', 'tench'],
        ['n02084071', 'dog'],
        ['n02099601', 'golden retriever'],
        ['n04399382', 'teddy'],
      ]) {
        await expectLabelText(page, `synset-label[wnid="${wnid}"]`, name!);
      }
      const pageBytes = bytesSince(start);
      expect(pageBytes).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
      // The small label shards, not the index's names shards.
      expect(pathsSince(start).filter((path) => path.includes('/parts/label-names-')).length).toBeGreaterThan(0);
      expect(pathsSince(start).some((path) => path.includes('/parts/names-'))).toBe(false);
      expect(pathsSince(start).some((path) => /\/(structure|glosses-)/.test(path))).toBe(false);

      const beforeHover = cdn.requests.length;
      await page.hover('synset-label[wnid="n01440764"]');
      await page
        .locator('synset-label[wnid="n01440764"] [part="tooltip"]')
        .getByText('freshwater dace-like game fish')
        .waitFor({ timeout: 30_000 });
      expect(bytesSince(beforeHover)).toBeLessThanOrEqual(TOOLTIP_BUDGET_BYTES);
      expect(pathsSince(beforeHover).filter((path) => path.includes('/parts/'))).toEqual([
        expect.stringMatching(/\/parts\/glosses-\d{3}\./),
      ]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a docs page of ten labels drawn anywhere in the 21k (a fixed seed): within 300 KB, one small names part per label', async () => {
    const { page, errors, close } = await openPage(browser);
    const start = cdn.requests.length;
    try {
      await page.goto(`${cdn.url}/random-labels.html`);
      const names = expandShards(JSON.parse(readFileSync(join(partsDir, 'parts.json'), 'utf8')).labelNames);
      const index = loadIndex();
      for (const wnid of RANDOM_WNIDS) await expectLabelText(page, `synset-label[wnid="${wnid}"]`, index.labelOf(index.numberOfWnid(wnid)));
      const requests = cdn.requests.slice(start);
      const shardsFetched = new Set(
        requests.map((request) => request.path.split('/').at(-1)!).filter((file) => file.startsWith('label-names-')),
      );
      const shardsNamed = new Set(RANDOM_WNIDS.map((wnid) => names[shardOfOffset(names, Number(wnid.slice(1)))]!.file));
      expect(shardsFetched).toEqual(shardsNamed);
      expect(requests.reduce((sum, request) => sum + request.bytes, 0)).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
      expect(requests.some((request) => /\/(structure|glosses-|names-)/.test(request.path))).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
