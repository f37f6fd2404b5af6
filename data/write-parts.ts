/**
 * Writes the browser's copy of the data: a bundle split into content-hashed, gzipped part
 * files and their manifest `parts.json` (see `src/core/data-parts.ts`). The build writes the
 * app's parts with it; browser tests write altered builds with it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SynsetBundle } from '../src/core/bundle-format.js';
import {
  partFileName,
  PART_FORMAT_VERSION,
  splitBundle,
  type PartEntry,
  type PartsManifest,
  type ShardEntry,
} from '../src/core/data-parts.js';

/**
 * 64 names shards (about 12 KB gzipped each: what a page of a few labels downloads) and 128
 * gloss shards (about 17 KB: a card's or a tooltip's definition).
 */
export const NAME_SHARDS = 64;
export const GLOSS_SHARDS = 128;

/** Empties `dir`, writes the parts and `parts.json` into it, and returns the manifest. */
export function writeParts(bundle: SynsetBundle, dir: string, options: { gzipLevel?: number } = {}): PartsManifest {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const write = (kind: string, content: Uint8Array): PartEntry => {
    const file = partFileName(kind, createHash('sha256').update(content).digest('hex'));
    const packed = gzipSync(content, { level: options.gzipLevel ?? 9 });
    writeFileSync(join(dir, file), packed);
    return { file, bytes: content.byteLength, gzipBytes: packed.byteLength };
  };
  const split = splitBundle(bundle, NAME_SHARDS, GLOSS_SHARDS);
  const shards = (kind: string, list: { start: number; bytes: Uint8Array }[]): ShardEntry[] =>
    list.map(({ start, bytes }, k) => ({
      ...write(`${kind}-${String(k).padStart(3, '0')}`, bytes),
      start,
      firstOffset: bundle.offsets[start]!,
    }));
  const manifest: PartsManifest = {
    format: PART_FORMAT_VERSION,
    nouns: bundle.offsets.length,
    structure: write('structure', split.structure),
    names: shards('names', split.names),
    glosses: shards('glosses', split.glosses),
  };
  writeFileSync(join(dir, 'parts.json'), JSON.stringify(manifest) + '\n');
  return manifest;
}

/** The gzipped bytes of every part a manifest lists. */
export function partsGzipBytes(manifest: PartsManifest): number {
  return [manifest.structure, ...manifest.names, ...manifest.glosses].reduce((sum, part) => sum + part.gzipBytes, 0);
}
