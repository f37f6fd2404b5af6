/**
 * A label space's classes (a built-in list or a person's own), as a filter the index can
 * filter and count by, and the reader of such lists: one id a line, a bad or repeated line kept
 * as a hole so that no later class index moves.
 */
import { climb } from './hierarchy/ancestors.js';
import type { HypernymLists } from './hierarchy/hypernym-lists.js';
import { VisitMarks } from './hierarchy/visit-marks.js';
import type { MemberFilter } from './label-space-name.js';
import { errorMessage } from './error-detail.js';
import { labelSetClassOf } from './synset-id.js';
import { leadingWnid } from './wnid.js';
import { VersionDataNeeded } from './versioned-ids.js';

/**
 * A label space: the classes a model or dataset numbers, in index order (class k is
 * `synsetAt(k)`). A custom list keeps an index for each of its lines, even a bad one, so the
 * classes after it keep the numbers the list's owner trained with: a hole answers -1.
 */
export class LabelSet implements MemberFilter {
  readonly restricts = true;
  /** Class k's name in its source and why it is a hole, where a built-in set declares one (COCO's stop sign); undefined otherwise. */
  hole: (k: number) => { name: string; message: string } | undefined = () => undefined;
  private firstIndex: Int32Array | undefined;
  private counts: Uint32Array | undefined;
  private readonly knownCounts: (() => Uint32Array) | undefined;

  /**
   * @param classes synset number per class index (-1 for a hole)
   * @param countsBelow members below each synset, when already known (the bundle has 1k's and
   *   21k's): called when first counted by
   */
  constructor(
    readonly name: string,
    readonly classes: Int32Array,
    /** The hierarchy its members are counted in. */
    private readonly hierarchy: HypernymLists,
    countsBelow?: () => Uint32Array,
  ) {
    this.knownCounts = countsBelow;
  }

  get size(): number {
    return this.classes.length;
  }

  /** The synset of class k, or -1 (out of range, or a hole). */
  synsetAt(k: number): number {
    return Number.isInteger(k) && k >= 0 && k < this.classes.length ? this.classes[k]! : -1;
  }

  /** The first class index of a synset, or -1 when it is not in the set. */
  indexOf(i: number): number {
    const first = (this.firstIndex ??= this.indexBySynset());
    return i >= 0 && i < first.length ? first[i]! : -1;
  }

  has(i: number): boolean {
    return this.indexOf(i) >= 0;
  }

  countBelow(i: number): number {
    return (this.counts ??= this.knownCounts?.() ?? this.countMembersBelow())[i] ?? 0;
  }

  /** The distinct synsets of the set, ascending (so in wnid order). */
  members(): Uint32Array {
    const first = (this.firstIndex ??= this.indexBySynset());
    const found: number[] = [];
    for (let i = 0; i < first.length; i++) if (first[i]! >= 0) found.push(i);
    return Uint32Array.from(found);
  }

  private indexBySynset(): Int32Array {
    const first = new Int32Array(this.hierarchy.size).fill(-1);
    for (let k = this.classes.length - 1; k >= 0; k--) {
      const i = this.classes[k]!;
      if (i >= 0) first[i] = k;
    }
    return first;
  }

  /**
   * Each member adds one to each of its ancestors, once: a synset reached by two hypernym paths
   * still counts once. About the size of the set times its mean ancestry (~20): milliseconds.
   */
  private countMembersBelow(): Uint32Array {
    const counts = new Uint32Array(this.hierarchy.size);
    const marks = new VisitMarks(this.hierarchy.size);
    for (const member of this.members()) {
      climb(this.hierarchy, member, marks, (synset) => {
        if (synset !== member) counts[synset]!++;
      });
    }
    return counts;
  }
}

/** A line of a list that names no class, or names one again. */
export interface ListProblem {
  /** 1-based line number in the text. */
  line: number;
  text: string;
  message: string;
}

/** A list of classes read from text, with what was wrong in it. */
export interface ParsedList {
  classes: Int32Array;
  /** The 1-based line each class index came from. */
  lines: Uint32Array;
  problems: ListProblem[];
}

/** More lines than any label space has (the largest is 21,843); a longer text is refused. */
export const MAX_LIST_CLASSES = 100_000;

/**
 * Reads a list of classes: one id a line in any form `resolve` reads, index = order. Blank
 * lines and `#` comments (whole lines, or after an id) are skipped; a line that starts with a
 * wnid and goes on (`n01440764 tench, Tinca tinca`, as ImageNet's LOC_synset_mapping.txt) is
 * read as that wnid. A line that names no class, or names one an earlier line named, is
 * reported and keeps its index as a hole: no later index moves, and a class is counted and
 * exported once.
 */
export function parseLabelList(text: string, resolve: (id: string) => number): ParsedList {
  const classes: number[] = [];
  const lines: number[] = [];
  const problems: ListProblem[] = [];
  const seenAt = new Map<number, number>();
  for (const { line, id } of listIds(text)) {
    if (classes.length === MAX_LIST_CLASSES) {
      problems.push({ line, text: id, message: `a list may have at most ${MAX_LIST_CLASSES} classes; the rest is not read` });
      break;
    }
    let synset = -1;
    try {
      synset = resolve(leadingWnid(id) ?? id);
    } catch (error) {
      // Not a bad line: the version map is to be fetched first, and the list read again.
      if (error instanceof VersionDataNeeded) throw error;
      problems.push({ line, text: id, message: errorMessage(error) });
    }
    if (synset >= 0) {
      const earlier = seenAt.get(synset);
      if (earlier === undefined) seenAt.set(synset, classes.length);
      else {
        problems.push({ line, text: id, message: `repeats class ${earlier} (line ${lines[earlier]})` });
        synset = -1;
      }
    }
    classes.push(synset);
    lines.push(line);
  }
  return { classes: Int32Array.from(classes), lines: Uint32Array.from(lines), problems };
}

const WNID_LINES = /^(?:n\d{8}\n)*$/;
const WNID_LINE_LENGTH = 'n00000000\n'.length;

/** Whether a list is one wnid a line and nothing else, each line ended: the form of the built-in lists. */
export function isWnidLines(text: string): boolean {
  return text.length % WNID_LINE_LENGTH === 0 && WNID_LINES.test(text);
}

/**
 * The index `parseLabelList` would give `wnid` (a WordNet noun's) in a list that
 * {@link isWnidLines}, found without reading the list, or -1 when it does not name it. In such a
 * list every line is a class (a hole keeps its index), so the index is the line's number; a
 * repeat is a hole, so the first line naming it counts.
 */
export function indexInWnidLines(text: string, wnid: string): number {
  for (let at = text.indexOf(wnid); at >= 0; at = text.indexOf(wnid, at + 1)) {
    if (at % WNID_LINE_LENGTH === 0) return at / WNID_LINE_LENGTH;
  }
  return -1;
}

/** The label sets a list's `SET:INDEX` lines name (`imagenet-r` for `imagenet-r:17`), each once, as written. */
export function labelSetsNamedIn(text: string): string[] {
  const named = new Set<string>();
  for (const { id } of listIds(text)) {
    const set = labelSetClassOf(id)?.set;
    if (set !== undefined) named.add(set);
  }
  return [...named];
}

/** The lines of a list that hold an id, with their 1-based numbers: comments and blank lines skipped. */
function* listIds(text: string): Generator<{ line: number; id: string }> {
  const rows = String(text)
    .replace(/^\ufeff/, '')
    .split('\n');
  for (let k = 0; k < rows.length; k++) {
    const raw = rows[k]!;
    const hash = raw.indexOf('#');
    const id = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (id.length > 0) yield { line: k + 1, id };
  }
}
