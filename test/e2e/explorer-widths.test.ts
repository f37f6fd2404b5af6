/**
 * The explorer at every width a person may give it: phones from 320 px to a 1440 px desktop,
 * and a 600 px column of a page, as the docs site embeds it (test/pages/column.html). No width
 * scrolls sideways and every control is on screen, also while "Forget this list?" waits for an
 * answer; on a phone the search's hint and the label space's name show whole. Screenshots at
 * 390, 820, 1024 and 1440 px, light and dark, and of the column, in test-results/screenshots/.
 * axe runs once per width, and once on the column: each width in one scheme, each scheme at a
 * phone's width and a desktop's (an axe run costs seconds of CPU; the same state in the other
 * scheme adds only its colours, which the other widths' runs in that scheme check).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, logViolations, type AxeViolation } from './axe.js';
import { screenshot, useExplorerSession, waitForExplorer, type TestPage } from './explorer-harness.js';

const session = useExplorerSession();

/** From the smallest phone up, and around the widths where the top bar used to overflow (800–1150). */
const WIDTHS = [320, 360, 390, 480, 600, 768, 800, 801, 820, 900, 1024, 1100, 1150, 1280, 1440];
const SCREENSHOT_WIDTHS = [390, 820, 1024, 1440];
/** The widths axe checks in each scheme: between them every screenshot width, a phone and a desktop in each. */
const AXE_WIDTHS = { light: [390, 1024], dark: [820, 1440] };

/** The explorer at `path`, as a later visit; `alone: true` for a context of its own (a test that stores a list). */
async function openAt(path: string, options: { width?: number; dark?: boolean; alone?: boolean } = {}): Promise<TestPage> {
  const testPage = await session.revisit(options);
  await testPage.page.goto(`${session.baseUrl}/${path}`);
  await waitForExplorer(testPage.page);
  return testPage;
}

/** The dog's row, card and sunburst are drawn: the page has all it shows. */
async function waitForDog(page: Page): Promise<void> {
  const selectedRow = page.locator('synset-tree [role=treeitem][aria-selected=true] .lemma').first();
  await expect.poll(() => selectedRow.textContent(), { timeout: 30_000 }).toBe('dog');
  await expect.poll(() => page.locator('synset-card h2').textContent()).toBe('dog');
  await expect.poll(() => page.locator('synset-sunburst .centre-label').textContent()).toBe('dog');
}

async function resize(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  // The resize's layout, then the frame after it (the tree measures itself with a ResizeObserver).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

interface WidthReport {
  /** How far the page scrolls sideways, px. */
  pageOverflow: number;
  /** How far the explorer's own box scrolls sideways, px. */
  explorerOverflow: number;
  /** Controls drawn outside `[left, right]` (the viewport, or the column), with where they are. */
  outside: string[];
}

/**
 * Every control drawn on the page (through the shadow roots), checked against the horizontal
 * span `within` gives (a selector; the viewport when none).
 */
function widthReport(page: Page, within?: string): Promise<WidthReport> {
  return page.evaluate((within) => {
    const span = within ? document.querySelector(within)!.getBoundingClientRect() : { left: 0, right: innerWidth };
    const controls: Element[] = [];
    const walk = (root: Document | ShadowRoot): void => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) walk(element.shadowRoot);
        if (element.matches('button, select, input, textarea, a[href], [tabindex]')) controls.push(element);
      }
    };
    walk(document);
    const outside = controls.flatMap((control) => {
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return [];
      if (box.left >= span.left - 0.5 && box.right <= span.right + 0.5) return [];
      const name = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      return [`${control.localName} “${name}” at ${Math.round(box.left)}–${Math.round(box.right)}`];
    });
    const explorer = document.querySelector('synset-explorer')!;
    return {
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      explorerOverflow: explorer.scrollWidth - explorer.clientWidth,
      outside,
    };
  }, within);
}

interface TextFit {
  /** The hint and the room the search box gives it, px. */
  placeholder: { text: string; needed: number; room: number };
  /** Each picker select: the width its chosen option needs, and the width it has. */
  selects: { text: string; needed: number; has: number }[];
}

/** Whether the search's hint and the picker's chosen options show whole. */
function textFit(page: Page): Promise<TextFit> {
  return page.evaluate(() => {
    const explorer = document.querySelector('synset-explorer')!.shadowRoot!;
    const input = explorer.querySelector('synset-search')!.shadowRoot!.querySelector('input')!;
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const placeholder = {
      text: input.placeholder,
      needed: context.measureText(input.placeholder).width,
      room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
    };
    // A select's width for one option is that of a copy holding only it, at its own size.
    const picker = explorer.querySelector('synset-space-picker')!.shadowRoot!;
    const selects = [...picker.querySelectorAll('select')].map((select) => {
      const option = select.selectedOptions[0]!;
      const copy = select.cloneNode(false) as HTMLSelectElement;
      copy.append(option.cloneNode(true));
      copy.style.cssText = 'position: absolute; visibility: hidden; width: auto; max-width: none; min-width: 0; flex: none';
      select.after(copy);
      const needed = copy.getBoundingClientRect().width;
      copy.remove();
      return { text: option.textContent!.trim(), needed, has: select.getBoundingClientRect().width };
    });
    return { placeholder, selects };
  });
}

describe('the explorer at every width', () => {
  // One page for every width and both schemes: the same state, resized, then recoloured (a
  // page load per scheme and per test cost seconds; the column's tests load in the dark scheme).
  test(`320 to 1440 px: nothing scrolls sideways and every control is on screen; the dog at ${SCREENSHOT_WIDTHS.join(', ')} px light and dark, no axe violation at ${AXE_WIDTHS.light.join(' and ')} px light, ${AXE_WIDTHS.dark.join(' and ')} px dark`, async () => {
    const { page, errors } = await openAt('#/n02084071');
    await waitForDog(page);
    const reports: Record<number, WidthReport> = {};
    const found: Record<string, AxeViolation[]> = {};
    for (const width of WIDTHS) {
      await resize(page, width);
      reports[width] = await widthReport(page);
      if (SCREENSHOT_WIDTHS.includes(width)) await screenshot(page, `widths-${width}-light`);
      if (AXE_WIDTHS.light.includes(width)) found[`${width} px, light`] = await axeViolations(page);
    }
    const clean = { pageOverflow: 0, explorerOverflow: 0, outside: [] };
    expect(reports).toEqual(Object.fromEntries(WIDTHS.map((width) => [width, clean])));

    await page.emulateMedia({ colorScheme: 'dark' });
    for (const width of SCREENSHOT_WIDTHS) {
      await resize(page, width);
      await screenshot(page, `widths-${width}-dark`);
      if (AXE_WIDTHS.dark.includes(width)) found[`${width} px, dark`] = await axeViolations(page);
    }
    logViolations(found);
    const axeRuns = [...AXE_WIDTHS.light.map((width) => `${width} px, light`), ...AXE_WIDTHS.dark.map((width) => `${width} px, dark`)];
    expect(found).toEqual(Object.fromEntries(axeRuns.map((where) => [where, []])));
    expect(errors).toEqual([]);
  });

  test('on a phone the search hint and the label space show whole (360 px and up)', async () => {
    const { page, errors } = await openAt('#/n02084071', { width: 390 });
    await waitForDog(page);
    for (const [width, hash] of [
      [360, '#/n02084071'],
      [390, '#/n02084071'],
      [390, '#/n02084071?in=imagenet-r'],
    ] as const) {
      await page.evaluate((hash) => (location.hash = hash), hash);
      await expect
        .poll(() => page.locator('synset-space-picker select[part=space]').inputValue())
        .toBe(hash.includes('in=') ? 'imagenet-r' : '21k');
      await resize(page, width);
      const fit = await textFit(page);
      expect(fit.placeholder.needed, `${width} px, ${hash}: “${fit.placeholder.text}”`).toBeLessThanOrEqual(fit.placeholder.room);
      for (const select of fit.selects)
        expect(select.needed, `${width} px, ${hash}: “${select.text}”`).toBeLessThanOrEqual(select.has + 0.5);
    }
    expect(errors).toEqual([]);
  });

  test('while “Forget this list?” is open, every control stays on screen', async () => {
    const { page, errors } = await openAt('#/n02084071', { alone: true });
    await page.locator('synset-space-picker select[part=space]').selectOption('#your-list');
    const dialog = page.locator('synset-list-dialog dialog');
    await dialog.locator('textarea').fill('n01440764\ndog.n.01\n207\n');
    await dialog.locator('input[name=description]').fill('fish and two dogs, for the widths test');
    await dialog.getByRole('button', { name: 'Use this list' }).click();
    // A list with no bad line is used at once, and the dialog closes.
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.locator('synset-space-picker').getByRole('button', { name: 'Forget list' }).click();
    await page.locator('synset-space-picker [part=forget]').getByRole('button', { name: 'Keep' }).waitFor();
    const reports: Record<number, WidthReport> = {};
    for (const width of [320, 390, 820, 1024, 1280, 1440]) {
      await resize(page, width);
      reports[width] = await widthReport(page);
      if (width === 1280) await screenshot(page, 'widths-forget-confirm-1280');
    }
    const clean = { pageOverflow: 0, explorerOverflow: 0, outside: [] };
    expect(reports).toEqual({ 320: clean, 390: clean, 820: clean, 1024: clean, 1280: clean, 1440: clean });
    expect(errors).toEqual([]);
  });
});

describe('the explorer in a 600 px column', () => {
  for (const dark of [false, true]) {
    const scheme = dark ? 'dark' : 'light';
    test(`${scheme}: it keeps to the column, one pane under the other, the card as wide as the column`, async () => {
      const { page, errors } = await openAt('test/pages/column.html#/n02084071', { dark });
      await waitForDog(page);
      expect(await widthReport(page, 'main')).toEqual({ pageOverflow: 0, explorerOverflow: 0, outside: [] });
      const boxes = await page.evaluate(() => {
        const explorer = document.querySelector('synset-explorer')!;
        const box = (selector: string) => explorer.shadowRoot!.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
        return {
          explorer: explorer.getBoundingClientRect().toJSON() as DOMRect,
          card: box('synset-card'),
          sunburst: box('synset-sunburst'),
        };
      });
      expect(boxes.explorer.width).toBe(600);
      // The card takes the pane's width (less its padding), and the sunburst comes below it.
      expect(boxes.card.width).toBeGreaterThan(500);
      expect(boxes.sunburst.top).toBeGreaterThanOrEqual(boxes.card.bottom);
      await screenshot(page, `widths-column-600-${scheme}`);
      // The page has its main landmark: the explorer in it adds none. Once: the column's
      // colours are the explorer's, which the runs at every width check in both schemes.
      if (!dark) {
        const found = { [`column, ${scheme}`]: await axeViolations(page) };
        logViolations(found);
        expect(found).toEqual({ [`column, ${scheme}`]: [] });
      }
      expect(errors).toEqual([]);
    });
  }
});
