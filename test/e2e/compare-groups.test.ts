/**
 * Compare and Groups in the explorer, as a researcher uses them: two classes side by side from a
 * shift-click in the tree (`#/A..B`, back and close), and Restricted ImageNet's groups over the
 * 1k as badges, sunburst colours and a downloaded mapping; screenshots and axe at desktop and
 * phone sizes.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, logViolations, type AxeViolation } from './axe.js';
import { screenshot, useExplorerSession, waitForExplorer, type TestPage } from './explorer-harness.js';

const session = useExplorerSession();

async function open(hash: string, options: { width?: number; height?: number } = {}): Promise<TestPage> {
  const testPage = await session.revisit(options);
  await testPage.page.goto(`${session.baseUrl}/${hash}`);
  await waitForExplorer(testPage.page);
  return testPage;
}

const hash = (page: Page) => page.evaluate(() => location.hash);
const DOG = 'n02084071';
const PUG = 'n02110958';
const BASENJI = 'n02110806';
const row = (page: Page, label: string) =>
  page.locator('synset-tree [role=treeitem]', { has: page.locator(`.lemma:text-is("${label}")`) }).first();
const figure = (page: Page, key: string) => page.locator(`synset-compare [data-figure=${key}] dd`);

describe('compare and groups in the explorer', () => {
  test('shift-clicking two tree rows compares them: #/A..B, the paths joined at the LCA, the figures; close and back', async () => {
    const { page, errors } = await open(`#/${DOG}?in=1k`);
    await page.locator('synset-tree [role=tree]').focus();
    // Open dog's row to show its children.
    await row(page, 'dog').locator('.twisty').click();
    await row(page, 'pug').click();
    await expect.poll(() => hash(page)).toBe(`#/${PUG}?in=1k`);
    await row(page, 'basenji').click({ modifiers: ['Shift'] });
    await expect.poll(() => hash(page)).toBe(`#/${PUG}..${BASENJI}?in=1k`);
    await expect.poll(() => page.locator('synset-compare g.point.lca text').textContent()).toBe('dog');
    await expect.poll(() => figure(page, 'lcaDepth').textContent()).toBe('13');
    expect(await figure(page, 'severity').textContent()).toBe(String(18 - 13));
    expect(await figure(page, 'pathLength').textContent()).toMatch(/^\d+$/);
    expect(await page.locator('synset-compare [data-figure=severity] dt').textContent()).toBe('Severity in 1k');
    await screenshot(page, 'compare-desktop');
    // Back returns to pug alone, forward to the pair again.
    await page.goBack();
    await expect.poll(() => hash(page)).toBe(`#/${PUG}?in=1k`);
    await expect.poll(() => page.locator('synset-compare').count()).toBe(0);
    await page.goForward();
    await expect.poll(() => page.locator('synset-compare g.point.lca text').textContent()).toBe('dog');
    await page.locator('synset-compare button[part=close]').click();
    await expect.poll(() => hash(page)).toBe(`#/${PUG}?in=1k`);
    await expect.poll(() => page.locator('synset-compare').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('a shift-click right after a pick compares with the pick, though the view does not show it yet', async () => {
    const { page, errors } = await open(`#/${DOG}?in=1k`);
    await expect.poll(() => page.locator('synset-card h2').textContent()).toBe('dog');
    // The pick and the shift-click in one task: the worker cannot have resolved the pick in between.
    await page.evaluate(
      ([pug, basenji]) => {
        location.hash = `#/${pug}?in=1k`;
        const tree = document.querySelector('synset-explorer')!.shadowRoot!.querySelector('synset-tree')!;
        const compare = Object.assign(new Event('synset-compare', { bubbles: true, composed: true }), { detail: { wnid: basenji } });
        Object.defineProperty(compare, 'wnid', { get: () => basenji });
        tree.dispatchEvent(compare);
      },
      [PUG, BASENJI],
    );
    await expect.poll(() => hash(page)).toBe(`#/${PUG}..${BASENJI}?in=1k`);
    await expect.poll(() => page.locator('synset-compare g.point.lca text').textContent()).toBe('dog');
    expect(errors).toEqual([]);
  });

  test("the card's 'compare with…' takes the next pick as the second synset", async () => {
    const { page, errors } = await open(`#/${PUG}?in=1k`);
    await page.locator('synset-card button[part=compare-button]').click();
    await expect.poll(() => page.locator('synset-explorer .compare-prompt').textContent()).toContain('Pick a second synset');
    await page.locator('synset-search input').fill('tench');
    await page.locator('synset-search [role=option]').first().click();
    await expect.poll(() => hash(page)).toBe(`#/${PUG}..n01440764?in=1k`);
    await expect.poll(() => page.locator('synset-compare g.point.lca text').textContent()).toBe('vertebrate');
    expect(errors).toEqual([]);
  });

  test('Restricted ImageNet under the 1k: dog rows carry the "dog" badge, the sunburst is coloured, the mapping downloads', async () => {
    const { page, errors } = await open(`#/${DOG}?in=1k`);
    await page.locator('synset-groups select').first().selectOption('restricted-imagenet');
    await expect.poll(() => page.locator('synset-groups .summary').textContent()).toBe('203 of 1,000 classes placed in 9 groups');
    await row(page, 'dog').locator('.twisty').click();
    await expect.poll(() => row(page, 'pug').locator('.group-badge').textContent()).toMatch(/dog$/);
    expect(await row(page, 'dog').locator('.group-badge').count()).toBe(0);
    await expect.poll(() => page.locator('synset-sunburst path.arc[data-group]:not(.ungrouped)').count()).toBeGreaterThan(10);
    await screenshot(page, 'groups-desktop');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('synset-groups button', { hasText: 'Download' }).click(),
    ]);
    const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\n');
    expect(lines[0]).toBe('index,wnid,label,group,groupLabel');
    const rows = lines.slice(1).map((line) => line.split(','));
    expect(rows).toHaveLength(1000);
    expect(rows.filter((cells) => cells.at(-1) !== '')).toHaveLength(203);
    expect(rows.find((cells) => cells[1] === PUG)!.at(-1)).toBe('dog');
    expect(download.suggestedFilename()).toBe('1k-groups-restricted-imagenet.csv');

    // The grouping is in the address: a new selection keeps it, back walks it, a link opens it.
    await expect.poll(() => hash(page)).toBe(`#/${DOG}?in=1k&group=restricted-imagenet`);
    await row(page, 'pug').click();
    await expect.poll(() => hash(page)).toBe(`#/${PUG}?in=1k&group=restricted-imagenet`);
    await page.locator('synset-groups select').first().selectOption('depth');
    await expect.poll(() => hash(page)).toBe(`#/${PUG}?in=1k&group=depth-4`);
    // Back once the depth grouping is drawn (a back taken at once was lost now and then, under
    // load), and the page's own back: Chromium's button (and Playwright's goBack) may skip an
    // entry that a script-dispatched change added, as selectOption's is and a person's pick is not.
    await expect.poll(() => page.locator('synset-groups .summary').textContent()).toMatch(/^1,000 of 1,000 classes placed in \d+ groups$/);
    await page.evaluate(() => history.back());
    await expect.poll(() => hash(page)).toBe(`#/${PUG}?in=1k&group=restricted-imagenet`);
    await expect.poll(() => page.locator('synset-groups select').first().inputValue()).toBe('restricted-imagenet');
    await page.goto(`${session.baseUrl}/#/${DOG}?in=1k&group=count-12`);
    await expect.poll(() => hash(page)).toBe(`#/${DOG}?in=1k&group=count-12`);
    await expect.poll(() => page.locator('synset-groups select').first().inputValue()).toBe('count');
    expect(await page.locator('synset-groups input[type=number]').inputValue()).toBe('12');
    await expect.poll(() => page.locator('synset-groups [part=legend] li').count()).toBe(12);
    await page.goto(`${session.baseUrl}/#/${DOG}?in=1k&group=depth-99`);
    await expect.poll(() => page.locator('synset-explorer .space-notice').textContent()).toContain('no grouping “depth-99”');
    await expect.poll(() => hash(page)).toBe(`#/${DOG}?in=1k`);
    expect(await page.locator('synset-groups select').first().inputValue()).toBe('none');
    expect(errors).toEqual([]);
  });

  test('the sunburst is one Tab stop: from its centre, Tab reaches Groups', async () => {
    const { page, errors } = await open(`#/${DOG}?in=1k`);
    await expect.poll(() => page.locator('synset-sunburst path.arc').count()).toBeGreaterThan(50);
    await page.locator('synset-sunburst path.depth-0').focus();
    // The element with the focus, through the shadow roots, by what a person would call it.
    const focused = () =>
      page.evaluate(() => {
        let at: Element | null = document.activeElement;
        while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
        return at
          ? `${at.localName} ${at.getAttribute('aria-label') ?? at.closest('label')?.textContent?.trim().split(/\s+/).slice(0, 2).join(' ') ?? ''}`
          : '';
      });
    expect(await focused()).toBe('path Zoom out from dog');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('select Group by');
    // Back again: the drawing's one stop, then the card above it.
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('path Zoom out from dog');
    expect(errors).toEqual([]);
  });

  test("the legend's pointer brings its group forward in the sunburst, and an arc's pointer its entry in the legend", async () => {
    const { page, errors } = await open(`#/n01886756?in=1k&group=restricted-imagenet`);
    await expect.poll(() => page.locator('synset-groups [part=legend] li').count()).toBe(9);
    await expect.poll(() => page.locator('synset-sunburst .band path').count()).toBeGreaterThan(3);
    const dog = await page.locator('synset-groups [part=legend] li', { hasText: /^\s*dog\b/ }).getAttribute('data-group');
    await page.locator(`synset-groups [part=legend] li[data-group="${dog}"]`).hover();
    await expect.poll(() => page.locator('synset-sunburst .group-on').count()).toBeGreaterThan(0);
    const forward = await page
      .locator('synset-sunburst .group-on')
      .evaluateAll((elements) => [...new Set(elements.map((e) => e.getAttribute('data-group')))]);
    expect(forward).toEqual([dog]);
    expect(await page.locator('synset-sunburst .band .group-off').count()).toBeGreaterThan(0);
    await screenshot(page, 'groups-legend-hover');
    // The pointer on a cat's stretch of the band outlines cat in the legend.
    const cat = await page.locator('synset-groups [part=legend] li', { hasText: /^\s*cat\b/ }).getAttribute('data-group');
    await page.locator(`synset-sunburst .band path[data-group="${cat}"]`).first().hover();
    await expect.poll(() => page.locator('synset-groups [part=legend] li.highlighted').getAttribute('data-group')).toBe(cat);
    expect(errors).toEqual([]);
  });

  test('screenshots and axe at desktop and phone sizes, with a comparison and groups', async () => {
    const found: Record<string, AxeViolation[]> = {};
    for (const [name, size] of [
      ['desktop', { width: 1440, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const { page, errors } = await open(`#/${PUG}..n02121620?in=1k`, size);
      await expect.poll(() => page.locator('synset-compare g.point.lca text').textContent()).toBe('carnivore');
      await page.locator('synset-groups select').first().selectOption('restricted-imagenet');
      await expect.poll(() => page.locator('synset-groups [part=legend] li').count()).toBe(9);
      await screenshot(page, `compare-groups-${name}`);
      await page.locator('synset-groups').scrollIntoViewIfNeeded();
      await screenshot(page, `compare-groups-${name}-legend`);
      found[name] = await axeViolations(page);
      expect(errors).toEqual([]);
    }
    logViolations(found);
    expect(Object.values(found).flat()).toEqual([]);
  });
});
