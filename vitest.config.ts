import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig, { chromiumArgs } from './vite.config.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
            // Generous for a loaded 2-core machine: the core's tests build real indexes.
            testTimeout: 30_000,
            include: ['test/**/*.test.ts'],
            exclude: ['test/**/*.browser.test.ts', 'test/e2e/**', 'test/embed/cross-origin.test.ts', 'test/embed/docs.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['test/**/*.browser.test.ts'],
            // Other builds of the data (a new deploy, a damaged one), written where the server serves them.
            globalSetup: ['test/workers/altered-parts.setup.ts'],
            testTimeout: 30_000,
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
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
            testTimeout: 60_000,
            hookTimeout: 60_000,
            fileParallelism: false,
          },
        },
        {
          // Builds (the embed bundle, the docs site) served to Chromium: slow, one file at a time.
          // Builds and browsers, one file at a time; the fast manifest test runs in `unit`.
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
