/**
 * The object the index worker exposes: {@link SynsetApi}, answered over an {@link IndexLoader}.
 * The core's queries ({@link CORE_QUERIES}) are answered as the list says, once their data is
 * there; the worker's own calls are written out below. Background work (`preload`) waits until
 * no query is running, and a search superseded while it waits for data can be cancelled.
 */
import { transfer } from 'comlink';
import type { SynsetQueries } from '../core/queries.js';
import { CORE_QUERIES, type CoreQuery, type CoreQueryName, type SynsetApi, type SynsetQueryApi } from './api.js';
import type { IndexLoader } from './index-loader.js';
import type { ProgressiveIndex } from './progressive-index.js';
import { answerWithVersionMap } from './version-map.js';
import { labelsIn } from './labels-in.js';

/** The API over `loader`, for `comlink.expose`. */
export function synsetApi(loader: IndexLoader): SynsetApi {
  const index = () => loader.index();
  /** Queries run now; background work waits until none is (see `preload`). */
  let running = 0;
  const counted =
    <A extends unknown[], R>(query: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      running++;
      try {
        // An id of another WordNet (`i46360`) fetches the version map and asks again.
        return await answerWithVersionMap(index, () => query(...args));
      } finally {
        running--;
      }
    };
  /** Resolves once no query has run for a moment. */
  const idle = async (): Promise<void> => {
    do await new Promise((resolve) => setTimeout(resolve, 50));
    while (running > 0);
  };
  /** Searches waiting for their data, by the caller's number for them: `cancel` aborts one. */
  const cancellable = new Map<number, AbortController>();

  return {
    ...coreQueries(index, counted),
    open: (options, onProgress) => loader.open(options, onProgress),
    persisted: () => loader.persisted(),
    preload: async () => {
      const progressive = await index();
      await progressive.skeleton();
      // Behind the first view's queries: the tree's tables kept for the next visit, then every
      // definition (64 parts read or fetched in one go, checked and decoded), which a card's one
      // gloss part would otherwise wait behind.
      await idle();
      await progressive.keepTreeTables();
      await progressive.allGlosses();
      // The search tables take about 0.3 s to build where no copy is kept: never while a query waits.
      await idle();
      await progressive.warmSearch();
      // The gloss-word index, read from the cache or built a slice per task: queries that arrive meanwhile go between slices.
      await progressive.warmGlossWords(nextTask);
    },

    lookup: counted(async (id) => (await index()).lookup(id)),
    lookupMany: counted(async (ids) => (await index()).lookupMany(ids)),
    names: counted(async (ids) => (await index()).names(ids)),
    definitions: counted(async (ids) => (await index()).definitions(ids)),
    search: counted(async (query, options, call) => {
      const cancel = typeof call === 'number' ? new AbortController() : undefined;
      if (cancel) cancellable.set(call!, cancel);
      try {
        const progressive = await index();
        const [queries] = await Promise.all([
          progressive.withAllGlosses(),
          progressive.inMembership(options),
          progressive.withLanguage(options?.lang),
        ]);
        cancel?.signal.throwIfAborted();
        // A language this build has not (a page's `lang` of German) is searched in English, as labels are.
        const known = (await progressive.languageParts.entry(options?.lang)) !== undefined;
        return queries.search(query, known ? options : { ...options, lang: undefined });
      } finally {
        if (cancel && cancellable.get(call!) === cancel) cancellable.delete(call!);
      }
    }),
    cancel: async (call) => cancellable.get(call)?.abort(),
    labelsIn: counted(async (ids, lang) => labelsIn(await index(), ids, lang)),
    languages: async () => (await (await index()).languageParts.catalog()).languages,

    labelSets: counted(async () => (await index()).labelSpaces.summaries()),
    addLabelList: counted(async (text, description) => {
      const progressive = await index();
      return progressive.labelSpaces.add(await progressive.skeleton(), text, description);
    }),
    removeLabelList: counted(async (name) => (await index()).removeLabelList(name)),
    setIndices: counted(async (id) => {
      const progressive = await index();
      return progressive.labelSpaces.setIndices(await progressive.skeleton(), id);
    }),
    classLabels: counted(async (set, names) => {
      const progressive = await index();
      return progressive.labelSpaces.classLabels(await progressive.skeleton(), set, names);
    }),
    exportSet: counted(async (set, options) => {
      const progressive = await index();
      return progressive.labelSpaces.exportSet(await progressive.skeleton(), set, options);
    }),
    compare: counted(async (a, b, set) => {
      const progressive = await index();
      return progressive.views.compare(await progressive.skeleton(), a, b, set);
    }),
    groupSet: counted(async (set, spec) => {
      const progressive = await index();
      const grouping = await progressive.views.group(await progressive.skeleton(), set, spec);
      return transfer(grouping, [grouping.groupOf.buffer]);
    }),
    groupsBelow: counted(async (set, groupOf, ids) => {
      const progressive = await index();
      const below = await progressive.views.groupsBelow(await progressive.skeleton(), set, groupOf, ids);
      return transfer(below, [below.offsets.buffer, below.groups.buffer, below.counts.buffer]);
    }),

    evaluateRun: counted(async (bytes, fileName, options) => {
      const queries = await (await index()).skeleton();
      return (await loader.runs()).evaluate(queries, bytes, fileName, options);
    }),
    runs: counted(async () => (await loader.runs()).list()),
    runEvaluation: counted(async (id) => (await loader.runs()).get(await (await index()).skeleton(), id)),
    removeRun: counted(async (id) => (await loader.runs()).remove(id)),
    knownIssues: counted(async (id) => (await loader.runs()).knownIssues(await (await index()).skeleton(), id)),
    labelAgreement: counted(async () => {
      const agreement = await (await loader.runs()).labelAgreement(await (await index()).skeleton());
      return transfer(agreement, [agreement.nodeLabelled.buffer, agreement.nodeKept.buffer]);
    }),
  } satisfies SynsetApi;
}

/** Each of {@link CORE_QUERIES}, answered by the core once the data it needs is loaded. */
function coreQueries(
  index: () => Promise<ProgressiveIndex>,
  counted: <A extends unknown[], R>(query: (...args: A) => Promise<R>) => (...args: A) => Promise<R>,
): SynsetQueryApi {
  const calls: Partial<Record<CoreQueryName, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const [name, query] of Object.entries(CORE_QUERIES) as [CoreQueryName, CoreQuery][]) {
    calls[name] = counted(async (...args: unknown[]) => {
      const progressive = await index();
      const queries = query.needs === 'index' ? await progressive.skeleton() : await progressive.inMembership(args[1] as { in?: unknown });
      const answer: unknown = (queries[name] as (this: SynsetQueries, ...callArgs: unknown[]) => unknown).apply(queries, args);
      return query.transfers ? transfer(answer, transferables(answer)) : answer;
    });
  }
  // Every name of the list has its call now, each taking and returning what the core's method does.
  return calls as unknown as SynsetQueryApi;
}

/** The buffers of an answer's typed arrays: the answer itself, or its fields. */
function transferables(answer: unknown): ArrayBuffer[] {
  const values = ArrayBuffer.isView(answer) ? [answer] : typeof answer === 'object' && answer !== null ? Object.values(answer) : [];
  return values.filter((value): value is ArrayBufferView<ArrayBuffer> => ArrayBuffer.isView(value)).map((view) => view.buffer);
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
