/**
 * The queries the CLI, the worker and the tests ask, by id in any form: lookups, names, search,
 * ancestry, descendants, the tree's rows and children, and the sunburst's subtree. Each resolves
 * its ids (`synset-id.ts`) and its label space, then asks the index or the search engine.
 */
import { IN_1K, IN_21K } from './bundle-format.js';
import { isEnglish, type LanguageCatalog, type LanguageInfo } from './language-catalog.js';
import { Languages, type LanguageFiles } from './languages.js';
import { LabelSpaces, type LabelCatalog, type LabelSetInfo } from './label-spaces.js';
import { labelSpaceOf, type LabelSpaceName, type MemberFilter } from './label-space-name.js';
import { LemmaSearch, type SearchHit, type SearchOptions } from './search.js';
import type { SearchTables } from './search-tables.js';
import { resolveId, type SenseFinder } from './synset-id.js';
import { SynsetIndex } from './synset-index.js';
import { SynsetIdError, SynsetRequestError } from './errors.js';
import type { SynsetDetails, SynsetName, SynsetRow } from './synset-records.js';
import { wnidOfOffset } from './wnid.js';
import { parseVersionedId, WordNetVersionSource } from './versioned-ids.js';
import type { VersionIds } from './wordnet-versions.js';

export interface SynsetStats {
  nouns: number;
  /** Synsets of the ImageNet-21k (fall11) release. */
  in21k: number;
  /** ILSVRC-2012 classes. */
  in1k: number;
}

/** One answer of a query over a list of ids: the answer for the id, or why it did not resolve. */
export type IdOutcome<T> = { id: string; synset: T } | { id: string; error: string };

/** One answer of a batch lookup. */
export type LookupOutcome = IdOutcome<SynsetDetails>;

/** One answer of {@link SynsetQueries.names}. */
export type NameOutcome = IdOutcome<SynsetName>;

export interface LabelSpaceOption {
  /** Count or list only synsets of this label space: `all` (the default) or a label set's name. */
  in?: LabelSpaceName;
}

export interface ResolveOptions {
  /** The label set a bare number indexes (default: the 1k). */
  set?: string | undefined;
}

export interface ChildPageOptions extends LabelSpaceOption {
  /** First child to return (default 0). */
  offset?: number;
  /** Most children to return (default all). */
  limit?: number;
}

/** A page of a synset's children, sorted by label, with how many there are in all. */
export interface ChildPage {
  total: number;
  rows: SynsetRow[];
}

/**
 * A subtree flattened for drawing, one primary parent per synset (its first hypernym): node 0
 * is the root; `parent[k]` is the row of node k's parent. Parallel arrays clone cheaply.
 */
export interface SubtreeLayout {
  wnids: string[];
  labels: string[];
  parent: Int32Array;
  /** 1 where the node itself is in the label space asked for. */
  member: Uint8Array;
  /** Distinct descendants in the label space (DAG counts). */
  count: Uint32Array;
  /** The subtree was cut at this many nodes; a caller may ask for fewer levels. */
  truncated: boolean;
}

const MAX_BATCH = 100_000;
const NAME_SCANS_BEFORE_TABLES = 16;

/**
 * Every query the CLI, the worker and the tests ask, by id. Ids are strings in any form
 * `resolveId` reads; a bad id throws {@link SynsetIdError}, a request it cannot answer (an unknown
 * label space, an argument of the wrong kind) {@link SynsetRequestError}, each with a message for people.
 */
export class SynsetQueries {
  readonly index: SynsetIndex;
  private searchEngine: LemmaSearch | undefined;
  /**
   * Names (`dog.n.01`) are found by scanning the lemma text until the search tables exist or
   * enough names have come to be worth building them: a CLI call with one name answers in
   * milliseconds, a file of 50,000 names pays for the tables once.
   */
  private namesScanned = 0;
  private readonly senses: SenseFinder = {
    sensesOf: (lemma) =>
      this.searchEngine || ++this.namesScanned > NAME_SCANS_BEFORE_TABLES ? this.searcher.sensesOf(lemma) : this.index.sensesByScan(lemma),
  };

  /** The label spaces ids and label spaces can name: `1k` and `21k` until a catalog is given. */
  labelSpaces: LabelSpaces;

  /** The label languages besides English: none until a catalog is given with {@link useLanguageCatalog}. */
  languages: Languages;

  /** The map to WordNet 3.1, ILI and OEWN ids (`i46360`…): none until one is given with {@link useWordNetVersions}. */
  wordNetVersions = new WordNetVersionSource();

  constructor(
    index: SynsetIndex,
    private searchTables?: SearchTables,
  ) {
    this.index = index;
    this.labelSpaces = new LabelSpaces(index);
    this.languages = new Languages(index);
  }

  /** Names the label languages; `read` reads a language's files when first asked for (Node), or a worker provides them. */
  useLanguageCatalog(catalog: LanguageCatalog, read?: (info: LanguageInfo) => LanguageFiles): void {
    this.languages = new Languages(this.index, catalog, read);
  }

  /**
   * Names the built-in label spaces; `readList` reads a set's list when first asked for (Node),
   * or the caller provides lists with `labelSpaces.provide` (a worker, once fetched).
   */
  useLabelCatalog(catalog: LabelCatalog, readList?: (info: LabelSetInfo) => string): void {
    this.labelSpaces = new LabelSpaces(this.index, catalog, readList);
  }

  /** Where the version map comes from: read on first need (Node), or given once fetched (a worker). */
  useWordNetVersions(source: WordNetVersionSource): void {
    this.wordNetVersions = source;
  }

  /** Whether search is ready without building its tables (they were given, or are built). */
  get hasSearchTables(): boolean {
    return this.searchEngine !== undefined || this.searchTables !== undefined;
  }

  /**
   * Gives search its tables once they are at hand (read from a cache after the index was
   * built); ignored when the engine already exists.
   */
  useSearchTables(tables: SearchTables): void {
    if (!this.searchEngine) this.searchTables = tables;
  }

  /** The search engine, building its tables on first use when none were given. */
  get searcher(): LemmaSearch {
    return (this.searchEngine ??= new LemmaSearch(this.index, this.searchTables));
  }

  /**
   * The synset number of any id form; throws {@link SynsetIdError}, also when the label space an
   * id or `options.set` names does not exist: the id does not resolve.
   */
  resolve(id: string, options: ResolveOptions = {}): number {
    const spaces = this.labelSpaces;
    try {
      const bareNumbers = options.set === undefined ? undefined : spaces.set(options.set);
      return resolveId(this.index, this.senses, id, { set: (name) => spaces.set(name), bareNumbers }, this.wordNetVersions);
    } catch (error) {
      throw error instanceof SynsetRequestError ? new SynsetIdError(error.message) : error;
    }
  }

  /** The synset's ILI, WordNet 3.1 and Open English WordNet ids (see `VersionIds`). */
  versionIds(id: string): VersionIds {
    return this.wordNetVersions.forId().idsOf(this.resolve(id));
  }

  /** The label space named by an option: `all` or a label set. */
  filterOf(options: LabelSpaceOption | undefined): MemberFilter {
    return this.labelSpaces.filter(labelSpaceOf(options?.in));
  }

  stats(): SynsetStats {
    let in21k = 0;
    let in1k = 0;
    // Indexed: asked once on a page's start, before the JIT has compiled it (see `invertEdges`).
    const all = this.index.bundle.flags;
    for (let i = 0, n = all.length; i < n; i++) {
      const flags = all[i]!;
      if (flags & IN_21K) in21k++;
      if (flags & IN_1K) in1k++;
    }
    return { nouns: this.index.size, in21k, in1k };
  }

  lookup(id: string): SynsetDetails {
    return this.index.details(this.resolve(id));
  }

  /** Looks up many ids at once; a bad one gets its error, the rest their answers. */
  lookupMany(ids: readonly string[]): LookupOutcome[] {
    return this.eachId(ids, (i) => this.index.details(i));
  }

  /**
   * The names of many synsets (wnid, `dog.n.01`, first lemma): what labels, breadcrumbs and
   * titles show, without the gloss and lists of a lookup. A bad id gets its error.
   */
  names(ids: readonly string[]): NameOutcome[] {
    return this.eachId(ids, (i) => this.index.nameRecord(i));
  }

  /** Answers each id; one that does not resolve gets its message, any other error throws. */
  eachId<T>(ids: readonly string[], answer: (i: number) => T): IdOutcome<T>[] {
    if (!Array.isArray(ids)) throw new SynsetRequestError('expected a list of ids');
    if (ids.length > MAX_BATCH) throw new SynsetRequestError(`at most ${MAX_BATCH} ids per batch`);
    return ids.map((id) => {
      try {
        return { id, synset: answer(this.resolve(id)) };
      } catch (error) {
        if (error instanceof SynsetIdError) return { id, error: error.message };
        throw error;
      }
    });
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    if (typeof query !== 'string') throw new SynsetRequestError('a search query must be text');
    const asked = { limit: options.limit, filter: this.filterOf(options) };
    if (!isEnglish(options.lang)) return this.languages.search(options.lang!).search(this.asWnid(query), asked);
    return this.searcher.search(this.asWnid(query), asked);
  }

  /**
   * Another WordNet's id (`i46360`, `wn31:02086723-n`) as the wnid of the 3.0 synset it names, so
   * search finds it as it finds a wnid; any other query, or such an id that names no synset, as it is.
   */
  private asWnid(query: string): string {
    try {
      return parseVersionedId(query) ? this.index.wnidOf(this.resolve(query)) : query;
    } catch (error) {
      if (error instanceof SynsetIdError) return query;
      throw error;
    }
  }

  /** Every hypernym path, root first, as wnids. */
  ancestors(id: string): string[][] {
    return this.index.hypernymPaths(this.resolve(id)).map((path) => path.map((i) => this.index.wnidOf(i)));
  }

  /** The first hypernym (NLTK's first in `hypernyms() + instance_hypernyms()`), as a wnid; null for the root: where a sunburst zooms out to. */
  firstParent(id: string): string | null {
    const [parent] = this.index.parentsOf(this.resolve(id));
    return parent === undefined ? null : this.index.wnidOf(parent);
  }

  /** Distinct descendants as wnids, in wnid order. */
  descendants(id: string, options: LabelSpaceOption = {}): string[] {
    return Array.from(this.descendantOffsets(id, options), wnidOfOffset);
  }

  /**
   * Distinct descendants as `data.noun` offsets (a wnid without its `n`), ascending: the root's
   * 82,114 travel from a worker as one 328 KB array instead of 82k strings.
   */
  descendantOffsets(id: string, options: LabelSpaceOption = {}): Uint32Array {
    const numbers = this.index.descendantsOf(this.resolve(id), this.filterOf(options));
    const offsets = this.index.bundle.offsets;
    return numbers.map((i) => offsets[i]!);
  }

  isA(id: string, ancestorId: string): boolean {
    return this.index.isA(this.resolve(id), this.resolve(ancestorId));
  }

  /** NLTK's `lowest_common_hypernyms()`, as wnids (usually one). */
  lca(a: string, b: string): string[] {
    return this.index.lowestCommonHypernyms(this.resolve(a), this.resolve(b)).map((i) => this.index.wnidOf(i));
  }

  /** The synset as a tree row. */
  row(id: string, options: LabelSpaceOption = {}): SynsetRow {
    return this.index.row(this.resolve(id), this.filterOf(options));
  }

  /** Children shown under a label space, sorted by label, a page at a time. */
  children(id: string, options: ChildPageOptions = {}): ChildPage {
    const filter = this.filterOf(options);
    const i = this.resolve(id);
    const visible = this.index.sortedByLabel(Array.from(this.index.childrenOf(i)).filter((c) => this.index.isVisible(c, filter)));
    const offset = Math.max(0, Math.floor(options.offset ?? 0) || 0);
    const limit = options.limit === undefined ? visible.length : Math.max(0, Math.floor(options.limit) || 0);
    return { total: visible.length, rows: visible.slice(offset, offset + limit).map((c) => this.index.row(c, filter)) };
  }

  parents(id: string): SynsetRow[] {
    return Array.from(this.index.parentsOf(this.resolve(id)), (p) => this.index.row(p, this.filterOf(undefined)));
  }

  /**
   * The subtree under id, breadth first, `depth` levels down, at most `maxNodes` nodes, each
   * synset once under its first hypernym (or the first parent inside the subtree).
   */
  subtree(id: string, options: LabelSpaceOption & { depth?: number; maxNodes?: number } = {}): SubtreeLayout {
    const filter = this.filterOf(options);
    const index = this.index;
    const depth = Math.max(1, Math.min(20, Math.floor(options.depth ?? 3) || 3));
    const maxNodes = Math.max(1, Math.min(50_000, Math.floor(options.maxNodes ?? 5000) || 5000));
    const root = this.resolve(id);
    const nodes = [root];
    const parent = [-1];
    const level = [0];
    const placed = new Set<number>([root]);
    let truncated = false;
    for (let k = 0; k < nodes.length; k++) {
      if (level[k]! >= depth) continue;
      for (const c of index.sortedByLabel(index.childrenOf(nodes[k]!))) {
        if (placed.has(c) || !index.isVisible(c, filter)) continue;
        if (nodes.length >= maxNodes) {
          truncated = true;
          break;
        }
        placed.add(c);
        nodes.push(c);
        parent.push(k);
        level.push(level[k]! + 1);
      }
    }
    return {
      wnids: nodes.map((i) => index.wnidOf(i)),
      labels: nodes.map((i) => index.labelOf(i)),
      parent: Int32Array.from(parent),
      member: Uint8Array.from(nodes, (i) => (filter.has(i) ? 1 : 0)),
      count: Uint32Array.from(nodes, (i) => filter.countBelow(i)),
      truncated,
    };
  }
}
