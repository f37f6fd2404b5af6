/**
 * Where the keyboard's focus goes on the explorer's paths that open and close things: the
 * card's "compare with…" (the line asking for a second synset takes the focus; Escape gives it
 * back), a comparison closed from its button (back to what opened it, or to the card), and
 * the export menu (Download keeps the focus, Escape closes, a Tab out closes).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExplorerSession, waitForExplorer, type TestPage } from './explorer-harness.js';

const session = useExplorerSession();

const PUG = 'n02110958';
const CAT = 'n02121620';

async function open(hash: string): Promise<TestPage> {
  const testPage = await session.revisit();
  await testPage.page.goto(`${session.baseUrl}/${hash}`);
  await waitForExplorer(testPage.page);
  return testPage;
}

const hash = (page: Page) => page.evaluate(() => location.hash);

/** The explorer's tree's active row (its aria-activedescendant), or null. */
const activeRow = (page: Page) =>
  page.evaluate(() => {
    const tree = document.querySelector('synset-explorer')?.shadowRoot?.querySelector('synset-tree');
    return tree?.shadowRoot?.querySelector('[role=tree]')?.getAttribute('aria-activedescendant') ?? null;
  });

/** The focused element, through the shadow roots: its tag, classes, part, role and name. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return 'nothing';
    const part = active.getAttribute('part');
    const role = active.getAttribute('role');
    const name = active.getAttribute('aria-label') ?? active.textContent!.trim().replace(/\s+/g, ' ').slice(0, 40);
    const classes = active.className ? `.${String(active.className).split(' ').join('.')}` : '';
    return `${active.localName}${classes}${part ? `[part=${part}]` : ''}${role ? `[role=${role}]` : ''} “${name}”`;
  });
}

const compareButton = (page: Page) => page.locator('synset-card button[part=compare-button]');

describe('keyboard focus in the explorer', () => {
  test('“compare with…”: the prompt takes the focus, Escape returns it; a pick from the tree compares; closing returns to the button', async () => {
    const { page, errors } = await open(`#/${PUG}?in=1k`);
    await expect.poll(() => page.locator('synset-card h2').textContent()).toBe('pug');
    await compareButton(page).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^p\.compare-prompt\[role=status\] “Pick a second synset/);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('synset-explorer .compare-prompt').count()).toBe(0);
    expect(await focused(page)).toBe('button.text-button.compare-button[part=compare-button] “compare with…”');

    // Again, and the second synset from the tree: one Shift+Tab away, a row down, Enter.
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^p\.compare-prompt/);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focused(page)).toMatch(/\[role=tree\]/);
    // Enter picks the row the arrow made active: wait for it, as a person sees the row move before pressing.
    const before = await activeRow(page);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => activeRow(page)).not.toBe(before);
    expect(await activeRow(page)).toMatch(/\w/);
    await page.keyboard.press('Enter');
    await expect.poll(() => hash(page)).toMatch(new RegExp(`^#/${PUG}\\.\\.n\\d{8}\\?in=1k$`));
    await page.locator('synset-compare g.point.lca').waitFor();

    // The comparison comes next in the Tab order; its close button gives the focus back to the card's button.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button.close[part=close] “Close the comparison”');
    await page.keyboard.press('Enter');
    await expect.poll(() => hash(page)).toBe(`#/${PUG}?in=1k`);
    await expect.poll(() => page.locator('synset-compare').count()).toBe(0);
    expect(await focused(page)).toBe('button.text-button.compare-button[part=compare-button] “compare with…”');
    expect(errors).toEqual([]);
  });

  test('a comparison opened from a link: closing it puts the focus on the card', async () => {
    const { page, errors } = await open(`#/${PUG}..${CAT}?in=1k`);
    await expect.poll(() => page.locator('synset-compare g.point.lca text').textContent()).toBe('carnivore');
    await page.locator('synset-compare button[part=close]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => hash(page)).toBe(`#/${PUG}?in=1k`);
    expect(await focused(page)).toMatch(/^section\.card-column “/);
    // From there, Tab goes into the card.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button.text-button.compare-button[part=compare-button] “compare with…”');
    expect(errors).toEqual([]);
  });

  test('export menu: Download keeps the focus, Escape closes the menu back to its button, a Tab out closes it', async () => {
    const { page, errors } = await open(`#/${PUG}?in=imagenette`);
    const exportButton = page.locator('synset-export-menu [part=button]');
    const panel = page.locator('synset-export-menu [part=panel]');
    await exportButton.focus();
    await page.keyboard.press('Enter');
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Download' }).focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('imagenette-keras.json');
    await expect.poll(() => panel.locator('[part=status]').textContent()).toMatch(/^Downloaded 10 classes/);
    expect(await focused(page)).toBe('button.text-button.primary “Download”');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(await focused(page)).toBe('button.text-button[part=button] “Export ▾”');

    await page.keyboard.press('Enter');
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Copy' }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(await exportButton.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
  });
});
