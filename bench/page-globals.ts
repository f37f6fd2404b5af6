/** What the bench pages leave on `window` for the bench to read (see bench/pages). */
declare global {
  interface Window {
    benchResult?: { source: string; readyMs: number } | { error: string };
    benchRoundTrips?: (queries: string[]) => Promise<number[]>;
    benchWorkerSearch?: (queries: string[]) => Promise<number[]>;
    benchLabels?: { ms: number; rendered: number } | { error: string };
  }
}

export {};
