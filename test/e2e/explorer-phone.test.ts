/**
 * The explorer's tree on a phone (390×844, both colour schemes) and deep in the hierarchy on a
 * desktop: names keep their room, the tree is as tall as its rows (up to a share of the screen),
 * and a search pick brings the card into view. Screenshots (with SCREENSHOTS=1) in test-results/screenshots/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { screenshot, useExplorerSession, waitForExplorer, type TestPage } from './explorer-harness.js';

const PHONE = { width: 390, height: 844 };
const GOLDEN_RETRIEVER = 'n02099601';

const session = useExplorerSession();

async function open(hash: string, options: { dark?: boolean; width?: number; height?: number } = {}): Promise<TestPage> {
  const testPage = await session.revisit(options);
  await testPage.page.goto(`${session.baseUrl}/${hash}`);
  await waitForExplorer(testPage.page);
  return testPage;
}

const selectedRow = (page: Page) => page.locator('synset-tree [role=treeitem][aria-selected=true]').first();

interface RowName {
  lemma: string;
  /** The name's rendered width and the width its whole text needs, px. */
  shown: number;
  needed: number;
}

/** The names of the rows inside the tree's visible box, and the tree's width. */
function visibleNames(page: Page): Promise<{ treeWidth: number; names: RowName[] }> {
  return page.locator('synset-tree').evaluate((tree) => {
    const scroller = tree.shadowRoot!.querySelector('[role=tree]')!;
    const box = scroller.getBoundingClientRect();
    const names = [...scroller.querySelectorAll<HTMLElement>('[role=treeitem] .lemma')]
      .filter((lemma) => {
        const rect = lemma.getBoundingClientRect();
        return rect.bottom > box.top && rect.top < box.bottom;
      })
      .map((lemma) => ({ lemma: lemma.textContent!, shown: lemma.clientWidth, needed: lemma.scrollWidth }));
    return { treeWidth: box.width, names };
  });
}

/** A name is whole, or, for a long one, has at least 40% of the tree's width. */
function cutNames({ treeWidth, names }: { treeWidth: number; names: RowName[] }): string[] {
  return names.filter(({ shown, needed }) => needed > shown && shown < 0.4 * treeWidth).map(({ lemma, shown }) => `${lemma} (${shown} px)`);
}

async function nameOfSelected(page: Page): Promise<RowName> {
  return selectedRow(page)
    .locator('.lemma')
    .evaluate((lemma) => ({ lemma: lemma.textContent!, shown: lemma.clientWidth, needed: lemma.scrollWidth }));
}

async function pickFirstResult(page: Page, query: string): Promise<void> {
  await page.locator('synset-search input').click();
  await page.keyboard.type(query);
  const first = page.locator('synset-search [role=option]').first();
  await expect.poll(() => first.locator('.lemma').textContent()).toBe(query);
  await first.click();
}

/** The card's title, relative to the viewport. */
function titleBox(page: Page): Promise<{ top: number; bottom: number; viewport: number }> {
  return page.locator('synset-card h2').evaluate((title) => {
    const { top, bottom } = title.getBoundingClientRect();
    return { top, bottom, viewport: innerHeight };
  });
}

describe('on a phone (390×844)', () => {
  for (const dark of [false, true]) {
    const scheme = dark ? 'dark' : 'light';

    test(`${scheme}: the tree is as tall as its three rows`, async () => {
      const { page, errors } = await open('#/', { ...PHONE, dark });
      await expect.poll(() => page.locator('synset-tree [role=treeitem]').count()).toBe(3);
      const { tree, rows } = await page.locator('synset-tree').evaluate((element) => {
        const items = [...element.shadowRoot!.querySelectorAll('[role=treeitem]')].map((row) => row.getBoundingClientRect());
        return { tree: element.getBoundingClientRect().height, rows: items[items.length - 1]!.bottom - items[0]!.top };
      });
      // The column names above the rows take one short line.
      expect(tree).toBeLessThanOrEqual(rows + 48);
      await screenshot(page, `phone-home-${scheme}`);
      expect(errors).toEqual([]);
    });

    test(`${scheme}: deep rows keep their names; a search pick brings the card into view`, async () => {
      const { page, errors } = await open('#/n02084071', { ...PHONE, dark });
      await expect.poll(() => selectedRow(page).locator('.lemma').textContent(), { timeout: 15_000 }).toBe('dog');
      await expect.poll(() => page.locator('synset-card h2').textContent()).toBe('dog');
      const dog = await nameOfSelected(page);
      expect(dog.needed).toBeLessThanOrEqual(dog.shown);
      expect(cutNames(await visibleNames(page))).toEqual([]);
      await screenshot(page, `phone-dog-${scheme}`);

      await pickFirstResult(page, 'golden retriever');
      await expect.poll(() => page.locator('synset-card h2').textContent()).toBe('golden retriever');
      await expect.poll(() => selectedRow(page).locator('.lemma').textContent(), { timeout: 15_000 }).toBe('golden retriever');
      await expect
        .poll(async () => {
          const { top, bottom, viewport } = await titleBox(page);
          return top >= 0 && bottom <= viewport;
        })
        .toBe(true);
      await screenshot(page, `phone-golden-retriever-${scheme}`);
      const golden = await nameOfSelected(page);
      expect(golden.needed).toBeLessThanOrEqual(golden.shown);
      const names = await visibleNames(page);
      expect(names.names.length).toBeGreaterThan(5);
      expect(cutNames(names)).toEqual([]);
      await screenshot(page.locator('synset-tree'), `phone-golden-retriever-tree-${scheme}`);
      // Its parent's sunburst, the selection outlined: the centre's unit reads at 11 px or more.
      await expect.poll(() => page.locator('synset-sunburst .centre-label').textContent()).toBe('retriever');
      const unitPx = await page
        .locator('synset-sunburst .centre-unit')
        .evaluate((unit: SVGTextElement) => parseFloat(getComputedStyle(unit).fontSize) * unit.getScreenCTM()!.a);
      expect(unitPx).toBeGreaterThanOrEqual(11);
      await screenshot(page.locator('synset-sunburst'), `phone-golden-retriever-sunburst-${scheme}`);
      expect(errors).toEqual([]);
    });
  }
});

describe('on a desktop (1440×900)', () => {
  test('deep names show whole: golden retriever and its siblings', async () => {
    const { page, errors } = await open(`#/${GOLDEN_RETRIEVER}`);
    await expect.poll(() => selectedRow(page).locator('.lemma').textContent(), { timeout: 15_000 }).toBe('golden retriever');
    await screenshot(page, 'desktop-golden-retriever');
    const names = await visibleNames(page);
    expect(names.names.map((name) => name.lemma)).toContain('Chesapeake Bay retriever');
    const cut = names.names.filter(({ shown, needed }) => needed > shown).map(({ lemma }) => lemma);
    expect(cut).toEqual([]);
    expect(errors).toEqual([]);
  });
});
