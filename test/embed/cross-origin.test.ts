/**
 * The embed bundle as a docs author uses it: a plain HTML page whose only script is
 * `<script type="module" src="http://127.0.0.1:PORT2/synset-explorer.js">`, served from another
 * port (another origin) than the bundle, as from a CDN. Built here with vite.lib.config.ts.
 */
import { readFileSync } from 'node:fs';
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

const outDir = join(repoRoot, 'build/test-embed/dist');

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

describe('the embed bundle', () => {
  let cdn: StaticServer;
  let site: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    await buildEmbed(outDir);
    cdn = await startStaticServer({ root: outDir, cors: true, files: { '/same-origin.html': plainPage('./synset-explorer.js') } });
    site = await startStaticServer({
      files: {
        '/index.html': plainPage(`${cdn.url}/synset-explorer.js`),
        '/own-data.html': plainPage(`${cdn.url}/synset-explorer.js`, '<meta name="synset-data" content="data/synsets.bin.gz" />'),
        '/data/synsets.bin.gz': { file: join(repoRoot, 'data/generated/synsets.bin.gz') },
      },
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([cdn?.close(), site?.close()]);
  });

  it('is one module beside its worker and the data, reached by relative URLs', () => {
    const bundle = readFileSync(join(outDir, 'synset-explorer.js'), 'utf8');
    // No second chunk to import, and no URL that assumes the files sit at a server's root.
    expect(bundle).not.toMatch(/\bimport\s*\(?\s*["'`]\.{0,2}\//);
    const workerUrl = /new URL\([`"'](assets\/index\.worker-[\w-]+\.js)[`"'],\s*import\.meta\.url\)/.exec(bundle);
    expect(workerUrl, 'the worker URL, relative to the module').not.toBeNull();
    const worker = readFileSync(join(outDir, workerUrl![1]!), 'utf8');
    // The data is a file next to the worker, not 3.9 MB of base64 inside it.
    expect(worker.length).toBeLessThan(200_000);
    const dataUrl = /new URL\([`"'](synsets\.bin-[\w-]+\.gz)[`"'],\s*import\.meta\.url\)/.exec(worker);
    expect(dataUrl, 'the data URL, relative to the worker').not.toBeNull();
    expect(readFileSync(join(outDir, 'assets', dataUrl![1]!)).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
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
      expect(fromCdn.some((path) => /^\/assets\/synsets\.bin-.*\.gz$/.test(path))).toBe(true);
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
      expect(site.requests.map((request) => request.path)).toContain('/data/synsets.bin.gz');
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
});
