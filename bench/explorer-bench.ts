/**
 * The explorer (`index.html`, production build, served by `vite preview`) deep-linked to dog,
 * `#/n02084071`. Each run opens a fresh browser context:
 *
 * 1. first visit: when the tree shows its rows, when the card shows dog's definition, and the
 *    bytes transferred by the card's moment and in all (the explorer preloads the rest of the
 *    data behind its first view);
 * 2. once that preload is done (every data part and the search tables are in IndexedDB) and the
 *    service worker is active, a reload: `synset-index-ready`, rows, card, bytes;
 * 3. the same reload with the network off.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DATA_PARTS_DIR } from '../build-plugins/data-parts.js';
import type { PartsManifest } from '../src/core/data-parts.js';
import { findProjectRoot } from '../src/node/project-root.js';
import { spread, type Spread } from './stats.js';
import { describeSummary, failureNotes, summarize, TransferLog, type Transfer, type TransferSummary } from './transfer-log.js';
import { explorerProbe, probedMoments, readyMark, timeOrigin } from './visit-probes.js';
import { errorMessage } from '../src/core/error-detail.js';

/** Where the explorer opens. */
const DOG = 'n02084071';
/** The start of dog's definition, as the card shows it. */
const DOG_GLOSS = 'a member of the genus Canis';
/**
 * The client's mark and the worker's database, as `src/client/client.ts` (`READY_MARK`) and
 * `src/worker/index-store.ts` (`DEFAULT_DB_NAME`) name them; those modules cannot load in Node.
 */
const READY_MARK = 'synset-index-ready';
const DB_NAME = 'synset-explorer';
const PROBE_MS = 60_000;
const PRELOAD_MS = 120_000;

/** One visit's moments, ms from navigation. */
export interface ExplorerVisit {
  readyMs: number;
  rowsMs: number;
  cardMs: number;
}

export interface VisitFigures {
  readyMs: Spread | undefined;
  rowsMs: Spread | undefined;
  cardMs: Spread | undefined;
  /** Bytes transferred, per run. */
  bytes: Spread | undefined;
}

export interface ExplorerFigures {
  first: VisitFigures;
  /** Bytes of the responses complete by the card's moment, per run. */
  firstBytesAtCard: Spread | undefined;
  /** First visit, by kind: until the card, and in all once the preload is done (first run). */
  firstTransfersAtCard: TransferSummary | undefined;
  firstTransfers: TransferSummary | undefined;
  /** Everything the server wrote during the first visit (its sockets), service worker's precache included. */
  firstWireBytes: Spread | undefined;
  later: VisitFigures;
  laterTransfers: TransferSummary | undefined;
  offline: VisitFigures;
  /** Runs in which the offline reload showed the tree and the card, of `runs`. */
  offlineWorked: number;
  runs: number;
  notes: string[];
}

/** The data parts the worker must keep before a later visit is one: every part of the build. */
function partFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(findProjectRoot(), DATA_PARTS_DIR, 'parts.json'), 'utf8')) as PartsManifest;
  return [manifest.structure, ...manifest.names, ...manifest.glosses].map((part) => part.file);
}

/**
 * Waits until the first visit's background work is over: IndexedDB holds every data part and
 * something derived from them (the search tables, written last by `preload`), and the service
 * worker is active. Read from the page, which may open the worker's database alongside it.
 */
async function preloadDone(page: Page, parts: string[]): Promise<void> {
  try {
    await page.waitForFunction(
      async ({ dbName, parts }) => {
        if (!(await indexedDB.databases()).some((db) => db.name === dbName)) return false;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(dbName);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        try {
          const keys: string[] = [];
          for (const store of Array.from(db.objectStoreNames)) {
            const request = db.transaction(store).objectStore(store).getAllKeys();
            keys.push(
              ...(await new Promise<string[]>((resolve, reject) => {
                request.onsuccess = () => resolve(request.result.map(String));
                request.onerror = () => reject(request.error);
              })),
            );
          }
          const held = new Set(keys);
          const registration = await navigator.serviceWorker.getRegistration();
          return parts.every((file) => held.has(file)) && keys.length > parts.length && registration?.active?.state === 'activated';
        } finally {
          db.close();
        }
      },
      { dbName: DB_NAME, parts },
      { timeout: PRELOAD_MS, polling: 250 },
    );
  } catch (error) {
    throw new Error(`the first visit's preload and service worker were not done within ${PRELOAD_MS / 1000} s (${firstLine(error)})`);
  }
}

async function visit(page: Page, what: string): Promise<ExplorerVisit> {
  const { rows, card } = await probedMoments(page, ['rows', 'card'], what, PROBE_MS + 5000);
  return { readyMs: await readyMark(page, READY_MARK), rowsMs: rows!, cardMs: card! };
}

function figures(visits: ExplorerVisit[], bytes: number[]): VisitFigures {
  return {
    readyMs: spread(visits.map((v) => v.readyMs)),
    rowsMs: spread(visits.map((v) => v.rowsMs)),
    cardMs: spread(visits.map((v) => v.cardMs)),
    bytes: spread(bytes, 0),
  };
}

export async function benchExplorer(
  browser: Browser,
  base: string,
  wireBytes: () => number,
  runs: number,
  log: (line: string) => void,
): Promise<ExplorerFigures> {
  const parts = partFiles();
  const url = `${base}/#/${DOG}`;
  const notes: string[] = [];
  const first: ExplorerVisit[] = [];
  const later: ExplorerVisit[] = [];
  const offline: ExplorerVisit[] = [];
  const firstBytes: number[] = [];
  const firstBytesAtCard: number[] = [];
  const firstWire: number[] = [];
  const laterBytes: number[] = [];
  const offlineBytes: number[] = [];
  let firstTransfers: TransferSummary | undefined;
  let firstTransfersAtCard: TransferSummary | undefined;
  let laterTransfers: TransferSummary | undefined;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const transfers = TransferLog.attach(page);
      await page.addInitScript(explorerProbe, { gloss: DOG_GLOSS, timeoutMs: PROBE_MS });

      const wireBefore = wireBytes();
      await page.goto(url, { waitUntil: 'commit' });
      const firstVisit = await visit(page, `explorer, first visit (run ${run + 1})`);
      first.push(firstVisit);
      await preloadDone(page, parts);
      if (!(await transfers.settle())) notes.push('explorer: first visit requests still in flight after the preload');
      firstWire.push(wireBytes() - wireBefore);
      const cardAt = (await timeOrigin(page)) + firstVisit.cardMs;
      const all = await transfers.transfers();
      const atCard = all.filter((transfer) => transfer.finishedAt !== undefined && transfer.finishedAt <= cardAt);
      notes.push(...failureNotes(`explorer, first visit (run ${run + 1})`, all));
      firstBytes.push(summarize(all).bytes);
      firstBytesAtCard.push(summarize(atCard).bytes);
      if (run === 0) {
        firstTransfersAtCard = summarize(atCard);
        firstTransfers = summarize(all);
        log(`  explorer, first visit until the card: ${describeSummary(firstTransfersAtCard)}`);
        log(
          `  explorer, first visit with the preload: ${describeSummary(firstTransfers)}; the server wrote ${firstWire[0]!.toLocaleString('en')} B`,
        );
        log(`  explorer, first visit, ms from navigation: ${timeline(all, cardAt - firstVisit.cardMs, firstVisit)}`);
      }

      transfers.clear();
      await page.reload({ waitUntil: 'commit' });
      later.push(await visit(page, `explorer, later visit (run ${run + 1})`));
      await transfers.settle();
      const laterAll = await transfers.transfers();
      notes.push(...failureNotes(`explorer, later visit (run ${run + 1})`, laterAll));
      laterBytes.push(summarize(laterAll).bytes);
      if (run === 0) {
        laterTransfers = summarize(laterAll);
        log(`  explorer, later visit: ${describeSummary(laterTransfers)}`);
      }

      transfers.clear();
      await context.setOffline(true);
      try {
        await page.reload({ waitUntil: 'commit' });
        offline.push(await visit(page, `explorer, offline visit (run ${run + 1})`));
        offlineBytes.push(summarize(await transfers.transfers()).bytes);
      } catch (error) {
        notes.push(`explorer offline (run ${run + 1}): ${firstLine(error)}`);
      }
    } catch (error) {
      // One run failing leaves the others' figures.
      notes.push(`explorer (run ${run + 1}): ${firstLine(error)}`);
    } finally {
      await context.close();
    }
  }
  const times = (visits: ExplorerVisit[]) =>
    visits.map((v) => `${v.readyMs.toFixed(0)}/${v.rowsMs.toFixed(0)}/${v.cardMs.toFixed(0)}`).join(', ');
  log(`  explorer ready/rows/card, ms: first ${times(first)}; later ${times(later)}; offline ${times(offline)}`);
  return {
    first: figures(first, firstBytes),
    firstBytesAtCard: spread(firstBytesAtCard, 0),
    firstTransfersAtCard,
    firstTransfers,
    firstWireBytes: spread(firstWire, 0),
    later: figures(later, laterBytes),
    laterTransfers,
    offline: figures(offline, offlineBytes),
    offlineWorked: offline.length,
    runs,
    notes,
  };
}

/** When the first visit's requests ran, against the moments the probe saw: where the time goes. */
function timeline(all: readonly Transfer[], origin: number, seen: ExplorerVisit): string {
  const at = (epochMs: number | undefined) => (epochMs === undefined ? '?' : (epochMs - origin).toFixed(0));
  const span = (some: readonly Transfer[]) =>
    some.length === 0
      ? 'none'
      : `${at(Math.min(...some.map((t) => t.startedAt)))}–${at(Math.max(...some.map((t) => t.finishedAt ?? Number.NaN)))} (${some.length})`;
  const workerScript = all.find((t) => t.kind === 'script' && t.url.includes('.worker'));
  return [
    `ready ${seen.readyMs.toFixed(0)}`,
    `worker script ${at(workerScript?.startedAt)}–${at(workerScript?.finishedAt)}`,
    `tree, structure + names ${span(all.filter((t) => t.kind === 'tree' || t.kind === 'structure' || t.kind === 'names'))}`,
    `glosses ${span(all.filter((t) => t.kind === 'glosses'))}`,
    `rows ${seen.rowsMs.toFixed(0)}`,
    `card ${seen.cardMs.toFixed(0)}`,
  ].join(', ');
}

function firstLine(error: unknown): string {
  return errorMessage(error).split('\n')[0]!;
}
