/**
 * "Your model" in the built explorer, as a researcher uses it: the cleanlab predictions chosen in
 * the control colour the tree and the sunburst and fill the card, the known label issues beside
 * it on the tree's rows; the run survives a reload
 * (real IndexedDB); screenshots at desktop and phone size, light and dark; axe on each; the
 * control and its panel fit a 320 px phone.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import figures from '../fixtures/evaluation/figures.json';
import { axeViolations, logViolations, seriousOnes, type AxeViolation } from './axe.js';
import { repoRoot, screenshot, useExplorerSession, waitForExplorer } from './explorer-harness.js';

const session = useExplorerSession();
const TENCH = 'n01440764';
const PREDICTIONS = join(repoRoot, 'data/evaluation/cleanlab-predictions.npy');

const runLine = (page: Page) => page.locator('synset-explorer .run-line');

/** Scores the cleanlab predictions through the control; resolves once the headline shows. */
async function scoreCleanlab(page: Page): Promise<void> {
  await page.locator('synset-run-picker button[part=button]').click();
  await page.locator('synset-run-picker input[type=file]').setInputFiles(PREDICTIONS);
  await expect.poll(() => runLine(page).textContent()).toContain(`${(100 * figures.cleanlabImageFolder.top1).toFixed(1)}%`);
}

describe('your model in the explorer', () => {
  test('a run colours the tree, the sunburst and the card, survives a reload, and passes axe at desktop and phone sizes', async () => {
    const found: Record<string, AxeViolation[]> = {};
    const { page, errors } = await session.open({ width: 1440, height: 900 });
    await page.goto(`${session.baseUrl}/#/${TENCH}?in=1k`);
    await waitForExplorer(page);
    await scoreCleanlab(page);
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(new RegExp(`^#/${TENCH}\\?in=1k&run=[0-9a-f]{12}$`));
    const tench = figures.cleanlabClasses['0'];
    await expect.poll(() => page.locator('synset-class-run [part=figures]').textContent()).toContain(`${(100 * tench.top1).toFixed(1)}%`);
    await expect.poll(() => page.locator('synset-label-issues [part=issues]').textContent()).toContain('ReaL keeps the label on');
    await expect.poll(() => page.locator('synset-sunburst path.by-accuracy').count()).toBeGreaterThan(0);
    expect(await page.locator('synset-tree [part=accuracy]').count()).toBeGreaterThan(3);
    await screenshot(page, 'your-model-desktop');
    found['desktop, light'] = await axeViolations(page);

    // The known label issues beside the run: ReaL's agreement on the rows too, and a line saying what it is.
    await page.locator('synset-run-picker label.check', { hasText: 'known label issues' }).locator('input').check();
    await expect.poll(() => page.locator('synset-tree [part=agreement]:not(.none)').count()).toBeGreaterThan(3);
    await expect.poll(() => page.locator('synset-explorer .issues-legend').textContent()).toContain('ReaL keeps');
    await page.keyboard.press('Escape');
    await screenshot(page, 'your-model-label-issues');
    found['desktop, label issues'] = await axeViolations(page);

    // A reload: the run comes back from this browser's IndexedDB.
    await page.keyboard.press('Escape');
    await page.locator('synset-class-run').scrollIntoViewIfNeeded();
    await screenshot(page, 'your-model-desktop-card');
    const hash = await page.evaluate(() => location.hash);
    await page.reload();
    await waitForExplorer(page);
    await expect.poll(() => runLine(page).textContent()).toContain('cleanlab-predictions.npy');
    expect(await page.evaluate(() => location.hash)).toBe(hash);

    // A phone, dark: the top bar's controls and the open panel fit 320 px.
    await page.setViewportSize({ width: 320, height: 720 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('synset-run-picker button[part=button]').click();
    const fits = await page.evaluate(() => {
      const panel = document
        .querySelector('synset-explorer')!
        .shadowRoot!.querySelector('synset-run-picker')!
        .shadowRoot!.querySelector('[part=panel]')!;
      const box = panel.getBoundingClientRect();
      return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, left: box.left, right: box.right };
    });
    expect(fits.overflow).toBe(0);
    expect(fits.left).toBeGreaterThanOrEqual(0);
    expect(fits.right).toBeLessThanOrEqual(320);
    await screenshot(page, 'your-model-phone-panel-dark');
    found['phone, dark, panel open'] = await axeViolations(page);
    await page.keyboard.press('Escape');
    await page.locator('synset-class-run').scrollIntoViewIfNeeded();
    await screenshot(page, 'your-model-phone-card-dark');
    logViolations(found);
    expect(Object.values(found).flatMap(seriousOnes)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
