import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './build-plugins/chromium.js';
import viteConfig from './vite.config.js';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            // Timeouts in every project are set for a loaded 2-core machine (two suites at once),
            // several times what a quiet one takes. Here the core's tests build real indexes, and
            // a file's hooks load the 10 MB bundle.
            testTimeout: 30_000,
            hookTimeout: 60_000,
            include: ['test/**/*.test.ts'],
            // test/package/ has its own run: npm run test:package (vitest.package.config.ts).
            exclude: [
              'test/**/*.browser.test.ts',
              'test/e2e/**',
              'test/embed/cross-origin.test.ts',
              'test/embed/docs.test.ts',
              'test/package/**',
            ],
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['test/**/*.browser.test.ts'],
            // Other builds of the data (a new deploy, a damaged one), written where the server serves them.
            globalSetup: ['test/worker/altered-parts.setup.ts'],
            // A worker test makes a real first visit (download, build, IndexedDB) in Chromium.
            testTimeout: 60_000,
            hookTimeout: 60_000,
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
              instances: [{ browser: 'chromium' }],
              // Another run on this machine (a second checkout, a watch session) may hold the
              // default port: take the next free one rather than fail.
              api: { port: 63315, strictPort: false },
            },
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['test/e2e/**/*.test.ts'],
            // A flow opens the dev server's page (its modules untransformed until first asked for)
            // and makes a first visit; axe runs over four states of the page in one test.
            testTimeout: 120_000,
            hookTimeout: 120_000,
            // expect.poll's default of 1 s is too short for a page on a loaded machine.
            expect: { poll: { timeout: 20_000 } },
            fileParallelism: false,
          },
        },
        {
          // Builds (the embed bundle, the docs site) served to Chromium: slow, one file at a time;
          // the fast manifest test runs in `unit`.
          extends: true,
          test: {
            name: 'embed',
            environment: 'node',
            include: ['test/embed/**/*.test.ts'],
            exclude: ['test/embed/manifest.test.ts'],
            testTimeout: 120_000,
            hookTimeout: 240_000,
            fileParallelism: false,
          },
        },
      ],
    },
  }),
);
