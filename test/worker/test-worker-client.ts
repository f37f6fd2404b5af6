/**
 * The product's client on the test worker (`test-index.worker.ts`): the real client and the
 * real worker code, with faults installed into the worker's scope and a probe that tells the
 * test which URLs the worker fetched and how many calls of each method reached it.
 */
import { wrap, type Remote } from 'comlink';
import { createSynsetClient, type SynsetClient, type SynsetClientOptions } from '../../src/client/client.js';
import type { SynsetApi } from '../../src/worker/api.js';
import type { WorkerFaults } from './scope-faults.js';
import testWorkerUrl from './test-index.worker.ts?worker&url';
import { PROBE_PORT, type WorkerProbe } from './test-worker-scope.js';

/** What a test asks of the worker a client started. */
export interface TestWorkerProbe {
  /** URLs the client's worker has fetched (none before it started). */
  fetchedUrls(): Promise<string[]>;
  /** How many calls of `method` the client's worker received. */
  callCount(method: keyof SynsetApi): Promise<number>;
  /** How the client's worker answered each call of `method`: `answer`, or the name of the error it threw. */
  answersTo(method: keyof SynsetApi): Promise<string[]>;
  /** The promise rejections nothing handled in the client's worker. */
  unhandledRejections(): Promise<string[]>;
  /** Ends the worker's `fetchFailures`: the network is back. */
  endFetchFailures(): Promise<void>;
}

/** A client on a test worker, with its probe. */
export type TestSynsetClient = SynsetClient & TestWorkerProbe;

/** Options of {@link createSynsetClient}, and the faults its worker meets. */
export interface TestClientOptions extends Omit<SynsetClientOptions, 'worker'> {
  faults?: WorkerFaults;
}

/**
 * A worker factory for the client's `worker` option, starting test workers with `faults`, and
 * a probe of the latest worker it started.
 */
export function testWorker(faults: WorkerFaults = {}): { start: () => Worker; probe: TestWorkerProbe } {
  let current: { worker: Worker; probe: Remote<WorkerProbe> } | undefined;
  let stopped = false;
  const ask = async <R>(question: (probe: Remote<WorkerProbe>) => Promise<R>, none: R): Promise<R> => {
    if (!current) return none;
    // A terminated worker answers nothing: say so rather than wait for ever.
    if (stopped) throw new Error('the test worker was stopped');
    return question(current.probe);
  };
  return {
    start() {
      const url = new URL(testWorkerUrl, location.href);
      url.searchParams.set('faults', JSON.stringify(faults));
      const worker = new Worker(url, { type: 'module', name: 'synset-index-test' });
      const { port1, port2 } = new MessageChannel();
      worker.postMessage({ [PROBE_PORT]: port2 }, [port2]);
      const terminate = worker.terminate.bind(worker);
      worker.terminate = () => {
        if (current?.worker === worker) stopped = true;
        terminate();
      };
      current = { worker, probe: wrap<WorkerProbe>(port1) };
      stopped = false;
      return worker;
    },
    probe: {
      fetchedUrls: () => ask((probe) => probe.fetchedUrls(), []),
      callCount: (method) => ask((probe) => probe.callCount(method), 0),
      answersTo: (method) => ask((probe) => probe.answersTo(method), []),
      unhandledRejections: () => ask((probe) => probe.unhandledRejections(), []),
      endFetchFailures: () => ask((probe) => probe.endFetchFailures(), undefined),
    },
  };
}

/** A client of its own on a test worker that meets `options.faults`. */
export function createTestClient({ faults, ...options }: TestClientOptions = {}): TestSynsetClient {
  const { start, probe } = testWorker(faults);
  return Object.assign(createSynsetClient({ ...options, worker: start }), probe);
}
