/**
 * What the embed tests share: the builds they test (run here, into `build/`, so a developer's
 * `dist/` is left alone), Debian's Chromium through playwright-core, pages that record what
 * went wrong in them, the checks that the elements really rendered, and screenshots (when asked for).
 */
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Browser, type Locator, type Page } from 'playwright-core';
import { launchChromium } from '../launch-chromium.js';
import { screenshot as takeScreenshot } from '../screenshots.js';

export { launchChromium };

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

const run = promisify(execFile);

/**
 * The builds run as `npm run build` and `npm run docs` do, with NODE_ENV production: Vitest sets
 * it to `test`, and a child that inherits that resolves Lit's development build (15 KB more, and
 * "Lit is in dev mode" in every page): the byte budgets would measure what does not ship.
 */
const productionEnv = { ...process.env, NODE_ENV: 'production' };

/** `npx vite build --config vite.lib.config.ts` into `outDir`: the embed bundle under test. */
export async function buildEmbed(outDir: string): Promise<void> {
  await run('npx', ['vite', 'build', '--config', 'vite.lib.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: repoRoot,
    env: productionEnv,
  });
}

/** `npx vitepress build docs` into `outDir`. */
export async function buildDocs(outDir: string): Promise<void> {
  await run('npx', ['vitepress', 'build', 'docs', '--outDir', outDir], { cwd: repoRoot, env: productionEnv });
}

export interface RecordingPage {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** URLs of the workers the page started. */
  workers: string[];
  close(): Promise<void>;
}

/** A page in a fresh context (so an empty IndexedDB) that records errors and workers. */
export async function openPage(browser: Browser): Promise<RecordingPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  const workers: string[] = [];
  page.on('console', (message) => {
    // Browsers ask for /favicon.ico on their own; the test pages have none.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  page.on('worker', (worker) => workers.push(worker.url()));
  return { page, errors, workers, close: () => context.close() };
}

/** Time for a first visit: download 2.9 MB, build the index, render (slow on a busy machine). */
const RENDER_TIMEOUT_MS = 60_000;

/** Waits until the label's shadow text is `text` (it shows the id until the lookup answers). */
export async function expectLabelText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([selector, text]) => document.querySelector(selector)?.shadowRoot?.querySelector('[part~="label"]')?.textContent?.trim() === text,
    [selector, text] as const,
    { timeout: RENDER_TIMEOUT_MS },
  );
}

/** Waits for the tree's rows and returns their labels (Playwright's CSS pierces shadow roots). */
export async function treeRowLabels(page: Page, selector: string): Promise<string[]> {
  const rows = page.locator(`${selector} [role="treeitem"]`);
  await rows.first().waitFor({ timeout: RENDER_TIMEOUT_MS });
  return rows.evaluateAll((items) => items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
}

/** Waits until the card's shadow DOM shows `text`. */
export async function expectCardText(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).getByText(text, { exact: false }).first().waitFor({ timeout: RENDER_TIMEOUT_MS });
}

/** A screenshot as ../screenshots.ts takes it (when asked for), of a page whole: docs pages are taller than the viewport. */
export function screenshot(target: Page | Locator, name: string): Promise<void> {
  return takeScreenshot(target, name, { fullPage: true });
}
