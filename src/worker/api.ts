/**
 * The one typed boundary between the page and the index worker: every call, declared once here
 * (`SynsetApi`, and the lists `CORE_QUERIES` and `WORKER_CALLS` it is checked against). The
 * worker exposes the object of `synset-api.ts`, which `satisfies SynsetApi`; `src/client/client.ts`
 * wraps the worker as one, forwarding every call of the lists. Only structured-cloneable data
 * crosses: strings, plain objects, typed arrays; errors by their names (`ERROR_NAMES`).
 */
import { ERROR_NAMES } from '../core/errors.js';
import type { LabelSpaceName } from '../core/label-space-name.js';
import type {
  ChildPage,
  ChildPageOptions,
  IdOutcome,
  LookupOutcome,
  LabelSpaceOption,
  NameOutcome,
  SubtreeLayout,
  SynsetQueries,
  SynsetStats,
} from '../core/queries.js';
import type { SearchHit, SearchOptions } from '../core/search.js';
import type { SynsetDetails, SynsetName, SynsetRow } from '../core/synset-records.js';
import type { ClassNameStyle, NameStyle } from '../core/class-names.js';
import type { ClipFormat } from '../core/clip-export.js';
import type { ExportFormat } from '../core/label-export.js';
import type { ListProblem } from '../core/label-set.js';
import type { Comparison } from '../core/compare.js';
import type { GroupingSplit, PublishedGroupingName, SetGrouping } from '../core/groupings.js';
import type { GroupsBelow } from '../core/groups-below.js';
import type { VersionIds } from '../core/wordnet-versions.js';
import type { ClassCount, KnownIssues } from '../core/evaluation/known-issues.js';
import type { ClassFigures, Confusion, EvaluationSummary } from '../core/evaluation/evaluate.js';
import type { ErrorsUnder } from '../core/evaluation/hierarchy-figures.js';
import type { LanguageInfo } from '../core/language-catalog.js';

export type {
  ClassCount,
  ClassFigures,
  ClassNameStyle,
  ClipFormat,
  Confusion,
  ErrorsUnder,
  EvaluationSummary,
  KnownIssues,
  LanguageInfo,
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
  LabelSpaceName,
  LabelSpaceOption,
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
  /**
   * How classes are named; by default as the format's own files name them (Keras' and, on the
   * 1k, Hugging Face's and CLIP's: see `defaultExportStyle`), else `unique`.
   */
  names?: ClassNameStyle;
  /** A class list's format, or a CLIP zero-shot head's (`clip`, `clip-py`: the whole set, never `under`). */
  format: ExportFormat | ClipFormat;
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

/** A synset's words in a label language, with its English name beside them (the link back to WordNet). */
export interface SynsetLabelIn {
  wnid: string;
  /** NLTK's name (`dog.n.01`) and the English label. */
  name: string;
  englishLabel: string;
  /** The label in the language asked for, or the English one where it has no lemma. */
  label: string;
  /** The language `label` is really in: the language's code (`zh-Hans`), or `en` where it fell back. */
  labelLang: string;
  /** Every lemma in the language (empty where it fell back) and its definition there, if any. */
  lemmas: string[];
  definition: string | null;
  /** The line crediting the words' source and licence; null where the label is English (no lemma there, or English asked for). */
  credit: string | null;
  /** The direction of the label's script. */
  dir: 'ltr' | 'rtl';
}

/** One answer of {@link SynsetApi.labelsIn}. */
export type LabelInOutcome = IdOutcome<SynsetLabelIn>;

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
  /**
   * Starts loading the whole tree (the structure and every names shard) as soon as the index is
   * open, without waiting for a query to ask: for a page whose first view is the tree, as the
   * explorer's is. Its components ask only once the page has heard the index is ready, and a
   * page starting up hears it late: its main thread is busy with its own code then (about
   * 100 ms of a first visit). A page of labels leaves it off; they need a names shard each.
   */
  preloadTree?: boolean;
}

/**
 * The `name` of the errors that say data could not be loaded (not downloaded, cut short, not
 * the content the manifest names, unreadable). The client backs off after one (see `retry()`).
 * One of the names in `ERROR_NAMES` (`src/core/errors.ts`), the table of every error name that
 * crosses from the worker.
 */
export const LOAD_ERROR_NAME = ERROR_NAMES.load;

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

/**
 * How a predictions file's rows meet the validation images when it names no files: ImageFolder
 * order (`val-imagefolder`, a standard PyTorch loop's; the default) or file-name order (`val`).
 */
export type RunOrder = 'val' | 'val-imagefolder';

/** How to read a model's file (see {@link SynsetApi.evaluateRun}). */
export interface RunOptions {
  /** The rows' order when the file names no images (default `val-imagefolder`). */
  order?: RunOrder;
  /** `predictions` (one image a row), `confusion` (a 1000 × 1000 count matrix), or `auto` (default: by its shape). */
  form?: 'auto' | 'predictions' | 'confusion';
}

/** A model's run on the 1k's validation set: what the run list and the headline show. */
export interface RunSummary extends EvaluationSummary {
  /** A short hash of the file's content and the order it was read in: the address names the run by it (`run=…`). */
  id: string;
  fileName: string;
  /** When it was added (ms since 1970). */
  added: number;
  /** How the rows met their truth, in words (`in ImageFolder order`, `by file name to the validation labels`…). */
  truth: string;
  /** The file's form in words (`.npy (50000,) <u2`, `a 1000 x 1000 confusion matrix`). */
  form: string;
  order: RunOrder;
}

/**
 * A run's figures keyed for the views: per class (the card), per synset at or above a class
 * (the tree's and the sunburst's accuracy: `nodeWnids[i]` has `nodeImages[i]` images whose true
 * class is at or below it, `nodeTop1[i]` of them right), and per class the errors that stay
 * under each of its ancestors.
 */
export interface RunEvaluation {
  summary: RunSummary;
  /** The 1k's classes, in index order. */
  classes: ClassFigures[];
  nodeWnids: string[];
  nodeImages: Uint32Array;
  nodeTop1: Uint32Array;
  /** Per class, in index order: its ancestors, deepest first, with the errors staying under each. */
  errorsUnder: ErrorsUnder[][];
}

/**
 * How far ReaL (Beyer et al. 2020) keeps the original validation labels below each synset:
 * `nodeWnids[i]` has `nodeLabelled[i]` validation images with a ReaL label whose original class is
 * at or below it, and ReaL keeps the original label of `nodeKept[i]` of them.
 */
export interface LabelAgreement {
  nodeWnids: string[];
  nodeLabelled: Uint32Array;
  nodeKept: Uint32Array;
}

/** What scoring a file gave: the run, or the file's problems in sentences (each with its line or row). */
export type RunOutcome =
  | { evaluation: RunEvaluation; /** Set when this browser could not keep the run. */ storageWarning?: string }
  | { fileName: string; problems: string[] };

type Promised<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never };

/**
 * What a core query waits for in the worker: `index`, the whole index (the structure and every
 * names part); `space`, that and the label space named by the `in` of its options, its second
 * argument.
 */
export type QueryNeeds = 'index' | 'space';

/** How the worker answers a core query: once what it `needs` is there; `transfers` moves the typed arrays of the answer to the page. */
export interface CoreQuery {
  readonly needs: QueryNeeds;
  /** The answer's typed arrays (itself, or its fields) are made for it, never the index's own: they move instead of being copied. */
  readonly transfers?: true;
}

/**
 * The queries of `SynsetQueries` that the worker answers as the core does. Adding one is a line
 * here: the API's type ({@link SynsetQueryApi}), the worker's answer (`synset-api.ts`) and the
 * client's method follow from this list.
 */
export const CORE_QUERIES = {
  stats: { needs: 'index' },
  ancestors: { needs: 'index' },
  firstParent: { needs: 'index' },
  descendantOffsets: { needs: 'space', transfers: true },
  isA: { needs: 'index' },
  versionIds: { needs: 'index' },
  lca: { needs: 'index' },
  row: { needs: 'space' },
  children: { needs: 'space' },
  parents: { needs: 'index' },
  subtree: { needs: 'space', transfers: true },
} as const satisfies { readonly [K in keyof SynsetQueries]?: CoreQuery };

/** The name of a core query the worker answers. */
export type CoreQueryName = keyof typeof CORE_QUERIES;

/** The core's queries as the worker answers them: {@link SynsetQueries}' own, asynchronous. */
export type SynsetQueryApi = Promised<Pick<SynsetQueries, CoreQueryName>>;

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
   * Loads every part in the background, for search and for use offline: the whole index
   * (keeping its tree tables for the next visit), then all glosses, then the search tables.
   * The tables and the glosses wait until no query has run for a moment, so they never go
   * ahead of a view's own. An app calls it once its first view is drawn; an embedding page
   * that shows a few labels does not.
   */
  preload(): Promise<void>;
  /**
   * Everything about a synset (see `SynsetDetails`); an id that does not resolve rejects with a
   * `SynsetIdError`. A definition whose gloss part cannot be loaded is left out, saying why
   * (`definitionUnavailable`), and asked for again next time.
   */
  lookup(id: string): Promise<SynsetDetails>;
  /** Looks up many ids at once; a bad one gets its error, the rest their answers (see {@link lookup}). */
  lookupMany(ids: readonly string[]): Promise<LookupOutcome[]>;
  /**
   * The names of many synsets (wnid, `dog.n.01`, first lemma): what labels, breadcrumbs and
   * titles show. Wnids are answered from their names parts alone until the whole index is there.
   */
  names(ids: readonly string[]): Promise<NameOutcome[]>;
  /**
   * Lemma search (see `LemmaSearch`), once every gloss part is there (its last tier searches the
   * glosses' words); with `lang`, in that language's lemmas, once all its shards are there (a
   * language this build has not is searched in English, as {@link labelsIn} answers it). `call`, a number the caller picks for this search among its calls in flight,
   * lets {@link cancel} drop it: a search superseded while it waits for data is then never run.
   */
  search(query: string, options?: SearchOptions, call?: number): Promise<SearchHit[]>;
  /**
   * Drops the search named `call` if it has not run yet: it rejects with an `AbortError` and
   * does no work. Too late, or for no such call, it does nothing.
   */
  cancel(call: number): Promise<void>;
  /**
   * Labels in a language (a code of {@link languages}, or an alias: `zh`): for each id its
   * lemmas, label and definition there, or its English label marked `labelLang: 'en'` where the
   * language has none. A wnid needs its English names shard and one shard of the language: a
   * Chinese label fetches no other language. English, or a language this build has not, answers
   * in English.
   */
  labelsIn(ids: readonly string[], lang: string): Promise<LabelInOutcome[]>;
  /** The label languages of this build (from the manifest: nothing is downloaded). */
  languages(): Promise<LanguageInfo[]>;
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
  /**
   * Scores a model's file on the 1k's validation set (`synset evaluate`'s parsers and figures,
   * in the worker): predictions (`.npy`, text, a per-image CSV naming files; top-k allowed) or a
   * confusion matrix. The evaluation data parts are fetched on the first call. The run is kept
   * in this browser under its content hash; a file that cannot be scored comes back as its
   * problems, in sentences. Pass the bytes with `comlink.transfer`: they move, not copy.
   */
  evaluateRun(bytes: ArrayBuffer, fileName: string, options?: RunOptions): Promise<RunOutcome>;
  /** The runs kept in this browser, oldest first; resolves once the runs scored so far are written. */
  runs(): Promise<RunSummary[]>;
  /** A kept run's figures (scored again from its file on a new visit); a `SynsetRequestError` for a run this browser does not have. */
  runEvaluation(id: string): Promise<RunEvaluation>;
  /** Forgets a run. */
  removeRun(id: string): Promise<void>;
  /**
   * A 1k class's known label issues (ReaL's agreement and additions, cleanlab's crowd-checked
   * errors, the experts' confusable classes; `data/evaluation/README.md`): null for a synset
   * that is not a 1k class. Fetches the known-issues part on the first call.
   */
  knownIssues(id: string): Promise<KnownIssues | null>;
  /**
   * ReaL's agreement with the validation labels at every synset at or above a 1k class (the
   * tree's "label issues first"): fetches the known-issues part on the first call.
   */
  labelAgreement(): Promise<LabelAgreement>;
}

/**
 * The calls of {@link SynsetApi} that the worker answers in its own way, beside the
 * {@link CORE_QUERIES}: checked against the interface, so a call missing here, or named here and
 * not there, is a type error.
 */
export const WORKER_CALLS = {
  open: true,
  persisted: true,
  preload: true,
  lookup: true,
  lookupMany: true,
  names: true,
  search: true,
  cancel: true,
  definitions: true,
  labelsIn: true,
  languages: true,
  labelSets: true,
  addLabelList: true,
  removeLabelList: true,
  setIndices: true,
  classLabels: true,
  exportSet: true,
  compare: true,
  groupSet: true,
  groupsBelow: true,
  evaluateRun: true,
  runs: true,
  runEvaluation: true,
  removeRun: true,
  knownIssues: true,
  labelAgreement: true,
} as const satisfies Record<Exclude<keyof SynsetApi, CoreQueryName>, true>;

/** Every call of {@link SynsetApi}, by name: the list the client forwards from. */
export const SYNSET_API_CALLS = [...Object.keys(CORE_QUERIES), ...Object.keys(WORKER_CALLS)] as readonly (keyof SynsetApi)[];
