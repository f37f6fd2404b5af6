/**
 * Global setup of the end-to-end tests: one production build of the explorer, with the test
 * pages beside it (see built-app.ts). Its explorer page also loads
 * test/pages/expose-page-client.ts, which hands the tests the page's client; the explorer as
 * shipped has no such handle.
 *
 * It also starts the one `vite preview` of that build that `useExplorerSession()` serves every
 * file from, and makes on it, once, the first visit that files' later visits start from: all
 * the data fetched, built and stored in IndexedDB, saved as a storage state (IndexedDB
 * included) that each file's shared context is made with. A file's first later visit then
 * costs no download and no build (the seeding cost about 2 s of CPU in every file, and a
 * first visit's wait in its first test). The storage is keyed by origin: hence one server.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { TestProject } from 'vitest/node';
import { launchChromium } from '../launch-chromium.js';
import { buildApp, repoRoot, startPreview } from './built-app.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the global setup built the explorer for the end-to-end tests. */
    e2eAppDir: string;
    /** The URL of the global setup's server of that build, no trailing slash. */
    e2eBaseUrl: string;
    /** A Playwright storage state (IndexedDB included) of a visit to that server that stored all the data. */
    e2eVisitedState: string;
  }
}

/** A first visit to `baseUrl` that preloads and stores all the data, saved as a storage state at `path`. */
async function saveVisitedState(baseUrl: string, path: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    // All the data, as the explorer's own preload after its first view would fetch it, kept.
    await page.evaluate(async () => {
      await window.synsetClient.preload();
      await window.synsetClient.persisted();
    });
    await page.close();
    await context.storageState({ path, indexedDB: true });
  } finally {
    await browser.close();
  }
}

/** Adds expose-page-client.ts to the explorer's page (`index.html`), before Vite bundles it. */
function exposePageClient(): Plugin {
  return {
    name: 'test-expose-page-client',
    transformIndexHtml: {
      order: 'pre',
      handler(html, { filename }) {
        if (filename !== join(repoRoot, 'index.html')) return html;
        return html.replace('</head>', '  <script type="module" src="/test/pages/expose-page-client.ts"></script>\n  </head>');
      },
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = join(repoRoot, 'build/e2e/app');
  await buildApp(outDir, {
    plugins: [exposePageClient()],
    pages: { labels: join(repoRoot, 'test/pages/labels.html'), column: join(repoRoot, 'test/pages/column.html') },
  });
  project.provide('e2eAppDir', outDir);
  const { server, url } = await startPreview(outDir);
  try {
    const statePath = join(repoRoot, 'build/e2e/visited-state.json');
    mkdirSync(join(repoRoot, 'build/e2e'), { recursive: true });
    await saveVisitedState(url, statePath);
    project.provide('e2eBaseUrl', url);
    project.provide('e2eVisitedState', statePath);
  } catch (error) {
    await server.close();
    throw error;
  }
  return () => server.close();
}
