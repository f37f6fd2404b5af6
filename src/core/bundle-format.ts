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
  /**
   * Where each synset's lemmas and each lemma start, when a reader has them already (Node's start
   * tables, see `start-tables.ts`); the index finds them in the lemma text otherwise.
   */
  readonly lemmaBoundaries?: LemmaBoundaries;
  /** Lemma numbers in the order of their lower-case text (then by number), when a reader has them: a name's senses are then found by bisection. */
  readonly lemmaOrder?: Uint32Array;
  /**
   * Each synset's children (the parent lists inverted), when a reader has them (the browser's
   * worker keeps them in IndexedDB after a visit, see `tree-tables.ts`); the index inverts the
   * parents otherwise.
   */
  readonly childLists?: ChildListArrays;
}

/** Synset i's children are childList[childStart[i] .. childStart[i+1]), in offset order. */
export interface ChildListArrays {
  childStart: Uint32Array;
  childList: Uint32Array;
}

/** Synset i owns lemmas lemmaStart[i] .. lemmaStart[i+1]-1; lemma l starts at lemmaCharStart[l] in the lemma text. */
export interface LemmaBoundaries {
  lemmaStart: Uint32Array;
  lemmaCharStart: Uint32Array;
}

/**
 * How a section is stored. `u32s` is a Uint32Array stored byte-plane by byte-plane (all low
 * bytes, then the next, …), which gzip packs far better than interleaved words of small
 * numbers; `u32d` is the same over the differences of an ascending array; `u32` is plain
 * little-endian words, which a reader views in place (files that are never gzipped).
 */
export type TypedArrayName = 'u8' | 'u32' | 'u32s' | 'u32d';
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

/** The bundle's sections of 4-byte words, which the start tables keep unpacked. */
export const WORD_SECTIONS = TYPED_SECTIONS.filter(([, kind]) => kind !== 'u8').map(([name]) => name);
export type WordSectionName = (typeof WORD_SECTIONS)[number];

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

function littleEndianWords(array: Uint32Array): Uint8Array {
  const out = new Uint8Array(array.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < array.length; i++) view.setUint32(i * 4, array[i]!, true);
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
    typeof value === 'string'
      ? new TextEncoder().encode(value)
      : value instanceof Uint32Array
        ? kind === 'u32'
          ? littleEndianWords(value)
          : packU32(value, kind === 'u32d')
        : value;
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
  /** A section's size in bytes, from the header. */
  byteLength(name: string): number;
  /** Bytes start..end of a section, read alone. */
  slice(name: string, start: number, end: number): Uint8Array;
  u8(name: string): Uint8Array;
  u32(name: string): Uint32Array;
  text(name: string): string;
}

/** Reads `length` bytes at `offset` of a file in this container format (from memory, or from disk by need). */
export type ByteRange = (offset: number, length: number) => Uint8Array;

/** Opens a container written by {@link encodeSections}; throws {@link BundleFormatError} saying why not. */
export function readSections(bytes: Uint8Array, magic: string, version: number, what: string): SectionReader {
  return openSections(bytes.byteLength, (offset, length) => bytes.subarray(offset, offset + length), magic, version, what);
}

/**
 * Opens a container of `size` bytes through `range`, reading its header now and each section
 * when asked for: a reader that needs a few sections of a large file reads only those.
 */
export function openSections(size: number, range: ByteRange, magic: string, version: number, what: string): SectionReader {
  const decoder = new TextDecoder();
  const start = size < magic.length + 4 ? new Uint8Array(0) : range(0, magic.length + 4);
  if (start.byteLength < magic.length + 4 || decoder.decode(start.subarray(0, magic.length)) !== magic) {
    throw new BundleFormatError(`not a ${what} (bad magic bytes)`);
  }
  const headerLength = new DataView(start.buffer, start.byteOffset).getUint32(magic.length, true);
  const headerEnd = magic.length + 4 + headerLength;
  if (headerEnd > size) throw new BundleFormatError(`truncated ${what} (header)`);
  let header: BundleHeader;
  try {
    header = JSON.parse(decoder.decode(range(magic.length + 4, headerLength))) as BundleHeader;
  } catch {
    throw new BundleFormatError(`corrupt ${what} (header is not JSON)`);
  }
  if (header.version !== version) throw new BundleFormatError(`${what} version ${header.version}, expected ${version}`);
  const sectionStart = align4(headerEnd);
  const where = (name: string): [offset: number, length: number] => {
    const entry = header.sections[name];
    if (!entry) throw new BundleFormatError(`${what} lacks section ${name}`);
    const [offset, length] = entry;
    if (sectionStart + offset + length > size) throw new BundleFormatError(`truncated ${what} (section ${name})`);
    return [sectionStart + offset, length];
  };
  const raw = (name: string): Uint8Array => range(...where(name));
  return {
    nouns: header.nouns,
    bytes: raw,
    byteLength: (name) => where(name)[1],
    slice: (name, start, end) => {
      const [offset, length] = where(name);
      if (start < 0 || end < start || end > length)
        throw new BundleFormatError(`${what}: bytes ${start}..${end} are outside section ${name}`);
      return range(offset + start, end - start);
    },
    u8: raw,
    u32: (name) => {
      const kind = header.sections[name]?.[2];
      return kind === 'u32' ? viewU32(raw(name)) : unpackU32(raw(name), kind === 'u32d');
    },
    text: (name) => decoder.decode(raw(name)),
  };
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** Plain little-endian words as a Uint32Array: a view of the bytes where they are aligned and the host is little-endian, a copy otherwise. */
function viewU32(bytes: Uint8Array): Uint32Array {
  if (LITTLE_ENDIAN) {
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >>> 2);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Uint32Array.from({ length: bytes.byteLength >>> 2 }, (_, k) => view.getUint32(k * 4, true));
}

/** Opens a bundle of `size` bytes to read its sections by need (see {@link lazyBundle}). */
export function openBundleSections(size: number, range: ByteRange): SectionReader {
  return openSections(size, range, MAGIC, BUNDLE_FORMAT_VERSION, 'synset data bundle');
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

/** What a lazily read bundle takes from the start tables (`start-tables.ts`) instead of working it out. */
export interface StartTables {
  /** A word section unpacked, to view in place. */
  words(name: WordSectionName): Uint32Array;
  lemmaBoundaries(): LemmaBoundaries;
  lemmaOrder(): Uint32Array;
  /** Byte offset of each gloss line in the glosses' UTF-8, and the end. */
  glossStart(): Uint32Array;
}

/** Gloss lines read alone before the whole 6 MB section is read at once: a command that shows a few synsets reads a few lines. */
const GLOSS_LINES_READ_ALONE = 16;

/**
 * A bundle whose sections are read (and unpacked, or decoded) when first used, each once: a
 * command that shows one synset needs 4 of its 13 sections and one line of the glosses. Each
 * section's size is checked as it is read. Given the start tables, word sections are viewed
 * unpacked, the lemmas' boundaries are read, not found, and a gloss is read and decoded alone.
 * The tables only spare work: where they prove damaged, the bundle's own sections serve.
 */
export function lazyBundle(read: SectionReader, tables?: StartTables): SynsetBundle {
  const n = read.nouns;
  const bundle: Record<string, unknown> = {};
  const define = (name: string, make: () => unknown): void => {
    let value: unknown;
    Object.defineProperty(bundle, name, { enumerable: true, get: () => (value ??= make()) });
  };
  const fromTables = <T>(take: (tables: StartTables) => T): T | undefined => {
    if (!tables) return undefined;
    try {
      return take(tables);
    } catch (error) {
      if (error instanceof BundleFormatError) return undefined;
      throw error;
    }
  };
  const expectedLength: Partial<Record<string, number>> = {
    offsets: n,
    lexFiles: n,
    flags: n,
    parentStart: n + 1,
    descendantCount: n,
    descendantCount21k: n,
    descendantCount1k: n,
    descendantCountImageNet: n,
  };
  for (const [name, kind] of TYPED_SECTIONS) {
    define(name, () => {
      const sized = (array: Uint8Array | Uint32Array): boolean =>
        expectedLength[name] === undefined || array.length === expectedLength[name];
      if (kind !== 'u8') {
        const words = fromTables((t) => t.words(name));
        if (words && sized(words) && words.byteLength === read.byteLength(name)) return words;
      }
      const array = kind === 'u8' ? read.u8(name) : read.u32(name);
      if (!sized(array)) throw new BundleFormatError('corrupt synset data (section sizes disagree)');
      return array;
    });
  }
  define('lemmaText', () => read.text('lemmaText'));
  let glossBytes: Uint8Array | undefined;
  const glosses = (): Uint8Array => (glossBytes ??= read.bytes('glossText'));
  define('glossText', () => new TextDecoder().decode(glosses()));
  if (!tables) return bundle as unknown as SynsetBundle;

  define('lemmaBoundaries', () => fromTables((t) => t.lemmaBoundaries()));
  define('lemmaOrder', () => fromTables((t) => t.lemmaOrder()));
  const decoder = new TextDecoder();
  let starts: Uint32Array | null | undefined;
  let linesReadAlone = 0;
  bundle.glossLine = (i: number): string | undefined => {
    starts ??= fromTables((t) => t.glossStart()) ?? null;
    if (!starts || starts.length !== n + 1 || starts[n] !== read.byteLength('glossText')) return undefined;
    const [start, end] = [starts[i]!, starts[i + 1]! - 1];
    if (glossBytes || ++linesReadAlone > GLOSS_LINES_READ_ALONE) return decoder.decode(glosses().subarray(start, end));
    return decoder.decode(read.slice('glossText', start, end));
  };
  return bundle as unknown as SynsetBundle;
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
