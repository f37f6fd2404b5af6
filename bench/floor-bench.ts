/**
 * The floor (`bench/pages/floor.html`): navigation start until an empty module worker's answer
 * reaches the page, the least any page of ours can take before its worker answers. A first
 * visit in a fresh browser context, then a reload in the same context (warm caches). The page
 * gets the same instruments as the pages measured against it (the transfer log pauses each
 * worker at its start to attach).
 */
import type { Browser } from 'playwright-core';
import { spread, type Spread } from './stats.js';
import { summarize, TransferLog, type TransferSummary } from './transfer-log.js';

export interface FloorFigures {
  /** First visit in a fresh context, ms from navigation to the worker's answer. */
  coldMs: Spread;
  /** The same page reloaded in the same context. */
  warmMs: Spread;
  /** What the first visit transferred. */
  coldBytes: TransferSummary;
}

const TIMEOUT_MS = 30_000;

export async function benchFloor(browser: Browser, base: string, runs: number, log: (line: string) => void): Promise<FloorFigures> {
  const cold: number[] = [];
  const warm: number[] = [];
  let coldBytes: TransferSummary | undefined;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const transfers = TransferLog.attach(page);
      const answered = async (what: string): Promise<number> => {
        await page
          .waitForFunction(() => window.benchFloor !== undefined, undefined, { timeout: TIMEOUT_MS, polling: 50 })
          .catch(() => Promise.reject(new Error(`floor page, ${what}: the empty worker did not answer within ${TIMEOUT_MS / 1000} s`)));
        return page.evaluate(() => window.benchFloor!);
      };
      await page.goto(`${base}/bench/pages/floor.html`);
      cold.push(await answered('first visit'));
      await transfers.settle();
      coldBytes ??= summarize(await transfers.transfers());
      await page.reload();
      warm.push(await answered('reload'));
    } finally {
      await context.close();
    }
  }
  log(`  floor: first visit ${cold.map((ms) => ms.toFixed(0)).join(', ')} ms; reload ${warm.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  return { coldMs: spread(cold)!, warmMs: spread(warm)!, coldBytes: coldBytes! };
}
