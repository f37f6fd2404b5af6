/**
 * What the end-to-end tests share: the Vite dev server serving the repository (optionally with
 * `Content-Security-Policy: default-src 'self'` on every response), Debian's Chromium through
 * playwright-core, pages that record console errors and CSP violations, and screenshots.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../build-plugins/chromium.js';

export { launchChromium };

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const screenshotDir = join(repoRoot, 'test-results/screenshots');
export const CSP = "default-src 'self'";

/** Adds the CSP header to every response, the page's and the worker's alike. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'test-content-security-policy',
    configureServer(server) {
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', CSP);
        next();
      });
    },
  };
}

export async function startServer(options: { csp?: boolean } = {}): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    root: repoRoot,
    configFile: join(repoRoot, 'vite.config.ts'),
    server: { port: 0, strictPort: false },
    plugins: options.csp ? [contentSecurityPolicy()] : [],
    logLevel: 'error',
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the dev server has no local URL');
  return { server, url: url.replace(/\/$/, '') };
}

/** A page in a fresh context (so an empty IndexedDB), recording what went wrong in it. */
export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export async function openPage(browser: Browser, options: { dark?: boolean; width?: number; height?: number } = {}): Promise<TestPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    colorScheme: options.dark ? 'dark' : 'light',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
  return { page, context, errors };
}

/** Waits until the explorer's tree shows rows: the index is loaded and the app is up. */
export async function waitForExplorer(page: Page): Promise<void> {
  // The first page a file opens waits for the dev server to transform the app's modules.
  await page.locator('synset-tree [role=treeitem]').first().waitFor({ timeout: 60_000 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The `synset-index-ready` mark's source, once the client has set it. */
export async function indexSource(page: Page): Promise<string> {
  const handle = await page.waitForFunction(() => {
    const [mark] = performance.getEntriesByName('synset-index-ready') as PerformanceMark[];
    return (mark?.detail as { source?: string } | undefined)?.source;
  });
  return (await handle.jsonValue()) as string;
}

/**
 * The dev server and Chromium for one test file, started before its tests; every page opened
 * through `open` is closed after them, then the browser and the server.
 */
export function useExplorerSession() {
  let server: ViteDevServer | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';
  const opened: TestPage[] = [];
  beforeAll(async () => {
    ({ server, url: baseUrl } = await startServer());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(opened.map(({ context }) => context.close()));
    await browser?.close();
    await server?.close();
  });
  return {
    /** The server's URL, no trailing slash (set once the file's tests start). */
    get baseUrl(): string {
      return baseUrl;
    },
    /** A page in a fresh context, closed after the file's tests. */
    async open(options?: Parameters<typeof openPage>[1]): Promise<TestPage> {
      const page = await openPage(browser!, options);
      opened.push(page);
      return page;
    },
  };
}
