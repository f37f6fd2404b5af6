/** What the bench's start page and its worker (`bench-worker-scope.ts`) say to each other about search times. */

/** The key of the message that hands the worker the port its times are asked on. */
export const TIMING_PORT = 'synset-bench-timing-port';

/** What the bench page can ask the bench worker. */
export interface SearchTiming {
  /** The microseconds of each search answered since the last call, in order; starts afresh. */
  take(): number[];
}
