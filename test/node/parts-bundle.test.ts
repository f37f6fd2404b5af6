import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readPartsBundle } from '../../src/node/parts-bundle.js';
import { findProjectRoot } from '../../src/node/project-root.js';
import { bundleCacheFolder, KEPT_BUNDLE_MAX_AGE_MS, keepPendingBundles, loadBundle } from '../../src/node/load-bundle.js';

const partsManifest = join(findProjectRoot(), 'data/generated/parts/parts.json');
const bytesOf = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

describe('readPartsBundle', () => {
  const bundle = loadBundle(join(findProjectRoot(), 'data/generated/synsets.bin'));
  const fromParts = readPartsBundle(partsManifest);

  it('rebuilds the bundle the checkout reads from synsets.bin', () => {
    for (const key of [
      'offsets',
      'lexFiles',
      'flags',
      'parentStart',
      'parents',
      'parentIsInstance',
      'senseNumbers',
      'descendantCount1k',
    ] as const) {
      expect(bytesOf(fromParts[key]).equals(bytesOf(bundle[key])), key).toBe(true);
    }
    expect(fromParts.lemmaText).toBe(bundle.lemmaText);
  });

  it('answers a gloss from its shard, and gives the whole gloss text when asked', () => {
    const lines = bundle.glossText.split('\n');
    for (const i of [0, 40_000, bundle.offsets.length - 1]) expect(fromParts.glossLine?.(i)).toBe(lines[i]);
    expect(fromParts.glossText).toBe(bundle.glossText);
  });
});

describe('loadBundle on parts: the bundle kept for later starts', () => {
  const withCache = <T>(folder: string, body: () => T): T => {
    vi.stubEnv('SYNSET_CACHE_DIR', folder);
    try {
      return body();
    } finally {
      vi.unstubAllEnvs();
    }
  };

  it('keeps the joined bundle on the first start; the next reads it alone, the parts untouched, with the same data', () => {
    const cache = mkdtempSync(join(tmpdir(), 'synset-cache-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'synset-parts-'));
    try {
      const first = withCache(cache, () => loadBundle(partsManifest));
      // Kept as the process exits; a test cannot wait for that.
      expect(readdirSync(cache)).toEqual([]);
      keepPendingBundles();
      const [folder, ...others] = readdirSync(cache);
      expect(others).toEqual([]);
      expect(readdirSync(join(cache, folder!)).sort()).toEqual(['manifest.json', 'synsets.bin', 'synsets.starts.bin']);
      // The same manifest with none of its parts beside it: only the kept bundle can answer.
      copyFileSync(partsManifest, join(elsewhere, 'parts.json'));
      const next = withCache(cache, () => loadBundle(join(elsewhere, 'parts.json')));
      const checkout = loadBundle(join(findProjectRoot(), 'data/generated/synsets.bin'));
      for (const bundle of [first, next]) {
        expect(bytesOf(bundle.parents).equals(bytesOf(checkout.parents))).toBe(true);
        expect(bundle.lemmaText).toBe(checkout.lemmaText);
        expect(bundle.glossText).toBe(checkout.glossText);
      }
    } finally {
      rmSync(cache, { recursive: true, force: true });
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('a damaged kept bundle: the parts answer, and the bundle is kept again', () => {
    const cache = mkdtempSync(join(tmpdir(), 'synset-cache-'));
    try {
      withCache(cache, () => loadBundle(partsManifest));
      keepPendingBundles();
      const kept = join(cache, readdirSync(cache)[0]!, 'synsets.bin');
      const whole = readFileSync(kept);
      writeFileSync(kept, 'not a bundle');
      const bundle = withCache(cache, () => loadBundle(partsManifest));
      expect(bundle.lemmaText).toBe(loadBundle(join(findProjectRoot(), 'data/generated/synsets.bin')).lemmaText);
      keepPendingBundles();
      expect(readFileSync(kept).equals(whole)).toBe(true);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it("keeping a version's bundle drops other versions' kept more than 30 days ago, and nothing else", () => {
    const cache = mkdtempSync(join(tmpdir(), 'synset-cache-'));
    const version = (name: string, daysAgo: number): void => {
      mkdirSync(join(cache, name));
      writeFileSync(join(cache, name, 'manifest.json'), '{}\n');
      const then = new Date(Date.now() - daysAgo * 24 * 60 * 60 * 1000);
      utimesSync(join(cache, name, 'manifest.json'), then, then);
    };
    try {
      expect(KEPT_BUNDLE_MAX_AGE_MS).toBe(30 * 24 * 60 * 60 * 1000);
      version('0123456789abcdef', 31);
      version('fedcba9876543210', 29);
      version('notakeptbundle00', 365);
      mkdirSync(join(cache, 'aaaaaaaaaaaaaaaa'));
      withCache(cache, () => loadBundle(partsManifest));
      keepPendingBundles();
      const kept = readdirSync(cache).filter((name) => !['fedcba9876543210', 'notakeptbundle00', 'aaaaaaaaaaaaaaaa'].includes(name));
      expect(kept).toHaveLength(1);
      expect(readdirSync(join(cache, kept[0]!)).sort()).toEqual(['manifest.json', 'synsets.bin', 'synsets.starts.bin']);
      expect(readdirSync(cache).sort()).toEqual(['aaaaaaaaaaaaaaaa', 'fedcba9876543210', kept[0]!, 'notakeptbundle00'].sort());
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('keeps nothing where SYNSET_CACHE_DIR is empty, and answers where the folder cannot be written', () => {
    expect(bundleCacheFolder({ SYNSET_CACHE_DIR: '' })).toBeUndefined();
    expect(bundleCacheFolder({ XDG_CACHE_HOME: '/x' })).toBe(join('/x', 'synset-explorer'));
    const blocker = mkdtempSync(join(tmpdir(), 'synset-blocked-'));
    try {
      // A file where the cache's folder would be: nothing can be kept under it.
      writeFileSync(join(blocker, 'file'), '');
      const bundle = withCache(join(blocker, 'file'), () => loadBundle(partsManifest));
      keepPendingBundles();
      expect(bundle.lemmaText.length).toBeGreaterThan(0);
      expect(readdirSync(blocker)).toEqual(['file']);
    } finally {
      rmSync(blocker, { recursive: true, force: true });
    }
  });
});
