/**
 * The docs site: `vitepress build docs` (as `npm run docs` does), served as static files, and
 * its pages read in Chromium: the elements written in the Markdown render with real data, and
 * the API tables come from the custom-elements manifest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import figures from '../fixtures/evaluation/figures.json';
import { axeViolations, logViolations, type AxeViolation } from '../e2e/axe.js';
import {
  buildDocs,
  expectCardText,
  expectLabelText,
  launchChromium,
  openPage,
  repoRoot,
  screenshot,
  treeRowLabels,
  type RecordingPage,
} from './embed-harness.js';
import { startStaticServer, type StaticServer } from './static-server.js';

const outDir = join(repoRoot, 'build/test-docs');

/** A shipped language file's first lemma of a synset (the expectation, read apart from the site). */
function firstLemma(file: string, wnid: string): string {
  const text = gunzipSync(readFileSync(join(repoRoot, 'data/languages', file))).toString('utf8');
  return text
    .split('\n')
    .find((line) => line.startsWith(wnid.slice(1) + '\t'))!
    .split('\t')[2]!;
}

describe('the docs site', () => {
  let site: StaticServer;
  let browser: Browser;
  // One browser context for every page, like a reader's: the index is built once, then read
  // from IndexedDB.
  let recording: RecordingPage;
  let page: Page;

  beforeAll(async () => {
    await buildDocs(outDir);
    site = await startStaticServer({ root: outDir });
    browser = await launchChromium();
    recording = await openPage(browser);
    page = recording.page;
  });

  afterAll(async () => {
    await recording?.close();
    await browser?.close();
    await site?.close();
  });

  it('renders the labels written in a paragraph', async () => {
    await page.goto(`${site.url}/components/synset-label.html`);
    await expectLabelText(page, '.vp-doc .example synset-label[wnid="n01440764"]', 'tench');
    await expectLabelText(page, '.vp-doc .example synset-label[wnid="207"]', 'golden retriever');
    await screenshot(page, 'docs-synset-label');
  });

  it('renders a tree under a heading', async () => {
    await page.goto(`${site.url}/components/synset-tree.html`);
    const rows = await treeRowLabels(page, '.vp-doc synset-tree[root="n02084071"]');
    expect(rows[0]).toContain('dog');
    expect(rows.length).toBeGreaterThan(3);
    await screenshot(page, 'docs-synset-tree');
  });

  it('renders a card', async () => {
    await page.goto(`${site.url}/components/synset-card.html`);
    await expectCardText(page, '.vp-doc synset-card', 'n01440764');
    await expectCardText(page, '.vp-doc synset-card', 'freshwater dace-like game fish');
  });

  it('the languages page: live labels in Chinese, French and Arabic (right to left), the coverage table and licences', async () => {
    await page.goto(`${site.url}/languages.html`);
    const curated = readFileSync(join(repoRoot, 'data/languages/zh-Hans.imagenet1k.txt'), 'utf8').split('\n');
    await expectLabelText(page, '.vp-doc p[lang="zh"] synset-label[wnid="n02099601"]', curated[207]!);
    await expectLabelText(page, '.vp-doc p[lang="fr"] synset-label[wnid="n02084071"]', firstLemma('fr.tsv.gz', 'n02084071'));
    await expectLabelText(page, '.vp-doc p[lang="ar"] synset-label[wnid="n02084071"]', firstLemma('ar.tsv.gz', 'n02084071'));
    const arabic = page.locator('.vp-doc p[lang="ar"] synset-label[wnid="n02084071"] [part~="label"]');
    expect(await arabic.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    const table = page.locator('.vp-doc table', { hasText: 'share-alike' });
    expect(await table.locator('tbody tr').count()).toBe(
      (JSON.parse(readFileSync(join(repoRoot, 'data/languages/catalog.json'), 'utf8')) as { languages: unknown[] }).languages.length,
    );
    const text = (await page.locator('.vp-doc').textContent()) ?? '';
    for (const credit of ['Chinese Open Wordnet', 'Chinese-CLIP', 'WOLF', 'CeCILL-C', 'Arabic WordNet', 'CC BY-SA'])
      expect(text).toContain(credit);
    await screenshot(page, 'docs-languages');
  });

  it('shows each element’s API from the custom-elements manifest', async () => {
    await page.goto(`${site.url}/components/synset-tree.html`);
    const tables = page.locator('.element-api');
    await tables.waitFor();
    const text = (await tables.textContent()) ?? '';
    for (const expected of [
      'root',
      'filter',
      'selected',
      'synset-select',
      'synset-filter-change',
      'row-selected',
      '--synset-tree-row-height',
      '--synset-color-accent',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('restyles the elements on the theming page through custom properties and ::part', async () => {
    await page.goto(`${site.url}/theming.html`);
    await expectLabelText(page, '.sea synset-label[wnid="n01440764"]', 'tench');
    await treeRowLabels(page, '.sea synset-tree');
    const styles = await page.evaluate(() => {
      const label = document.querySelector('.sea synset-label')!.shadowRoot!.querySelector('[part~="label"]')!;
      const tree = document.querySelector('.sea synset-tree')!;
      return {
        labelFontStyle: getComputedStyle(label).fontStyle,
        treeAccent: getComputedStyle(tree).getPropertyValue('--synset-color-accent').trim(),
      };
    });
    expect(styles).toEqual({ labelFontStyle: 'italic', treeAccent: '#0e7490' });
    await screenshot(page, 'docs-theming');
  });

  it('has an icon: no page asks for a file the site does not have', async () => {
    const missing: string[] = [];
    const onResponse = (response: Response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${new URL(response.url()).pathname}`);
    };
    page.on('response', onResponse);
    try {
      for (const path of ['/', '/label-spaces.html', '/hierarchy-metrics.html']) {
        await page.goto(`${site.url}${path}`);
        await page.locator('.VPContent').waitFor();
        // The browser asks for an icon once the page has loaded.
        await page.waitForLoadState('load');
        await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
      }
    } finally {
      page.off('response', onResponse);
    }
    expect(missing).toEqual([]);
    expect(await page.locator('head link[rel=icon]').getAttribute('href')).toBe('/favicon.svg');
  });

  it('the label spaces page: each description has room, the picker’s selects have their arrow', async () => {
    await page.goto(`${site.url}/label-spaces.html`);
    const table = page.locator('.vp-doc table', { hasText: 'licence' });
    await table.waitFor();
    const layout = await table.evaluate((element) => ({
      // VitePress lets a wide table scroll inside its box.
      scrolls: element.scrollWidth > element.clientWidth + 1,
      narrowestDescription: Math.min(...[...element.querySelectorAll('td:nth-child(3)')].map((cell) => cell.getBoundingClientRect().width)),
    }));
    expect(layout.scrolls).toBe(false);
    expect(layout.narrowestDescription).toBeGreaterThanOrEqual(180);
    const selects = page.locator('.vp-doc .label-set-picker select');
    expect(await selects.count()).toBe(2);
    expect(await selects.evaluateAll((all) => all.map((select) => getComputedStyle(select).appearance))).toEqual(['auto', 'auto']);
    await screenshot(page.locator('.vp-doc .label-set-picker'), 'docs-label-set-picker');
    await screenshot(table, 'docs-label-set-table');
  });

  it('the hierarchy metrics page compares dog and cat, live', async () => {
    await page.goto(`${site.url}/hierarchy-metrics.html`);
    const compare = page.locator('.vp-doc .example synset-compare');
    await page.locator('.VPContent').waitFor();
    expect(await compare.count()).toBe(1);
    await expect.poll(() => compare.locator('g.point.lca text').textContent(), { timeout: 60_000 }).toBe('carnivore');
    expect(await compare.locator('[data-figure=lcaDepth] dd').textContent()).toBe('11');
    expect(await compare.locator('[data-figure=severity] dd').textContent()).toBe('7');
    await screenshot(compare, 'docs-hierarchy-metrics-compare');
  });

  it('the explorer’s live example keeps to the page’s column', async () => {
    await page.goto(`${site.url}/components/synset-explorer.html`);
    const explorer = page.locator('.vp-doc synset-explorer');
    await explorer.locator('[role=treeitem]').first().waitFor({ timeout: 60_000 });
    await explorer.locator('synset-card h2').waitFor();
    const layout = await explorer.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const outside = [...element.shadowRoot!.querySelectorAll('*')]
        .flatMap((child) => [child, ...(child.shadowRoot ? child.shadowRoot.querySelectorAll('button, select, input, a[href]') : [])])
        .filter((child) => child.matches('button, select, input, a[href]'))
        .map((control) => control.getBoundingClientRect())
        .filter((control) => control.width > 0 && (control.left < box.left - 0.5 || control.right > box.right + 0.5));
      return {
        pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        fitsColumn: box.right <= document.querySelector('.vp-doc')!.getBoundingClientRect().right + 0.5,
        controlsOutside: outside.length,
        cardWidth: element.shadowRoot!.querySelector('synset-card')!.getBoundingClientRect().width,
      };
    });
    expect(layout).toMatchObject({ pageScrolls: false, fitsColumn: true, controlsOutside: 0 });
    expect(layout.cardWidth).toBeGreaterThan(300);
    await screenshot(explorer, 'docs-synset-explorer');
  });

  it('the evaluate page’s live example scores cleanlab’s predictions in the page and shows the CLI’s figures', async () => {
    await page.goto(`${site.url}/evaluate.html`);
    const explorer = page.locator('.vp-doc synset-explorer');
    await explorer.locator('[role=treeitem]').first().waitFor({ timeout: 60_000 });
    await page.locator('.vp-doc .evaluate-example').getByRole('button', { name: 'Score cleanlab’s predictions here' }).click();
    const headline = explorer.locator('.run-line');
    await expect
      .poll(() => headline.textContent(), { timeout: 30_000 })
      .toContain(`${(100 * figures.cleanlabImageFolder.top1).toFixed(1)}%`);
    expect(await headline.textContent()).toContain(`${(100 * figures.cleanlabImageFolder.realTop1).toFixed(1)}%`);
    // The tree's root holds every class: its row's number is the run's top-1.
    await expect
      .poll(() => explorer.locator('synset-tree [part=accuracy] .accuracy-number').first().textContent())
      .toBe(`${Math.round(100 * figures.cleanlabImageFolder.top1)}%`);
    expect(await page.evaluate(() => location.hash)).toMatch(/[?&]run=[0-9a-f]{12}/);
    // The file the page offers for download is the shipped one, byte for byte.
    const href = await page.locator('.vp-doc .evaluate-example a[download]').getAttribute('href');
    const served = Buffer.from(await (await fetch(new URL(href!, site.url))).arrayBuffer());
    expect(served.equals(readFileSync(join(repoRoot, 'data/evaluation/cleanlab-predictions.npy')))).toBe(true);
    await screenshot(explorer, 'docs-evaluate-example');
  });

  it('axe finds nothing on the pages with live examples, but in VitePress’s own search button', async () => {
    const paths = ['/components/synset-explorer.html', '/label-spaces.html', '/hierarchy-metrics.html', '/evaluate.html'];
    const found: Record<string, AxeViolation[]> = {};
    try {
      for (const scheme of ['light', 'dark'] as const) {
        // VitePress takes its mode from the system's on loading a page.
        await page.emulateMedia({ colorScheme: scheme });
        for (const path of paths) {
          await page.goto(`${site.url}${path}`);
          await page
            .locator('.vp-doc synset-tree [role=treeitem], .vp-doc synset-compare g.point.lca')
            .first()
            .waitFor({ timeout: 60_000 });
          found[`${path}, ${scheme}`] = (await axeViolations(page)).filter(
            // The theme's search button names itself "Search" beside its key hint: VitePress's markup, not ours.
            (violation) =>
              !(
                violation.id === 'label-content-name-mismatch' &&
                violation.nodes.every((node) => String(node.target).includes('.DocSearch'))
              ),
          );
        }
      }
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
    logViolations(found);
    expect(found).toEqual(Object.fromEntries(['light', 'dark'].flatMap((scheme) => paths.map((path) => [`${path}, ${scheme}`, []]))));
  });

  it('renders every page without errors', async () => {
    for (const path of ['/', '/getting-started.html', '/cli.html', '/components/synset-path.html', '/components/synset-search.html']) {
      await page.goto(`${site.url}${path}`);
      await page.locator('.VPContent').waitFor();
    }
    await page.goto(`${site.url}/components/synset-sunburst.html`);
    await page.locator('.vp-doc synset-sunburst [part="svg"] path').first().waitFor();
    await page.goto(`${site.url}/data.html`);
    await expectLabelText(page, '.vp-doc synset-label[wnid="n00001740"]', 'entity');
    expect(await page.locator('.vp-doc').textContent()).toContain('WordNet 3.0 Copyright 2006 by Princeton University');
    expect(recording.errors).toEqual([]);
  });
});
