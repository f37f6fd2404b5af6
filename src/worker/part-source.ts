/**
 * Gets one data part's bytes: from IndexedDB when it holds a good copy, otherwise from the
 * network, then keeps it for the next visit. Every copy is checked against the content hash in
 * its file name; a damaged one is deleted and fetched again, alone. Each part is asked for
 * once per worker; a failed fetch is forgotten, so the next query that needs the part tries
 * again.
 */
import { partDigest, type JoinedPartsEntry, type PartEntry } from '../core/data-parts.js';
import { LOAD_FAILURE_OPENINGS } from './api.js';
import { BundleLoadError, downloadBundle, downloadJoined } from './bundle-download.js';
import { sha256Hex } from './content-digest.js';
import type { IndexStore } from './index-store.js';
import { RememberedLoads } from '../core/remembered-load.js';

export interface PartSourceOptions {
  /** The folder the manifest names its files in (ends with `/`). */
  baseUrl: string;
  /** IndexedDB, or undefined when it cannot be used (then every part comes from the network). */
  store: IndexStore | undefined;
  /** Called when a part could not be kept, with why (the next visit fetches it again). */
  onStoreFailure: (error: unknown) => void;
}

/** Where a part came from, for progress and the ready report. */
export type PartOrigin = 'indexeddb' | 'network';

/** Told when a part has arrived, and from where. */
export type PartListener = (part: PartEntry, origin: PartOrigin) => void;

/**
 * Background downloads in flight at once. A first visit's preload asks for 64 gloss parts;
 * were they all requested at once, a card's own part, asked a moment later, would queue
 * behind them for the browser's few connections (the bench saw the card wait for all 64).
 */
const BACKGROUND_DOWNLOADS = 2;

/** How urgently a part is wanted: a query waits for it, or it is loaded ahead of need. */
export type PartPriority = 'now' | 'background';

export class PartSource {
  private readonly loading = new RememberedLoads<string, Uint8Array>();
  private readonly background = new Limiter(BACKGROUND_DOWNLOADS);
  /** Parts loading in the background and not yet there. */
  private readonly inBackground = new Set<string>();
  private readonly writes = new Set<Promise<void>>();
  /** Where each part loaded so far came from: told to a listener that asks for a part already on its way. */
  private readonly origins = new Map<string, PartOrigin>();

  constructor(private readonly options: PartSourceOptions) {}

  /** The part's verified, uncompressed bytes. Rejects with {@link BundleLoadError}. */
  get(part: PartEntry, onLoaded?: PartListener, priority: PartPriority = 'now'): Promise<Uint8Array> {
    const loading = this.loading.peek(part.file);
    if (!loading) return this.track(part.file, this.load(part, this.noting(onLoaded), priority), priority);
    // A query needs now a part the background has yet to download: it goes at once.
    if (priority === 'now' && this.inBackground.has(part.file)) this.background.promote(part.file);
    // Another query started it: this one's listener hears of it too (a progress would stop short otherwise).
    return onLoaded
      ? loading.then((bytes) => {
          onLoaded(part, this.origins.get(part.file) ?? 'network');
          return bytes;
        })
      : loading;
  }

  /** `onLoaded`, noting first where the part came from. */
  private noting(onLoaded: PartListener | undefined): PartListener {
    return (part, origin) => {
      this.origins.set(part.file, origin);
      onLoaded?.(part, origin);
    };
  }

  /**
   * Several parts, read from IndexedDB in one transaction where stored. In the `background`,
   * those it must download are fetched a few at a time, at low priority, so that a part a
   * query asks for meanwhile goes first.
   */
  async getAll(parts: readonly PartEntry[], onLoaded?: PartListener, priority: PartPriority = 'now'): Promise<Uint8Array[]> {
    const store = this.options.store;
    const missing = parts.filter((part) => !this.loading.peek(part.file));
    if (!store || missing.length <= 1) return Promise.all(parts.map((part) => this.get(part, onLoaded, priority)));
    const stored = store.readParts(missing.map((part) => part.file)).catch(() => missing.map(() => undefined));
    const started = new Map(
      missing.map((part, k) => [
        part.file,
        this.track(
          part.file,
          stored.then((all) => this.fromStoreOrNetwork(part, all[k], this.noting(onLoaded), priority)),
          priority,
        ),
      ]),
    );
    return Promise.all(parts.map((part) => started.get(part.file) ?? this.get(part, onLoaded, priority)));
  }

  /**
   * Several parts that a manifest also joins into one file (`PartsManifest.tree`): read from
   * IndexedDB where stored, like {@link getAll}; when most are not, the joined file is
   * downloaded instead of each part (one request, not dozens), and each part in it is checked
   * against its own name and kept under it as if downloaded alone. When the server does not
   * answer with it, the parts fail as a part that is not downloaded does; a part it does not
   * bring whole (the download broke off, or the part is damaged) is downloaded alone.
   */
  async getAllJoined(joined: JoinedPartsEntry, parts: readonly PartEntry[], onLoaded?: PartListener): Promise<Uint8Array[]> {
    // Some are on their way already (a query asked for them alone): the rest come alone too.
    if (parts.some((part) => this.loading.peek(part.file))) return this.getAll(parts, onLoaded);
    const store = this.options.store;
    const listener = this.noting(onLoaded);
    const stored = store
      ? store.readParts(parts.map((part) => part.file)).catch(() => parts.map(() => undefined))
      : Promise.resolve(parts.map(() => undefined));
    const copies = stored.then((all) => Promise.all(parts.map((part, k) => this.storedCopy(part, all[k]))));
    const members = copies.then((good) => {
      const absent = good.filter((copy) => !copy).length;
      if (absent * 2 <= parts.length) return undefined;
      const url = new URL(joined.file, this.options.baseUrl).href;
      const download = downloadJoined(
        url,
        parts.map((part) => part.gzipBytes),
      );
      return { ...download, members: download.members.map((member, k) => member.then((bytes) => this.checked(parts[k]!, bytes, url))) };
    });
    return Promise.all(
      parts.map((part, k) =>
        this.track(
          part.file,
          (async () => {
            const copy = (await copies)[k];
            if (copy) {
              listener(part, 'indexeddb');
              return copy;
            }
            const download = await members;
            await download?.answered;
            const fromJoined = download ? await download.members[k]!.catch(() => undefined) : undefined;
            if (!fromJoined) return this.fromNetwork(part, listener, 'now');
            this.keep(part.file, fromJoined);
            listener(part, 'network');
            return fromJoined;
          })(),
          'now',
        ),
      ),
    );
  }

  /** Remembers a part's load (forgotten if it fails, so the next query tries again). */
  private track(file: string, loading: Promise<Uint8Array>, priority: PartPriority): Promise<Uint8Array> {
    this.loading.keep(file, loading);
    if (priority === 'background') {
      this.inBackground.add(file);
      loading.finally(() => this.inBackground.delete(file)).catch(() => {});
    }
    return loading;
  }

  /** Resolves when every write asked for so far has ended; rejects with the first failure. */
  async idle(): Promise<void> {
    while (this.writes.size > 0) await Promise.all([...this.writes]);
  }

  private async load(part: PartEntry, onLoaded?: PartListener, priority?: PartPriority): Promise<Uint8Array> {
    const stored = this.options.store ? await this.options.store.readParts([part.file]).catch(() => [undefined]) : [undefined];
    return this.fromStoreOrNetwork(part, stored[0], onLoaded, priority);
  }

  private async fromStoreOrNetwork(
    part: PartEntry,
    stored: Uint8Array | undefined,
    onLoaded?: PartListener,
    priority: PartPriority = 'now',
  ): Promise<Uint8Array> {
    const copy = await this.storedCopy(part, stored);
    if (copy) {
      onLoaded?.(part, 'indexeddb');
      return copy;
    }
    return this.fromNetwork(part, onLoaded, priority);
  }

  /** The stored copy if it is good; a damaged one is deleted (and undefined). */
  private async storedCopy(part: PartEntry, stored: Uint8Array | undefined): Promise<Uint8Array | undefined> {
    if (!(stored instanceof Uint8Array)) return undefined;
    if ((await digestOf(stored)) === partDigest(part.file)) return stored;
    console.warn(`the cached synset data part ${part.file} is damaged: fetching it again`);
    await this.options.store?.deletePart(part.file).catch(() => {});
    return undefined;
  }

  /** The part downloaded alone, checked, and kept. */
  private async fromNetwork(part: PartEntry, onLoaded: PartListener | undefined, priority: PartPriority): Promise<Uint8Array> {
    const url = new URL(part.file, this.options.baseUrl).href;
    const download = () =>
      downloadBundle(url, {
        expectedBytes: part.bytes,
        expectedTransferBytes: part.gzipBytes,
        ...(priority === 'now' ? {} : { priority: 'low' as const }),
      });
    const bytes = await this.checked(part, await (priority === 'now' ? download() : this.background.run(part.file, download)), url);
    this.keep(part.file, bytes);
    onLoaded?.(part, 'network');
    return bytes;
  }

  /** `bytes` if they are the part its file name says (downloaded from `url`); else rejects with {@link BundleLoadError}. */
  private async checked(part: PartEntry, bytes: Uint8Array, url: string): Promise<Uint8Array> {
    const actual = await digestOf(bytes);
    if (actual !== partDigest(part.file))
      throw new BundleLoadError(`${LOAD_FAILURE_OPENINGS.damaged}: ${url} is not the expected content (sha256 ${actual}…)`);
    return bytes;
  }

  private keep(file: string, bytes: Uint8Array): void {
    const store = this.options.store;
    if (!store) return;
    let write: Promise<void>;
    try {
      write = store.writePart({ file, bytes });
    } catch (error) {
      write = Promise.reject(error);
    }
    const tracked = write.catch((error: unknown) => {
      this.options.onStoreFailure(error);
      throw error;
    });
    this.writes.add(tracked);
    tracked.then(
      () => this.writes.delete(tracked),
      () => this.writes.delete(tracked),
    );
  }
}

/** The first 16 hex digits of the SHA-256 of these bytes: what a part's file name carries. */
async function digestOf(bytes: Uint8Array): Promise<string> {
  return (await sha256Hex(bytes as Uint8Array<ArrayBuffer>)).slice(0, 16);
}

/** Runs at most `size` tasks at once, the rest in the order they came unless promoted. */
class Limiter {
  private running = 0;
  private readonly waiting: { key: string; start: () => void }[] = [];
  /** Keys promoted before their task arrived. */
  private readonly urgent = new Set<string>();

  constructor(private readonly size: number) {}

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    if (!this.urgent.delete(key) && this.running >= this.size) await new Promise<void>((start) => this.waiting.push({ key, start }));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      if (this.running < this.size) this.waiting.shift()?.start();
    }
  }

  /** Starts the task under `key` now, past the limit: at once if it waits, on arrival if it has not come yet. */
  promote(key: string): void {
    const at = this.waiting.findIndex((entry) => entry.key === key);
    if (at >= 0) this.waiting.splice(at, 1)[0]!.start();
    else this.urgent.add(key);
  }
}
