/**
 * Every label space a query can name, by name or alias: `all`, the built-in sets of the catalog
 * (`1k` and `21k` from the structure's flags, the others read when first asked for) and the custom
 * lists added by name.
 */
import { IN_1K, IN_21K } from './bundle-format.js';
import { flaggedSynsets } from './flagged-synsets.js';
import { LabelSet, parseLabelList, type ListProblem } from './label-set.js';
import { ALL, type MemberFilter } from './label-space-name.js';
import type { SynsetIndex } from './synset-index.js';
import { SynsetRequestError } from './errors.js';

/** A built-in label space as `data/labelsets/catalog.json` describes it. */
export interface LabelSetInfo {
  name: string;
  aliases: readonly string[];
  /** The list's file, relative to the catalog. */
  file: string;
  description: string;
  /** Where the list comes from: repository @ commit: path. */
  source: string;
  licence: string;
  /** How its classes are numbered, and why (ImageFolder's sorted order where the source gives none). */
  order?: string;
  /** Lines that name no WordNet 3.0 synset and keep their index as holes (COCO's stop sign), each with why. */
  holes?: readonly LabelSetHole[];
  /** A file of its own hierarchy: line k+1 is the class index of class k's parent, -1 for a root (`--hierarchy NAME`). */
  parents?: string;
}

/** A class of a built-in set that names no synset: its index, its name in the source, and why. */
export interface LabelSetHole {
  index: number;
  name: string;
  reason: string;
}

/** A published list of names for the 1k classes, in class index order. */
export interface NameListInfo {
  name: string;
  file: string;
  description: string;
  source: string;
  licence: string;
}

/**
 * Prompt templates for zero-shot heads (`a bad photo of a {}.`), in one language: what
 * `export --format clip` writes beside a set's names. The language is where other languages'
 * templates will go.
 */
export interface PromptTemplatesInfo {
  name: string;
  /** The templates' language (BCP 47): `en`. */
  lang: string;
  file: string;
  description: string;
  source: string;
  licence: string;
}

export interface LabelCatalog {
  sets: readonly LabelSetInfo[];
  names: readonly NameListInfo[];
  templates?: readonly PromptTemplatesInfo[];
}

/** The two spaces the structure itself marks (flag bits, with counts precomputed by the build). */
const FLAG_SETS: Readonly<Record<string, number>> = { '1k': IN_1K, '21k': IN_21K };

/** A custom list, once read: the set and what was wrong in its lines. */
export interface CustomList {
  set: LabelSet;
  problems: ListProblem[];
}

/**
 * Every label space a query can name: `all`, the built-in sets of the catalog (by name or
 * alias, any case) and custom lists added by name. `1k` and `21k` come from the structure's
 * flags; the other built-in lists are read when first asked for, through `readList` (Node
 * reads the file) or given with {@link provide} (a worker fetches them first).
 */
export class LabelSpaces {
  private readonly loaded = new Map<string, LabelSet>();
  private readonly canonical = new Map<string, string>();
  private readonly all: MemberFilter;

  constructor(
    private readonly index: SynsetIndex,
    readonly catalog: LabelCatalog = { sets: [], names: [] },
    private readonly readList?: (info: LabelSetInfo) => string,
  ) {
    for (const name of Object.keys(FLAG_SETS)) this.canonical.set(name, name);
    for (const info of catalog.sets) {
      for (const name of [info.name, ...info.aliases]) this.canonical.set(name.toLowerCase(), info.name);
    }
    // The counts are read when first counted by: a lookup never does.
    this.all = everyNoun(() => index.bundle.descendantCount);
  }

  /** The name a label space is known by (`ilsvrc2012` → `1k`), or undefined. */
  nameOf(name: string): string | undefined {
    return this.canonical.get(String(name).toLowerCase());
  }

  /** The catalog entry of a built-in set, by any of its names. */
  infoOf(name: string): LabelSetInfo | undefined {
    const canonical = this.nameOf(name);
    return this.catalog.sets.find((info) => info.name === canonical);
  }

  /** Whether the set can be used now without its list being provided first. */
  isReady(name: string): boolean {
    const canonical = this.nameOf(name);
    return canonical !== undefined && (this.loaded.has(canonical) || canonical in FLAG_SETS || this.readList !== undefined);
  }

  /** The label space of a name: `all`, or a label set's. */
  filter(name: string): MemberFilter {
    return String(name).toLowerCase() === ALL ? this.all : this.set(name);
  }

  /** A label set by name or alias; throws {@link SynsetRequestError} listing the known ones. */
  set(name: string): LabelSet {
    const canonical = this.nameOf(name);
    if (canonical === undefined)
      throw new SynsetRequestError(`unknown label set '${String(name).slice(0, 60)}' (known: ${this.knownNames()})`);
    const known = this.loaded.get(canonical);
    if (known) return known;
    const flag = FLAG_SETS[canonical];
    if (flag !== undefined) return this.keep(canonical, this.flagSet(canonical, flag));
    const info = this.infoOf(canonical);
    if (!info || !this.readList) throw new SynsetRequestError(`label set '${canonical}' is not loaded yet`);
    return this.provide(canonical, this.readList(info));
  }

  /** Gives a built-in set its list (one wnid a line), read or fetched by the caller. */
  provide(name: string, text: string): LabelSet {
    const canonical = this.nameOf(name);
    if (canonical === undefined || !this.infoOf(canonical))
      throw new SynsetRequestError(`unknown label set '${String(name).slice(0, 60)}'`);
    const { classes, problems } = parseLabelList(text, (wnid) => this.index.numberOfWnid(wnid));
    // Only the holes the catalog declares: any other line that names no synset is damage.
    const holes = new Map((this.infoOf(canonical)!.holes ?? []).map((hole) => [hole.index, hole] as const));
    const damaged = problems[0]?.line ?? classes.findIndex((i, k) => i < 0 !== holes.has(k));
    if (problems.length > 0 || damaged >= 0) {
      throw new Error(`label set ${canonical}: its list is damaged (${problems.length > 0 ? 'line' : 'class'} ${damaged})`);
    }
    const set = new LabelSet(canonical, classes, this.index);
    if (holes.size > 0) set.hole = (k) => holeOf(canonical, holes.get(k));
    return this.keep(canonical, set);
  }

  /**
   * Adds a custom list under a name of its own (a file's path, a hash), reading ids with
   * `resolve`; a built-in name cannot be taken. Bad lines come back as problems.
   */
  addList(name: string, text: string, resolve: (id: string) => number): CustomList {
    this.checkCustomName(name);
    const { classes, problems } = parseLabelList(text, resolve);
    return { set: this.keepList(name, classes), problems };
  }

  /**
   * Adds a custom list already read: a synset number per class index, -1 for a hole (a list
   * kept as it resolved when it was added, so reading it back needs no other set).
   */
  keepList(name: string, classes: Int32Array): LabelSet {
    this.checkCustomName(name);
    const set = new LabelSet(name, classes, this.index);
    this.canonical.set(name.toLowerCase(), name);
    return this.keep(name, set);
  }

  /** Forgets a custom list added with {@link addList}: later queries naming it are refused. Built-in sets stay. */
  forgetList(name: string): void {
    const known = this.nameOf(name);
    if (known === undefined || !this.isCustom(known)) return;
    this.loaded.delete(known);
    this.canonical.delete(known.toLowerCase());
  }

  /** Names of the built-in sets, in catalog order (`1k` and `21k` first when there is no catalog). */
  builtInNames(): string[] {
    return this.catalog.sets.length > 0 ? this.catalog.sets.map((info) => info.name) : Object.keys(FLAG_SETS);
  }

  private checkCustomName(name: string): void {
    const known = this.nameOf(name);
    if (known !== undefined && !this.isCustom(known)) throw new SynsetRequestError(`'${name}' is the name of a built-in label set`);
  }

  private isCustom(name: string): boolean {
    return !(name in FLAG_SETS) && !this.infoOf(name);
  }

  private knownNames(): string {
    return [ALL, ...this.builtInNames()].join(', ');
  }

  private keep(name: string, set: LabelSet): LabelSet {
    this.loaded.set(name, set);
    return set;
  }

  private flagSet(name: string, flag: number): LabelSet {
    const { bundle } = this.index;
    const classes = flag === IN_1K ? this.index.classes1k : flaggedSynsets(bundle.flags, flag);
    // The bundle's counts, read when first counted by: a lookup in the 1k never counts.
    return new LabelSet(name, Int32Array.from(classes), this.index, () =>
      flag === IN_1K ? bundle.descendantCount1k : bundle.descendantCount21k,
    );
  }
}

/** A declared hole's name and why it is one: `class 11 of coco (stop sign) names no synset: LVIS maps it to …`. */
function holeOf(set: string, hole: LabelSetHole | undefined): { name: string; message: string } | undefined {
  return hole && { name: hole.name, message: `class ${hole.index} of ${set} (${hole.name}) names no synset: ${hole.reason}` };
}

/** The label space `all`: every noun, counted by the bundle's descendant counts. */
export function everyNoun(descendantCount: () => Uint32Array): MemberFilter {
  return { name: ALL, restricts: false, has: () => true, countBelow: (i) => descendantCount()[i]!, indexOf: () => -1 };
}
