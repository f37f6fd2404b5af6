/**
 * The index worker's entry: one worker per page, serving every component through comlink. It
 * only wires the loader and the core's queries to `comlink.expose`; the worker's modules are in
 * `src/worker/`: which data parts each query waits for is `progressive-index.ts`'s business,
 * loading and caching `index-loader.ts`'s and `part-source.ts`'s, IndexedDB `index-store.ts`'s,
 * and the API it exposes is `api.ts`'s `SynsetApi`.
 *
 * It stays at the top level, one folder deep, for the data's sake: the parts built with the app
 * are found relative to this module wherever it is served (`/assets/` in a build, `/workers/`
 * in development), and the builds copy them to `data/generated/parts/` beside both.
 */
import { expose, transfer } from 'comlink';
import type { SynsetApi } from '../src/worker/api.js';
import { IndexLoader } from '../src/worker/index-loader.js';
import { answerWithVersionMap } from '../src/worker/version-map.js';

// User Timing marks in this worker (synset-*) show where start-up goes, in devtools and the bench.
performance.mark('synset-worker-start');
/** Not a literal inside `new URL`, so bundlers leave the folder alone. */
const BUILT_PARTS_FOLDER = '../data/generated/parts/';
const loader = new IndexLoader(new URL(BUILT_PARTS_FOLDER, import.meta.url).href);
const index = () => loader.index();
/** The whole index (structure and names). */
const skeleton = async () => (await index()).skeleton();
/** The whole index with the label space named by a query's `in` option loaded. */
const inMembership = async (options: { in?: unknown } | undefined) => (await index()).inMembership(options);
/** Queries run now; background work waits until none is (see `preload`). */
let running = 0;
const counted =
  <A extends unknown[], R>(query: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    running++;
    try {
      return await answerWithVersionMap(index, () => query(...args));
    } finally {
      running--;
    }
  };

const api = {
  open: (options, onProgress) => loader.open(options, onProgress),
  persisted: () => loader.persisted(),
  preload: async () => {
    const progressive = await index();
    await progressive.skeleton();
    await progressive.allGlosses();
    // The search tables take about 0.3 s to build where no copy is kept: never while a query waits.
    await idle();
    await progressive.warmSearch();
    const queries = await progressive.skeleton();
    // The gloss-word index, a slice per task: queries that arrive meanwhile go between slices.
    while (!queries.searcher.warmGlossIndexStep()) await nextTask();
  },

  stats: counted(async () => (await skeleton()).stats()),
  lookup: counted(async (id) => (await index()).lookup(id)),
  lookupMany: counted(async (ids) => (await index()).lookupMany(ids)),
  names: counted(async (ids) => (await index()).names(ids)),
  definitions: counted(async (ids) => (await index()).definitions(ids)),
  search: counted(async (query, options) => {
    const progressive = await index();
    const [queries] = await Promise.all([progressive.withAllGlosses(), progressive.inMembership(options)]);
    return queries.search(query, options);
  }),
  // Fresh arrays, so their buffers move to the page instead of being copied.
  timeSearches: counted(async (searches, options) => {
    const times = (await (await index()).withAllGlosses()).timeSearches(searches, options);
    return transfer(times, [times.buffer]);
  }),
  ancestors: counted(async (id) => (await skeleton()).ancestors(id)),
  descendants: counted(async (id, options) => (await inMembership(options)).descendants(id, options)),
  descendantOffsets: counted(async (id, options) => {
    const offsets = (await inMembership(options)).descendantOffsets(id, options);
    return transfer(offsets, [offsets.buffer]);
  }),
  isA: counted(async (id, ancestorId) => (await skeleton()).isA(id, ancestorId)),
  versionIds: counted(async (id) => (await skeleton()).versionIds(id)),
  lca: counted(async (a, b) => (await skeleton()).lca(a, b)),
  row: counted(async (id, options) => (await inMembership(options)).row(id, options)),
  children: counted(async (id, options) => (await inMembership(options)).children(id, options)),
  parents: counted(async (id) => (await skeleton()).parents(id)),
  subtree: counted(async (id, options) => {
    const layout = (await inMembership(options)).subtree(id, options);
    return transfer(layout, [layout.parent.buffer, layout.member.buffer, layout.count.buffer]);
  }),

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
} satisfies SynsetApi;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves once no query has run for a moment. */
async function idle(): Promise<void> {
  do await new Promise((resolve) => setTimeout(resolve, 50));
  while (running > 0);
}

expose(api);
