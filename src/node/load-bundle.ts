import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBundle, type SynsetBundle } from '../core/bundle-format.js';
import { SynsetIndex } from '../core/synset-index.js';
import { readPartsBundle } from './parts-bundle.js';
import { findProjectRoot } from './project-root.js';

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

/** Reads a data bundle or, given a `parts.json`, joins its parts; a clear error when it is missing. */
export function loadBundle(path = bundlePath()): SynsetBundle {
  if (!existsSync(path)) throw new Error(`no data bundle at ${path}: run 'npm install' (or 'npm run build:data') first`);
  return path.endsWith('.json') ? readPartsBundle(path) : decodeBundle(readFileSync(path));
}

let shared: SynsetIndex | undefined;

/** The index over the generated bundle, built once per process (`fresh`: build another). */
export function loadIndex(options: { fresh?: boolean } = {}): SynsetIndex {
  if (options.fresh) return new SynsetIndex(loadBundle());
  return (shared ??= new SynsetIndex(loadBundle()));
}
