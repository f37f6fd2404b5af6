/**
 * The test worker's first module (see `test-index.worker.ts`): before the real index worker's
 * code runs, it installs the faults its URL names (`?faults=<json>`, a {@link WorkerFaults})
 * into this scope's browser APIs, counts the comlink calls that reach the worker, records the
 * URLs the worker fetches, and answers the test about both on the port the test sends it.
 */
import { expose } from 'comlink';
import { breakFetch, breakStorage, type WorkerFaults } from './scope-faults.js';

/** The key of the message that hands this scope the port its probe answers on. */
export const PROBE_PORT = 'synset-test-probe-port';

/** What the test can ask the test worker (through `test-worker-client.ts`). */
export interface WorkerProbe {
  /** URLs the worker has fetched, in order. */
  fetchedUrls(): string[];
  /** How many comlink calls of `method` reached the worker. */
  callCount(method: string): number;
  /** The reasons of the promise rejections nothing handled in the worker, as text. */
  unhandledRejections(): string[];
  /** Ends the `fetchFailures`: the network is back. */
  endFetchFailures(): void;
}

const faults = JSON.parse(new URL(self.location.href).searchParams.get('faults') ?? '{}') as WorkerFaults;
breakStorage(self, faults);
const fetched: string[] = [];
const endFetchFailures = breakFetch(self, faults.fetchFailures, (url) => fetched.push(url));

const unhandled: string[] = [];
self.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => unhandled.push(String(event.reason)));

const calls = new Map<string, number>();
const probe: WorkerProbe = {
  fetchedUrls: () => [...fetched],
  callCount: (method) => calls.get(method) ?? 0,
  unhandledRejections: () => [...unhandled],
  endFetchFailures,
};

// Added before the index worker's `comlink.expose`, so this listener hears every message first.
self.addEventListener('message', (event: MessageEvent) => {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  if (PROBE_PORT in data) {
    event.stopImmediatePropagation();
    expose(probe, (data as Record<typeof PROBE_PORT, MessagePort>)[PROBE_PORT]);
    return;
  }
  // A comlink call: { type: 'APPLY', path: [method], … }.
  const { type, path } = data as { type?: unknown; path?: unknown };
  if (type === 'APPLY' && Array.isArray(path)) {
    const method = path.join('.');
    calls.set(method, (calls.get(method) ?? 0) + 1);
  }
});
