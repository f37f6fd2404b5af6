/**
 * The explorer under faults, as people meet them. Error texts are for people: no URL, and
 * "check the connection" only when it is the connection. And when the definitions' data parts fail (a flaky network): the card shows all it
 * has, marks the definition unavailable with a Retry, and fills it in when the network is back;
 * the tree still reveals the selection, and nothing in the page logs an error. (The Retry button,
 * and the worker's unhandled rejections, are tested in synset-card-gloss-failure.browser.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { screenshot, useExplorerSession, waitForExplorer } from './explorer-harness.js';

const session = useExplorerSession();

describe('a definition part that fails to download', () => {
  test('the card shows what it has, with the definition marked unavailable and a Retry, and fills it in when the network is back', async () => {
    const { page, context, errors } = await session.open();
    const workerErrors: string[] = [];
    page.on('worker', (worker) => worker.on('console', (message) => message.type() === 'error' && workerErrors.push(message.text())));
    let failing = true;
    await context.route('**/data/generated/parts/glosses-*', (route) => (failing ? route.abort('connectionrefused') : route.continue()));
    await page.goto(`${session.baseUrl}/#/n01440764`);
    await waitForExplorer(page);
    const card = page.locator('synset-card');
    await expect.poll(() => card.locator('[part=title]').textContent()).toBe('tench');
    await expect
      .poll(() => card.locator('[part=gloss]').textContent())
      .toMatch(/^\s*Definition unavailable: the data could not be downloaded\. Check the connection, then try again\.\s+Retry\s*$/);
    // The card's own text, in its shadow root (the host's textContent is empty): no URL, no part's name.
    const cardText = await card.locator('[part=card]').textContent();
    expect(cardText).toContain('Definition unavailable');
    expect(cardText).not.toMatch(/https?:|glosses-/);
    expect(await card.locator('.identity').textContent()).toContain('tench.n.01');
    await expect.poll(() => card.locator('synset-path [part=step]').count()).toBeGreaterThan(5);
    await expect.poll(() => card.locator('.count-all dd').textContent()).toBe('0');
    await expect.poll(() => card.locator('[part=set-index]').count()).toBeGreaterThan(2);
    // The tree reveals the selection all the same.
    await expect.poll(() => page.locator('synset-tree [role=treeitem][aria-selected=true] .lemma').first().textContent()).toBe('tench');
    await screenshot(page, 'explorer-gloss-part-failed');

    // The network comes back (the browser goes offline and online again): the card fills in by itself.
    failing = false;
    await context.setOffline(true);
    await context.setOffline(false);
    await expect.poll(() => card.locator('[part=gloss]').textContent()).toContain('freshwater dace-like game fish');
    expect(await card.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    expect(errors).toEqual([]);
    expect(workerErrors).toEqual([]);
  });

  test('the search popup says so in words, without the part’s URL, and fits', async () => {
    const { page, context, errors } = await session.open();
    await context.route('**/data/generated/parts/glosses-*', (route) => route.abort('connectionrefused'));
    await page.goto(`${session.baseUrl}/#/n01440764`);
    await waitForExplorer(page);
    await page.locator('synset-search input').fill('tench');
    const message = page.locator('synset-search .message');
    await expect.poll(() => message.textContent()).toMatch(/Search failed: the data could not be downloaded\. Check the connection/);
    expect(await message.textContent()).not.toMatch(/https?:|glosses-/);
    expect(await message.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await screenshot(page, 'explorer-search-failed');
    expect(errors).toEqual([]);
  });

  test('a synset chosen while queries are refused (the back-off after that failure) is shown, and revealed in the tree, once data loads again', async () => {
    const { page, context, errors } = await session.open();
    let failing = true;
    await context.route('**/data/generated/parts/glosses-*', (route) => (failing ? route.abort('connectionrefused') : route.continue()));
    await page.goto(`${session.baseUrl}/#/n01440764`);
    await waitForExplorer(page);
    await page.locator('synset-search input').fill('tench');
    await expect.poll(() => page.locator('synset-search .message').textContent()).toMatch(/Search failed/);
    // Every query now fails at once for a while: the new address's names and the tree's paths among them.
    await page.evaluate(() => (location.hash = '#/n01443537'));
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    // The network is back, and the person asks again (the card's Retry, until the back-off lets it through).
    failing = false;
    const selectedRow = page.locator('synset-tree [role=treeitem][aria-selected=true] .lemma').first();
    await expect
      .poll(
        async () => {
          const retry = page.locator('synset-card').getByRole('button', { name: 'Retry' });
          if (await retry.count()) await retry.first().click();
          return (await selectedRow.count()) ? selectedRow.textContent() : null;
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toBe('goldfish');
    await expect.poll(() => page.locator('synset-card [part=title]').textContent()).toBe('goldfish');
    expect(errors).toEqual([]);
  });
});

describe('a server error', () => {
  test('is the server’s: the load panel says so, with its status, and does not send people to their connection', async () => {
    const { page, context } = await session.open();
    await context.route('**/data/generated/parts/{structure,tree}.*', (route) =>
      route.fulfill({ status: 500, body: 'Internal Server Error' }),
    );
    await page.goto(`${session.baseUrl}/`);
    const panel = page.locator('synset-explorer .error-panel');
    await panel.waitFor({ timeout: 20_000 });
    const text = (await panel.textContent())!;
    expect(text).toContain('The server did not send the data (HTTP 500)');
    expect(text).not.toMatch(/check the connection|https?:|structure\.|tree\./i);
    await screenshot(page, 'explorer-load-error-500');
  });
});
