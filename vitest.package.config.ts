import { defineConfig } from 'vitest/config';

/**
 * `npm run test:package`: the packed tarball installed into an empty project (test/package/).
 * Its own run, not a project of `npm test`: packing builds the library (a minute on a loaded
 * 2-core machine), more than the suite's time goal can spare.
 */
export default defineConfig({
  test: {
    name: 'package',
    environment: 'node',
    include: ['test/package/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
