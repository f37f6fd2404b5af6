/**
 * The bytes a page transfers, per response, as Chromium's DevTools protocol counts them
 * (`Network.loadingFinished`'s `encodedDataLength`: headers and body as they came over the
 * wire, compressed), through Playwright's request events and `request.sizes()`.
 *
 * Why not a CDP session of our own: a dedicated worker's fetches are not in the page target's
 * Network domain, only in the worker's own target, and a second auto-attaching session races
 * Playwright's, which resumes the worker before our `Network.enable` arrives (the bench missed
 * the worker's first fetches that way). Playwright enables Network in each worker before it
 * runs, so its page events carry every request of the page and its workers.
 *
 * The one response the protocol does not size is a worker's own script (0 bytes of body): the
 * log counts it at what the server sends for that URL, asked again from Node. A response from
 * the HTTP cache or a service worker counts as 0; requests of the service worker itself are
 * not the page's (the explorer bench counts them at the server).
 */
import { request as httpRequest } from 'node:http';
import type { Page, Request } from 'playwright-core';

/** What the bench sorts transfers into, by URL. */
export type TransferKind = 'document' | 'script' | 'tree' | 'structure' | 'names' | 'glosses' | 'other';

export interface Transfer {
  url: string;
  kind: TransferKind;
  /** Bytes over the wire; 0 from a cache or the service worker. */
  bytes: number;
  /** Epoch ms the request was sent. */
  startedAt: number;
  /** Epoch ms the response was complete; undefined when the protocol never said. */
  finishedAt: number | undefined;
  /** Where `bytes` comes from: the protocol, the server asked again (a worker's script), or none. */
  measure: 'cdp' | 'cache' | 'server' | 'failed' | 'unreported';
  /** The HTTP status, when there was a response. */
  status: number | undefined;
}

/** Totals of some transfers, with the bytes by kind. */
export interface TransferSummary {
  bytes: number;
  requests: number;
  /** Requests that failed or were answered with an HTTP error: a broken build or a server in trouble. */
  errors: number;
  byKind: Partial<Record<TransferKind, { bytes: number; requests: number }>>;
}

interface Entry {
  url: string;
  startedAt: number;
  finishedAt?: number;
  bytes?: number;
  measure?: Transfer['measure'];
  status?: number;
}

export function transferKind(url: string): TransferKind {
  const file = new URL(url).pathname.split('/').at(-1) ?? '';
  // The structure and the names shards joined into one file: a first visit's tree.
  if (file.startsWith('tree.')) return 'tree';
  if (file.startsWith('structure.')) return 'structure';
  // A page of labels reads the small label shards; the index, the names shards.
  if (file.startsWith('names-') || file.startsWith('label-names-')) return 'names';
  if (file.startsWith('glosses-')) return 'glosses';
  if (file.endsWith('.js')) return 'script';
  if (file === '' || file.endsWith('.html')) return 'document';
  return 'other';
}

/** Whether a request failed or was answered with an HTTP error. */
export function failed(transfer: Transfer): boolean {
  return transfer.measure === 'failed' || (transfer.status ?? 0) >= 400;
}

/** A note naming the failed requests among `transfers`, or none. */
export function failureNotes(what: string, transfers: readonly Transfer[]): string[] {
  const failures = transfers.filter(failed);
  if (failures.length === 0) return [];
  const named = failures.slice(0, 3).map((transfer) => `${new URL(transfer.url).pathname} (${transfer.status ?? 'no response'})`);
  return [`${what}: ${failures.length} requests failed or got HTTP errors: ${named.join(', ')}${failures.length > 3 ? ', …' : ''}`];
}

export function summarize(transfers: readonly Transfer[]): TransferSummary {
  const summary: TransferSummary = { bytes: 0, requests: 0, errors: 0, byKind: {} };
  for (const transfer of transfers) {
    summary.bytes += transfer.bytes;
    summary.requests++;
    if (failed(transfer)) summary.errors++;
    const kind = (summary.byKind[transfer.kind] ??= { bytes: 0, requests: 0 });
    kind.bytes += transfer.bytes;
    kind.requests++;
  }
  return summary;
}

/** `242,719 B in 6 responses (document 1× 1.0 KB, script 2× 173.1 KB, …)`: a summary on one line. */
export function describeSummary(summary: TransferSummary): string {
  const kinds = Object.entries(summary.byKind)
    .map(([kind, { bytes, requests }]) => `${kind} ${requests}× ${(bytes / 1000).toFixed(1)} KB`)
    .join(', ');
  const errors = summary.errors > 0 ? `; ${summary.errors} failed or HTTP errors` : '';
  return `${summary.bytes.toLocaleString('en')} B in ${summary.requests} responses (${kinds})${errors}`;
}

export class TransferLog {
  private entries = new Map<Request, Entry>();
  /** Sizes still being asked for: `transfers()` waits for them. */
  private readonly sizing = new Set<Promise<void>>();
  private readonly workerScripts = new Set<string>();
  private readonly serverSizes = new Map<string, Promise<number>>();
  private readonly listeners: [string, (arg: never) => void][] = [];

  private constructor(private readonly page: Page) {}

  /** Starts logging `page` (call before it navigates); reloads keep the same log. */
  static attach(page: Page): TransferLog {
    const log = new TransferLog(page);
    log.listen('worker', (worker: { url(): string }) => log.workerScripts.add(worker.url()));
    log.listen('request', (request: Request) =>
      log.entries.set(request, {
        url: request.url(),
        startedAt: Date.now(),
      }),
    );
    log.listen('requestfinished', (request: Request) => log.finished(request, false));
    log.listen('requestfailed', (request: Request) => log.finished(request, true));
    return log;
  }

  private listen<T>(event: string, listener: (arg: T) => void): void {
    this.page.on(event as 'request', listener as unknown as (request: Request) => void);
    this.listeners.push([event, listener as (arg: never) => void]);
  }

  private finished(request: Request, failed: boolean): void {
    const entry = this.entries.get(request);
    if (!entry) return;
    const sized = (async () => {
      const timing = request.timing();
      if (timing.startTime > 0) entry.startedAt = timing.startTime;
      entry.finishedAt = timing.startTime > 0 && timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : Date.now();
      if (failed) {
        entry.bytes = 0;
        entry.measure = 'failed';
        return;
      }
      const response = await request.response();
      entry.status = response?.status();
      if (response?.fromServiceWorker()) {
        entry.bytes = 0;
        entry.measure = 'cache';
        return;
      }
      const sizes = await request.sizes();
      entry.bytes = sizes.responseBodySize + sizes.responseHeadersSize;
      entry.measure = 'cdp';
      // Nothing from the network: the HTTP cache answered.
      if (sizes.responseHeadersSize === 0 && sizes.responseBodySize === 0) entry.measure = 'cache';
      else if (sizes.responseBodySize === 0 && this.workerScripts.has(entry.url) && response?.status() === 200) {
        entry.bytes = await this.serverSize(entry.url);
        entry.measure = 'server';
      }
    })().catch(() => {
      entry.measure = 'unreported';
      entry.bytes = 0;
    });
    this.sizing.add(sized);
    void sized.finally(() => this.sizing.delete(sized));
  }

  /** Requests still waiting for their response, or for their size. */
  private inFlight(): number {
    let count = this.sizing.size;
    for (const entry of this.entries.values()) if (entry.finishedAt === undefined) count++;
    return count;
  }

  /**
   * Resolves true once no request has been in flight for `quietMs`, false after `timeoutMs`
   * (the caller notes it): events reach Node a little after the page has used the response.
   */
  async settle(quietMs = 300, timeoutMs = 15_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      if (this.inFlight() > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  }

  /** Every transfer so far, oldest first; a request without an answer yet counts as unreported. */
  async transfers(): Promise<Transfer[]> {
    await Promise.all([...this.sizing]);
    return [...this.entries.values()]
      .sort((a, b) => a.startedAt - b.startedAt)
      .map((entry) => ({
        url: entry.url,
        kind: transferKind(entry.url),
        bytes: entry.bytes ?? 0,
        startedAt: entry.startedAt,
        finishedAt: entry.finishedAt,
        measure: entry.measure ?? 'unreported',
        status: entry.status,
      }));
  }

  /** Transfers whose requests were sent at or after `epochMs`. */
  async since(epochMs: number): Promise<Transfer[]> {
    return (await this.transfers()).filter((transfer) => transfer.startedAt >= epochMs);
  }

  /** Forgets what was logged so far (the next visit starts from 0). */
  clear(): void {
    this.entries = new Map();
  }

  detach(): void {
    for (const [event, listener] of this.listeners) this.page.off(event as 'request', listener as unknown as (request: Request) => void);
  }

  /** What the server sends for `url` to a browser that accepts compression: status line, headers and body. */
  private serverSize(url: string): Promise<number> {
    let size = this.serverSizes.get(url);
    if (!size) {
      size = new Promise<number>((resolve) => {
        const request = httpRequest(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (response) => {
          let bytes = 0;
          response.on('data', (chunk: Buffer) => (bytes += chunk.length));
          response.on('end', () => {
            // `name: value\r\n`: each name and each value adds 2 bytes of separator.
            const headerLines = response.rawHeaders.reduce((sum, part) => sum + part.length + 2, 0);
            resolve(bytes + headerLines + `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n\r\n`.length);
          });
        });
        request.on('error', () => resolve(0));
        request.end();
      });
      this.serverSizes.set(url, size);
    }
    return size;
  }
}
