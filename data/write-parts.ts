/**
 * Writes the browser's copy of the data: a bundle split into content-hashed, gzipped part
 * files and their manifest `parts.json` (see `src/core/data-parts.ts`). The build writes the
 * app's parts with it; browser tests write altered builds with it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SynsetBundle } from '../src/core/bundle-format.js';
import { zopfliAll } from './gzip-parts.js';
import {
  partFileName,
  PART_FORMAT_VERSION,
  splitBundle,
  type PartEntry,
  type PartsManifest,
  type ShardEntry,
} from '../src/core/data-parts.js';

/**
 * 32 names shards (about 26 KB gzipped each: what a page of a few labels downloads) and 64
 * gloss shards (about 32 KB: a card's or a tooltip's definition). More shards would make a
 * label's download smaller but the whole larger: each shard is compressed on its own.
 */
export const NAME_SHARDS = 32;
export const GLOSS_SHARDS = 64;

export interface WritePartsOptions {
  /** `zopfli` (the build: smallest) or a zlib level (tests: fast). */
  gzip: 'zopfli' | number;
}

/**
 * Writes the parts and `parts.json` into `dir`, and returns the manifest. A part file that is
 * already there is kept (its name is its content's hash); files of other builds are removed.
 */
export async function writeParts(bundle: SynsetBundle, dir: string, options: WritePartsOptions): Promise<PartsManifest> {
  mkdirSync(dir, { recursive: true });
  const split = splitBundle(bundle, NAME_SHARDS, GLOSS_SHARDS);
  const named = [
    { kind: 'structure', bytes: split.structure },
    ...split.names.map(({ bytes }, k) => ({ kind: `names-${String(k).padStart(3, '0')}`, bytes })),
    ...split.glosses.map(({ bytes }, k) => ({ kind: `glosses-${String(k).padStart(3, '0')}`, bytes })),
  ].map(({ kind, bytes }) => ({ bytes, file: partFileName(kind, createHash('sha256').update(bytes).digest('hex')) }));
  const toWrite = named.filter(({ file }) => !existsSync(join(dir, file)));
  const packed =
    options.gzip === 'zopfli'
      ? await zopfliAll(toWrite.map(({ bytes }) => bytes))
      : toWrite.map(({ bytes }) => gzipSync(bytes, { level: options.gzip as number }));
  toWrite.forEach(({ file }, k) => writeFileSync(join(dir, file), packed[k]!));
  const keep = new Set(named.map(({ file }) => file));
  for (const file of readdirSync(dir)) if (file.endsWith('.bin.gz') && !keep.has(file)) rmSync(join(dir, file));

  const entry = (k: number): PartEntry => ({
    file: named[k]!.file,
    bytes: named[k]!.bytes.byteLength,
    gzipBytes: statSync(join(dir, named[k]!.file)).size,
  });
  const shards = (list: { start: number }[], first: number): ShardEntry[] =>
    list.map(({ start }, k) => ({ ...entry(first + k), start, firstOffset: bundle.offsets[start]! }));
  const manifest: PartsManifest = {
    format: PART_FORMAT_VERSION,
    nouns: bundle.offsets.length,
    structure: entry(0),
    names: shards(split.names, 1),
    glosses: shards(split.glosses, 1 + split.names.length),
  };
  writeFileSync(join(dir, 'parts.json'), JSON.stringify(manifest) + '\n');
  return manifest;
}
/** The gzipped bytes of every part a manifest lists. */
export function partsGzipBytes(manifest: PartsManifest): number {
  return [manifest.structure, ...manifest.names, ...manifest.glosses].reduce((sum, part) => sum + part.gzipBytes, 0);
}
