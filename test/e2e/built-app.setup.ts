/**
 * Global setup of the end-to-end tests: one production build of the explorer, with the test
 * pages beside it, that every test file serves with its own `vite preview` (see built-app.ts).
 * Its explorer page also loads test/pages/expose-page-client.ts, which hands the tests the
 * page's client; the explorer as shipped has no such handle.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildApp, repoRoot } from './built-app.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the global setup built the explorer for the end-to-end tests. */
    e2eAppDir: string;
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

export default async function setup(project: TestProject): Promise<void> {
  const outDir = join(repoRoot, 'build/e2e/app');
  await buildApp(outDir, {
    plugins: [exposePageClient()],
    pages: { labels: join(repoRoot, 'test/pages/labels.html'), column: join(repoRoot, 'test/pages/column.html') },
  });
  project.provide('e2eAppDir', outDir);
}
