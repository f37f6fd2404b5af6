/**
 * What the end-to-end tests share: the explorer's production build (made once by the global
 * setup, built-app.setup.ts) served by `vite preview` (optionally with
 * `Content-Security-Policy: default-src 'self'` on every response, the page's and the worker's
 * alike), Debian's Chromium through playwright-core, pages that record console errors and CSP
 * violations, and screenshots (when asked for: ../screenshots.ts).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchChromium, launchPersistentChromium } from '../launch-chromium.js';
import { screenshot } from '../screenshots.js';
import { repoRoot, startPreview, type Preview } from './built-app.js';

export { launchChromium, repoRoot, screenshot };

export const CSP = "default-src 'self'";

/** The global setup's build of the explorer (and the test pages), served on a free port. */
export function startServer(options: { csp?: boolean } = {}): Promise<Preview> {
  return startPreview(inject('e2eAppDir'), options.csp ? { 'Content-Security-Policy': CSP } : {});
}

/** A page in a fresh context (so an empty IndexedDB), recording what went wrong in it. */
export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

const DEFAULT_VIEWPORT = { width: 1440, height: 900 };

export interface PageOptions {
  dark?: boolean;
  width?: number;
  height?: number;
  /**
   * The build registers a service worker; only the offline tests let it run. Elsewhere it would
   * stand between the page and the network (and the tests' routes) from the first reload on.
   */
  serviceWorkers?: 'allow' | 'block';
}

export async function openPage(browser: Browser, options: PageOptions = {}): Promise<TestPage> {
  const context = await browser.newContext(contextOptions(options));
  await recordCspViolations(context);
  const page = await context.newPage();
  return { page, context, errors: recordErrors(page) };
}

/** The options every test context is made with, `openPage`'s and the visited profile's alike. */
function contextOptions(options: PageOptions): BrowserContextOptions {
  return {
    viewport: { width: options.width ?? DEFAULT_VIEWPORT.width, height: options.height ?? DEFAULT_VIEWPORT.height },
    colorScheme: options.dark ? 'dark' : 'light',
    deviceScaleFactor: 1,
    serviceWorkers: options.serviceWorkers ?? 'block',
  };
}

/** Collects the Content-Security-Policy violations of every page of `context` in `window.cspViolations`. */
async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
}

/** A context holding what one first visit stored, and how to end it. */
interface VisitedContext {
  context: BrowserContext;
  /** Closes its Chromium and deletes its copy of the profile. */
  close(): Promise<void>;
}

/**
 * A Chromium of its own on a copy of the global setup's profile (built-app.setup.ts), whose
 * IndexedDB holds what one first visit stored.
 */
async function visitedContext(options: PageOptions): Promise<VisitedContext> {
  const dir = mkdtempSync(join(tmpdir(), 'synset-e2e-profile-'));
  cpSync(inject('e2eVisitedProfile'), dir, { recursive: true });
  const context = await launchPersistentChromium(dir, contextOptions(options));
  await recordCspViolations(context);
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Console errors and uncaught exceptions of `page`, as they come. */
function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return errors;
}

/** Waits until the explorer's tree shows rows: the index is loaded and the app is up. */
export async function waitForExplorer(page: Page): Promise<void> {
  // A first visit on a loaded machine: download, build, render.
  await page.locator('synset-tree [role=treeitem]').first().waitFor({ timeout: 60_000 });
}

/** The `synset-index-ready` mark's source, once the client has set it. */
export async function indexSource(page: Page): Promise<string> {
  const handle = await page.waitForFunction(() => {
    const [mark] = performance.getEntriesByName('synset-index-ready') as PerformanceMark[];
    return (mark?.detail as { source?: string } | undefined)?.source;
  });
  return (await handle.jsonValue()) as string;
}

export interface RevisitOptions {
  /**
   * A context of its own, starting from a copy of the stored data: a later visit for a test that
   * changes stored state (a custom list), which the file's other tests must not see. It costs a
   * copy of the profile and a Chromium of its own (about 2 s).
   */
  alone?: boolean;
}

/**
 * Chromium for one test file, started before its tests, and the global setup's server of the
 * build; every page opened through the session is closed when its test ends, the browser after
 * them all.
 *
 * `open` gives a page in a context of its own: an empty IndexedDB, so a first visit.
 * `revisit` gives a page in the file's shared context, whose IndexedDB holds what one first
 * visit stored (made once for all files by the global setup, built-app.setup.ts, in a Chromium
 * profile the context starts a copy of): the page starts as a later visit would, at a fraction of the first visit's work
 * (on this machine about 0.3 s of CPU against 1.9 s). Tests whose subject is not the first visit
 * use it; what they leave in the shared storage (a custom list, the names toggle) the file's
 * next tests see, so a test that changes stored state asks for a context of its own
 * (`revisit({ alone: true })`, from a copy of the same data) or makes a first visit (`open`).
 */
export function useExplorerSession() {
  let browser: Browser | undefined;
  const baseUrl = inject('e2eBaseUrl');
  /** What the running test opened: closed when it ends, so no page works on in the background. */
  const openedByTest: { close(): Promise<void> }[] = [];
  let shared: Promise<VisitedContext> | undefined;

  /** The shared context, holding the data a first visit stored. */
  async function sharedContext(): Promise<BrowserContext> {
    shared ??= visitedContext({});
    return (await shared).context;
  }

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(openedByTest.splice(0).map((opened) => opened.close()));
  });
  afterAll(async () => {
    await (await shared)?.close();
    await browser?.close();
  });
  return {
    /** The server's URL, no trailing slash. */
    get baseUrl(): string {
      return baseUrl;
    },
    /** A page in a fresh context, closed when the test ends. */
    async open(options?: PageOptions): Promise<TestPage> {
      const page = await openPage(browser!, options);
      openedByTest.push(page.context);
      return page;
    },
    /** A page in the file's shared context, where the data is already stored (see above); closed when the test ends. */
    async revisit(options: Omit<PageOptions, 'serviceWorkers'> & RevisitOptions = {}): Promise<TestPage> {
      if (options.alone) {
        const visited = await visitedContext(options);
        openedByTest.push(visited);
        const page = visited.context.pages()[0] ?? (await visited.context.newPage());
        return { page, context: visited.context, errors: recordErrors(page) };
      }
      const context = await sharedContext();
      const page = await context.newPage();
      openedByTest.push(page);
      await page.setViewportSize({ width: options.width ?? DEFAULT_VIEWPORT.width, height: options.height ?? DEFAULT_VIEWPORT.height });
      await page.emulateMedia({ colorScheme: options.dark ? 'dark' : 'light' });
      return { page, context, errors: recordErrors(page) };
    },
  };
}
