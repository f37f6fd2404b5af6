/** What the bench pages leave on `window` for the bench to read (see bench/pages and bench/visit-probes.ts). */
declare global {
  interface Window {
    benchResult?: { source: string; readyMs: number; skeletonMs: number } | { error: string };
    benchRoundTrips?: (queries: string[]) => Promise<number[]>;
    benchWorkerSearch?: (queries: string[]) => Promise<number[]>;
    /** Resolves with whether the worker kept the index in IndexedDB (once it is done trying). */
    benchPersisted?: () => Promise<boolean>;
    benchLabels?: { ms: number; rendered: number } | { error: string };
    /** The floor page: ms from navigation until its empty worker answered. */
    benchFloor?: number;
    /** What a probe saw, in ms from navigation; `gaveUp` says why it stopped looking. */
    benchProbe?: ProbeResult;
  }
}

/** Moments a probe saw, by name, in ms from navigation (see `visit-probes.ts`). */
export interface ProbeResult {
  moments: Record<string, number>;
  /** Set when every moment was seen. */
  done?: boolean;
  gaveUp?: string;
}

export {};
