import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let ours: string | undefined;

/**
 * The checkout's root: the nearest folder above this module whose package.json is ours. The
 * same code runs from `src/` (tests) and from `build/node/src/` (the CLI), so it walks up; from
 * this module, once per process (a CLI command asks several times).
 */
export function findProjectRoot(from?: string): string {
  if (from === undefined) return (ours ??= walkUp(dirname(fileURLToPath(import.meta.url))));
  return walkUp(from);
}

function walkUp(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'synset-explorer') {
      return dir;
    }
    if (dirname(dir) === dir) throw new Error('cannot find the synset-explorer folder above ' + from);
  }
}
