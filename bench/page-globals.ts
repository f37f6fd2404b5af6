/** What the bench pages leave on `window` for the bench to read (see bench/pages). */
declare global {
  interface Window {
    benchResult?: { source: string; readyMs: number } | { error: string };
    benchRoundTrips?: (queries: string[]) => Promise<number[]>;
    benchWorkerSearch?: (queries: string[]) => Promise<number[]>;
    /** Resolves with whether the worker kept the index in IndexedDB (once it is done trying). */
    benchPersisted?: () => Promise<boolean>;
    benchLabels?: { ms: number; rendered: number } | { error: string };
  }
}

export {};
