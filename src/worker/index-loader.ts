/**
 * Opens the index in the worker: the data parts manifest (built in, or a page's own), the
 * IndexedDB cache, and a {@link ProgressiveIndex} that loads parts as queries need them.
 * Opening reads no data, so a page's first answer waits only for the parts it needs: a label
 * for one names shard, the tree for the structure and the names, a card for a gloss shard.
 * Whatever storage does, the page gets a working index; only data that cannot be downloaded,
 * or is not what the manifest says, fails the queries that need it.
 */
import builtManifest from '../../data/generated/parts/parts.json';
import {
  LOAD_FAILURE_OPENINGS,
  type IndexReady,
  type IndexSource,
  type LoadProgress,
  type OpenOptions,
  type PersistOutcome,
} from './api.js';
import type { LanguageEntry, PartsManifest } from '../core/data-parts.js';
import { BundleLoadError } from './bundle-download.js';
import { errorDetail } from '../core/error-detail.js';
import { DEFAULT_DB_NAME, IndexStore } from './index-store.js';
import { storageReason } from './open-database.js';
import { HierarchyViews } from './hierarchy-views.js';
import { EvaluationRuns } from './evaluation-runs.js';
import { LabelListStore } from './label-list-store.js';
import { LabelSpacesLoader } from './label-spaces-loader.js';
import { PartSource } from './part-source.js';
import { labelShardsOf, ProgressiveIndex } from './progressive-index.js';
import { RunStore } from './run-store.js';
import { RememberedLoad } from '../core/remembered-load.js';

const DEFAULT_BLOCKED_TIMEOUT_MS = 1000;

type ProgressListener = (progress: LoadProgress) => void;

interface OpenIndex {
  index: ProgressiveIndex;
  source: PartSource;
  store: IndexStore | undefined;
  ready: IndexReady;
  manifest: PartsManifest;
  runs: EvaluationRuns;
}

export class IndexLoader {
  private readonly opening = new RememberedLoad<OpenIndex>();
  /** Why parts could not be kept (a {@link storageWarning}), once one write failed. */
  private storeFailure: string | undefined;
  /** The page's listener (its latest `open`'s): an open the worker started itself has none. */
  private progressListener: ProgressListener | undefined;
  private latestProgress: LoadProgress | undefined;

  /**
   * @param builtPartsUrl The folder of the parts built with the app (`builtManifest`'s), found
   *   by the worker's entry relative to its own URL (`workers/index.worker.ts`).
   */
  constructor(private readonly builtPartsUrl: string) {}

  /**
   * See {@link SynsetApi.open}: opened once per worker, tried again only after a failure. An
   * open under way (one the worker started from its name) is joined: its options stand, and
   * `onProgress` hears the progress so far, then the rest.
   */
  open(options: OpenOptions = {}, onProgress?: ProgressListener): Promise<IndexReady> {
    if (onProgress) {
      this.progressListener = onProgress;
      if (this.latestProgress) onProgress(this.latestProgress);
    }
    return this.opening.get(() => this.load(options, (progress) => this.emitProgress(progress))).then((open) => open.ready);
  }

  private emitProgress(progress: LoadProgress): void {
    this.latestProgress = progress;
    // Called plainly, not as a method: the listener is the page's, through comlink, which sends a
    // call of a property (`listener.call(this, …)`, what `this.progressListener?.(…)` becomes in
    // an older build target) to the page as a call of a function named `call`, with this object.
    const listener = this.progressListener;
    if (listener) listener(progress);
  }

  /** The index once open; waits for an open under way. */
  async index(): Promise<ProgressiveIndex> {
    return (await this.opened()).index;
  }

  /** A person's model runs, once open. */
  async runs(): Promise<EvaluationRuns> {
    return (await this.opened()).runs;
  }

  /** See {@link SynsetApi.persisted}. */
  async persisted(): Promise<PersistOutcome> {
    const { source, store, ready } = await this.opened();
    if (!store) return { stored: false, storageWarning: ready.storageWarning ?? storageWarning('it offers this page no storage') };
    await source.idle().catch(() => {});
    return this.storeFailure ? { stored: false, storageWarning: this.storeFailure } : { stored: true };
  }

  private opened(): Promise<OpenIndex> {
    return this.opening.peek() ?? Promise.reject(new Error('the synset index is not open: call open() first'));
  }

  private async load(options: OpenOptions, onProgress: ProgressListener): Promise<OpenIndex> {
    const started = performance.now();
    performance.mark('synset-load-start');
    const { manifest, baseUrl } = await this.manifestFor(options);
    let store: IndexStore | undefined;
    let warning: string | undefined;
    const blockedTimeoutMs = options.blockedTimeoutMs ?? DEFAULT_BLOCKED_TIMEOUT_MS;
    try {
      store = await IndexStore.open(options.dbName ?? DEFAULT_DB_NAME, { blockedTimeoutMs });
    } catch (error) {
      warning = storageWarning(storageReason(error));
      console.warn(`the synset data is kept in memory only, and fetched again next visit: ${errorDetail(error)}`);
    }
    const source = new PartSource({
      baseUrl,
      store,
      onStoreFailure: (error) => {
        if (this.storeFailure) return;
        this.storeFailure = storageWarning(storageReason(error));
        console.warn(`the synset data could not be kept for the next visit: ${errorDetail(error)}`);
        // Free what a failed write (quota) may have left, so the next visit can store afresh.
        store?.discardAll().catch(() => {});
      },
    });
    // The person's own lists live in a database of their own: opened now, waited for only by queries that name one.
    const ownDbName = `${options.dbName ?? DEFAULT_DB_NAME}-lists`;
    const lists = LabelListStore.open(ownDbName, { blockedTimeoutMs });
    // Their runs share that database (`own-database.ts`); opened now too, waited for only by the run calls.
    const runs = new EvaluationRuns(manifest, source, RunStore.open(ownDbName, { blockedTimeoutMs }));
    const labelSpaces = new LabelSpacesLoader(manifest, source, lists);
    const views = new HierarchyViews(manifest, source, labelSpaces);
    const index = new ProgressiveIndex(manifest, source, store, labelSpaces, views, onProgress);
    // A failure is met (and tried again) by the first query that needs the tree.
    if (options.preloadTree) index.skeleton().catch(() => {});
    let kind: IndexSource = 'memory';
    if (store) kind = (await store.hasPart(manifest.structure.file).catch(() => false)) ? 'indexeddb' : 'network';
    // A database made at this opening holds no older build.
    if (store && !store.madeNow)
      dropOtherBuilds(store, manifest).catch((error: unknown) => console.warn(`could not drop older synset data: ${errorDetail(error)}`));
    const ready: IndexReady = { source: kind, ms: performance.now() - started };
    if (warning) ready.storageWarning = warning;
    return { index, source, store, ready, manifest, runs };
  }

  /** The built manifest, or the page's own (`dataUrl`), with the folder its parts are in. */
  private async manifestFor(options: OpenOptions): Promise<{ manifest: PartsManifest; baseUrl: string }> {
    if (options.dataUrl === undefined) {
      return { manifest: builtManifest as PartsManifest, baseUrl: this.builtPartsUrl };
    }
    const url = options.dataUrl;
    let manifest: unknown;
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw new BundleLoadError(`${LOAD_FAILURE_OPENINGS.network}: its manifest ${url} could not be read: ${errorDetail(error)}`);
    }
    if (!response.ok) throw new BundleLoadError(`${LOAD_FAILURE_OPENINGS.server} (HTTP ${response.status}): its manifest ${url}`);
    try {
      manifest = await response.json();
    } catch (error) {
      throw new BundleLoadError(`${LOAD_FAILURE_OPENINGS.server}: its manifest ${url} is not JSON: ${errorDetail(error)}`);
    }
    if (!isManifest(manifest))
      throw new BundleLoadError(`${LOAD_FAILURE_OPENINGS.server}: ${url} is not a synset data manifest (parts.json)`);
    return { manifest, baseUrl: url };
  }
}

function isManifest(value: unknown): value is PartsManifest {
  const manifest = value as PartsManifest | null;
  return (
    typeof manifest === 'object' &&
    manifest !== null &&
    typeof manifest.nouns === 'number' &&
    typeof manifest.structure?.file === 'string' &&
    Array.isArray(manifest.names) &&
    Array.isArray(manifest.glosses)
  );
}

/** Deletes what an older build of the data left in the cache, in the background. */
async function dropOtherBuilds(store: IndexStore, manifest: PartsManifest): Promise<void> {
  const labelParts = [
    ...(manifest.labelSets ?? []).flatMap((entry) => (entry.part ? [entry.part] : [])),
    ...(manifest.nameLists ?? []).map((entry) => entry.part),
    ...(manifest.groupingFiles ?? []).map((entry) => entry.part),
    ...(manifest.evaluationFiles ?? []).map((entry) => entry.part),
    ...(manifest.promptTemplates ?? []).map((entry) => entry.part),
    ...(manifest.versions ? [manifest.versions] : []),
    ...(manifest.languages ? [manifest.languages] : []),
    ...labelShardsOf(manifest),
  ];
  const keep = new Set([manifest.structure, ...manifest.names, ...manifest.glosses, ...labelParts].map((part) => part.file));
  keep.add(ProgressiveIndex.searchTablesKey(manifest));
  keep.add(ProgressiveIndex.glossWordsKey(manifest));
  keep.add(ProgressiveIndex.treeTablesKey(manifest));
  // The languages' shards are listed in a part of their own: this build's are kept when it is stored.
  const [languages] = manifest.languages ? await store.readParts([manifest.languages.file]) : [];
  if (languages) {
    for (const entry of JSON.parse(new TextDecoder().decode(languages)) as LanguageEntry[]) {
      for (const shard of entry.shards) keep.add(shard.file);
    }
  }
  await store.keepOnly(keep);
}

/**
 * What `IndexReady.storageWarning` and `PersistOutcome.storageWarning` say, for people: the
 * `reason` from {@link storageReason}; the technical detail goes to the console.
 */
function storageWarning(reason: string): string {
  return `This browser could not keep a copy of the data (${reason}), so the next visit downloads it again.`;
}
