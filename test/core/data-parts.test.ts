import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BundleFormatError } from '../../src/core/bundle-format.js';
import {
  decodeGlossShard,
  decodeNameShard,
  decodeStructure,
  expandShards,
  firstLemmaInShard,
  joinParts,
  partDigest,
  shardOfNumber,
  shardOfOffset,
  shardSize,
  splitBundle,
  treeParts,
  type PartsManifest,
} from '../../src/core/data-parts.js';
import { parseKnownIssues } from '../../src/core/evaluation/known-issues.js';
import { parseValidationData } from '../../src/core/evaluation/validation-data.js';
import { SynsetIndex } from '../../src/core/synset-index.js';
import { loadBundle } from '../../src/node/load-bundle.js';
import { findProjectRoot } from '../../src/node/project-root.js';
import { GLOSS_SHARDS, LABEL_NAME_SHARDS, NAME_SHARDS } from '../../data/write-parts.js';
import { queries } from './real-data.js';

const bundle = loadBundle();
const split = splitBundle(bundle, NAME_SHARDS, GLOSS_SHARDS);
const partsDir = join(findProjectRoot(), 'data/generated/parts');
const manifest = JSON.parse(readFileSync(join(partsDir, 'parts.json'), 'utf8')) as PartsManifest;
const n = bundle.offsets.length;
/** Byte equality of two typed arrays, fast (deep equality walks 1.3 MB element by element). */
const bytesOf = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
const counts = (list: { start: number }[]) => list.map((shard, k) => (list[k + 1]?.start ?? n) - shard.start);

describe('data parts', () => {
  it('join back into the bundle they were split from, glosses and all', () => {
    const names = split.names.map((shard, k) => decodeNameShard(shard.bytes, counts(split.names)[k]!));
    const glossLines = split.glosses.flatMap((shard, k) => decodeGlossShard(shard.bytes, counts(split.glosses)[k]!));
    const joined = joinParts(decodeStructure(split.structure, n), names, {
      glossLine: () => undefined,
      glossText: () => glossLines.join('\n') + '\n',
    });
    for (const key of ['offsets', 'lexFiles', 'flags', 'parentStart', 'parents', 'parentIsInstance', 'senseNumbers'] as const) {
      expect(bytesOf(joined[key]).equals(bytesOf(bundle[key])), key).toBe(true);
    }
    expect(joined.lemmaText).toBe(bundle.lemmaText);
    expect(bytesOf(joined.descendantCount21k).equals(bytesOf(bundle.descendantCount21k))).toBe(true);
    expect(joined.glossText).toBe(bundle.glossText);
  });

  it('answer from gloss lines alone, before the whole gloss text is there', () => {
    const k = shardOfNumber(manifest.glosses, 40_000);
    const lines = decodeGlossShard(split.glosses[k]!.bytes, counts(split.glosses)[k]!);
    const names = split.names.map((shard, j) => decodeNameShard(shard.bytes, counts(split.names)[j]!));
    const joined = joinParts(decodeStructure(split.structure, n), names, {
      glossLine: (i) => lines[i - manifest.glosses[k]!.start],
      glossText: () => {
        throw new Error('not loaded yet');
      },
    });
    const index = new SynsetIndex(joined);
    expect(index.details(40_000).gloss).toBe(queries.index.details(40_000).gloss);
    expect(() => index.details(manifest.glosses[k + 1]!.start)).toThrow('not loaded yet');
  });

  it('are the files the build wrote, each named for its content', () => {
    expect(manifest.nouns).toBe(n);
    expect(manifest.names).toHaveLength(NAME_SHARDS);
    expect(manifest.glosses).toHaveLength(GLOSS_SHARDS);
    const structure = gunzipSync(readFileSync(join(partsDir, manifest.structure.file)));
    expect(structure.equals(bytesOf(split.structure))).toBe(true);
    expect(partDigest(manifest.structure.file)).toMatch(/^[0-9a-f]{16}$/);
    expect(() => partDigest('structure.bin.gz')).toThrow(BundleFormatError);
  });

  it('join the tree (the structure and every names shard) into one file, each part byte for byte, named for its content', () => {
    const joined = readFileSync(join(partsDir, manifest.tree!.file));
    const parts = treeParts(manifest);
    expect(parts).toHaveLength(1 + NAME_SHARDS);
    expect(joined.byteLength).toBe(manifest.tree!.bytes);
    let at = 0;
    for (const part of parts) {
      expect(joined.subarray(at, at + part.gzipBytes).equals(readFileSync(join(partsDir, part.file))), part.file).toBe(true);
      at += part.gzipBytes;
    }
    expect(at).toBe(joined.byteLength);
    const digest = createHash('sha256').update(joined).digest('hex').slice(0, 16);
    expect(manifest.tree!.file).toBe(`tree.${digest}.parts`);
  });

  it('carry the evaluation data as parts of their own, each file as it is and readable as the CLI reads it', () => {
    const files = manifest.evaluationFiles ?? [];
    expect(files.map((entry) => entry.name)).toStrictEqual(['val-labels.npy', 'real-labels.txt', 'known-issues.tsv']);
    const part = (name: string) => gunzipSync(readFileSync(join(partsDir, files.find((entry) => entry.name === name)!.part.file)));
    for (const { name } of files)
      expect(part(name).equals(readFileSync(join(findProjectRoot(), 'data/evaluation', name))), name).toBe(true);
    const validation = parseValidationData(part('val-labels.npy'), part('real-labels.txt').toString('utf8'));
    expect([validation.labels.length, validation.real.start.length - 1, validation.imageFolder.length]).toStrictEqual([
      50000, 50000, 50000,
    ]);
    expect(parseKnownIssues(part('known-issues.tsv').toString('utf8'))).toHaveLength(1000);
  });

  it('find the shard of a synset number or of a wnid offset', () => {
    const dog = queries.index.numberOfWnid('n02084071');
    const k = shardOfOffset(manifest.names, 2084071);
    expect(k).toBe(shardOfNumber(manifest.names, dog));
    expect(shardOfOffset(manifest.names, 0)).toBe(0);
    expect(shardOfOffset(manifest.names, 99_999_999)).toBe(NAME_SHARDS - 1);
    expect(counts(manifest.names).reduce((a, b) => a + b, 0)).toBe(n);
    expect(shardSize(manifest.names, NAME_SHARDS - 1, n)).toBe(counts(manifest.names)[NAME_SHARDS - 1]);
  });

  it('name a synset from its names shard alone, as the whole index does', () => {
    for (const wnid of ['n02084071', 'n01440764', 'n00001740', 'n15300051', 'n04399382']) {
      const i = queries.index.numberOfWnid(wnid);
      const k = shardOfOffset(manifest.names, Number(wnid.slice(1)));
      const shard = decodeNameShard(split.names[k]!.bytes, counts(split.names)[k]!);
      const found = firstLemmaInShard(shard, Number(wnid.slice(1)))!;
      expect(manifest.names[k]!.start + found.position).toBe(i);
      expect(`${found.lemma.toLowerCase()}.n.${String(found.sense).padStart(2, '0')}`).toBe(queries.index.nameOf(i));
    }
    const shard = decodeNameShard(split.names[0]!.bytes, counts(split.names)[0]!);
    expect(firstLemmaInShard(shard, 1741)).toBeUndefined();
  });

  it('name every synset from the small label shards too, listed compactly in the manifest', () => {
    const labelShards = expandShards(manifest.labelNames!);
    expect(labelShards).toHaveLength(LABEL_NAME_SHARDS);
    expect(counts(labelShards).reduce((a, b) => a + b, 0)).toBe(n);
    const all = labelShards.map((part, k) => {
      const bytes = gunzipSync(readFileSync(join(partsDir, part.file)));
      expect(createHash('sha256').update(bytes).digest('hex').slice(0, 16), part.file).toBe(partDigest(part.file));
      return decodeNameShard(bytes, counts(labelShards)[k]!);
    });
    for (let i = 0; i < n; i += 97) {
      const offset = bundle.offsets[i]!;
      const k = shardOfOffset(labelShards, offset);
      const found = firstLemmaInShard(all[k]!, offset)!;
      expect(labelShards[k]!.start + found.position).toBe(i);
      expect(`${found.lemma.toLowerCase()}.n.${String(found.sense).padStart(2, '0')}`).toBe(queries.index.nameOf(i));
    }
    // A few KB a shard, where the index's names shards weigh 25 KB.
    const heaviest = Math.max(...labelShards.map((part) => part.gzipBytes));
    expect(heaviest * 3).toBeLessThan(Math.min(...manifest.names.map((part) => part.gzipBytes)));
    expect(() => expandShards({ ...manifest.labelNames!, starts: [0] })).toThrow(BundleFormatError);
  });

  it('refuse a shard whose sizes disagree with the manifest, or that is not a part', () => {
    expect(() => decodeNameShard(split.names[0]!.bytes, 5)).toThrow(/sizes disagree/);
    expect(() => decodeGlossShard(split.glosses[0]!.bytes, 5)).toThrow(/expected 5/);
    expect(() => decodeStructure(split.structure, 5)).toThrow(/expected 5/);
    expect(() => decodeStructure(new TextEncoder().encode('<html>'), n)).toThrow(/not a synset data part/);
  });
});
