/**
 * The data bundle split into parts that a browser loads by need, each a content-hashed file:
 *
 * - `structure`: the graph and the counts (parents, label spaces, lexicographer files,
 *   descendant counts): what the tree, paths and the sunburst need beside the names.
 * - `names-NN`: shards of consecutive synsets with their wnids, lemmas and sense numbers. A
 *   label needs one shard; the tree and search need all of them.
 * - `glosses-NN`: shards of the gloss lines. A card or a tooltip needs one; gloss-word search
 *   needs all.
 *
 * The parts hold exactly the bundle's sections (`bundle-format.ts`), in the same container, so
 * {@link joinParts} rebuilds the bundle the CLI reads, and the tests compare the two.
 */
import { indexOfSorted, lastAtOrBelow } from './bisect.js';
import {
  BundleFormatError,
  checkSizes,
  encodeSections,
  readSections,
  section,
  type BundleArrays,
  type SynsetBundle,
} from './bundle-format.js';
import type { LabelSetInfo, NameListInfo, PromptTemplatesInfo } from './label-spaces.js';
import type { LanguageInfo } from './language-catalog.js';
import { treeTablesFit } from './tree-tables.js';

const PART_MAGIC = 'SYNPART1';
/** Bumped whenever a part's sections change meaning; readers refuse other versions. */
export const PART_FORMAT_VERSION = 2;

/** One part file as the manifest lists it. */
export interface PartEntry {
  /** File name, relative to the manifest: `kind[-NN].<hash>.bin.gz`, the hash of its content. */
  file: string;
  /** Size uncompressed and gzipped. */
  bytes: number;
  gzipBytes: number;
}

/** A shard: the synsets numbered from `start` up to the next shard's `start` (or the end). */
export interface ShardEntry extends PartEntry {
  start: number;
  /** The `data.noun` offset of synset `start`: finds a wnid's shard without the other shards. */
  firstOffset: number;
}

/**
 * A built-in label space in the manifest: its catalog entry, its size, and the part holding its
 * list (one wnid a line); `1k` and `21k` have none, the structure's flags hold them.
 */
export interface LabelSetEntry {
  info: LabelSetInfo;
  classes: number;
  part?: PartEntry;
}

/** A published name list of the 1k (a JSON array of 1,000 names) in the manifest. */
export interface NameListEntry {
  info: NameListInfo;
  part: PartEntry;
}

/** `parts.json`: every part of one build of the data. */
export interface PartsManifest {
  format: number;
  nouns: number;
  structure: PartEntry;
  names: ShardEntry[];
  glosses: ShardEntry[];
  /**
   * The names again, in many small shards (a few KB each), for a page that names a few synsets
   * and builds no index (a docs page's labels): a label costs one of them, where a names shard of
   * the index would cost it 25 KB. Written compactly (see {@link CompactShards}); the index and
   * search keep to `names`.
   */
  labelNames?: CompactShards;
  /** The built-in label spaces; fetched only when a page picks one. */
  labelSets?: LabelSetEntry[];
  nameLists?: NameListEntry[];
  /** CLIP's prompt templates by language (a JSON array of format strings); fetched for a CLIP head's export. */
  promptTemplates?: { info: PromptTemplatesInfo; part: PartEntry }[];
  /** The published groupings' files (data/groupings/), by file name; fetched when a page asks for one. */
  groupingFiles?: { name: string; part: PartEntry }[];
  /**
   * ImageNet's validation data that evaluation reads (data/evaluation/, Apache-2.0: its README):
   * `val-labels.npy`, `real-labels.txt` and `known-issues.tsv`, by file name, each as it is;
   * fetched when a page scores a model or shows a class's known label issues.
   */
  evaluationFiles?: { name: string; part: PartEntry }[];
  /**
   * The WordNet version map (`data/wordnet-versions/wn30-wn31.tsv`, as it is): each noun's ILI
   * and WordNet 3.1 offset. Fetched the first time a page reads or shows such an id.
   */
  versions?: PartEntry;
  /**
   * The label languages, each in shards of its own (a language's words never share a file with
   * another's or with WordNet's): a shard is the lines of the language's file (its head, then a
   * line per synset with words) for the synsets from `start` to the next shard's. A label needs
   * one shard; search and the tree in the language need all of its shards. Fetched only when a
   * page asks for that language. The entries themselves ({@link LanguageEntry}[] as JSON, 100 KB
   * for 28 languages) are a part of their own: inlined here, they would weigh on every docs page.
   */
  languages?: PartEntry;
  /**
   * The whole tree in one file: the structure's and every names shard's part files, as they
   * are, one after another ({@link treeParts}). A first visit's tree comes in one request rather
   * than 33 (each a fetch of its own in the worker, six at a time over HTTP/1.1); each part is
   * still checked against its own name and kept under it. The parts stay as files of their own
   * for everything else (a part IndexedDB lost, Node's reader).
   */
  tree?: JoinedPartsEntry;
}

/** Part files joined into one, each as it is (gzip members one after another). */
export interface JoinedPartsEntry {
  /** File name, relative to the manifest: `kind.<hash>.parts`, the hash of its content. */
  file: string;
  /** Its size: the sum of its parts' `gzipBytes`. */
  bytes: number;
}

/** The parts the manifest's `tree` joins, in its order. */
export function treeParts(manifest: PartsManifest): PartEntry[] {
  return [manifest.structure, ...manifest.names];
}

/** The file name of joined parts whose content has this SHA-256 (hex). */
export function joinedPartsFileName(kind: string, sha256: string): string {
  return `${kind}.${sha256.slice(0, 16)}.parts`;
}

/** A label language in the manifest: its catalog entry and its shards. */
export interface LanguageEntry {
  info: LanguageInfo;
  shards: ShardEntry[];
}

/** The graph and counts of every synset: a bundle's arrays but offsets, lemmas and glosses. */
export type StructurePart = Omit<BundleArrays, 'offsets' | 'lemmaText' | 'senseNumbers'>;

/** A names shard, decoded: its synsets' offsets, lemma lines and sense numbers. */
export interface NameShard {
  offsets: Uint32Array;
  /** One line per synset, lemmas separated by spaces, as in the bundle. */
  lemmaText: string;
  senseNumbers: Uint8Array;
}

/** The hex digest a part's file name carries: the first 16 hex digits of its SHA-256. */
export function partDigest(file: string): string {
  const match = /\.([0-9a-f]{16})\.bin(\.gz)?$/.exec(file);
  if (!match) throw new BundleFormatError(`not a data part file name: ${file}`);
  return match[1]!;
}

/** The part file name for content with this SHA-256 (hex). */
export function partFileName(kind: string, sha256: string): string {
  return `${kind}.${sha256.slice(0, 16)}.bin.gz`;
}

/**
 * Shards of one kind written column by column, so that hundreds of them add a few KB to
 * `parts.json` rather than tens: shard k is the file `partFileName(kind + '-' + k (3 digits),
 * hashes[k])`, and the other columns are its {@link ShardEntry} fields.
 */
export interface CompactShards {
  kind: string;
  hashes: string[];
  bytes: number[];
  gzipBytes: number[];
  starts: number[];
  firstOffsets: number[];
}

/** Compact shards as the entries the rest of the code reads; throws when the columns disagree. */
export function expandShards(compact: CompactShards): ShardEntry[] {
  const { kind, hashes, bytes, gzipBytes, starts, firstOffsets } = compact;
  const columns = [bytes, gzipBytes, starts, firstOffsets];
  if (!Array.isArray(hashes) || columns.some((column) => !Array.isArray(column) || column.length !== hashes.length)) {
    throw new BundleFormatError(`the manifest's ${String(kind)} shards are damaged (columns of different lengths)`);
  }
  return hashes.map((hash, k) => ({
    file: partFileName(`${kind}-${String(k).padStart(3, '0')}`, hash),
    bytes: bytes[k]!,
    gzipBytes: gzipBytes[k]!,
    start: starts[k]!,
    firstOffset: firstOffsets[k]!,
  }));
}

/** The shard that holds synset number i (shards ascend by `start`). */
export function shardOfNumber(shards: readonly ShardEntry[], i: number): number {
  return lastAtOrBelow(shards.length, (k) => shards[k]!.start <= i);
}

/** The shard whose range would hold a `data.noun` offset (whether or not a synset has it). */
export function shardOfOffset(shards: readonly ShardEntry[], offset: number): number {
  return lastAtOrBelow(shards.length, (k) => shards[k]!.firstOffset <= offset);
}

// ---- writing (the build) ----

/** The parts of a bundle, unnamed and uncompressed: the build hashes, names and gzips them. */
export interface SplitBundle {
  structure: Uint8Array;
  names: { start: number; bytes: Uint8Array }[];
  glosses: { start: number; bytes: Uint8Array }[];
}

/** Splits a bundle into a structure part, `nameShards` names shards and `glossShards` gloss shards. */
export function splitBundle(bundle: SynsetBundle, nameShards: number, glossShards: number): SplitBundle {
  const n = bundle.offsets.length;
  const lemmaLines = bundle.lemmaText.split('\n');
  const glossLines = bundle.glossText.split('\n');
  const structure = encodeSections(PART_MAGIC, PART_FORMAT_VERSION, n, [
    section('lexFiles', bundle.lexFiles, 'u8'),
    section('flags', bundle.flags, 'u8'),
    section('parentStart', bundle.parentStart, 'u32d'),
    section('parents', bundle.parents, 'u32s'),
    section('parentIsInstance', bundle.parentIsInstance, 'u8'),
    section('descendantCount', bundle.descendantCount, 'u32s'),
    section('descendantCount21k', bundle.descendantCount21k, 'u32s'),
    section('descendantCount1k', bundle.descendantCount1k, 'u32s'),
    section('descendantCountImageNet', bundle.descendantCountImageNet, 'u32s'),
  ]);
  const names = splitNames(bundle, nameShards, lemmaLines);
  const glosses = ranges(n, glossShards).map(([start, end]) => ({
    start,
    bytes: encodeSections(PART_MAGIC, PART_FORMAT_VERSION, end - start, [
      section('glossText', glossLines.slice(start, end).join('\n'), 'text'),
    ]),
  }));
  return { structure, names, glosses };
}

/** The bundle's names in `count` shards of consecutive synsets (offsets, lemmas, sense numbers). */
export function splitNames(
  bundle: SynsetBundle,
  count: number,
  lemmaLines = bundle.lemmaText.split('\n'),
): { start: number; bytes: Uint8Array }[] {
  const n = bundle.offsets.length;
  const firstLemma = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) firstLemma[i + 1] = firstLemma[i]! + lemmaLines[i]!.split(' ').length;
  return ranges(n, count).map(([start, end]) => ({
    start,
    bytes: encodeSections(PART_MAGIC, PART_FORMAT_VERSION, end - start, [
      section('offsets', bundle.offsets.subarray(start, end), 'u32d'),
      section('lemmaText', lemmaLines.slice(start, end).join('\n'), 'text'),
      section('senseNumbers', bundle.senseNumbers.subarray(firstLemma[start], firstLemma[end]), 'u8'),
    ]),
  }));
}

/**
 * A language file split into shards of consecutive synsets with about `bytesPerShard` bytes
 * (UTF-8) of lines each (more where the file would need more than `maxShards`): the words cluster (the
 * 1k's animals, in Chinese), so shards are cut by size, not by synset count. Each shard is the
 * file's head and then its lines; its `start` is its first line's synset (0 for the first), so a
 * wnid's shard is found by its offset as an English names shard's is. `numberOf` gives a line's
 * synset number from its offset.
 */
export function splitLanguageFile(
  text: string,
  numberOf: (offset: number) => number,
  bytesPerShard: number,
  maxShards: number,
): { start: number; text: string }[] {
  const lines = text.split('\n').filter((line) => line !== '');
  const head = lines.filter((line) => line.startsWith('#'));
  const body = lines.filter((line) => !line.startsWith('#'));
  const utf8 = new TextEncoder();
  const lengths = body.map((line) => utf8.encode(line).length + 1);
  const total = lengths.reduce((sum, length) => sum + length, 0);
  const size = Math.max(bytesPerShard, Math.ceil(total / maxShards));
  const shards: { start: number; lines: string[]; length: number }[] = [];
  body.forEach((line, k) => {
    const last = shards[shards.length - 1];
    if (last && last.length + lengths[k]! <= size) {
      last.lines.push(line);
      last.length += lengths[k]!;
    } else {
      const start = shards.length === 0 ? 0 : numberOf(Number(line.slice(0, line.indexOf('\t'))));
      shards.push({ start, lines: [line], length: lengths[k]! });
    }
  });
  if (shards.length === 0) shards.push({ start: 0, lines: [], length: 0 });
  return shards.map(({ start, lines: shardLines }) => ({ start, text: [...head, ...shardLines].join('\n') + '\n' }));
}

/** `count` consecutive ranges of about equal size covering [0, n). */
function ranges(n: number, count: number): [number, number][] {
  const size = Math.ceil(n / count);
  const out: [number, number][] = [];
  for (let start = 0; start < n; start += size) out.push([start, Math.min(n, start + size)]);
  return out;
}

// ---- reading (the worker, the tests) ----

const read = (bytes: Uint8Array) => readSections(bytes, PART_MAGIC, PART_FORMAT_VERSION, 'synset data part');

/** Decodes the structure part; `nouns` is the manifest's count, which it must match. */
export function decodeStructure(bytes: Uint8Array, nouns: number): StructurePart {
  const part = read(bytes);
  if (part.nouns !== nouns) throw new BundleFormatError(`structure part for ${part.nouns} synsets, expected ${nouns}`);
  return {
    lexFiles: part.u8('lexFiles'),
    flags: part.u8('flags'),
    parentStart: part.u32('parentStart'),
    parents: part.u32('parents'),
    parentIsInstance: part.u8('parentIsInstance'),
    descendantCount: part.u32('descendantCount'),
    descendantCount21k: part.u32('descendantCount21k'),
    descendantCount1k: part.u32('descendantCount1k'),
    descendantCountImageNet: part.u32('descendantCountImageNet'),
  };
}

/**
 * Decodes a names shard holding `count` synsets. Its lines are not walked here: the whole
 * index walks the joined text anyway, and a label's lookup walks its shard once, on demand.
 */
export function decodeNameShard(bytes: Uint8Array, count: number): NameShard {
  const part = read(bytes);
  const shard = { offsets: part.u32('offsets'), lemmaText: part.text('lemmaText'), senseNumbers: part.u8('senseNumbers') };
  if (part.nouns !== count || shard.offsets.length !== count)
    throw new BundleFormatError(`names shard sizes disagree (expected ${count} synsets)`);
  return shard;
}

/** Where each synset's line starts in a names shard, and the number of its first lemma. */
interface LineIndex {
  lineStart: Uint32Array;
  firstLemma: Uint32Array;
}

const lineIndexes = new WeakMap<NameShard, LineIndex>();

/** The shard's line index, found in one pass on first use; throws if lines and counts disagree. */
function lineIndexOf(shard: NameShard): LineIndex {
  let index = lineIndexes.get(shard);
  if (index) return index;
  const { lemmaText, offsets, senseNumbers } = shard;
  const count = offsets.length;
  const lineStart = new Uint32Array(count);
  const firstLemma = new Uint32Array(count);
  let line = 1;
  let lemma = 1;
  for (let c = 0; c < lemmaText.length; c++) {
    const code = lemmaText.charCodeAt(c);
    if (code === 32) lemma++;
    else if (code === 10) {
      if (line === count) break;
      lineStart[line] = c + 1;
      firstLemma[line++] = lemma++;
    }
  }
  if (line !== count || lemma > senseNumbers.length) throw new BundleFormatError(`names shard sizes disagree (expected ${count} synsets)`);
  lineIndexes.set(shard, (index = { lineStart, firstLemma }));
  return index;
}

/** Decodes a gloss shard holding `count` synsets into its gloss lines. */
export function decodeGlossShard(bytes: Uint8Array, count: number): string[] {
  const lines = read(bytes).text('glossText').split('\n');
  if (lines.length !== count) throw new BundleFormatError(`gloss shard has ${lines.length} glosses, expected ${count}`);
  return lines;
}

/** How many synsets shard k of these holds. */
export function shardSize(shards: readonly ShardEntry[], k: number, nouns: number): number {
  return (shards[k + 1]?.start ?? nouns) - shards[k]!.start;
}

/**
 * The bundle from its structure and every names shard (in order). Glosses come from
 * `glossLine` (a shard's line, or undefined) and, once all are there, from `glossText`. `kept`:
 * the tree tables a visit before kept of this build (see `tree-tables.ts`), used if they fit.
 */
export function joinParts(
  structure: StructurePart,
  names: readonly NameShard[],
  glosses: { glossLine: (i: number) => string | undefined; glossText: () => string },
  kept?: unknown,
): SynsetBundle {
  const n = structure.flags.length;
  const offsets = new Uint32Array(n);
  const senseCount = names.reduce((sum, shard) => sum + shard.senseNumbers.length, 0);
  const senseNumbers = new Uint8Array(senseCount);
  let at = 0;
  let senseAt = 0;
  for (const shard of names) {
    offsets.set(shard.offsets, at);
    senseNumbers.set(shard.senseNumbers, senseAt);
    at += shard.offsets.length;
    senseAt += shard.senseNumbers.length;
  }
  const joined: BundleArrays = { ...structure, offsets, senseNumbers, lemmaText: names.map((shard) => shard.lemmaText).join('\n') };
  checkSizes(joined, n);
  const arrays: BundleArrays = treeTablesFit(kept, joined)
    ? {
        ...joined,
        lemmaBoundaries: { lemmaStart: kept.lemmaStart, lemmaCharStart: kept.lemmaCharStart },
        childLists: { childStart: kept.childStart, childList: kept.childList },
      }
    : joined;
  let text: string | undefined;
  return {
    ...arrays,
    glossLine: glosses.glossLine,
    get glossText() {
      return (text ??= glosses.glossText());
    },
  };
}

/**
 * The synset with this offset in a shard: its position there, first lemma and that lemma's
 * sense number; undefined when no synset of the shard has the offset.
 */
export function firstLemmaInShard(shard: NameShard, offset: number): { position: number; lemma: string; sense: number } | undefined {
  const { offsets, lemmaText, senseNumbers } = shard;
  const { lineStart, firstLemma } = lineIndexOf(shard);
  const position = indexOfSorted(offsets, offset);
  if (position < 0) return undefined;
  const start = lineStart[position]!;
  let end = start;
  while (end < lemmaText.length && lemmaText.charCodeAt(end) !== 32 && lemmaText.charCodeAt(end) !== 10) end++;
  return { position, lemma: lemmaText.slice(start, end), sense: senseNumbers[firstLemma[position]!]! };
}
