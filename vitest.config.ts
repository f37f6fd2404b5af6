import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './test/launch-chromium.js';
import viteConfig from './vite.config.js';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Vitest's default is one worker fewer than the cores: one on this 2-core machine. The
      // end-to-end files and the browser files mostly wait on Chromium, so two of each overlap.
      maxWorkers: 2,
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
            // One module graph per worker, not per file: the files share the loaded bundle
            // instead of each loading 10 MB again (51 s to 17 s for the project). A file must
            // not count on state other files leave alone (the registered label sets, say).
            isolate: false,
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
            // Each file in a frame of its own (Vitest's default). Sharing one per worker
            // (`isolate: false`) took 187 to 169 s of CPU off the project, but in a whole suite
            // <synset-label>'s first tooltip then waited past its 10 s once, in a file that passes
            // alone: not kept until that is understood.
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
            // One production build of the explorer for every file (built-app.setup.ts).
            globalSetup: ['test/e2e/built-app.setup.ts'],
            // A flow makes a first visit; axe runs over four states of the page in one test.
            testTimeout: 120_000,
            hookTimeout: 120_000,
            // expect.poll's default of 1 s is too short for a page on a loaded machine.
            expect: { poll: { timeout: 20_000 } },
          },
        },
        {
          // Builds (the embed bundle, the docs site) served to Chromium; the fast manifest test
          // runs in `unit`.
          extends: true,
          test: {
            name: 'embed',
            environment: 'node',
            include: ['test/embed/**/*.test.ts'],
            exclude: ['test/embed/manifest.test.ts'],
            testTimeout: 120_000,
            hookTimeout: 240_000,
          },
        },
      ],
    },
  }),
);
