/**
 * Screenshots of the end-to-end and embed runs: pictures for people to look at, which no test
 * asserts on. Chromium encodes each as a PNG of the whole viewport (or page), so they are taken
 * only when asked for: `SCREENSHOTS=1` (`npm run test:screenshots`), into
 * test-results/screenshots/. Without it, `screenshot()` does nothing and the test goes on.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';

export const screenshotDir = join(dirname(fileURLToPath(import.meta.url)), '../test-results/screenshots');

/** Whether this run writes screenshots. */
export const screenshotsWanted = process.env.SCREENSHOTS === '1';

/**
 * `target` (a page's viewport, the whole page with `fullPage`, or one element) as
 * test-results/screenshots/`name`.png, when screenshots are wanted.
 */
export async function screenshot(target: Page | Locator, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!screenshotsWanted) return;
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  if ('goto' in target) await target.screenshot({ path, fullPage: options.fullPage ?? false });
  else await target.screenshot({ path });
}
