/**
 * Gets one data part's bytes: from IndexedDB when it holds a good copy, otherwise from the
 * network, then keeps it for the next visit. Every copy is checked against the content hash in
 * its file name; a damaged one is deleted and fetched again, alone. Each part is asked for
 * once per worker; a failed fetch is forgotten, so the next query that needs the part tries
 * again.
 */
import { partDigest, type PartEntry } from '../src/core/data-parts.js';
import { BundleLoadError, downloadBundle } from './bundle-download.js';
import { sha256Hex } from './content-digest.js';
import type { IndexStore } from './index-store.js';

export interface PartSourceOptions {
  /** The folder the manifest names its files in (ends with `/`). */
  baseUrl: string;
  /** IndexedDB, or undefined when it cannot be used (then every part comes from the network). */
  store: IndexStore | undefined;
  fetch: typeof fetch;
  /** Called when a part could not be kept, with why (the next visit fetches it again). */
  onStoreFailure: (error: unknown) => void;
}

/** Where a part came from, for progress and the ready report. */
export type PartOrigin = 'indexeddb' | 'network';

/** Told when a part has arrived, and from where. */
export type PartListener = (part: PartEntry, origin: PartOrigin) => void;

export class PartSource {
  private readonly loading = new Map<string, Promise<Uint8Array>>();
  private readonly writes = new Set<Promise<void>>();
  /** Counted for `fetchedUrls`-style checks in tests and for the bench. */
  readonly fetched: string[] = [];

  constructor(private readonly options: PartSourceOptions) {}

  /** The part's verified, uncompressed bytes. Rejects with {@link BundleLoadError}. */
  get(part: PartEntry, onLoaded?: PartListener): Promise<Uint8Array> {
    let loading = this.loading.get(part.file);
    if (!loading) {
      loading = this.load(part, onLoaded);
      this.loading.set(part.file, loading);
      loading.catch(() => this.loading.delete(part.file));
    }
    return loading;
  }

  /** Several parts, read from IndexedDB in one transaction where stored. */
  async getAll(parts: readonly PartEntry[], onLoaded?: PartListener): Promise<Uint8Array[]> {
    const store = this.options.store;
    const missing = parts.filter((part) => !this.loading.has(part.file));
    if (store && missing.length > 1) {
      const stored = store.readParts(missing.map((part) => part.file)).catch(() => missing.map(() => undefined));
      missing.forEach((part, k) => {
        const loading = stored.then((all) => this.fromStoreOrNetwork(part, all[k], onLoaded));
        this.loading.set(part.file, loading);
        loading.catch(() => this.loading.delete(part.file));
      });
    }
    return Promise.all(parts.map((part) => this.get(part, onLoaded)));
  }

  /** Resolves when every write asked for so far has ended; rejects with the first failure. */
  async idle(): Promise<void> {
    while (this.writes.size > 0) await Promise.all([...this.writes]);
  }

  private async load(part: PartEntry, onLoaded?: PartListener): Promise<Uint8Array> {
    const stored = this.options.store ? await this.options.store.readParts([part.file]).catch(() => [undefined]) : [undefined];
    return this.fromStoreOrNetwork(part, stored[0], onLoaded);
  }

  private async fromStoreOrNetwork(part: PartEntry, stored: Uint8Array | undefined, onLoaded?: PartListener): Promise<Uint8Array> {
    const digest = partDigest(part.file);
    if (stored instanceof Uint8Array) {
      if ((await digestOf(stored)) === digest) {
        onLoaded?.(part, 'indexeddb');
        return stored;
      }
      console.warn(`the cached synset data part ${part.file} is damaged: fetching it again`);
      await this.options.store?.deletePart(part.file).catch(() => {});
    }
    const url = new URL(part.file, this.options.baseUrl).href;
    this.fetched.push(url);
    const bytes = await downloadBundle(url, {
      expectedBytes: part.bytes,
      expectedTransferBytes: part.gzipBytes,
      fetch: this.options.fetch,
      onProgress: () => {},
    });
    const actual = await digestOf(bytes);
    if (actual !== digest) throw new BundleLoadError(`the synset data part ${url} is not the expected content (sha256 ${actual}…)`);
    this.keep(part.file, bytes);
    onLoaded?.(part, 'network');
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
