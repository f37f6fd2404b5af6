/**
 * The data bundle: every WordNet 3.0 noun synset with its ImageNet label spaces, in one binary
 * file that the browser downloads once and caches, and that Node reads in a few milliseconds.
 *
 * Layout: the magic `SYNSETS1`, a little-endian u32 header length, a JSON header naming each
 * section's byte range, then the sections, each 4-byte aligned so typed arrays view them in
 * place. Text sections are UTF-8.
 */

const MAGIC = 'SYNSETS1';
/** Bumped whenever the sections change meaning; readers refuse other versions. */
export const BUNDLE_FORMAT_VERSION = 2;

/** LabelSpaceName bits in {@link SynsetBundle.flags}. */
export const IN_21K = 1;
export const IN_1K = 2;

/** Everything the index is built from; arrays are indexed by synset number (offset order). */
export interface SynsetBundle {
  /** `data.noun` offsets, ascending: synset i has wnid `n` + offsets[i] padded to 8 digits. */
  offsets: Uint32Array;
  /** Lexicographer file numbers. */
  lexFiles: Uint8Array;
  /** {@link IN_21K} (ImageNet fall11) and {@link IN_1K} (ILSVRC-2012) bits. */
  flags: Uint8Array;
  /** Parents of synset i are parents[parentStart[i] .. parentStart[i+1]), hypernyms first. */
  parentStart: Uint32Array;
  parents: Uint32Array;
  /** 1 where the parent edge is an instance hypernym (`@i`). */
  parentIsInstance: Uint8Array;
  /** Per synset, its lemmas separated by spaces; synsets separated by newlines. */
  lemmaText: string;
  /** Sense number (1-based, `index.noun` order) of each lemma, in lemmaText order. */
  senseNumbers: Uint8Array;
  /**
   * Glosses as WordNet writes them (definition; "examples"), one line per synset. Decoded on
   * first read: 6 MB of UTF-8 that a later visit's start-up does not need.
   */
  readonly glossText: string;
  /**
   * One synset's gloss line when only some glosses are at hand (the browser loads them in
   * shards); undefined when its shard is not. Without it, glosses come from `glossText`.
   */
  glossLine?: (i: number) => string | undefined;
  /**
   * Distinct descendants of each synset (never counting itself): all nouns; ImageNet-21k
   * (fall11) synsets; ILSVRC-2012 classes; any ImageNet synset (fall11 or ILSVRC-2012).
   */
  descendantCount: Uint32Array;
  descendantCount21k: Uint32Array;
  descendantCount1k: Uint32Array;
  descendantCountImageNet: Uint32Array;
}

/**
 * How a section is stored. `u32s` is a Uint32Array stored byte-plane by byte-plane (all low
 * bytes, then the next, …), which gzip packs far better than interleaved words of small
 * numbers; `u32d` is the same over the differences of an ascending array.
 */
export type TypedArrayName = 'u8' | 'u32s' | 'u32d';
type SectionEntry = [offset: number, length: number, kind: TypedArrayName | 'text'];
interface BundleHeader {
  version: number;
  nouns: number;
  sections: Record<string, SectionEntry>;
}

const TYPED_SECTIONS = [
  ['offsets', 'u32d'],
  ['lexFiles', 'u8'],
  ['flags', 'u8'],
  ['parentStart', 'u32d'],
  ['parents', 'u32s'],
  ['parentIsInstance', 'u8'],
  ['senseNumbers', 'u8'],
  ['descendantCount', 'u32s'],
  ['descendantCount21k', 'u32s'],
  ['descendantCount1k', 'u32s'],
  ['descendantCountImageNet', 'u32s'],
] as const satisfies readonly (readonly [keyof SynsetBundle, TypedArrayName])[];
const TEXT_SECTIONS = ['lemmaText', 'glossText'] as const satisfies readonly (keyof SynsetBundle)[];

const align4 = (n: number): number => (n + 3) & ~3;

function packU32(array: Uint32Array, delta: boolean): Uint8Array {
  const n = array.length;
  const out = new Uint8Array(n * 4);
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const value = delta ? array[i]! - previous : array[i]!;
    previous = array[i]!;
    out[i] = value & 0xff;
    out[n + i] = (value >>> 8) & 0xff;
    out[2 * n + i] = (value >>> 16) & 0xff;
    out[3 * n + i] = value >>> 24;
  }
  return out;
}

function unpackU32(bytes: Uint8Array, delta: boolean): Uint32Array {
  const n = bytes.length >>> 2;
  const out = new Uint32Array(n);
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const value = (bytes[i]! | (bytes[n + i]! << 8) | (bytes[2 * n + i]! << 16) | (bytes[3 * n + i]! << 24)) >>> 0;
    previous = out[i] = delta ? previous + value : value;
  }
  return out;
}

/** One section of a file in this container format: its bytes and how to read them back. */
export interface Section {
  name: string;
  kind: TypedArrayName | 'text';
  bytes: Uint8Array;
}

/** A section from a typed array or a string, packed as `kind` says. */
export function section(name: string, value: Uint8Array | Uint32Array | string, kind: TypedArrayName | 'text'): Section {
  const bytes =
    typeof value === 'string' ? new TextEncoder().encode(value) : value instanceof Uint32Array ? packU32(value, kind === 'u32d') : value;
  return { name, kind, bytes };
}

/**
 * Writes sections behind `magic` and a JSON header (format version, synset count, each
 * section's byte range and kind). The bundle and every data part share this container.
 */
export function encodeSections(magic: string, version: number, nouns: number, parts: readonly Section[]): Uint8Array {
  const encoder = new TextEncoder();
  const header: BundleHeader = { version, nouns, sections: {} };
  // Offsets are relative to the start of the section area, so the header can be sized last.
  let cursor = 0;
  for (const part of parts) {
    header.sections[part.name] = [cursor, part.bytes.byteLength, part.kind];
    cursor = align4(cursor + part.bytes.byteLength);
  }
  const headerBytes = encoder.encode(JSON.stringify(header));
  const sectionStart = align4(magic.length + 4 + headerBytes.byteLength);
  const out = new Uint8Array(sectionStart + cursor);
  out.set(encoder.encode(magic), 0);
  new DataView(out.buffer).setUint32(magic.length, headerBytes.byteLength, true);
  out.set(headerBytes, magic.length + 4);
  for (const part of parts) out.set(part.bytes, sectionStart + header.sections[part.name]![0]);
  return out;
}

/** Serialises a bundle. */
export function encodeBundle(bundle: SynsetBundle): Uint8Array {
  return encodeSections(MAGIC, BUNDLE_FORMAT_VERSION, bundle.offsets.length, [
    ...TYPED_SECTIONS.map(([name, kind]) => section(name, bundle[name], kind)),
    ...TEXT_SECTIONS.map((name) => section(name, bundle[name], 'text')),
  ]);
}

/** Thrown when bytes are not a bundle this code can read; the message says why. */
export class BundleFormatError extends Error {
  override name = 'BundleFormatError';
}

/** A bundle but its glosses: everything an index needs to start answering. */
export type BundleArrays = Omit<SynsetBundle, 'glossText' | 'glossLine'>;

/** A decoded bundle in two parts: the arrays, and the glosses' UTF-8 still undecoded. */
export interface BundleParts {
  arrays: BundleArrays;
  /** Two thirds of the bundle's bytes, and no part of start-up: kept apart so they can be read later. */
  glossBytes: Uint8Array;
}

/**
 * Reads a bundle. Byte sections are views into `bytes`; word sections are unpacked into new
 * arrays (about 1.3 MB, a millisecond); the rest is the two text sections' UTF-8 decode, the
 * glosses' on first read.
 */
export function decodeBundle(bytes: Uint8Array): SynsetBundle {
  const { arrays, glossBytes } = decodeBundleParts(bytes);
  return joinBundle(arrays, () => new TextDecoder().decode(glossBytes));
}

/**
 * A bundle from its arrays and a source of its gloss text, called on the first read of
 * `glossText` (and again after it throws: a source may not have the glosses yet).
 */
export function joinBundle(arrays: BundleArrays, glossText: () => string): SynsetBundle {
  let text: string | undefined;
  return {
    ...arrays,
    get glossText() {
      return (text ??= glossText());
    },
  };
}

/** The sections of a file in this container format, read on demand; views share its bytes. */
export interface SectionReader {
  nouns: number;
  bytes(name: string): Uint8Array;
  u8(name: string): Uint8Array;
  u32(name: string): Uint32Array;
  text(name: string): string;
}

/** Opens a container written by {@link encodeSections}; throws {@link BundleFormatError} saying why not. */
export function readSections(bytes: Uint8Array, magic: string, version: number, what: string): SectionReader {
  const decoder = new TextDecoder();
  if (bytes.byteLength < magic.length + 4 || decoder.decode(bytes.subarray(0, magic.length)) !== magic) {
    throw new BundleFormatError(`not a ${what} (bad magic bytes)`);
  }
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(magic.length, true);
  const headerEnd = magic.length + 4 + headerLength;
  if (headerEnd > bytes.byteLength) throw new BundleFormatError(`truncated ${what} (header)`);
  let header: BundleHeader;
  try {
    header = JSON.parse(decoder.decode(bytes.subarray(magic.length + 4, headerEnd))) as BundleHeader;
  } catch {
    throw new BundleFormatError(`corrupt ${what} (header is not JSON)`);
  }
  if (header.version !== version) throw new BundleFormatError(`${what} version ${header.version}, expected ${version}`);
  const sectionStart = align4(headerEnd);
  const raw = (name: string): Uint8Array => {
    const entry = header.sections[name];
    if (!entry) throw new BundleFormatError(`${what} lacks section ${name}`);
    const [offset, length] = entry;
    if (sectionStart + offset + length > bytes.byteLength) throw new BundleFormatError(`truncated ${what} (section ${name})`);
    return bytes.subarray(sectionStart + offset, sectionStart + offset + length);
  };
  return {
    nouns: header.nouns,
    bytes: raw,
    u8: raw,
    u32: (name) => unpackU32(raw(name), header.sections[name]![2] === 'u32d'),
    text: (name) => decoder.decode(raw(name)),
  };
}

/** Reads a bundle's sections, leaving the glosses as bytes (see {@link decodeBundle}). */
export function decodeBundleParts(bytes: Uint8Array): BundleParts {
  const read = readSections(bytes, MAGIC, BUNDLE_FORMAT_VERSION, 'synset data bundle');
  const arrays: BundleArrays = {
    offsets: read.u32('offsets'),
    lexFiles: read.u8('lexFiles'),
    flags: read.u8('flags'),
    parentStart: read.u32('parentStart'),
    parents: read.u32('parents'),
    parentIsInstance: read.u8('parentIsInstance'),
    lemmaText: read.text('lemmaText'),
    senseNumbers: read.u8('senseNumbers'),
    descendantCount: read.u32('descendantCount'),
    descendantCount21k: read.u32('descendantCount21k'),
    descendantCount1k: read.u32('descendantCount1k'),
    descendantCountImageNet: read.u32('descendantCountImageNet'),
  };
  checkSizes(arrays, read.nouns);
  return { arrays, glossBytes: read.bytes('glossText') };
}

/** Throws when the per-synset arrays do not all have one entry per synset. */
export function checkSizes(arrays: BundleArrays, n: number): void {
  const sized = [
    arrays.offsets,
    arrays.lexFiles,
    arrays.flags,
    arrays.descendantCount,
    arrays.descendantCount21k,
    arrays.descendantCount1k,
    arrays.descendantCountImageNet,
  ];
  if (sized.some((array) => array.length !== n) || arrays.parentStart.length !== n + 1) {
    throw new BundleFormatError('corrupt synset data (section sizes disagree)');
  }
}
