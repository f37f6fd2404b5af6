/**
 * The bench's index worker's first module (see `bench-index.worker.ts`): before the real index
 * worker's code runs, it starts timing every `search` call the worker answers, from the call's
 * message arriving to the answer being posted back, and tells the bench page the times on the
 * port the page sends it. The index worker itself is unchanged: nothing of this ships.
 */
import { expose } from 'comlink';
import { TIMING_PORT, type SearchTiming } from './search-timing.js';

/** When each search call under way arrived, by its comlink message id. */
const arrived = new Map<unknown, number>();
const times: number[] = [];

// Added before the index worker's `comlink.expose`, so this listener hears every call first.
self.addEventListener('message', (event: MessageEvent) => {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  if (TIMING_PORT in data) {
    event.stopImmediatePropagation();
    const timing: SearchTiming = { take: () => times.splice(0) };
    expose(timing, (data as Record<typeof TIMING_PORT, MessagePort>)[TIMING_PORT]);
    return;
  }
  // A comlink call: { id, type: 'APPLY', path: [method], … }.
  const { id, type, path } = data as { id?: unknown; type?: unknown; path?: unknown };
  if (type === 'APPLY' && Array.isArray(path) && path.join('.') === 'search') arrived.set(id, performance.now());
});

// comlink answers through the scope's postMessage, with the call's id.
const post = self.postMessage.bind(self) as (message: unknown, transfer?: Transferable[]) => void;
self.postMessage = (message: unknown, transfer?: Transferable[] | StructuredSerializeOptions) => {
  const id = (message as { id?: unknown } | null)?.id;
  const start = arrived.get(id);
  if (start !== undefined) {
    times.push((performance.now() - start) * 1000);
    arrived.delete(id);
  }
  post(message, transfer as Transferable[] | undefined);
};
