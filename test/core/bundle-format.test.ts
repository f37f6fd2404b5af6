import { describe, expect, it } from 'vitest';
import { BundleFormatError, decodeBundle, encodeBundle, type SynsetBundle } from '../../src/core/bundle-format.js';

function tinyBundle(): SynsetBundle {
  return {
    offsets: Uint32Array.of(1740, 1930, 70_000_000),
    lexFiles: Uint8Array.of(3, 3, 5),
    flags: Uint8Array.of(0, 1, 3),
    parentStart: Uint32Array.of(0, 0, 1, 3),
    parents: Uint32Array.of(0, 0, 1),
    parentIsInstance: Uint8Array.of(0, 0, 1),
    lemmaText: 'entity\nphysical_entity\nfoo Foo_Bar',
    senseNumbers: Uint8Array.of(1, 1, 2, 1),
    glossText: 'one\ntwo; "ex"\nthree\n',
    descendantCount: Uint32Array.of(2, 1, 0),
    descendantCount21k: Uint32Array.of(2, 1, 0),
    descendantCount1k: Uint32Array.of(1, 1, 0),
    descendantCountImageNet: Uint32Array.of(2, 1, 0),
  };
}

describe('bundle format', () => {
  it('reads back what it wrote, section by section', () => {
    const bundle = tinyBundle();
    expect(decodeBundle(encodeBundle(bundle))).toEqual(bundle);
  });

  it('reads a bundle that does not start on a 4-byte boundary', () => {
    const bytes = encodeBundle(tinyBundle());
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(decodeBundle(shifted.subarray(1)).offsets).toEqual(Uint32Array.of(1740, 1930, 70_000_000));
  });

  it('refuses bytes that are not a bundle, or a truncated one, with a reason', () => {
    const bytes = encodeBundle(tinyBundle());
    expect(() => decodeBundle(new TextEncoder().encode('<html>not found</html>'))).toThrow(BundleFormatError);
    expect(() => decodeBundle(bytes.subarray(0, bytes.length - 20))).toThrow(/truncated/);
    expect(() => decodeBundle(bytes.subarray(0, 30))).toThrow(BundleFormatError);
  });

  it('refuses another format version', () => {
    const bytes = encodeBundle(tinyBundle());
    const text = new TextDecoder().decode(bytes.subarray(12, 40)).replace('"version":2', '"version":9');
    bytes.set(new TextEncoder().encode(text), 12);
    expect(() => decodeBundle(bytes)).toThrow(/version 9/);
  });
});
