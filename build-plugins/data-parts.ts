/**
 * Copies the synset data's parts (`data/generated/parts/`, built by `npm run build:data`) into
 * a build, as `data/generated/parts/<name>`. The index worker finds them at
 * `new URL('../data/generated/parts/', import.meta.url)` from its own URL, and the builds emit
 * the worker into `assets/`: so the parts go to the same place relative to the build's root
 * as they have in the repository, where the dev server serves them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export const DATA_PARTS_DIR = 'data/generated/parts';

export function copyDataParts(): Plugin {
  let root = process.cwd();
  return {
    name: 'synset:copy-data-parts',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle() {
      // The docs site's root is `docs/`: the parts are found in the nearest folder above that has them.
      const dir = findUp(root, DATA_PARTS_DIR);
      // Before the data is built in parts there is nothing to copy.
      if (!dir) return;
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isFile()) continue;
        this.emitFile({ type: 'asset', fileName: `${DATA_PARTS_DIR}/${entry.name}`, source: readFileSync(join(dir, entry.name)) });
      }
    },
  };
}

/** `path` under `from` or the nearest folder above it that has it. */
function findUp(from: string, path: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, path))) return join(dir, path);
    if (dirname(dir) === dir) return undefined;
  }
}
