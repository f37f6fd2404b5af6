import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BundleFormatError,
  lazyBundle,
  openBundleSections,
  openSections,
  type StartTables,
  type SynsetBundle,
} from '../core/bundle-format.js';
import { readStartTables, START_TABLES_MAGIC, START_TABLES_VERSION } from '../core/start-tables.js';
import { SynsetIndex } from '../core/synset-index.js';
import { fileRange } from './file-range.js';
import { readPartsBundle } from './parts-bundle.js';
import { findProjectRoot } from './project-root.js';

/** The start tables' file beside the bundle (see `src/core/start-tables.ts`), which `npm run build:data` writes. */
export const START_TABLES_FILE = 'synsets.starts.bin';

/**
 * Where Node reads the data, first found of:
 *
 * - `data/generated/synsets.bin`, the uncompressed bundle a checkout's `npm install` writes (a
 *   10 MB read takes a few ms);
 * - `data/generated/parts/parts.json`, the browser's parts in a checkout;
 * - `dist/data/generated/parts/parts.json`, the parts the published package ships (once, for the
 *   embed's worker and for Node): un-gzipping and joining them adds tens of ms to a start.
 *
 * When none is there, the bundle's path, for the message that says to build it.
 */
export function bundlePath(root = findProjectRoot()): string {
  const bundle = join(root, 'data/generated/synsets.bin');
  const candidates = [bundle, join(root, 'data/generated/parts/parts.json'), join(root, 'dist/data/generated/parts/parts.json')];
  return candidates.find((path) => existsSync(path)) ?? bundle;
}

/**
 * Opens a data bundle or, given a `parts.json`, joins its parts; a clear error when it is
 * missing. A bundle's sections are read from the file as they are first used (see
 * {@link lazyBundle}), with the start tables beside it when they were made from it.
 */
export function loadBundle(path = bundlePath()): SynsetBundle {
  if (!existsSync(path)) throw new Error(`no data bundle at ${path}: run 'npm install' (or 'npm run build:data') first`);
  if (path.endsWith('.json')) return readPartsBundle(path);
  const file = fileRange(path);
  const bundle: SynsetBundle = lazyBundle(
    openBundleSections(file.size, file.range),
    startTablesBeside(path, () => bundle),
  );
  return bundle;
}

/**
 * The start tables beside a bundle, when `manifest.json` there names the bundle they were made
 * from; undefined (the index finds the boundaries itself) when they are missing, stale or damaged.
 */
function startTablesBeside(bundlePath: string, bundle: () => SynsetBundle): StartTables | undefined {
  const folder = join(bundlePath, '..');
  const tablesPath = join(folder, START_TABLES_FILE);
  const manifestPath = join(folder, 'manifest.json');
  if (!existsSync(tablesPath) || !existsSync(manifestPath)) return undefined;
  try {
    const { hash } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { hash?: unknown };
    if (typeof hash !== 'string') return undefined;
    const file = fileRange(tablesPath);
    return readStartTables(openSections(file.size, file.range, START_TABLES_MAGIC, START_TABLES_VERSION, 'start tables'), hash, bundle);
  } catch (error) {
    if (error instanceof BundleFormatError || error instanceof SyntaxError) return undefined;
    throw error;
  }
}

let shared: SynsetIndex | undefined;

/** The index over the generated bundle, built once per process (`fresh`: build another). */
export function loadIndex(options: { fresh?: boolean } = {}): SynsetIndex {
  if (options.fresh) return new SynsetIndex(loadBundle());
  return (shared ??= new SynsetIndex(loadBundle()));
}
