/** Placeholder until the worker lands: the browser half of the bench. */
export interface BrowserFigures {
  coldReadyMs: number;
  warmReadyMs: number;
  workerHeapMB: number;
  workerSearchP50Us: number;
  workerSearchP95Us: number;
  workerSearchP99Us: number;
  roundTripP95Ms: number;
  labels1000Ms: number;
}

export async function benchBrowser(log: (line: string) => void): Promise<BrowserFigures> {
  log('browser bench: not written yet');
  throw new Error('the browser half of the bench is not written yet');
}
