import { describe, expect, it } from 'vitest';
import {
  BundleFormatError,
  decodeBundle,
  encodeBundle,
  lazyBundle,
  openBundleSections,
  openSections,
  type ByteRange,
  type SynsetBundle,
} from '../../src/core/bundle-format.js';
import {
  encodeStartTables,
  lemmaBoundaries,
  readStartTables,
  START_TABLES_MAGIC,
  START_TABLES_VERSION,
} from '../../src/core/start-tables.js';
import { SynsetIndex } from '../../src/core/synset-index.js';

const HASH = 'c0ffee';

/** Four synsets, one gloss with a character outside ASCII (byte and character offsets differ). */
function tinyBundle(): SynsetBundle {
  return {
    offsets: Uint32Array.of(1740, 1930, 2137, 70_000_000),
    lexFiles: Uint8Array.of(3, 3, 5, 5),
    flags: Uint8Array.of(0, 1, 3, 2),
    parentStart: Uint32Array.of(0, 0, 1, 3, 4),
    parents: Uint32Array.of(0, 0, 1, 2),
    parentIsInstance: Uint8Array.of(0, 0, 1, 0),
    lemmaText: 'entity\nphysical_entity\nfoo Foo_Bar\nbar baz qux',
    senseNumbers: Uint8Array.of(1, 1, 2, 1, 1, 1, 1),
    glossText: 'one\ntwo; "café"\nthree\nfour\n',
    descendantCount: Uint32Array.of(3, 2, 1, 0),
    descendantCount21k: Uint32Array.of(2, 1, 0, 0),
    descendantCount1k: Uint32Array.of(2, 2, 1, 0),
    descendantCountImageNet: Uint32Array.of(3, 2, 1, 0),
  };
}

/** Byte ranges of `bytes` that remember which were read. */
function countingRange(bytes: Uint8Array): { range: ByteRange; reads: [number, number][] } {
  const reads: [number, number][] = [];
  return {
    reads,
    range: (offset, length) => {
      reads.push([offset, length]);
      return bytes.slice(offset, offset + length);
    },
  };
}

/** A bundle read by need from `bundle`'s bytes, with start tables made from `tablesOf` (the bundle itself unless told). */
function lazyOf(bundle: SynsetBundle, options: { tablesOf?: SynsetBundle; hash?: string } = {}) {
  const bytes = encodeBundle(bundle);
  const file = countingRange(bytes);
  const tablesBytes = encodeStartTables(options.tablesOf ?? bundle, options.hash ?? HASH);
  const tablesFile = countingRange(tablesBytes);
  const tables = readStartTables(
    openSections(tablesBytes.byteLength, tablesFile.range, START_TABLES_MAGIC, START_TABLES_VERSION, 'start tables'),
    HASH,
    () => lazy,
  );
  const lazy: SynsetBundle = lazyBundle(openBundleSections(bytes.byteLength, file.range), tables);
  return { lazy, reads: file.reads, tablesReads: tablesFile.reads, tables };
}

describe('start tables', () => {
  it('give the bundle read by need the same arrays, texts and glosses as the bundle read whole', () => {
    const bundle = tinyBundle();
    const whole = decodeBundle(encodeBundle(bundle));
    const { lazy } = lazyOf(bundle);
    for (const key of Object.keys(bundle) as (keyof SynsetBundle)[]) expect(lazy[key], key).toEqual(whole[key]);
    const lines = bundle.glossText.split('\n');
    for (let i = 0; i < 4; i++) expect(lazy.glossLine?.(i)).toBe(lines[i]);
    expect(lazy.lemmaBoundaries).toEqual(lemmaBoundaries(bundle.lemmaText, 4, 7));
  });

  it('read no section before it is used, and one gloss line without the rest of the glosses', () => {
    const { lazy, reads, tablesReads } = lazyOf(tinyBundle());
    const headerReads = reads.length;
    expect(lazy.glossLine?.(1)).toBe('two; "café"');
    // The line's own bytes, not the section: 'two; "café"' is 12 bytes of UTF-8.
    expect(reads.slice(headerReads).map(([, length]) => length)).toEqual([12]);
    expect(lazy.offsets).toEqual(Uint32Array.of(1740, 1930, 2137, 70_000_000));
    // The words come from the tables, viewed as they are: the bundle's packed copy is not read.
    expect(reads).toHaveLength(headerReads + 1);
    expect(tablesReads.length).toBeGreaterThan(0);
  });

  it('are set aside when made from another bundle', () => {
    const other = { ...tinyBundle(), lemmaText: 'entity\nphysical_entity\nfoo\nbar baz qux Foo_Bar' };
    expect(lazyOf(tinyBundle(), { tablesOf: other, hash: 'other' }).tables).toBeUndefined();
  });

  it('that prove damaged are set aside: the index finds the boundaries and the glosses itself', () => {
    // Tables claiming this bundle's hash, made from texts of other sizes (a damaged or mislabelled file).
    const other = {
      ...tinyBundle(),
      lemmaText: 'entity\nphysical_entity\nfoo Foo_Bar\nbar baz quux',
      glossText: 'one\ntwo\nthree\nfour\n',
    };
    const { lazy } = lazyOf(tinyBundle(), { tablesOf: other });
    expect(lazy.lemmaBoundaries).toBeUndefined();
    expect(lazy.glossLine?.(1)).toBeUndefined();
    const index = new SynsetIndex(lazy);
    expect(index.lemmasOf(2)).toEqual(['foo', 'Foo_Bar']);
    expect(index.glossOf(1)).toBe('two; "café"');
  });

  it('read the whole glosses once after a few lines read alone', () => {
    const n = 40;
    const bundle: SynsetBundle = {
      ...tinyBundle(),
      offsets: Uint32Array.from({ length: n }, (_, i) => 1000 + i),
      lexFiles: new Uint8Array(n),
      flags: new Uint8Array(n),
      parentStart: new Uint32Array(n + 1),
      parents: new Uint32Array(0),
      parentIsInstance: new Uint8Array(0),
      lemmaText: Array.from({ length: n }, (_, i) => `l${i}`).join('\n'),
      senseNumbers: new Uint8Array(n).fill(1),
      glossText: Array.from({ length: n }, (_, i) => `gloss ${i}\n`).join(''),
      descendantCount: new Uint32Array(n),
      descendantCount21k: new Uint32Array(n),
      descendantCount1k: new Uint32Array(n),
      descendantCountImageNet: new Uint32Array(n),
    };
    const { lazy, reads } = lazyOf(bundle);
    const before = reads.length;
    for (let i = 0; i < n; i++) expect(lazy.glossLine?.(i)).toBe(`gloss ${i}`);
    const glossReads = reads.length - before;
    expect(glossReads).toBeLessThan(n);
    expect(reads.at(-1)![1]).toBe(new TextEncoder().encode(bundle.glossText).byteLength);
  });

  it('a bundle read by need says what is wrong with a truncated file when the section is read', () => {
    const bytes = encodeBundle(tinyBundle());
    const cut = bytes.subarray(0, bytes.length - 10);
    const lazy = lazyBundle(openBundleSections(cut.byteLength, (offset, length) => cut.slice(offset, offset + length)));
    expect(lazy.offsets).toEqual(Uint32Array.of(1740, 1930, 2137, 70_000_000));
    expect(() => lazy.glossText).toThrow(BundleFormatError);
    expect(() => lazy.glossText).toThrow(/truncated/);
  });
});
