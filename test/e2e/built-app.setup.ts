/**
 * Global setup of the end-to-end tests: one production build of the explorer, with the test
 * pages beside it (see built-app.ts). Its explorer page also loads
 * test/pages/expose-page-client.ts, which hands the tests the page's client; the explorer as
 * shipped has no such handle.
 *
 * It also starts the one `vite preview` of that build that `useExplorerSession()` serves every
 * file from, and makes on it, once, the first visit that files' later visits start from: all
 * the data fetched, built and stored in IndexedDB, in a Chromium profile that each file's
 * shared context (and each test that asks for a context of its own) starts a copy of. A
 * file's first later visit then costs no download and no build (the seeding cost about 2 s of
 * CPU in every file, and a first visit's wait in its first test). The profile is copied as
 * files rather than saved as a Playwright storage state: restoring the state's 18 MB of
 * IndexedDB took 5 to 9 s per context on this machine, copying the profile and starting
 * Chromium on it about 2 s. The storage is keyed by origin: hence one server.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { TestProject } from 'vitest/node';
import { launchPersistentChromium } from '../launch-chromium.js';
import { buildApp, repoRoot, startPreview } from './built-app.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the global setup built the explorer for the end-to-end tests. */
    e2eAppDir: string;
    /** The URL of the global setup's server of that build, no trailing slash. */
    e2eBaseUrl: string;
    /** A Chromium profile (a folder to copy, not to use) of a visit to that server that stored all the data. */
    e2eVisitedProfile: string;
  }
}

/** A first visit to `baseUrl` that preloads and stores all the data, in a Chromium profile at `dir`. */
async function saveVisitedProfile(baseUrl: string, dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  const context = await launchPersistentChromium(dir, { serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    // All the data, as the explorer's own preload after its first view would fetch it, kept.
    await page.evaluate(async () => {
      await window.synsetClient.preload();
      await window.synsetClient.persisted();
    });
    await page.close();
  } finally {
    // Closing the browser writes the profile out: only then is it copied.
    await context.close();
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
    const profileDir = join(repoRoot, 'build/e2e/visited-profile');
    await saveVisitedProfile(url, profileDir);
    project.provide('e2eBaseUrl', url);
    project.provide('e2eVisitedProfile', profileDir);
  } catch (error) {
    await server.close();
    throw error;
  }
  return () => server.close();
}
