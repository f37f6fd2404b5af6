/**
 * The index worker: one per page, serving every component through comlink. It only wires the
 * loader and the core's queries to `comlink.expose`; loading and caching live in
 * `index-loader.ts`, IndexedDB in `index-store.ts`.
 */
import { expose, transfer } from 'comlink';
import type { SynsetApi } from '../src/core/api.js';
import { IndexLoader } from './index-loader.js';

// User Timing marks in this worker (synset-*) show where start-up goes, in devtools and the bench.
performance.mark('synset-worker-start');
const loader = new IndexLoader(self);
const queries = () => loader.queries();
/** For answers that carry definitions: an index from IndexedDB reads its glosses after start-up. */
const withGlosses = () => loader.queries({ glosses: true });

const api = {
  open: (options, onProgress) => loader.open(options, onProgress),
  persisted: () => loader.persisted(),
  fetchedUrls: async () => performance.getEntriesByType('resource').map((entry) => entry.name),

  stats: async () => (await queries()).stats(),
  lookup: async (id) => (await withGlosses()).lookup(id),
  lookupMany: async (ids) => (await withGlosses()).lookupMany(ids),
  names: async (ids) => (await queries()).names(ids),
  search: async (query, options) => (await withGlosses()).search(query, options),
  // Fresh arrays, so their buffers move to the page instead of being copied.
  timeSearches: async (searches, options) => {
    const times = (await withGlosses()).timeSearches(searches, options);
    return transfer(times, [times.buffer]);
  },
  ancestors: async (id) => (await queries()).ancestors(id),
  descendants: async (id, options) => (await queries()).descendants(id, options),
  descendantOffsets: async (id, options) => {
    const offsets = (await queries()).descendantOffsets(id, options);
    return transfer(offsets, [offsets.buffer]);
  },
  isA: async (id, ancestorId) => (await queries()).isA(id, ancestorId),
  lca: async (a, b) => (await queries()).lca(a, b),
  row: async (id, options) => (await queries()).row(id, options),
  children: async (id, options) => (await queries()).children(id, options),
  parents: async (id) => (await queries()).parents(id),
  subtree: async (id, options) => {
    const layout = (await queries()).subtree(id, options);
    return transfer(layout, [layout.parent.buffer, layout.member.buffer, layout.count.buffer]);
  },
} satisfies SynsetApi;

expose(api);
