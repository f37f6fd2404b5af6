import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBundle, type SynsetBundle } from '../../src/core/bundle-format.js';
import { SynsetIndex } from '../../src/core/synset-index.js';
import { bundlePath, loadBundle, START_TABLES_FILE } from '../../src/node/load-bundle.js';
import { findProjectRoot } from '../../src/node/project-root.js';

let root: string | undefined;
const bytesOf = (array: ArrayBufferView): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** A package folder holding only these files (empty). */
function packageWith(...files: string[]): string {
  root = mkdtempSync(join(tmpdir(), 'synset-load-'));
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  return root;
}

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe('bundlePath', () => {
  it("is the checkout's synsets.bin where the build wrote it", () => {
    expect(bundlePath()).toBe(join(findProjectRoot(), 'data/generated/synsets.bin'));
  });

  it('prefers synsets.bin to the parts', () => {
    const dir = packageWith('data/generated/synsets.bin', 'dist/data/generated/parts/parts.json');
    expect(bundlePath(dir)).toBe(join(dir, 'data/generated/synsets.bin'));
  });

  it("is the library build's parts.json in the published package, which has no synsets.bin", () => {
    const dir = packageWith('dist/data/generated/parts/parts.json');
    expect(bundlePath(dir)).toBe(join(dir, 'dist/data/generated/parts/parts.json'));
  });

  it('is the missing synsets.bin when there is no data, and loading it says how to build it', () => {
    const dir = packageWith();
    expect(bundlePath(dir)).toBe(join(dir, 'data/generated/synsets.bin'));
    expect(() => loadBundle(bundlePath(dir))).toThrow(/no data bundle at .*synsets\.bin: run 'npm install'/);
  });
});

describe('loadBundle', () => {
  const path = join(findProjectRoot(), 'data/generated/synsets.bin');
  const whole = decodeBundle(readFileSync(path));

  it("reads the checkout's bundle by need, with the start tables the build wrote beside it, as the bundle read whole", () => {
    expect(existsSync(join(path, '..', START_TABLES_FILE))).toBe(true);
    const bundle = loadBundle(path);
    expect(bundle.lemmaBoundaries).toBeDefined();
    for (const key of Object.keys(whole) as (keyof SynsetBundle)[]) {
      const [read, expected] = [bundle[key], whole[key]];
      if (ArrayBuffer.isView(read) && ArrayBuffer.isView(expected)) {
        expect(read.constructor.name === 'Uint32Array', key).toBe(expected instanceof Uint32Array);
        expect(bytesOf(read).equals(bytesOf(expected)), key).toBe(true);
      } else expect(read, key).toEqual(expected);
    }
    const lines = whole.glossText.split('\n');
    for (const i of [0, 1, 2084, 40_000, 82_114]) expect(bundle.glossLine?.(i)).toBe(lines[i]);
  });

  it("finds a name's senses by the tables' lemma order as by scanning the lemma text", () => {
    const [byOrder, byScan] = [new SynsetIndex(loadBundle(path)), new SynsetIndex(whole)];
    expect(byOrder.bundle.lemmaOrder).toBeDefined();
    expect(byScan.bundle.lemmaOrder).toBeUndefined();
    const names = ['dog', 'canis_familiaris', 'entity', 'bank', 'Dog', 'do', 'dogs', 'zzzz', '', 'hot dog', 'a'];
    for (let l = 0; l < byScan.lemmaCount; l += 97) names.push(byScan.lemma(l).toLowerCase());
    for (const name of names) expect(byOrder.sensesByScan(name), name).toStrictEqual(byScan.sensesByScan(name));
    expect(byOrder.sensesByScan('dog')).toHaveLength(7);
  });

  it('without start tables beside it (stale, or never built) finds the same', () => {
    const dir = packageWith();
    const copy = join(dir, 'synsets.bin');
    writeFileSync(copy, readFileSync(path));
    writeFileSync(join(dir, START_TABLES_FILE), readFileSync(join(path, '..', START_TABLES_FILE)));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ hash: 'not this bundle' }));
    const bundle = loadBundle(copy);
    expect(bundle.lemmaBoundaries).toBeUndefined();
    expect(bundle.glossLine?.(2084)).toBeUndefined();
    expect(bundle.lemmaText).toBe(whole.lemmaText);
    expect(bundle.glossText).toBe(whole.glossText);
  });

  it('refuses to read on from a bundle that changed on disk since it was opened', () => {
    const dir = packageWith();
    const copy = join(dir, 'synsets.bin');
    writeFileSync(copy, readFileSync(path));
    const bundle = loadBundle(copy);
    writeFileSync(copy, readFileSync(path).subarray(0, 1000));
    expect(() => bundle.glossText).toThrow(/changed since it was opened/);
  });
});
