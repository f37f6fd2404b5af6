/**
 * The explorer as people use it: its production build in Debian's Chromium. The flows start as
 * a later visit (the data already in IndexedDB, see `revisit`); the tests of the first visit,
 * its failures and its storage each open a context of their own.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { indexSource, screenshot, useExplorerSession, waitForExplorer, type TestPage } from './explorer-harness.js';

const session = useExplorerSession();

/** The explorer at `hash`, as a later visit; `first: true` for a first visit (a context of its own). */
async function open(hash = '', options: { dark?: boolean; width?: number; first?: boolean } = {}): Promise<TestPage> {
  const testPage = options.first ? await session.open(options) : await session.revisit(options);
  await testPage.page.goto(`${session.baseUrl}/${hash}`);
  await waitForExplorer(testPage.page);
  return testPage;
}

const cardTitle = (page: Page) => page.locator('synset-card h2');
const selectedRow = (page: Page) => page.locator('synset-tree [role=treeitem][aria-selected=true]').first();

/** The element with focus, looking through shadow roots. */
function deepFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? `${active.localName}${active.getAttribute('role') ? `[role=${active.getAttribute('role')}]` : ''}` : '';
  });
}

describe('the explorer', () => {
  test('search "tench", pick the first result: the card shows n01440764, class 0, its path through fish', async () => {
    const { page, errors } = await open();
    const input = page.locator('synset-search input');
    await input.click();
    await page.keyboard.type('tench');
    const first = page.locator('synset-search [role=option]').first();
    await expect.poll(() => first.locator('.lemma').textContent()).toBe('tench');
    await expect.poll(() => first.locator('.gloss').textContent()).toContain('freshwater');
    await screenshot(page, 'search-tench-results');
    await first.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/n01440764');
    await expect.poll(() => cardTitle(page).textContent()).toBe('tench');
    const identity = page.locator('synset-card .identity');
    await expect.poll(() => identity.textContent()).toContain('n01440764');
    expect(await identity.textContent()).toMatch(/ILSVRC-2012\s*class\s*0/);
    const steps = page.locator('synset-card synset-path [part=step]');
    await expect.poll(() => steps.allTextContents()).toContain('fish');
    await expect.poll(() => selectedRow(page).locator('.lemma').textContent()).toBe('tench');
    await expect.poll(() => page.title()).toBe('tench (tench.n.01) · Synset explorer');
    await screenshot(page, 'explorer-tench');
    expect(errors).toEqual([]);
  });

  test('a link to #/n02084071 opens dog: the tree reveals it and the card shows it, in light and in dark mode', async () => {
    const { page, errors } = await open('#/n02084071');
    await expect.poll(() => selectedRow(page).locator('.lemma').textContent(), { timeout: 15_000 }).toBe('dog');
    expect(await selectedRow(page).isVisible()).toBe(true);
    expect(await selectedRow(page).getAttribute('aria-level')).toBe('14');
    await expect.poll(() => cardTitle(page).textContent()).toBe('dog');
    await expect.poll(() => page.locator('synset-sunburst .centre-label').textContent()).toBe('dog');
    await screenshot(page, 'explorer-dog-light');
    // The same page in dark mode: the scheme is CSS alone (prefers-color-scheme), so switching
    // it shows what a page loaded dark shows, without a second load.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await expect.poll(() => cardTitle(page).textContent()).toBe('dog');
    await expect.poll(() => page.locator('synset-sunburst .centre-label').textContent()).toBe('dog');
    await screenshot(page, 'explorer-dog-dark');
    expect(errors).toEqual([]);
  });

  test('back and forward walk the selections; a bad hash shows a message', async () => {
    const { page, errors } = await open('#/n02084071');
    await expect.poll(() => cardTitle(page).textContent()).toBe('dog');
    await page
      .locator('synset-card synset-path [part=step]', { hasText: /^mammal$/ })
      .first()
      .click();
    await expect.poll(() => cardTitle(page).textContent()).toBe('mammal');
    expect(await page.evaluate(() => location.hash)).toBe('#/n01861778');
    await page.goBack();
    await expect.poll(() => cardTitle(page).textContent()).toBe('dog');
    await page.goForward();
    await expect.poll(() => cardTitle(page).textContent()).toBe('mammal');
    await page.evaluate(() => (location.hash = '#/not-a-synset'));
    const message = page.locator('synset-explorer .bad-route');
    await expect.poll(() => message.textContent()).toContain('No synset “not-a-synset”');
    expect(await page.locator('synset-card').isVisible()).toBe(false);
    await screenshot(page, 'explorer-bad-hash');
    await page.goBack();
    // The card keeps its last synset while hidden, so its title matches at once: wait for the
    // route to be followed (the message gone, the card shown again), then read the title.
    await expect.poll(() => message.count()).toBe(0);
    await expect.poll(() => page.locator('synset-card').isVisible()).toBe(true);
    expect(await cardTitle(page).textContent()).toBe('mammal');
    expect(errors).toEqual([]);
  });

  test('an id in another form is rewritten to its wnid', async () => {
    const { page } = await open('#/dog.n.01');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/n02084071');
    await expect.poll(() => cardTitle(page).textContent()).toBe('dog');
  });

  test('a link with another WordNet’s id (WordNet 3.1, an ILI) opens the 3.0 synset, rewritten to its wnid', async () => {
    const { page } = await open('#/wn31:02086723-n..i46457');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/n02084071..n02099601');
    await expect.poll(() => cardTitle(page).textContent()).toBe('dog');
    await page.goto(`${session.baseUrl}/#/oewn-02086723-n`);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/n02084071');
  });

  test('keyboard only: tab to the tree, walk it, select with Enter', async () => {
    const { page, errors } = await open();
    await page.keyboard.press('Tab');
    expect(await deepFocus(page)).toBe('a');
    await page.keyboard.press('Tab');
    expect(await deepFocus(page)).toBe('input[role=combobox]');
    // The language picker, the label-space picker's two selects, "Your model", then the export menu's button.
    for (const stop of ['select', 'select', 'select', 'button', 'button']) {
      await page.keyboard.press('Tab');
      expect(await deepFocus(page)).toBe(stop);
    }
    await page.keyboard.press('Tab');
    expect(await deepFocus(page)).toBe('div[role=tree]');
    const active = page.locator('synset-tree [role=tree]');
    const activeLemma = async () => {
      const id = await active.getAttribute('aria-activedescendant');
      return page.locator(`synset-tree [id="${id}"] .lemma`).textContent();
    };
    expect(await activeLemma()).toBe('entity');
    await page.keyboard.press('End');
    expect(await activeLemma()).toBe('physical entity');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('synset-tree [role=treeitem]').count()).toBeGreaterThan(4);
    await page.keyboard.press('ArrowRight');
    expect(await activeLemma()).toBe('causal agent');
    await page.keyboard.type('ob');
    expect(await activeLemma()).toBe('object');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/n00002684');
    await expect.poll(() => cardTitle(page).textContent()).toBe('object');
    // Focus stays in the tree: the walk goes on.
    expect(await deepFocus(page)).toBe('div[role=tree]');
    await page.keyboard.press('ArrowLeft');
    expect(await activeLemma()).toBe('physical entity');
    await screenshot(page, 'explorer-keyboard');
    expect(errors).toEqual([]);
  });

  test('the label-space picker changes what the tree and the sunburst count', async () => {
    const { page, errors } = await open('#/n01886756');
    await expect.poll(() => cardTitle(page).textContent()).toBe('placental');
    await expect.poll(() => selectedRow(page).locator('.lemma').textContent()).toBe('placental');
    const childLevel = String(Number(await selectedRow(page).getAttribute('aria-level')) + 1);
    const counts: Record<string, { sunburst: string | null; children: string | null }> = {};
    for (const [filter, unit] of [
      ['21k', 'ImageNet synsets'],
      ['1k', 'ILSVRC classes'],
      ['all', 'nouns'],
    ] as const) {
      await page.locator('synset-space-picker select[part=space]').selectOption(filter);
      await expect.poll(() => page.locator('synset-sunburst .centre-unit').textContent()).toBe(unit);
      await page.locator('synset-sunburst svg:not(.stale)').waitFor();
      await expect.poll(() => page.locator('synset-tree').getAttribute('filter')).toBe(filter);
      await expect.poll(() => selectedRow(page).getAttribute('aria-expanded')).toBe('false');
      await selectedRow(page).locator('.twisty').click();
      const firstChild = page.locator(`synset-tree [role=treeitem][aria-level="${childLevel}"]`).first();
      await firstChild.waitFor();
      counts[filter] = {
        sunburst: await page.locator('synset-sunburst .centre-value').textContent(),
        children: await firstChild.getAttribute('aria-setsize'),
      };
      if (filter === '1k') await screenshot(page, 'explorer-filter-1k');
    }
    console.log('placental under each filter:', JSON.stringify(counts));
    expect(counts).toMatchObject({ '1k': { children: '9' }, '21k': { children: '27' }, all: { children: '28' } });
    expect(new Set(Object.values(counts).map((c) => c.sunburst)).size).toBe(3);
    expect(errors).toEqual([]);
  });

  test('reload: the first visit builds from the network, the next reads IndexedDB', async () => {
    const { page, errors } = await open('', { first: true });
    expect(await indexSource(page)).toBe('network');
    await page.evaluate(() => window.synsetClient.persisted());
    await page.reload();
    await waitForExplorer(page);
    expect(await indexSource(page)).toBe('indexeddb');
    expect(await page.locator('synset-explorer footer').textContent()).toMatch(/index\s+read from this browser’s storage in/);
    expect(errors).toEqual([]);
  });

  test('the first visit shows the load progress; a failed load shows the error, and Retry works', async () => {
    const testPage = await session.open();
    const { page, context } = testPage;
    // The tree's download fails until the error shows (the worker's own early load and the
    // views' load after it both meet it), then waits to be let through.
    let failing = true;
    let releaseDownload: () => void = () => {};
    const held = new Promise<void>((resolve) => (releaseDownload = resolve));
    await context.route('**/data/generated/parts/{structure,tree}.*', async (route) => {
      if (failing) {
        await route.abort('connectionrefused');
        return;
      }
      await held;
      await route.continue();
    });
    await page.goto(`${session.baseUrl}/`);
    const panel = page.locator('synset-explorer .error-panel');
    await panel.waitFor({ timeout: 20_000 });
    failing = false;
    expect(await panel.textContent()).toContain('could not be loaded');
    await screenshot(page, 'explorer-load-error');
    await panel.locator('button', { hasText: 'Retry' }).click();
    const progress = page.locator('synset-explorer .status-panel progress');
    await progress.waitFor();
    expect(await page.locator('synset-explorer .status-panel').textContent()).toContain('Preparing the index');
    await screenshot(page, 'explorer-loading');
    releaseDownload();
    await waitForExplorer(page);
    expect(await indexSource(page)).toBe('network');
  });

  test('after a failed load, typing downloads nothing; the explorer leaves its error state as soon as data loads again', async () => {
    const testPage = await session.open();
    const { page, context } = testPage;
    let structureRequests = 0;
    let offline = true;
    await context.route('**/data/generated/parts/{structure,tree}.*', async (route) => {
      structureRequests++;
      if (offline) await route.abort('connectionrefused');
      else await route.continue();
    });
    const warnings = consoleWarnings(page);
    await page.goto(`${session.baseUrl}/#/n01440764`);
    const panel = page.locator('synset-explorer .error-panel');
    await panel.waitFor({ timeout: 20_000 });
    await page.locator('synset-search input').click();
    // The worker's own early load of the tree and the views' load after it: the requests until the error showed.
    const requestsUntilError = structureRequests;
    expect(requestsUntilError).toBeGreaterThan(0);
    await page.keyboard.type('tench', { delay: 30 });
    // One more search, awaited: it fails at once, with the load's error, and downloads nothing.
    expect(await page.evaluate(SEARCH_TENCH)).toMatch(/could not download the synset data/);
    expect(structureRequests).toBe(requestsUntilError);
    // Plain words on the page; the technical detail in the console.
    expect(await panel.textContent()).not.toMatch(/structure|tree\.|Failed to fetch|ERR_/);
    expect(warnings.join('\n')).toMatch(/the synset index could not be loaded: BundleLoadError: could not download .*(structure|tree)\./);

    // The network is back, and data loads through another view (as a query after the back-off would).
    offline = false;
    await page.evaluate(async () => {
      await window.synsetClient.retry();
      await window.synsetClient.stats();
    });
    await waitForExplorer(page);
    expect(await panel.count()).toBe(0);
    await expect.poll(() => cardTitle(page).textContent()).toBe('tench');
    await expect.poll(() => page.title()).toBe('tench (tench.n.01) · Synset explorer');
  });

  test('the filter is in the URL: a link carries it, a reload keeps it, back and forward walk it, picks keep it', async () => {
    const { page, errors } = await open('#/n02084071?in=1k');
    const treeFilter = () => page.locator('synset-tree').getAttribute('filter');
    const picker = page.locator('synset-space-picker select[part=space]');
    await expect.poll(treeFilter).toBe('1k');
    await expect.poll(() => picker.inputValue()).toBe('1k');
    await expect.poll(() => page.locator('synset-sunburst .centre-unit').textContent()).toBe('ILSVRC classes');

    await picker.selectOption('all');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/n02084071?in=all');
    await expect.poll(treeFilter).toBe('all');
    await page.reload();
    await waitForExplorer(page);
    await expect.poll(treeFilter).toBe('all');
    await expect.poll(() => picker.inputValue()).toBe('all');

    // The page's own back and forward: Chromium's buttons (and Playwright's goBack/goForward) may
    // skip an entry that a script-dispatched change added (selectOption's is one; a person's
    // pick is not), which made this test fail now and then.
    await page.evaluate(() => history.back());
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/n02084071?in=1k');
    await waitForExplorer(page);
    await expect.poll(treeFilter).toBe('1k');
    await expect.poll(() => picker.inputValue()).toBe('1k');
    await page.evaluate(() => history.forward());
    await expect.poll(treeFilter).toBe('all');

    await page
      .locator('synset-card synset-path [part=step]', { hasText: /^mammal$/ })
      .first()
      .click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/n01861778?in=all');
    await picker.selectOption('21k');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/n01861778');
    await expect.poll(treeFilter).toBe('21k');
    expect(errors).toEqual([]);
  });

  test('a long unbroken id in the URL wraps in the "No synset" heading', async () => {
    const { page } = await open(`#/${'A'.repeat(300)}`);
    const message = page.locator('synset-explorer .bad-route');
    await expect.poll(() => message.locator('h2').textContent()).toContain('No synset “AAAA');
    const overflow = await message.evaluate((panel) =>
      [panel, ...panel.querySelectorAll('h2, p')].map((element) => element.scrollWidth - element.clientWidth),
    );
    expect(overflow.every((px) => px <= 0)).toBe(true);
    await screenshot(page, 'explorer-long-bad-id');
  });
});

describe('when this browser cannot keep a copy', () => {
  test('storage full: the footer says the copy could not be kept, in plain words; the console says why', async () => {
    const testPage = await session.open();
    const { page, context, errors } = testPage;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: session.baseUrl, quotaSize: 1_000_000 });
    const warnings = consoleWarnings(page);
    await page.goto(`${session.baseUrl}/`);
    await waitForExplorer(page);
    const footer = page.locator('synset-explorer footer');
    await expect
      .poll(() => footer.textContent(), { timeout: 20_000 })
      .toContain(
        'This browser could not keep a copy of the data (its storage for this site is full), so the next visit downloads it again.',
      );
    expect(await footer.textContent()).toMatch(/index\s+downloaded in/);
    expect(await footer.locator('[role=status]').isVisible()).toBe(true);
    const reason = warnings.find((text) => text.includes('could not be kept for the next visit'));
    expect(reason).toMatch(/could not be kept for the next visit: QuotaExceededError( \(no message\)|: \S)/);
    await screenshot(page, 'explorer-storage-full');
    expect(errors).toEqual([]);
  });

  test('a newer build holds the database: the footer says "downloaded", and why no copy is kept, in plain words', async () => {
    const testPage = await session.open();
    const { page, errors } = testPage;
    const warnings = consoleWarnings(page);
    // Another build of the app, on this origin, has already upgraded the database: opened
    // before the app's scripts run, so the worker's open waits behind it and meets a VersionError.
    await page.addInitScript(() => {
      const request = indexedDB.open('synset-explorer', 99);
      request.onsuccess = () => request.result.close();
    });
    await page.goto(`${session.baseUrl}/`);
    await waitForExplorer(page);
    const footer = page.locator('synset-explorer footer');
    await expect.poll(() => footer.textContent()).toContain('(a newer version of this page took over its storage)');
    const text = (await footer.textContent())!;
    expect(text).toMatch(/index\s+downloaded in/);
    expect(text).not.toMatch(/memory|VersionError|IndexedDB/);
    expect(warnings.join('\n')).toMatch(/kept in memory only.*VersionError/);
    expect(errors).toEqual([]);
  });
});

/** A search through the page's client: its error's message, or the number of results. */
const SEARCH_TENCH = () =>
  window.synsetClient.search('tench').then(
    (hits) => hits.length,
    (error: Error) => error.message,
  );

/** Collects the page's (and its workers') console warnings as they come. */
function consoleWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}
