/**
 * The one typed boundary between the page and the index worker. The worker exposes an object
 * that `satisfies SynsetApi`; `src/client/client.ts` wraps the worker as one. Only structured-cloneable
 * data crosses: strings, plain objects, typed arrays.
 */
import type { Membership } from '../core/membership.js';
import type {
  ChildPage,
  ChildPageOptions,
  IdOutcome,
  LookupOutcome,
  MembershipOption,
  NameOutcome,
  SubtreeLayout,
  SynsetQueries,
  SynsetStats,
} from '../core/queries.js';
import type { SearchHit, SearchOptions } from '../core/search.js';
import type { SynsetDetails, SynsetName, SynsetRow } from '../core/synset-index.js';
import type { NameStyle } from '../core/class-names.js';
import type { ExportFormat } from '../core/label-export.js';
import type { ListProblem } from '../core/label-set.js';
import type { Comparison } from '../core/compare.js';
import type { GroupingSplit, PublishedGroupingName, SetGrouping } from '../core/groupings.js';
import type { GroupsBelow } from '../core/groups-below.js';
import type { VersionIds } from '../core/wordnet-versions.js';

export type {
  VersionIds,
  Comparison,
  GroupsBelow,
  ExportFormat,
  ListProblem,
  NameStyle,
  ChildPage,
  ChildPageOptions,
  IdOutcome,
  LookupOutcome,
  Membership,
  MembershipOption,
  NameOutcome,
  SearchHit,
  SearchOptions,
  SubtreeLayout,
  SynsetDetails,
  SynsetName,
  SynsetRow,
  SynsetStats,
};

/** A label space as a picker lists it: a built-in set (with its provenance) or a custom list. */
export interface LabelSetSummary {
  /** What `in` options and `SET:INDEX` ids name it by: `imagenet-r`, or `list:1f2e3d4c5b6a` for a custom list. */
  name: string;
  aliases: readonly string[];
  /** Distinct classes: a custom list's holes and repeated lines are not counted. */
  classes: number;
  description: string;
  source: string;
  licence: string;
  /** A list added in this browser (`addLabelList`), kept in IndexedDB. */
  custom: boolean;
}

/** A custom list once read: its summary and the lines that named no class or repeated one (kept as holes). */
export interface AddedLabelList {
  set: LabelSetSummary;
  problems: ListProblem[];
  /** Set when this browser could not keep the list (no IndexedDB, a full disk): it lasts as long as the page. */
  storageWarning?: string;
}

/** A synset's class index in one label space. */
export interface SetIndex {
  set: string;
  index: number;
}

/** What an export covers and how it is written. */
export interface ExportOptions {
  /** How classes are named (default `unique`). */
  names?: NameStyle;
  format: ExportFormat;
  /** Only the set's classes below (or at) this synset: the explorer's "current subtree". */
  under?: string;
}

/** How to group a set's classes (see `src/core/groupings.ts`). */
export type GroupingSpec =
  { by: 'depth'; depth: number } | { by: 'count'; count: number } | { by: 'published'; name: PublishedGroupingName; split?: GroupingSplit };

/** A set's classes grouped: `groupOf[k]` is class k's group index (-1: not placed; see `problems`). */
export type SetGroupingView = SetGrouping;

/** A synset's definition and examples: what a tooltip shows, from one gloss shard. */
export interface SynsetDefinition {
  wnid: string;
  /** The definition, as NLTK's `definition()` gives it. */
  gloss: string;
  examples: string[];
}

/** One answer of {@link SynsetApi.definitions}. */
export type DefinitionOutcome = IdOutcome<SynsetDefinition>;

/**
 * Where the index's data comes from: `indexeddb` (a later visit: this build's structure is
 * kept), `network` (fetched part by part as queries need them, each kept in IndexedDB), or
 * `memory` (fetched, but IndexedDB cannot be used: the next visit fetches again;
 * `IndexReady.storageWarning` says why).
 */
export type IndexSource = 'network' | 'indexeddb' | 'memory';

/**
 * Progress of loading the whole index (the structure and names parts), for a progress bar:
 * `fetch` or `read` (IndexedDB) with the parts' gzipped bytes done and in all, then `build`.
 * `decompress` and `store` are not reported any more; they stay for older listeners.
 */
export interface LoadProgress {
  phase: 'fetch' | 'decompress' | 'build' | 'store' | 'read';
  /** Bytes done and expected in this phase (expected 0 when unknown). */
  loaded: number;
  total: number;
}

export interface OpenOptions {
  /**
   * URL of a data parts manifest (`parts.json`, from `npm run build:data`); its parts are
   * fetched relative to it. Defaults to the parts built with the app.
   */
  dataUrl?: string;
  /** IndexedDB database name (tests give each their own). */
  dbName?: string;
  /**
   * How long to wait, once another tab holding an older version of the database keeps it
   * (`blocked`), before giving up on the cache and serving from memory. Default 1,000 ms.
   */
  blockedTimeoutMs?: number;
}

/**
 * The `name` of the errors that say data could not be loaded (not downloaded, cut short, not
 * the content the manifest names, unreadable). The client backs off after one (see `retry()`).
 */
export const LOAD_ERROR_NAME = 'BundleLoadError';

/**
 * How a load error's message begins, by what went wrong: `network` (no answer, or the download
 * broke off: the connection), `server` (an HTTP error or a page instead of the data: the
 * server's doing) and `damaged` (the bytes are not what the manifest names). The rest of the
 * message is the detail for developers (the URL, the bytes); components word the error for
 * people by its opening (`src/components/error-text.ts`).
 */
export const LOAD_FAILURE_OPENINGS = {
  network: 'could not download the synset data',
  server: 'the server did not send the synset data',
  damaged: 'the synset data is damaged',
} as const;

/** What went wrong in a load (see {@link LOAD_FAILURE_OPENINGS}). */
export type LoadFailure = keyof typeof LOAD_FAILURE_OPENINGS;

/** What went wrong in a load, from its error; undefined for an error that is not a load error. */
export function loadFailureOf(error: unknown): LoadFailure | undefined {
  return error instanceof Error && error.name === LOAD_ERROR_NAME ? loadFailureIn(error.message) : undefined;
}

/** What went wrong in a load, from a load error's message (or a lookup's `definitionUnavailable`). */
export function loadFailureIn(message: string): LoadFailure | undefined {
  return (Object.keys(LOAD_FAILURE_OPENINGS) as LoadFailure[]).find((failure) => message.startsWith(LOAD_FAILURE_OPENINGS[failure]));
}

export interface IndexReady {
  source: IndexSource;
  /** Milliseconds the worker spent from `open` to taking queries. */
  ms: number;
  /** Set when the index could not be kept in IndexedDB: why, in a sentence for people (the detail is in the console). */
  storageWarning?: string;
}

/** How keeping the fetched parts in IndexedDB ended (it happens after the answers that needed them). */
export interface PersistOutcome {
  /** The database holds every part loaded so far: the next visit reads them instead of fetching. */
  stored: boolean;
  /** Why not, in a sentence for people, when it does not (the detail is in the console). */
  storageWarning?: string;
}

type Promised<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never };

/** The queries of {@link SynsetQueries}, asynchronous. */
export type SynsetQueryApi = Promised<
  Pick<
    SynsetQueries,
    | 'stats'
    | 'lookup'
    | 'lookupMany'
    | 'names'
    | 'search'
    | 'timeSearches'
    | 'ancestors'
    | 'descendants'
    | 'descendantOffsets'
    | 'isA'
    | 'versionIds'
    | 'lca'
    | 'row'
    | 'children'
    | 'parents'
    | 'subtree'
  >
>;

export interface SynsetApi extends SynsetQueryApi {
  /**
   * Opens the index: finds its parts manifest and its IndexedDB cache, and resolves when it
   * takes queries. Each query then waits for the data parts it needs (IndexedDB first, the
   * network for those it lacks); a part that fails to load fails the queries that need it,
   * and the next such query tries again. Idempotent: later calls resolve with the first result;
   * after a failure (a `BundleLoadError` saying what went wrong) the next call tries again.
   * `onProgress` (wrapped with `comlink.proxy`) follows the load of the whole index.
   */
  open(options?: OpenOptions, onProgress?: (progress: LoadProgress) => void): Promise<IndexReady>;
  /**
   * Resolves when the worker is done keeping the parts it has loaded so far in IndexedDB (at
   * once when there is nothing to write).
   */
  persisted(): Promise<PersistOutcome>;
  /**
   * Loads every part in the background, for search and for use offline: the whole index,
   * then all glosses, then the search tables. An app calls it once its first view is drawn;
   * an embedding page that shows a few labels does not.
   */
  preload(): Promise<void>;
  /** Definitions of many synsets (a tooltip's): a gloss shard each, not the whole index. */
  definitions(ids: readonly string[]): Promise<DefinitionOutcome[]>;
  /** The label spaces: the built-in ones (from the manifest: nothing is downloaded) and the custom lists kept here. */
  labelSets(): Promise<LabelSetSummary[]>;
  /**
   * Reads a custom list (ids in any form, one a line; `#` comments) and keeps it in IndexedDB
   * for later visits, as it resolved now (a wnid per class index), so it reads back the same.
   * The label sets its `SET:INDEX` lines name are loaded first. Its name is a hash of its text,
   * so adding the same list twice gives the same name. Bad and repeated lines come back as
   * problems and keep their class index as a hole.
   */
  addLabelList(text: string, description?: string): Promise<AddedLabelList>;
  /** Forgets a custom list. */
  removeLabelList(name: string): Promise<void>;
  /** The synset's class index in every label space that has it (loads the built-in lists). */
  setIndices(id: string): Promise<SetIndex[]>;
  /** The names of a set's classes, in class index order. */
  classLabels(set: string, names: NameStyle): Promise<string[]>;
  /** A set's classes (or those below a synset) as a file's text, in an export format. */
  exportSet(set: string, options: ExportOptions): Promise<string>;
  /**
   * Two synsets compared: their distances (`synset distance`'s record, severity relative to
   * `set`, default `1k`) and a hypernym path to each that meets at their lowest common hypernym.
   */
  compare(a: string, b: string, set?: string): Promise<Comparison>;
  /** A label set's classes grouped by depth, by a count of groups, or by a published grouping. */
  groupSet(set: string, spec: GroupingSpec): Promise<SetGroupingView>;
  /**
   * How the classes of `set` at or below each synset of `ids` fall into a grouping's groups
   * (`groupOf`: each class's group by class index, as {@link groupSet} gives it): every class
   * below, not only those a drawing shows. One compressed row per id (see `GroupsBelow`).
   */
  groupsBelow(set: string, groupOf: Int32Array, ids: readonly string[]): Promise<GroupsBelow>;
}
