/**
 * Label spaces in the explorer, as a researcher uses them: picking a built-in set, pasting a
 * list of their own, exporting a set for a script, reading a synset's index in every set; with
 * screenshots of the picker and the dialog on a desktop and a phone, and axe on both.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, logViolations, seriousOnes, type AxeViolation } from './axe.js';
import { repoRoot, screenshot, useExplorerSession, waitForExplorer, type TestPage } from './explorer-harness.js';

const session = useExplorerSession();

/** The explorer at `hash`, as a later visit; `alone: true` for a context of its own (a test that stores a list). */
async function open(hash = '', options: { width?: number; height?: number; dark?: boolean; alone?: boolean } = {}): Promise<TestPage> {
  const testPage = await session.revisit(options);
  await testPage.page.goto(`${session.baseUrl}/${hash}`);
  await waitForExplorer(testPage.page);
  return testPage;
}

const listOf = (name: string) =>
  readFileSync(join(repoRoot, 'data/labelsets', `${name}.txt`), 'utf8')
    .split('\n')
    .filter(Boolean);
const hash = (page: Page) => page.evaluate(() => location.hash);
const spaceSelect = (page: Page) => page.locator('synset-space-picker select[part=space]');
const treeRoot = (page: Page) => page.locator('synset-tree [role=treeitem][aria-level="1"]');
const selectedRow = (page: Page) => page.locator('synset-tree [role=treeitem][aria-selected=true]').first();
const dialog = (page: Page) => page.locator('synset-list-dialog dialog');
const GOLDFISH = 'n01443537';
/** The list: every id form (a wnid, another set's class, a 21k class, an NLTK name, a 1k index as NumPy writes it), then a repeat. */
const EVERY_FORM = 'n01440764\nimagenet-r:17\n21k:9000\ndog.n.01\n207.0\nn01440764\n';
const TARANTULA = listOf('imagenet-r')[17]!;

/** A set's classes as the page's client exports them, one JSON line each. */
async function exportJsonl(page: Page, set: string): Promise<{ index: number; wnid: string }[]> {
  const text = await page.evaluate((name) => window.synsetClient.exportSet(name, { format: 'jsonl' }), set);
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { index: number; wnid: string });
}

/** Four lines of ids, the second naming no class. */
const LIST = 'n01440764\nnot a class\ndog.n.01\n207\n';

describe('label spaces in the explorer', () => {
  test('picking imagenet-r: the URL says so, the tree shows its class indices and counts, the sunburst counts classes', async () => {
    const { page, errors } = await open(`#/${GOLDFISH}`);
    await expect.poll(() => selectedRow(page).locator('.lemma').textContent()).toBe('goldfish');
    await spaceSelect(page).selectOption('imagenet-r');
    await expect.poll(() => hash(page)).toBe(`#/${GOLDFISH}?in=imagenet-r`);
    await expect.poll(() => page.locator('synset-tree').getAttribute('filter')).toBe('imagenet-r');
    await expect.poll(() => selectedRow(page).locator('.badge-set').textContent()).toBe(`#${listOf('imagenet-r').indexOf(GOLDFISH)}`);
    // The root row: to the top of the tree (rows out of view are not drawn).
    await page.locator('synset-tree [role=tree]').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => treeRoot(page).locator('.count-set').textContent()).toMatch(/^200\b/);
    expect(await treeRoot(page).locator('.count-1k').count()).toBe(0);
    await expect.poll(() => page.locator('synset-sunburst .centre-unit').textContent()).toMatch(/^class(es)?$/);
    expect(await spaceSelect(page).locator('option[value="imagenet-r"]').getAttribute('title')).toMatch(/\S/);
    await screenshot(page, 'label-space-imagenet-r');
    expect(errors).toEqual([]);
  });

  test('the names toggle names the card title and the search results too; the card follows the space', async () => {
    const { page, errors } = await open('#/n01494475?in=1k');
    const names = page.locator('synset-space-picker select[part=names]');
    try {
      await names.selectOption('simple');
      await expect.poll(() => page.locator('synset-card h2').textContent()).toBe('hammerhead shark');
      await expect.poll(() => selectedRow(page).locator('.lemma').textContent()).toBe('hammerhead shark');
      await page.locator('synset-search input').fill('hammerhead');
      await expect.poll(() => page.locator('synset-search [role=option] .lemma').first().textContent()).toBe('hammerhead shark');
      await screenshot(page, 'names-simple-search');
      await page.keyboard.press('Escape');
    } finally {
      // The preference is kept in this browser: the next tests see WordNet's names again.
      await names.selectOption('wordnet');
    }
    // Under the 1k, dog's card copies the 1k's classes and marks the children the tree leaves out.
    await page.goto(`${session.baseUrl}/#/n02084071?in=1k`);
    await expect.poll(() => page.locator('synset-card .copy-subtree select').inputValue()).toBe('1k');
    await expect.poll(() => page.locator('synset-card .children li.outside').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('synset-card .outside-note').textContent()).toMatch(/lie outside ILSVRC-2012 \(1k\)/);
    expect(errors).toEqual([]);
  });

  test('an unknown ?in= says so plainly and falls back to the default', async () => {
    const { page, errors } = await open('#/n02084071?in=imagenet-z');
    await expect.poll(() => page.locator('synset-explorer .space-notice').textContent()).toContain('no label space “imagenet-z”');
    await expect.poll(() => hash(page)).toBe('#/n02084071');
    await expect.poll(() => page.locator('synset-tree').getAttribute('filter')).toBe('21k');
    expect(errors).toEqual([]);
  });

  test('your list: a bad line is listed with its number, the list is selected and survives a reload', async () => {
    const { page, errors } = await open('#/n02084071', { alone: true });
    await spaceSelect(page).selectOption('#your-list');
    await dialog(page).waitFor();
    await dialog(page).locator('textarea').fill(LIST);
    await dialog(page).locator('input[name=description]').fill('fish and dogs');
    await screenshot(page, 'label-space-dialog');
    await dialog(page).getByRole('button', { name: 'Use this list' }).click();
    const problem = dialog(page).locator('[part=problems] tbody tr');
    await expect.poll(() => problem.allTextContents()).toHaveLength(1);
    expect((await problem.locator('td').allTextContents()).map((text) => text.trim())).toEqual(
      expect.arrayContaining(['2', 'not a class']),
    );
    await expect.poll(() => hash(page)).toMatch(/^#\/n02084071\?in=list:[0-9a-f]{12}$/);
    const listName = (await hash(page)).split('in=')[1]!;
    await screenshot(page, 'label-space-dialog-problems');
    await dialog(page).getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    await expect.poll(() => treeRoot(page).locator('.count-set').textContent()).toMatch(/^3\b/);

    await page.reload();
    await waitForExplorer(page);
    await expect.poll(() => page.locator('synset-tree').getAttribute('filter')).toBe(listName);
    await expect.poll(() => spaceSelect(page).inputValue()).toBe(listName);
    await expect.poll(() => spaceSelect(page).locator('option:checked').textContent()).toContain('fish and dogs');
    await expect.poll(() => selectedRow(page).locator('.badge-set').textContent()).toBe('#2');
    expect(await page.locator('synset-explorer .space-notice').count()).toBe(0);

    // Forgotten (after a confirmation): the explorer goes back to its default space, and the list is gone for good.
    await page.locator('synset-space-picker').getByRole('button', { name: 'Forget list' }).click();
    await screenshot(page, 'label-space-forget-confirm');
    await page.locator('synset-space-picker [part=forget]').getByRole('button', { name: 'Forget', exact: true }).click();
    await expect.poll(() => hash(page)).toBe('#/n02084071');
    await expect.poll(() => page.locator('synset-tree').getAttribute('filter')).toBe('21k');
    expect(await spaceSelect(page).locator(`option[value="${listName}"]`).count()).toBe(0);
    await page.goto(page.url().replace(/#.*/, `#/n02084071?in=${listName}`));
    // Forgotten here as if added elsewhere: the address says lists stay in the browser that added them.
    await expect.poll(() => page.locator('synset-explorer .space-notice').textContent()).toContain(`class list (${listName})`);
    expect(errors).toEqual([]);
  });

  test('your list reads back after a reload as it was added, for every id form; its size, export, tree and card speak of its classes and its name', async () => {
    const { page, errors } = await open(`#/${TARANTULA}`, { alone: true });
    await spaceSelect(page).selectOption('#your-list');
    await dialog(page).locator('textarea').fill(EVERY_FORM);
    await dialog(page).getByRole('button', { name: 'Use this list' }).click();
    // The repeated tench is the one line that needs a look, and the list has five classes, not six lines.
    const problem = dialog(page).locator('[part=problems] tbody tr');
    await expect.poll(() => problem.allTextContents()).toHaveLength(1);
    expect((await problem.locator('td').allTextContents()).map((text) => text.trim())).toEqual([
      '6',
      'n01440764',
      'repeats class 0 (line 1)',
    ]);
    await expect.poll(() => dialog(page).locator('[role=status]').textContent()).toContain('5 classes');
    await screenshot(page, 'label-space-list-every-form');
    await dialog(page).getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => hash(page)).toMatch(/\?in=list:[0-9a-f]{12}$/);
    const listName = (await hash(page)).split('in=')[1]!;
    const caption = 'your list: tench, tarantula, …';
    await expect.poll(() => spaceSelect(page).locator('option:checked').textContent()).toContain(`${caption} · 5 classes`);
    const exported = await exportJsonl(page, listName);
    expect(exported.map((record) => record.index)).toEqual([0, 1, 2, 3, 4]);
    expect(exported[1]!.wnid).toBe(TARANTULA);
    // The list by its name, not its hash: the tree's column, the card's index and counts.
    await expect.poll(() => page.locator('synset-tree [part=columns] .count-set').textContent()).toBe(caption);
    await expect.poll(() => selectedRow(page).locator('.badge-set').textContent()).toBe('#1');
    const cardIndex = page.locator('synset-card [part=set-index]').filter({ hasText: '#1' }).filter({ hasText: 'your list' });
    await expect.poll(() => cardIndex.textContent()).toMatch(/your list: tench, tarantula, … #1/);
    await expect.poll(() => page.locator('synset-card .count-set dt').textContent()).toBe(caption);
    for (const element of ['synset-tree', 'synset-card', 'synset-export-menu']) {
      const shown = await page.locator(element).evaluate((host) => host.shadowRoot!.textContent ?? '');
      expect(shown, element).not.toContain(listName);
    }

    await page.reload();
    await waitForExplorer(page);
    await expect.poll(() => selectedRow(page).locator('.badge-set').textContent()).toBe('#1');
    expect(await exportJsonl(page, listName)).toEqual(exported);
    await expect.poll(() => spaceSelect(page).locator('option:checked').textContent()).toContain(`${caption} · 5 classes`);
    await expect.poll(() => treeRoot(page).locator('.count-set').textContent()).toMatch(/^5\b/);
    expect(errors).toEqual([]);
  });

  test('a link to a list of another browser says lists stay where they were added, and pasting the same list brings it back', async () => {
    const listName = `list:${createHash('sha256').update(EVERY_FORM).digest('hex').slice(0, 12)}`;
    const { page, errors } = await open(`#/${TARANTULA}?in=${listName}`, { alone: true });
    const notice = page.locator('synset-explorer .space-notice');
    await expect.poll(() => notice.textContent()).toContain('a list stays in the browser that added it');
    expect(await notice.textContent()).toContain(listName);
    await expect.poll(() => page.locator('synset-tree').getAttribute('filter')).toBe('21k');
    await screenshot(page, 'label-space-list-from-elsewhere');
    await notice.getByRole('button', { name: 'Paste the list…' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await dialog(page).locator('textarea').fill(EVERY_FORM);
    await dialog(page).getByRole('button', { name: 'Use this list' }).click();
    await dialog(page).getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => hash(page)).toBe(`#/${TARANTULA}?in=${listName}`);
    await expect.poll(() => selectedRow(page).locator('.badge-set').textContent()).toBe('#1');
    expect(await notice.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('export: imagenette as keras JSON downloads a file with its 10 classes, and says so', async () => {
    const { page, errors } = await open('#/n02084071?in=imagenette');
    await page.locator('synset-export-menu [part=button]').click();
    const panel = page.locator('synset-export-menu [part=panel]');
    await panel.locator('select').first().selectOption('keras');
    await screenshot(page, 'label-space-export-menu');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe('imagenette-keras.json');
    const keras = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, [string, string]>;
    expect(Object.keys(keras)).toHaveLength(10);
    expect(keras['0']![0]).toBe(listOf('imagenette')[0]);
    await expect.poll(() => panel.locator('[part=status]').textContent()).toContain('Downloaded 10 classes, keras JSON');
    expect(errors).toEqual([]);
  });

  test('the card lists the synset’s index in several sets', async () => {
    const { page, errors } = await open('#/n01440764');
    const indices = page.locator('synset-card [part=set-index]');
    await expect.poll(() => indices.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    const text = (await indices.allTextContents()).map((entry) => entry.replace(/\s+/g, ' ').trim());
    expect(text).toEqual(expect.arrayContaining(['1k #0', '22k-ms #0', `12k #${listOf('12k').indexOf('n01440764')}`, 'imagenette #0']));
    expect(errors).toEqual([]);
  });

  // axe at the desktop's size in light and the phone's in dark: each size and each scheme once
  // (an axe run costs seconds of CPU); the light phone's states are screenshots only.
  test.each([
    ['desktop', 'and axe', { width: 1440, height: 900 }],
    ['phone', 'only', { width: 390, height: 844 }],
    ['phone-dark', 'and axe', { width: 390, height: 844, dark: true }],
  ] as const)('%s: screenshots %s of the picker, the export menu and the dialog', async (name, axe, options) => {
    const found: Record<string, AxeViolation[]> = {};
    const check = async (where: string, page: Page) => {
      if (axe === 'and axe') found[where] = await axeViolations(page);
    };
    const { page, errors } = await open('#/n02084071?in=imagenet-r', options);
    await expect.poll(() => selectedRow(page).locator('.count-set').textContent()).toMatch(/^\d+/);
    await expect.poll(() => page.locator('synset-sunburst .centre-label').textContent()).toBe('dog');
    await page.locator('synset-export-menu [part=button]').click();
    await screenshot(page, `label-space-picker-${name}`);
    await check('picker and export menu', page);
    await page.locator('synset-export-menu [part=button]').click();
    await spaceSelect(page).selectOption('#your-list');
    await dialog(page).locator('textarea').fill(LIST);
    await screenshot(page, `label-space-dialog-${name}`);
    await check('dialog', page);
    await dialog(page).getByRole('button', { name: 'Use this list' }).click();
    await dialog(page).locator('[part=problems]').waitFor();
    await screenshot(page, `label-space-dialog-problems-${name}`);
    await check('dialog with problems', page);
    logViolations(Object.fromEntries(Object.entries(found).map(([where, violations]) => [`${name}, ${where}`, violations])));
    expect(Object.values(found).flatMap(seriousOnes)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
