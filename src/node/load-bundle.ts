import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBundle, type SynsetBundle } from '../core/bundle-format.js';
import { SynsetIndex } from '../core/synset-index.js';
import { findProjectRoot } from './project-root.js';

/**
 * Where `npm install` writes the uncompressed data bundle. Node reads this copy (a 10 MB read
 * takes a few ms; un-gzipping the browser's copy would take 50).
 */
export function bundlePath(): string {
  return join(findProjectRoot(), 'data/generated/synsets.bin');
}

/** Reads the generated bundle; a clear error when it has not been generated. */
export function loadBundle(path = bundlePath()): SynsetBundle {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new Error(`no data bundle at ${path}: run 'npm install' (or 'npm run build:data') first`);
  }
  return decodeBundle(bytes);
}

let shared: SynsetIndex | undefined;

/** The index over the generated bundle, built once per process (`fresh`: build another). */
export function loadIndex(options: { fresh?: boolean } = {}): SynsetIndex {
  if (options.fresh) return new SynsetIndex(loadBundle());
  return (shared ??= new SynsetIndex(loadBundle()));
}
