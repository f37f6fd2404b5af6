/**
 * The start tables: the bundle's word sections unpacked, where each synset's lemmas, each lemma
 * and each gloss start in its text, and the lemmas in alphabetical order, worked out once when the data is built and kept
 * beside the bundle (Node only: the browser's parts stay small). Unpacking the words and finding
 * the boundaries on every start of the CLI cost ~20 of its ~70 ms over `node -e 0`, and finding
 * a name's senses meant lower-casing and scanning the 1.8 MB lemma text; read from this file
 * each is a view, and a name is found by bisection. The tables name the bundle they were made from by its hash: a
 * reader uses them with that bundle only.
 */
import {
  BundleFormatError,
  encodeSections,
  section,
  WORD_SECTIONS,
  type LemmaBoundaries,
  type SectionReader,
  type StartTables,
  type SynsetBundle,
} from './bundle-format.js';

export const START_TABLES_MAGIC = 'SYNSTART';
export const START_TABLES_VERSION = 1;

/**
 * Lemmas are separated by spaces, synsets by newlines. The number of lemmas is known (one
 * sense number each), and native indexOf scans far faster than a loop over character codes.
 */
export function lemmaBoundaries(lemmaText: string, n: number, lemmaCount: number): LemmaBoundaries {
  const lemmaCharStart = new Uint32Array(lemmaCount + 1);
  const lemmaStart = new Uint32Array(n + 1);
  let nextSpace = lemmaText.indexOf(' ');
  let nextLine = lemmaText.indexOf('\n');
  let l = 1;
  let synset = 1;
  while (l < lemmaCount) {
    if (nextSpace >= 0 && (nextLine < 0 || nextSpace < nextLine)) {
      lemmaCharStart[l++] = nextSpace + 1;
      nextSpace = lemmaText.indexOf(' ', nextSpace + 1);
    } else if (nextLine >= 0) {
      lemmaCharStart[l] = nextLine + 1;
      lemmaStart[synset++] = l++;
      nextLine = lemmaText.indexOf('\n', nextLine + 1);
    } else break;
  }
  if (l !== lemmaCount || synset !== n || nextSpace >= 0 || nextLine >= 0) {
    throw new Error(`lemma text does not match its ${lemmaCount} sense numbers and ${n} synsets`);
  }
  lemmaCharStart[lemmaCount] = lemmaText.length + 1;
  lemmaStart[n] = lemmaCount;
  return { lemmaStart, lemmaCharStart };
}

/** Lemma numbers ordered by their lower-case text, then by number (see {@link SynsetBundle.lemmaOrder}). */
export function lemmaOrder(lemmaText: string, { lemmaCharStart }: LemmaBoundaries): Uint32Array {
  const count = lemmaCharStart.length - 1;
  const keys = Array.from({ length: count }, (_, l) => lemmaText.slice(lemmaCharStart[l], lemmaCharStart[l + 1]! - 1).toLowerCase());
  return Uint32Array.from({ length: count }, (_, l) => l).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
}

/** Byte offset of each of n newline-terminated lines of UTF-8, plus the end (one past the last newline). */
export function lineByteStarts(bytes: Uint8Array, n: number): Uint32Array {
  const starts = new Uint32Array(n + 1);
  let line = 1;
  for (let at = 0; at < bytes.length && line <= n; at++) if (bytes[at] === 10) starts[line++] = at + 1;
  if (line !== n + 1) throw new Error(`text has ${line - 1} lines, expected ${n}`);
  return starts;
}

/** The start tables of a bundle, naming it by `bundleHash` (the sha256 `manifest.json` gives it). */
export function encodeStartTables(bundle: SynsetBundle, bundleHash: string): Uint8Array {
  const n = bundle.offsets.length;
  const boundaries = lemmaBoundaries(bundle.lemmaText, n, bundle.senseNumbers.length);
  const { lemmaStart, lemmaCharStart } = boundaries;
  const glossStart = lineByteStarts(new TextEncoder().encode(bundle.glossText), n);
  return encodeSections(START_TABLES_MAGIC, START_TABLES_VERSION, n, [
    section('bundleHash', bundleHash, 'text'),
    ...WORD_SECTIONS.map((name) => section(name, bundle[name], 'u32')),
    section('lemmaStart', lemmaStart, 'u32'),
    section('lemmaCharStart', lemmaCharStart, 'u32'),
    section('lemmaOrder', lemmaOrder(bundle.lemmaText, boundaries), 'u32'),
    section('glossStart', glossStart, 'u32'),
  ]);
}

/**
 * The tables of an opened start-tables file, for {@link lazyBundle}, or undefined when they were
 * made from another bundle than `bundleHash`. Each table is read when first asked for; the
 * lemmas' are checked against the bundle's sizes then (a damaged file throws
 * {@link BundleFormatError}), the glosses' by the bundle that reads them.
 */
export function readStartTables(read: SectionReader, bundleHash: string, bundle: () => SynsetBundle): StartTables | undefined {
  if (read.text('bundleHash') !== bundleHash) return undefined;
  const n = read.nouns;
  const damaged = (): never => {
    throw new BundleFormatError('corrupt start tables (sizes disagree with the bundle)');
  };
  return {
    words: (name) => read.u32(name),
    lemmaBoundaries: () => {
      const lemmaStart = read.u32('lemmaStart');
      const lemmaCharStart = read.u32('lemmaCharStart');
      const { lemmaText } = bundle();
      if (lemmaStart.length !== n + 1 || lemmaStart[n] !== lemmaCharStart.length - 1 || lemmaCharStart.at(-1) !== lemmaText.length + 1) {
        damaged();
      }
      return { lemmaStart, lemmaCharStart };
    },
    lemmaOrder: () => {
      const order = read.u32('lemmaOrder');
      if (order.length !== bundle().senseNumbers.length) damaged();
      return order;
    },
    glossStart: () => read.u32('glossStart'),
  };
}
