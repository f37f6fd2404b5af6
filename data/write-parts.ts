/**
 * Writes the browser's copy of the data: a bundle split into content-hashed, gzipped part
 * files and their manifest `parts.json` (see `src/core/data-parts.ts`). The build writes the
 * app's parts with it; browser tests write altered builds with it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SynsetBundle } from '../src/core/bundle-format.js';
import type { LabelCatalog } from '../src/core/label-spaces.js';
import type { LanguageInfo } from '../src/core/language-catalog.js';
import { indexOfSorted } from '../src/core/bisect.js';
import { zopfliAll } from './gzip-parts.js';
import {
  joinedPartsFileName,
  partFileName,
  treeParts,
  PART_FORMAT_VERSION,
  splitBundle,
  splitLanguageFile,
  splitNames,
  type JoinedPartsEntry,
  type PartEntry,
  type LanguageEntry,
  type PartsManifest,
  type ShardEntry,
} from '../src/core/data-parts.js';

/**
 * 32 names shards (about 26 KB gzipped each: what a page of a few labels downloads) and 64
 * gloss shards (about 32 KB: a card's or a tooltip's definition). More shards would make a
 * label's download smaller but the whole larger: each shard is compressed on its own.
 */
export const NAME_SHARDS = 32;
export const GLOSS_SHARDS = 64;
/**
 * The names again in 256 shards (about 3.5 KB gzipped each, 320 synsets) for pages of labels
 * (`labelNames` in the manifest): ten labels anywhere in the 21k then cost about 35–55 KB of names,
 * where ten of the 32 shards cost 250 KB. The whole is about 12% larger than the 32 shards' (each
 * shard is compressed on its own), and only those pages fetch it.
 */
export const LABEL_NAME_SHARDS = 256;
const LABEL_NAMES_KIND = 'label-names';

export interface WritePartsOptions {
  /** `zopfli` (the build: smallest) or a zlib level (tests: fast). */
  gzip: 'zopfli' | number;
  /** The built-in label spaces and name lists to add, each a part of its own (default none). */
  labelSpaces?: LabelSpaceFiles;
  /** The WordNet version map's file (`data/wordnet-versions/wn30-wn31.tsv`), a part of its own (default none). */
  versions?: Uint8Array;
  /** The label languages: each one's catalog entry and file text (class names merged in), in shards of their own (default none). */
  languages?: readonly { info: LanguageInfo; text: string }[];
}

/**
 * A language's shards hold at least this much text, and are as many as English names shards at
 * most (NAME_SHARDS): Chinese in 32 shards of about 11 KB gzipped. A label in the language costs
 * one of them beside its English shard: a docs page with four Chinese labels fetched 82 KB of
 * Chinese in 60 KB shards, 3 of 13.
 */
export const LANGUAGE_SHARD_BYTES = 20_000;

/** The catalog of label spaces and a way to read each list's file. */
export interface LabelSpaceFiles {
  catalog: LabelCatalog;
  /** Sizes of the sets whose lists are in the structure (`1k`, `21k`), by name. */
  flagSetSizes: Readonly<Record<string, number>>;
  read(file: string): Uint8Array;
  /** The published groupings' files, by name, with their bytes. */
  groupingFiles?: readonly { name: string; bytes: Uint8Array }[];
  /** The evaluation data's files (data/evaluation/), by name, with their bytes. */
  evaluationFiles?: readonly { name: string; bytes: Uint8Array }[];
}

/**
 * Writes the parts and `parts.json` into `dir`, and returns the manifest. A part file that is
 * already there is kept (its name is its content's hash); files of other builds are removed.
 */
export async function writeParts(bundle: SynsetBundle, dir: string, options: WritePartsOptions): Promise<PartsManifest> {
  mkdirSync(dir, { recursive: true });
  const split = splitBundle(bundle, NAME_SHARDS, GLOSS_SHARDS);
  const labelNames = splitNames(bundle, LABEL_NAME_SHARDS);
  const spaces = options.labelSpaces;
  const listed = spaces ? spaces.catalog.sets.filter((info) => !(info.name in spaces.flagSetSizes)) : [];
  const nameLists = spaces?.catalog.names ?? [];
  const groupingFiles = spaces?.groupingFiles ?? [];
  const evaluationFiles = spaces?.evaluationFiles ?? [];
  const templates = spaces?.catalog.templates ?? [];
  const named = [
    { kind: 'structure', bytes: split.structure },
    ...split.names.map(({ bytes }, k) => ({ kind: `names-${String(k).padStart(3, '0')}`, bytes })),
    ...split.glosses.map(({ bytes }, k) => ({ kind: `glosses-${String(k).padStart(3, '0')}`, bytes })),
    ...listed.map((info) => ({ kind: `labels-${info.name}`, bytes: spaces!.read(info.file) })),
    ...nameLists.map((info) => ({ kind: `classnames-${info.name}`, bytes: spaces!.read(info.file) })),
    ...groupingFiles.map(({ name, bytes }) => ({ kind: `grouping-${name.replace(/[^a-z0-9-]+/gi, '-')}`, bytes })),
    ...evaluationFiles.map(({ name, bytes }) => ({ kind: `evaluation-${name.replace(/[^a-z0-9-]+/gi, '-')}`, bytes })),
    ...templates.map((info) => ({ kind: `templates-${info.lang}`, bytes: spaces!.read(info.file) })),
    ...(options.versions ? [{ kind: 'wordnet-versions', bytes: options.versions }] : []),
    ...labelNames.map(({ bytes }, k) => ({ kind: `${LABEL_NAMES_KIND}-${String(k).padStart(3, '0')}`, bytes })),
  ].map(({ kind, bytes }) => ({ bytes, file: partFileName(kind, createHash('sha256').update(bytes).digest('hex')) }));
  const toWrite = named.filter(({ file }) => !existsSync(join(dir, file)));
  const packed =
    options.gzip === 'zopfli'
      ? await zopfliAll(toWrite.map(({ bytes }) => bytes))
      : toWrite.map(({ bytes }) => gzipSync(bytes, { level: options.gzip as number }));
  toWrite.forEach(({ file }, k) => writeFileSync(join(dir, file), packed[k]!));
  const keep = new Set(named.map(({ file }) => file));

  const entry = (k: number): PartEntry => ({
    file: named[k]!.file,
    bytes: named[k]!.bytes.byteLength,
    gzipBytes: statSync(join(dir, named[k]!.file)).size,
  });
  const shards = (list: { start: number }[], first: number): ShardEntry[] =>
    list.map(({ start }, k) => ({ ...entry(first + k), start, firstOffset: bundle.offsets[start]! }));
  const manifest: PartsManifest = {
    format: PART_FORMAT_VERSION,
    nouns: bundle.offsets.length,
    structure: entry(0),
    names: shards(split.names, 1),
    glosses: shards(split.glosses, 1 + split.names.length),
  };
  if (spaces) {
    let next = 1 + split.names.length + split.glosses.length;
    manifest.labelSets = spaces.catalog.sets.map((info) => {
      const size = spaces.flagSetSizes[info.name];
      if (size !== undefined) return { info, classes: size };
      const k = next++;
      return { info, classes: lineCount(named[k]!.bytes), part: entry(k) };
    });
    manifest.nameLists = nameLists.map((info) => ({ info, part: entry(next++) }));
    manifest.groupingFiles = groupingFiles.map(({ name }) => ({ name, part: entry(next++) }));
    manifest.evaluationFiles = evaluationFiles.map(({ name }) => ({ name, part: entry(next++) }));
    manifest.promptTemplates = templates.map((info) => ({ info, part: entry(next++) }));
  }
  // After the rest in `named` when given.
  const firstLabelNames = named.length - labelNames.length;
  if (options.versions) manifest.versions = entry(firstLabelNames - 1);
  const labelEntries = labelNames.map(({ start }, k) => ({ ...entry(firstLabelNames + k), start }));
  manifest.labelNames = {
    kind: LABEL_NAMES_KIND,
    hashes: labelEntries.map(({ file }) => /\.(\w+)\.bin\.gz$/.exec(file)![1]!),
    bytes: labelEntries.map((part) => part.bytes),
    gzipBytes: labelEntries.map((part) => part.gzipBytes),
    starts: labelEntries.map((part) => part.start),
    firstOffsets: labelEntries.map((part) => bundle.offsets[part.start]!),
  };
  if (options.languages) manifest.languages = writeLanguageIndex(dir, writeLanguageParts(bundle, dir, options.languages, keep), keep);
  manifest.tree = writeJoined(dir, 'tree', treeParts(manifest), keep);
  for (const file of readdirSync(dir))
    if ((file.endsWith('.bin.gz') || file.endsWith('.parts')) && !keep.has(file)) rmSync(join(dir, file));
  writeFileSync(join(dir, 'parts.json'), JSON.stringify(manifest) + '\n');
  return manifest;
}
/**
 * Each language's shards, gzipped by zlib (level 9): Zopfli's few percent are not worth its
 * minutes over 18 MB of text. Adds the files it names to `keep`.
 */
function writeLanguageParts(
  bundle: SynsetBundle,
  dir: string,
  languages: readonly { info: LanguageInfo; text: string }[],
  keep: Set<string>,
): LanguageEntry[] {
  const numberOf = (offset: number) => indexOfSorted(bundle.offsets, offset);
  return languages.map(({ info, text }) => ({
    info,
    shards: splitLanguageFile(text, numberOf, LANGUAGE_SHARD_BYTES, NAME_SHARDS).map(({ start, text: shardText }, k) => {
      const bytes = new TextEncoder().encode(shardText);
      const file = partFileName(`lang-${info.code}-${String(k).padStart(3, '0')}`, createHash('sha256').update(bytes).digest('hex'));
      if (!existsSync(join(dir, file))) writeFileSync(join(dir, file), gzipSync(bytes, { level: 9 }));
      keep.add(file);
      return { file, bytes: bytes.byteLength, gzipBytes: statSync(join(dir, file)).size, start, firstOffset: bundle.offsets[start]! };
    }),
  }));
}

/** The languages' entries as a part of their own (JSON), fetched when a page first asks for a language. */
function writeLanguageIndex(dir: string, entries: LanguageEntry[], keep: Set<string>): PartEntry {
  const bytes = new TextEncoder().encode(JSON.stringify(entries));
  const file = partFileName('languages', createHash('sha256').update(bytes).digest('hex'));
  if (!existsSync(join(dir, file))) writeFileSync(join(dir, file), gzipSync(bytes, { level: 9 }));
  keep.add(file);
  return { file, bytes: bytes.byteLength, gzipBytes: statSync(join(dir, file)).size };
}

/** Part files already written, joined as they are into one file (see `PartsManifest.tree`). Adds it to `keep`. */
function writeJoined(dir: string, kind: string, parts: readonly PartEntry[], keep: Set<string>): JoinedPartsEntry {
  const bytes = Buffer.concat(parts.map((part) => readFileSync(join(dir, part.file))));
  const file = joinedPartsFileName(kind, createHash('sha256').update(bytes).digest('hex'));
  if (!existsSync(join(dir, file))) writeFileSync(join(dir, file), bytes);
  keep.add(file);
  return { file, bytes: bytes.byteLength };
}

function lineCount(bytes: Uint8Array): number {
  let lines = 0;
  for (const byte of bytes) if (byte === 0x0a) lines++;
  return lines;
}

/** The gzipped bytes of the parts of the index a manifest lists (not the label spaces' lists). */
export function partsGzipBytes(manifest: PartsManifest): number {
  return [manifest.structure, ...manifest.names, ...manifest.glosses].reduce((sum, part) => sum + part.gzipBytes, 0);
}
