/**
 * The one door from the page to the synset index. It owns the index worker: creates it on
 * first use, once per page however many components ask, opens the index, and forwards every
 * query once the index is ready. Components use {@link getSynsetClient}; tests and tools make
 * their own with {@link createSynsetClient}.
 */
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import {
  LOAD_ERROR_NAME,
  SYNSET_API_CALLS,
  type IndexReady,
  type IndexSource,
  type LoadProgress,
  type LabelSpaceOption,
  type OpenOptions,
  type PersistOutcome,
  type SearchHit,
  type SearchOptions,
  type SynsetApi,
  type SynsetDefinition,
  type SynsetLabelIn,
  type SynsetDetails,
  type SynsetName,
} from '../worker/api.js';
import { wnidOfOffset } from '../core/wnid.js';
import { IdBatch } from './id-batch.js';
import { LoadRetryPolicy } from './load-retry-policy.js';
import indexWorkerUrl from '../../workers/index.worker.ts?worker&url';
import { startIndexWorker } from './worker-url.js';
import { indexWorkerName } from '../worker/worker-name.js';

export type {
  IndexReady,
  IndexSource,
  LoadProgress,
  OpenOptions,
  PersistOutcome,
  SynsetDefinition,
  SynsetDetails,
  SynsetLabelIn,
  SynsetName,
};

/** Name of the `performance.mark` the client sets when the index becomes queryable. */
export const READY_MARK = 'synset-index-ready';

/** The mark's `detail`. */
export interface ReadyMarkDetail {
  source: IndexSource;
}

/** Where the data comes from, where it is kept, and how the worker starts. */
export interface SynsetClientOptions extends OpenOptions {
  /**
   * Starts the index worker, for a host that serves or bundles the worker script itself, and for
   * tests (which start it with probes of their own). The worker must run `workers/index.worker.ts`
   * (or a script that imports it); the client terminates it on `dispose`. By default the client
   * starts the worker built beside this module.
   */
  worker?: () => Worker;
}

/**
 * The worker's calls the client makes itself rather than pass on: `open` (see `ready()`), and
 * `search` and `cancel` (a search takes an `AbortSignal` here, which cannot cross to the worker).
 */
type OwnCall = 'open' | 'search' | 'cancel';

/** The worker's calls the client passes on as they are, each once the index is ready (and as the retry policy allows). */
type ForwardedCall = Exclude<keyof SynsetApi, OwnCall>;

const FORWARDED = SYNSET_API_CALLS.filter((call): call is ForwardedCall => call !== 'open' && call !== 'search' && call !== 'cancel');

export interface SynsetClient extends Pick<SynsetApi, ForwardedCall> {
  /**
   * Resolves when the index is queryable, starting the worker and the load on the first call.
   * Rejects with the load's error (its `message` is for people).
   *
   * One retry policy covers every call: once data fails to load (an error named
   * `LOAD_ERROR_NAME`), every query, and `ready()` if it has to open again, rejects at once
   * with that same error, sending nothing to the worker, until {@link retry} or a back-off
   * ends (5 s, doubling with each failure, at most 2 minutes; see `load-retry-policy.ts`).
   */
  ready(): Promise<IndexReady>;
  /** Lets calls through again at once after a failure, and opens the index if it is not open. */
  retry(): Promise<IndexReady>;
  /** Calls `listener` with each load progress (first with the latest, if any); returns an unsubscribe. */
  onProgress(listener: (progress: LoadProgress) => void): () => void;
  /**
   * Calls `listener` with the error when data fails to load, and with `undefined` as soon as
   * a later call loads data again: views in an error state leave it then. Returns an unsubscribe.
   */
  onLoadError(listener: (error: Error | undefined) => void): () => void;
  /**
   * Looks up one synset, batched: the ids asked for in the same task travel in one
   * `lookupMany`, so a page of 1,000 labels costs one round trip, not 1,000. Rejects with a
   * `SynsetIdError` for an id that does not resolve.
   */
  lookupBatched(id: string): Promise<SynsetDetails>;
  /**
   * The names of one synset (wnid, `dog.n.01`, first lemma), batched like {@link lookupBatched}:
   * what labels and breadcrumbs need. Answers as soon as the index is ready, without waiting
   * for the glosses a later visit reads after start-up.
   */
  nameBatched(id: string): Promise<SynsetName>;
  /**
   * The definition of one synset, batched like {@link nameBatched}: what a tooltip shows, from
   * one small gloss part, without loading the whole index.
   */
  definitionBatched(id: string): Promise<SynsetDefinition>;
  /**
   * One synset's words in a label language, batched like {@link nameBatched} (one batch per
   * language): a wnid's English names shard and one shard of the language.
   */
  labelInBatched(id: string, lang: string): Promise<SynsetLabelIn>;
  /**
   * Lemma search (see `SynsetApi.search`). When `signal` aborts, the search rejects at once with
   * its reason, and the worker drops it if it is still waiting for its data: a search box passes
   * the signal `@lit/task` gives each run, so a superseded keystroke's search costs nothing.
   */
  search(query: string, options?: SearchOptions, signal?: AbortSignal): Promise<SearchHit[]>;
  /**
   * Distinct descendants as wnids, in wnid order: the worker sends their offsets in one array
   * (`descendantOffsets`, moved, not copied) and the client spells them.
   */
  descendants(id: string, options?: LabelSpaceOption): Promise<string[]>;
  /**
   * Resolves once no call the page waits on is in flight (the background preload aside), or
   * after `timeoutMs`: for work of the page's own that should not hold up those answers' views
   * (the sunburst's first drawing, which would otherwise take the main thread as the card's
   * answer arrives).
   */
  settled(timeoutMs: number): Promise<void>;
  /** Stops the worker. Pending and later calls reject. */
  dispose(): void;
}

type Method = keyof SynsetApi;
type Result<K extends Method> = Awaited<ReturnType<SynsetApi[K]>>;

/** How a call is cancelled: its signal, and what tells the worker (a worker call cannot take the signal itself). */
interface Cancel {
  signal: AbortSignal;
  tellWorker: () => void;
}

/**
 * Calls the retry policy leaves alone: those that load no data, and the background preload,
 * whose failure no view waits on (a gloss part that failed in the background must not stop
 * the tree for the back-off; the query that needs it fetches it again).
 */
const UNGUARDED: ReadonlySet<Method> = new Set<Method>(['persisted', 'preload']);

// The forwarded methods are installed on the prototype from FORWARDED (see the static block), and
// typed from SynsetApi here: `implements SynsetClient` fails to compile while a call of the
// client is neither forwarded nor written out.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
interface WorkerSynsetClient extends Pick<SynsetApi, ForwardedCall> {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class WorkerSynsetClient implements SynsetClient {
  private worker: Worker | undefined;
  private remote: Remote<SynsetApi> | undefined;
  /** Rejects when the worker fails to start or dies: comlink calls would never settle. */
  private workerFailed: Promise<never> | undefined;
  private failWorker: ((reason: Error) => void) | undefined;
  private opening: Promise<IndexReady> | undefined;
  private readonly progressListeners = new Set<(progress: LoadProgress) => void>();
  private readonly loadErrorListeners = new Set<(error: Error | undefined) => void>();
  private readonly retryPolicy = new LoadRetryPolicy();
  private latestProgress: LoadProgress | undefined;
  private readonly lookups = new IdBatch<SynsetDetails>((ids) => this.lookupMany(ids));
  private readonly nameLookups = new IdBatch<SynsetName>((ids) => this.names(ids));
  private readonly definitionLookups = new IdBatch<SynsetDefinition>((ids) => this.definitions(ids));
  private readonly labelInLookups = new Map<string, IdBatch<SynsetLabelIn>>();
  private isDisposed = false;
  /** The number of the last cancellable call, which names it to the worker. */
  private lastCall = 0;
  /** Calls in flight that the page waits on (not {@link UNGUARDED}'s). */
  private inFlight = 0;
  /** Told when {@link inFlight} comes down to none. */
  private readonly settledListeners = new Set<() => void>();

  constructor(private readonly options: SynsetClientOptions) {}

  get disposed(): boolean {
    return this.isDisposed;
  }

  ready(): Promise<IndexReady> {
    if (this.opening) return this.opening;
    let epoch: number;
    try {
      epoch = this.retryPolicy.admit();
    } catch (error) {
      return Promise.reject(error as Error);
    }
    return (this.opening = this.open(epoch));
  }

  retry(): Promise<IndexReady> {
    this.retryPolicy.retry();
    return this.ready();
  }

  onProgress(listener: (progress: LoadProgress) => void): () => void {
    this.progressListeners.add(listener);
    if (this.latestProgress) listener(this.latestProgress);
    return () => this.progressListeners.delete(listener);
  }

  onLoadError(listener: (error: Error | undefined) => void): () => void {
    this.loadErrorListeners.add(listener);
    return () => this.loadErrorListeners.delete(listener);
  }

  async descendants(id: string, options?: LabelSpaceOption): Promise<string[]> {
    const offsets = await this.call('descendantOffsets', [id, options]);
    return Array.from(offsets, wnidOfOffset);
  }

  search(query: string, options?: SearchOptions, signal?: AbortSignal): Promise<SearchHit[]> {
    if (!signal) return this.call('search', [query, options]);
    const call = ++this.lastCall;
    return this.call('search', [query, options, call], { signal, tellWorker: () => void this.remote?.cancel(call).catch(() => {}) });
  }

  static {
    for (const method of FORWARDED) {
      // Writable and configurable, as a method written in the class would be.
      Object.defineProperty(WorkerSynsetClient.prototype, method, {
        value(this: WorkerSynsetClient, ...args: Parameters<SynsetApi[typeof method]>) {
          return this.call(method, args);
        },
        writable: true,
        configurable: true,
      });
    }
  }

  lookupBatched(id: string): Promise<SynsetDetails> {
    return this.disposed ? Promise.reject(disposedError()) : this.lookups.ask(id);
  }

  nameBatched(id: string): Promise<SynsetName> {
    return this.disposed ? Promise.reject(disposedError()) : this.nameLookups.ask(id);
  }

  labelInBatched(id: string, lang: string): Promise<SynsetLabelIn> {
    if (this.disposed) return Promise.reject(disposedError());
    let batch = this.labelInLookups.get(lang);
    if (!batch) this.labelInLookups.set(lang, (batch = new IdBatch<SynsetLabelIn>((ids) => this.labelsIn(ids, lang))));
    return batch.ask(id);
  }

  definitionBatched(id: string): Promise<SynsetDefinition> {
    return this.disposed ? Promise.reject(disposedError()) : this.definitionLookups.ask(id);
  }

  settled(timeoutMs: number): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.settledListeners.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.settledListeners.add(done);
    });
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.lookups.cancel(disposedError());
    this.nameLookups.cancel(disposedError());
    this.definitionLookups.cancel(disposedError());
    this.stopWorker(disposedError());
  }

  private async open(epoch: number): Promise<IndexReady> {
    try {
      const remote = this.startWorker();
      const onProgress = proxy((progress: LoadProgress) => this.emitProgress(progress));
      const ready = await Promise.race([remote.open(this.openOptions(), onProgress), this.workerFailed!]);
      performance.mark(READY_MARK, { detail: { source: ready.source } satisfies ReadyMarkDetail });
      return ready;
    } catch (error) {
      // Forget the failure: the next ready() or retry() loads again (as the policy allows).
      this.opening = undefined;
      this.noteFailure(error, epoch);
      throw error;
    }
  }

  private async call<K extends Method>(method: K, args: Parameters<SynsetApi[K]>, cancel?: Cancel): Promise<Result<K>> {
    const guarded = !UNGUARDED.has(method);
    const epoch = guarded ? this.retryPolicy.admit() : 0;
    const stop = new AbortController();
    if (guarded) this.inFlight++;
    try {
      // Aborted before it was sent, the call is never sent.
      const aborted = cancel ? whenAborted(cancel.signal, stop.signal) : undefined;
      await (aborted ? Promise.race([this.ready(), aborted]) : this.ready());
      cancel?.signal.throwIfAborted();
      if (!this.remote) throw disposedError();
      // Every SynsetApi method takes plain data and returns a promise, so the remote has the
      // same call signatures as the interface it wraps.
      const remote = this.remote as unknown as SynsetApi;
      const call = remote[method] as (...callArgs: Parameters<SynsetApi[K]>) => Promise<Result<K>>;
      const answer = call(...args);
      aborted?.catch(() => cancel!.tellWorker());
      const result = await Promise.race([answer, this.workerFailed!, ...(aborted ? [aborted] : [])]);
      if (guarded && this.retryPolicy.succeeded(epoch)) this.emitLoadError(undefined);
      return result;
    } catch (error) {
      if (guarded) this.noteFailure(error, epoch);
      throw error;
    } finally {
      stop.abort();
      if (guarded && --this.inFlight === 0) for (const done of [...this.settledListeners]) done();
    }
  }

  /** Hands a failure to the retry policy, and tells listeners of a new load failure. */
  private noteFailure(error: unknown, epoch: number): void {
    if (error instanceof Error && error.name === LOAD_ERROR_NAME && this.retryPolicy.failed(error, epoch)) this.emitLoadError(error);
  }

  private emitLoadError(error: Error | undefined): void {
    for (const listener of this.loadErrorListeners) listener(error);
  }

  private startWorker(): Remote<SynsetApi> {
    if (this.disposed) throw disposedError();
    if (this.remote) return this.remote;
    // Vite bundles the worker for `?worker&url`; the URL resolves against this module, so an
    // embed served from a CDN finds the worker there (startIndexWorker handles the origin).
    const worker =
      this.options.worker?.() ?? startIndexWorker(new URL(indexWorkerUrl, import.meta.url), indexWorkerName(this.openOptions()));
    this.worker = worker;
    this.remote = wrap<SynsetApi>(worker);
    this.workerFailed = new Promise<never>((_, reject) => (this.failWorker = reject));
    this.workerFailed.catch(() => {});
    worker.addEventListener('error', (event) => {
      // A worker that failed to load or crashed answers nothing: start afresh next time.
      // The event's message is the console's ("Uncaught Error: …"): its prefix would repeat "Error" in the page.
      const why = (event.message || 'it could not be loaded').replace(/^(?:Uncaught )?(?:\w*Error: )?/, '');
      if (this.worker === worker) this.stopWorker(new Error(`the synset index worker failed: ${why}`));
    });
    return this.remote;
  }

  /** Ends the worker; calls waiting on it reject with `reason` instead of waiting forever. */
  private stopWorker(reason: Error): void {
    this.failWorker?.(reason);
    this.remote?.[releaseProxy]();
    this.worker?.terminate();
    this.remote = undefined;
    this.worker = undefined;
    this.failWorker = undefined;
  }

  /** The options as the worker needs them: a relative data URL resolved against the page. */
  private openOptions(): OpenOptions {
    // The worker factory stays here: a function cannot cross to the worker.
    const { worker: _worker, ...options } = this.options;
    if (options.dataUrl !== undefined) options.dataUrl = new URL(options.dataUrl, document.baseURI).href;
    return options;
  }

  private emitProgress(progress: LoadProgress): void {
    this.latestProgress = progress;
    for (const listener of this.progressListeners) listener(progress);
  }
}

/** Rejects with the signal's reason when it aborts, unless `done` aborts first (the call settled). */
function whenAborted(signal: AbortSignal, done: AbortSignal): Promise<never> {
  return new Promise<never>((_, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true, signal: done });
  });
}

function disposedError(): Error {
  return new Error('this synset client was disposed');
}

let pageOptions: SynsetClientOptions = {};
let pageClient: WorkerSynsetClient | undefined;

/**
 * Sets where the page's client gets its data (and, for a host that starts the worker itself,
 * how: see {@link SynsetClientOptions.worker}); call it before the first {@link getSynsetClient}.
 */
export function configureSynsets(options: Pick<SynsetClientOptions, 'dataUrl' | 'dbName' | 'worker' | 'preloadTree'>): void {
  if (pageClient && !pageClient.disposed) throw new Error('configureSynsets() must be called before the first getSynsetClient()');
  pageOptions = { ...options };
}

/** The page's client, shared by every component; its worker starts on the first call that needs it. */
export function getSynsetClient(): SynsetClient {
  if (!pageClient || pageClient.disposed) pageClient = new WorkerSynsetClient(pageOptions);
  return pageClient;
}

/** A client of its own, with its own worker: for tests and tools, not components. */
export function createSynsetClient(options: SynsetClientOptions = {}): SynsetClient {
  return new WorkerSynsetClient(options);
}
