/**
 * Global setup of the browser tests: other builds of the data, written where the test server
 * serves them (`/test-results/…/parts.json`), as a deploy of a new build would be.
 * - `altered-parts/`: the built data with dog.n.01's gloss rewritten: one gloss part differs.
 * - `wrong-parts/`: the built manifest, but its structure file, and the structure's place in the
 *   tree's joined file, hold other content.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PartsManifest } from '../../src/core/data-parts.js';
import { loadBundle } from '../../src/node/load-bundle.js';
import { findProjectRoot } from '../../src/node/project-root.js';
import { writeParts } from '../../data/write-parts.js';
import { ALTERED_DOG_GLOSS } from './bundles.js';

export default async function setup(): Promise<void> {
  const root = findProjectRoot();
  const bundle = loadBundle();
  const glossText = bundle.glossText.replace(/^a member of the genus Canis[^\n]*$/m, ALTERED_DOG_GLOSS);
  if (glossText === bundle.glossText) throw new Error("the built bundle lacks dog.n.01's gloss");
  await writeParts({ ...bundle, glossText }, join(root, 'test-results/altered-parts'), { gzip: 1 });

  const builtDir = join(root, 'data/generated/parts');
  const wrongDir = join(root, 'test-results/wrong-parts');
  const built = await writeParts(bundle, wrongDir, { gzip: 1 });
  const manifest = JSON.parse(readFileSync(join(builtDir, 'parts.json'), 'utf8')) as PartsManifest;
  if (manifest.structure.file !== built.structure.file) throw new Error('the built parts are stale: run npm run build:data');
  copyFileSync(join(wrongDir, built.glosses[0]!.file), join(wrongDir, built.structure.file));
  // The tree's joined file holds other content in the structure's place too (as long, so the
  // names after it stay whole).
  const joined = readFileSync(join(wrongDir, built.tree!.file));
  joined.fill(0x55, 0, built.structure.gzipBytes);
  writeFileSync(join(wrongDir, built.tree!.file), joined);
}
