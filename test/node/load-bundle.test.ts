import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundlePath, loadBundle } from '../../src/node/load-bundle.js';
import { findProjectRoot } from '../../src/node/project-root.js';

let root: string | undefined;

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
