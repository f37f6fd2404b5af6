/**
 * The docs site: `vitepress build docs` (as `npm run docs` does), served as static files, and
 * its pages read in Chromium: the elements written in the Markdown render with real data, and
 * the API tables come from the custom-elements manifest.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
