import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPartsBundle } from '../../src/node/parts-bundle.js';
import { findProjectRoot } from '../../src/node/project-root.js';
import { loadBundle } from '../../src/node/load-bundle.js';

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
