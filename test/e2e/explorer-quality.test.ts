/**
 * The explorer's qualities beyond its flows: it runs under a strict Content-Security-Policy,
 * axe finds no serious accessibility problem, and a page of 1,000 labels renders them all, on a
 * first visit and the next. Its timings (first paint, keystroke to results, expanding a node of
 * ~300 children, the labels page) are `npm run bench`'s (bench/interaction-bench.ts).
 */
import type { Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, logViolations, seriousOnes, type AxeViolation } from './axe.js';
import { CSP, screenshot, startServer, useExplorerSession, waitForExplorer, type TestPage } from './explorer-harness.js';

const session = useExplorerSession();
let cspServer: PreviewServer;
let cspUrl: string;

beforeAll(async () => {
  ({ server: cspServer, url: cspUrl } = await startServer({ csp: true }));
});

afterAll(async () => {
  await cspServer?.close();
});

/** `url` in a fresh context: a first visit. */
async function open(url: string): Promise<TestPage> {
  const testPage = await session.open();
  await testPage.page.goto(url);
  return testPage;
}

/**
 * `path` of the session's server as a later visit: axe's subject is the page, not the first
 * visit, so these pages start from the stored data.
 */
async function revisit(path: string): Promise<TestPage> {
  const testPage = await session.revisit();
  await testPage.page.goto(`${session.baseUrl}/${path}`);
  return testPage;
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

async function pickFirstResult(page: Page, query: string): Promise<void> {
  await page.locator('synset-search input').click();
  await page.keyboard.type(query);
  await page.locator('synset-search [role=option]').first().waitFor();
  await page.keyboard.press('Enter');
}

describe("under Content-Security-Policy: default-src 'self'", () => {
  test('the explorer works with no violation and no error', async () => {
    const { page, errors } = await open(`${cspUrl}/#/n02084071`);
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    await waitForExplorer(page);
    await expect.poll(() => page.locator('synset-card h2').textContent()).toBe('dog');
    await expect.poll(() => page.locator('synset-sunburst .centre-label').textContent()).toBe('dog');
    await pickFirstResult(page, 'tench');
    await expect.poll(() => page.locator('synset-card h2').textContent()).toBe('tench');
    await page
      .locator('synset-card synset-path [part=step]', { hasText: /^fish$/ })
      .first()
      .click();
    await expect.poll(() => page.locator('synset-card h2').textContent()).toBe('fish');
    await page.locator('synset-space-picker select[part=space]').selectOption('1k');
    await expect.poll(() => page.locator('synset-sunburst .centre-unit').textContent()).toBe('ILSVRC classes');
    await screenshot(page, 'csp-explorer');
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the labels page works too: its 1,000 labels all render, first visit and next', async () => {
    const { page, errors } = await open(`${cspUrl}/test/pages/labels.html?db=csp-labels-${Date.now()}`);
    const rendered = async () => {
      const handle = await page.waitForFunction(
        () => (performance.getEntriesByName('synset-labels-rendered')[0] as PerformanceMark | undefined)?.detail,
        undefined,
        { timeout: 30_000 },
      );
      return (await handle.jsonValue()) as { count: number; failed: number };
    };
    const first = await rendered();
    // The next visit reads what this one keeps in IndexedDB.
    await page.waitForFunction(() => performance.getEntriesByName('synset-labels-persisted').length > 0, undefined, { timeout: 30_000 });
    await page.reload();
    const next = await rendered();
    await page.keyboard.press('Tab');
    const tooltip = page.locator('synset-label [role=tooltip]').first();
    // The definition comes after the label, on the tooltip's first opening.
    await expect.poll(() => tooltip.textContent(), { timeout: 15_000 }).toContain('freshwater dace-like game fish');
    await screenshot(page, 'labels-page');
    expect([first.count, first.failed]).toEqual([1000, 0]);
    expect([next.count, next.failed]).toEqual([1000, 0]);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('accessibility (axe-core)', () => {
  test('no serious or critical violation: explorer, open search, dark mode, labels page', async () => {
    const found: Record<string, AxeViolation[]> = {};
    const light = await revisit('#/n02084071');
    await waitForExplorer(light.page);
    await expect.poll(() => light.page.locator('synset-sunburst .centre-label').textContent()).toBe('dog');
    await expect.poll(() => light.page.locator('synset-card synset-path [part=step]').count()).toBeGreaterThan(5);
    found['explorer'] = await axeViolations(light.page);
    await light.page.locator('synset-search input').click();
    await light.page.keyboard.type('retriever');
    await light.page.locator('synset-search [role=option]').first().waitFor();
    await light.page.keyboard.press('ArrowDown');
    found['explorer, search open'] = await axeViolations(light.page);
    // The same page, dark (the scheme is CSS alone), at another synset: a page load fewer.
    await light.page.keyboard.press('Escape');
    await light.page.locator('synset-search input').fill('');
    await light.page.emulateMedia({ colorScheme: 'dark' });
    await light.page.evaluate(() => (location.hash = '#/n01440764'));
    const dark = light;
    await expect.poll(() => dark.page.locator('synset-card h2').textContent()).toBe('tench');
    await expect.poll(() => dark.page.locator('synset-sunburst .centre-label').textContent()).toBe('cyprinid');
    await expect.poll(() => dark.page.locator('synset-search [role=option]').count()).toBe(0);
    // The card's paths are tench's, no longer the dog's dimmed while they load (axe measures the
    // dimmed links' contrast): a fresh-clone run checked that moment once.
    await expect.poll(() => dark.page.locator('synset-card synset-path a[href$="#/n01439121"]').count()).toBeGreaterThan(0);
    await expect.poll(() => dark.page.locator('synset-card .stale').count()).toBe(0);
    found['explorer, dark'] = await axeViolations(dark.page);
    await screenshot(dark.page, 'explorer-tench-dark');
    const labels = await revisit('test/pages/labels.html');
    await labels.page.waitForFunction(() => performance.getEntriesByName('synset-labels-rendered').length > 0, undefined, {
      timeout: 30_000,
    });
    found['labels page'] = await axeViolations(labels.page);
    logViolations(found);
    expect(Object.fromEntries(Object.entries(found).map(([where, violations]) => [where, seriousOnes(violations)]))).toEqual({
      explorer: [],
      'explorer, search open': [],
      'explorer, dark': [],
      'labels page': [],
    });
  });
});

describe('accessibility (axe-core), the explorer’s other states', () => {
  test('no violation: a failed load, a long id that names no synset, the note that no copy could be kept', async () => {
    const found: Record<string, AxeViolation[]> = {};
    const failed = await session.open();
    await failed.context.route('**/data/generated/parts/{structure,tree}.*', (route) => route.abort('connectionrefused'));
    await failed.page.goto(`${session.baseUrl}/`);
    await failed.page.locator('synset-explorer .error-panel').waitFor({ timeout: 20_000 });
    found['load error'] = await axeViolations(failed.page);

    const full = await session.open({ dark: true });
    const cdp = await full.context.newCDPSession(full.page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: session.baseUrl, quotaSize: 1_000_000 });
    await full.page.goto(`${session.baseUrl}/#/${'A'.repeat(300)}`);
    await waitForExplorer(full.page);
    await full.page.locator('synset-explorer .bad-route').waitFor();
    await expect
      .poll(() => full.page.locator('synset-explorer footer').textContent(), { timeout: 20_000 })
      .toContain('could not keep a copy');
    found['long bad id, storage note, dark'] = await axeViolations(full.page);
    await screenshot(full.page, 'explorer-bad-id-storage-note-dark');
    logViolations(found);
    expect(found).toEqual({ 'load error': [], 'long bad id, storage note, dark': [] });
  });
});
