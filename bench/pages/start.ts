/**
 * Bench page: opens the index (database named by `?db=`) and loads what the tree needs (the
 * structure and every names shard, through `stats()`), then, on request, times search round
 * trips from the page, and searches inside the worker (timed there by the bench's worker entry,
 * `bench-index.worker.ts`). Results go to `window.benchResult` for the bench to read.
 */
import type {} from '../page-globals.js';
import { wrap } from 'comlink';
import { createSynsetClient, READY_MARK, type ReadyMarkDetail } from '../../src/client/client.js';
import { errorMessage } from '../../src/core/error-detail.js';
import { TIMING_PORT, type SearchTiming } from './search-timing.js';

const dbName = new URLSearchParams(location.search).get('db') ?? 'synset-bench';
let timing: ReturnType<typeof wrap<SearchTiming>> | undefined;
const client = createSynsetClient({
  dbName,
  worker: () => {
    const worker = new Worker(new URL('./bench-index.worker.ts', import.meta.url), { type: 'module', name: 'synset-index' });
    const { port1, port2 } = new MessageChannel();
    worker.postMessage({ [TIMING_PORT]: port2 }, [port2]);
    timing = wrap<SearchTiming>(port1);
    return worker;
  },
});
const status = document.getElementById('status')!;

// Opening reads no data: the first query that needs the whole index loads it.
client
  .ready()
  .then(() => client.stats())
  .then(
    () => {
      const skeletonMs = performance.now();
      const mark = performance.getEntriesByName(READY_MARK, 'mark').at(-1) as PerformanceMark | undefined;
      const detail = mark?.detail as ReadyMarkDetail | undefined;
      window.benchResult = { source: detail?.source ?? 'unknown', readyMs: mark?.startTime ?? NaN, skeletonMs };
      status.textContent = `ready from ${window.benchResult.source} at ${window.benchResult.readyMs.toFixed(0)} ms, the tree's data at ${skeletonMs.toFixed(0)} ms`;
    },
    (error: unknown) => {
      window.benchResult = { error: errorMessage(error) };
      status.textContent = window.benchResult.error;
    },
  );

/** Milliseconds per search, each awaited before the next, as a keystroke would be. */
window.benchRoundTrips = async (queries) => {
  const times: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    await client.search(query, { limit: 20 });
    times.push(performance.now() - start);
  }
  return times;
};

window.benchPersisted = async () => (await client.persisted()).stored;

/** Microseconds per search inside the worker, from each call's arrival to its answer, each awaited before the next. */
window.benchWorkerSearch = async (queries) => {
  await timing!.take();
  for (const query of queries) await client.search(query, { limit: 20 });
  return timing!.take();
};
