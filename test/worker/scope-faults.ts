/**
 * Faults for the browser tests, installed into a scope's real browser APIs (the test worker's,
 * or the test page's), so the product meets the errors a real browser gives: nothing in the
 * shipped code knows of them.
 */
import { INDEX_DB_VERSION } from '../../src/worker/index-store.js';

/** What a test worker breaks in its own scope before the index worker's code runs. */
export interface WorkerFaults {
  /**
   * `missing`: the scope has no `indexedDB`; `open-throws`: `indexedDB.open` throws;
   * `upgrade-aborts`: a database's upgrade transaction is aborted as the upgrade starts.
   */
  indexedDB?: 'missing' | 'open-throws' | 'upgrade-aborts';
  /** Every IndexedDB `put` throws `QuotaExceededError`. */
  quotaExceeded?: boolean;
  /** The index cache is opened at this version instead of the current one: plays a newer build of the app. */
  schemaVersion?: number;
  /**
   * The scope's first `count` fetches fail (of those whose URL contains `urlContains`, when
   * given), or every one until the probe's `endFetchFailures` when `count` is -1: `network`
   * rejects as a dropped connection does; `truncated` ends the body halfway.
   */
  fetchFailures?: { kind: 'network' | 'truncated'; count: number; urlContains?: string };
}

/** Breaks IndexedDB in `scope` as `faults` asks. Returns what puts the real APIs back. */
export function breakStorage(scope: typeof globalThis, faults: WorkerFaults): () => void {
  const factory = scope.IDBFactory.prototype;
  const realOpen = factory.open;
  const realPut = scope.IDBObjectStore.prototype.put;
  const indexedDBDescriptor = Object.getOwnPropertyDescriptor(scope, 'indexedDB');
  if (faults.indexedDB === 'missing') {
    Object.defineProperty(scope, 'indexedDB', { value: undefined, configurable: true });
  } else if (faults.indexedDB === 'open-throws') {
    // What Chromium throws when site data is blocked.
    factory.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'UnknownError');
    };
  } else if (faults.indexedDB === 'upgrade-aborts') {
    // The browser aborts the upgrade before the app's upgrade code runs (this listener comes
    // first), so that code meets a finished transaction, as after a failure inside the upgrade.
    const open = factory.open;
    factory.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      const request = open.apply(this, args);
      request.addEventListener('upgradeneeded', () => request.transaction?.abort());
      return request;
    };
  }
  if (faults.schemaVersion !== undefined) {
    // Only the index cache (opened at INDEX_DB_VERSION); the custom lists' database keeps its own.
    const schemaVersion = faults.schemaVersion;
    const open = factory.open;
    factory.open = function (this: IDBFactory, name: string, version?: number) {
      return open.call(this, name, version === INDEX_DB_VERSION ? schemaVersion : version);
    };
  }
  if (faults.quotaExceeded) {
    scope.IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }
  return () => {
    factory.open = realOpen;
    scope.IDBObjectStore.prototype.put = realPut;
    if (indexedDBDescriptor) Object.defineProperty(scope, 'indexedDB', indexedDBDescriptor);
    else if (faults.indexedDB === 'missing') delete (scope as { indexedDB?: unknown }).indexedDB;
  };
}

/**
 * Wraps `scope.fetch`: the first `failures.count` calls fail as `failures.kind` says (a dropped
 * connection rejects with the TypeError browsers give; `truncated` delivers half the body under
 * the full Content-Length), and `onFetch` hears the URL of every request that reaches the network.
 */
export function breakFetch(scope: typeof globalThis, failures: WorkerFaults['fetchFailures'], onFetch: (url: string) => void): () => void {
  const realFetch = scope.fetch.bind(scope);
  let left = failures?.count ?? 0;
  scope.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : new URL(String(input), scope.location.href).href;
    const chosen = failures?.urlContains === undefined || url.includes(failures.urlContains);
    const failing = failures && chosen && left !== 0 ? failures.kind : undefined;
    if (failing) left--;
    if (failing === 'network') throw new TypeError('Failed to fetch');
    onFetch(url);
    const response = await realFetch(input, init);
    if (failing !== 'truncated') return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The bytes are already decoded: declare their full length, and no encoding.
    const headers = new Headers(response.headers);
    headers.delete('content-encoding');
    headers.set('content-length', String(bytes.byteLength));
    return new Response(bytes.slice(0, bytes.byteLength >> 1), { status: response.status, headers });
  };
  // The network comes back: no more failures.
  return () => {
    left = 0;
  };
}
