import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import {
  BundleFormatError,
  encodeBundle,
  lazyBundle,
  openBundleSections,
  openSections,
  type StartTables,
  type SynsetBundle,
} from '../core/bundle-format.js';
import { encodeStartTables, readStartTables, START_TABLES_MAGIC, START_TABLES_VERSION } from '../core/start-tables.js';
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
  if (path.endsWith('.json')) {
    const cached = cachedBundlePath(path);
    if (cached && existsSync(cached)) {
      try {
        return loadBundle(cached);
      } catch (error) {
        // A damaged kept bundle: the parts answer, and it is kept again.
        if (!(error instanceof BundleFormatError)) throw error;
      }
    }
    const bundle = readPartsBundle(path);
    if (cached) keepOnExit(bundle, cached);
    return bundle;
  }
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

/**
 * Where Node keeps the bundle it joined from a set of parts (the published package ships no
 * `synsets.bin`), so that later starts read it by need, as a checkout does: `SYNSET_CACHE_DIR`,
 * else `$XDG_CACHE_HOME/synset-explorer`, else `~/.cache/synset-explorer`. `SYNSET_CACHE_DIR=`
 * (empty) keeps nothing.
 */
export function bundleCacheFolder(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  if (env.SYNSET_CACHE_DIR !== undefined) return env.SYNSET_CACHE_DIR || undefined;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'synset-explorer');
}

/** The kept bundle of the parts `parts.json` lists, in a folder named by that manifest's content (each part is named by its own). */
function cachedBundlePath(partsManifest: string): string | undefined {
  const folder = bundleCacheFolder();
  if (!folder) return undefined;
  const key = createHash('sha256').update(readFileSync(partsManifest)).digest('hex').slice(0, 16);
  return join(folder, key, 'synsets.bin');
}

const toKeep: [SynsetBundle, string][] = [];

/**
 * Keeps the bundle once the process is done: joining the gloss shards and writing 10 MB takes
 * about half a second, which the first command's answer should not wait for.
 */
function keepOnExit(bundle: SynsetBundle, path: string): void {
  if (toKeep.length === 0) process.once('exit', keepPendingBundles);
  toKeep.push([bundle, path]);
}

/** Keeps now what {@link loadBundle} joined from parts since the last call (the process's exit does it otherwise). */
export function keepPendingBundles(): void {
  for (const [bundle, path] of toKeep.splice(0)) keep(bundle, path);
}

/**
 * Writes the bundle, its start tables and the manifest naming its hash where
 * {@link cachedBundlePath} looks, each file whole or not at all (written aside, then renamed).
 * Keeping is a saving, not a duty: a folder that cannot be written is left alone, silently.
 */
function keep(bundle: SynsetBundle, path: string): void {
  const folder = join(path, '..');
  try {
    mkdirSync(folder, { recursive: true });
    const bytes = encodeBundle(bundle);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const files: [string, Uint8Array | string][] = [
      [START_TABLES_FILE, encodeStartTables(bundle, hash)],
      ['manifest.json', JSON.stringify({ hash }) + '\n'],
      // Last: its presence says the folder is complete.
      ['synsets.bin', bytes],
    ];
    for (const [name, content] of files) {
      const aside = join(folder, `${name}.${process.pid}.tmp`);
      writeFileSync(aside, content);
      renameSync(aside, join(folder, name));
    }
    dropOldKeptBundles(join(folder, '..'), folder);
  } catch {
    // A bundle half written aside (a full disk) is not left behind; where nothing could be written, there is nothing to remove.
    try {
      rmSync(join(folder, `synsets.bin.${process.pid}.tmp`), { force: true });
    } catch {
      // nothing to remove
    }
  }
}

/** A kept bundle of another version is dropped once it is this old (each is about 12 MB). */
export const KEPT_BUNDLE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Deletes the kept bundles of other versions (folders named like {@link cachedBundlePath}'s)
 * that were kept more than {@link KEPT_BUNDLE_MAX_AGE_MS} ago, when a new one is kept: an
 * upgrade does not leave 12 MB behind for good. Two versions in use side by side (a global
 * install and a project's) keep theirs; one dropped while still in use is kept again by its
 * next command. Nothing else in the folder is touched.
 */
function dropOldKeptBundles(root: string, current: string, now = Date.now()): void {
  for (const name of readdirSync(root)) {
    const folder = join(root, name);
    if (!/^[0-9a-f]{16}$/.test(name) || folder === current) continue;
    try {
      if (now - statSync(join(folder, 'manifest.json')).mtimeMs > KEPT_BUNDLE_MAX_AGE_MS) rmSync(folder, { recursive: true, force: true });
    } catch {
      // Not a kept bundle (no manifest), or another process removed it first.
    }
  }
}

let shared: SynsetIndex | undefined;

/** The index over the generated bundle, built once per process (`fresh`: build another). */
export function loadIndex(options: { fresh?: boolean } = {}): SynsetIndex {
  if (options.fresh) return new SynsetIndex(loadBundle());
  return (shared ??= new SynsetIndex(loadBundle()));
}
