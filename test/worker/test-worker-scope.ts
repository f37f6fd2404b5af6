/**
 * The test worker's first module (see `test-index.worker.ts`): before the real index worker's
 * code runs, it installs the faults its URL names (`?faults=<json>`, a {@link WorkerFaults})
 * into this scope's browser APIs, counts the comlink calls that reach the worker and notes how
 * the worker answered each, records the URLs the worker fetches, and answers the test about
 * them on the port the test sends it.
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
  /** How the worker answered each call of `method` so far, in order: `answer`, or the name of the error it threw. */
  answersTo(method: string): string[];
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
/** The method of each comlink call the worker has not answered yet, by the call's id. */
const unanswered = new Map<unknown, string>();
const answers = new Map<string, string[]>();
const probe: WorkerProbe = {
  fetchedUrls: () => [...fetched],
  callCount: (method) => calls.get(method) ?? 0,
  answersTo: (method) => [...(answers.get(method) ?? [])],
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
  // A comlink call: { id, type: 'APPLY', path: [method], … }.
  const { id, type, path } = data as { id?: unknown; type?: unknown; path?: unknown };
  if (type === 'APPLY' && Array.isArray(path)) {
    const method = path.join('.');
    calls.set(method, (calls.get(method) ?? 0) + 1);
    unanswered.set(id, method);
  }
});

// comlink answers through the scope's postMessage, with the call's id; a thrown error as
// { type: 'HANDLER', name: 'throw', value: { isError: true, value: { name, message } } }.
const post = self.postMessage.bind(self) as (message: unknown, transfer?: Transferable[]) => void;
self.postMessage = (message: unknown, transfer?: Transferable[] | StructuredSerializeOptions) => {
  const answer = message as { id?: unknown; type?: unknown; name?: unknown; value?: { value?: { name?: unknown } } } | null;
  const method = unanswered.get(answer?.id);
  if (method !== undefined) {
    unanswered.delete(answer!.id);
    const thrown = answer!.type === 'HANDLER' && answer!.name === 'throw' ? String(answer!.value?.value?.name) : 'answer';
    answers.set(method, [...(answers.get(method) ?? []), thrown]);
  }
  post(message, transfer as Transferable[] | undefined);
};
