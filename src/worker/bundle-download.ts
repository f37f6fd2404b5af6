/**
 * Downloads one data part: streams the body to count its bytes (a download cut short is caught
 * by its count), and un-gzips it as it arrives when the bytes are gzip. A server that sets
 * Content-Encoding (as Vite's dev and preview servers do for `.gz` files) has had the browser
 * decode them already.
 */
import { LOAD_ERROR_NAME, LOAD_FAILURE_OPENINGS } from './api.js';
import { errorMessage } from '../core/error-detail.js';

const { network: NOT_DOWNLOADED, server: NOT_SENT, damaged: DAMAGED } = LOAD_FAILURE_OPENINGS;

/** The bundle could not be loaded; the message says why, for people (components show it). */
export class BundleLoadError extends Error {
  override name = LOAD_ERROR_NAME;
}

export interface DownloadOptions {
  /** Uncompressed size expected (the manifest's `bytes`), to allocate once; 0 when unknown. */
  expectedBytes: number;
  /** Size on the wire expected when the response has no Content-Length; 0 when unknown. */
  expectedTransferBytes: number;
  /** `low` for a part loaded ahead of need: a request a query waits for goes first. */
  priority?: RequestPriority;
}

/** The uncompressed bundle at `url`. Rejects with {@link BundleLoadError}. */
export async function downloadBundle(url: string, options: DownloadOptions): Promise<Uint8Array<ArrayBuffer>> {
  const response = await answered(url, options.priority);
  // With Content-Encoding (Vite's servers set gzip on .gz files) the browser un-gzips and the
  // body yields the bundle itself, while Content-Length counts the encoded bytes.
  const encoded = response.headers.has('content-encoding');
  const declared = encoded ? 0 : Number(response.headers.get('content-length')) || 0;
  const total = declared || (encoded ? options.expectedBytes : options.expectedTransferBytes);
  const reader = response.body.getReader();
  let received = 0;
  const readChunk = async (): Promise<ReadableStreamReadResult<Uint8Array>> => {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw brokeOff(url, received, total, error);
    }
    if (!chunk.done) received += chunk.value.byteLength;
    else if (declared && received < declared) throw cutShort(url, received, declared);
    return chunk;
  };

  const first = await readChunk();
  const isGzip = !first.done && first.value[0] === 0x1f && first.value[1] === 0x8b;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(first.value);
    },
    async pull(controller) {
      const chunk = await readChunk();
      if (chunk.done) controller.close();
      else controller.enqueue(chunk.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  if (!isGzip) return collect(body, declared || options.expectedBytes);
  // Decompression keeps pace with the download.
  const plain = body.pipeThrough(new DecompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>);
  try {
    return await collect(plain, options.expectedBytes);
  } catch (error) {
    if (error instanceof BundleLoadError) throw error;
    throw new BundleLoadError(
      `${DAMAGED}: ${url} is not valid gzip (corrupt or cut short at ${bytesOf(received, total)}): ${errorMessage(error)}`,
    );
  }
}

/** A download of joined parts (see {@link downloadJoined}). */
export interface JoinedDownload {
  /** Resolves once the server has answered with the file; rejects with {@link BundleLoadError} if it did not. */
  answered: Promise<void>;
  /** Each member's uncompressed bytes; each rejects with {@link BundleLoadError}. */
  members: Promise<Uint8Array<ArrayBuffer>>[];
}

/**
 * Downloads a file of gzip members one after another (their sizes `sizes`, in order; see
 * `PartsManifest.tree`) and un-gzips each as soon as it has arrived, while the rest downloads.
 */
export function downloadJoined(url: string, sizes: readonly number[], priority?: RequestPriority): JoinedDownload {
  const members = sizes.map(() => {
    let resolve!: (bytes: Promise<Uint8Array<ArrayBuffer>>) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<Uint8Array<ArrayBuffer>>((yes, no) => ((resolve = yes), (reject = no)));
    // Each is the caller's to handle; one left unread must not be an unhandled rejection.
    promise.catch(() => {});
    return { promise, resolve, reject };
  });
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const answer = answered(url, priority);
  const read = async (): Promise<void> => {
    const reader = (await answer).body.getReader();
    const buffer = new Uint8Array(total);
    let received = 0;
    let next = 0;
    let end = sizes[0] ?? 0;
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw brokeOff(url, received, total, error);
      }
      if (chunk.done) break;
      if (received + chunk.value.byteLength > total) throw new BundleLoadError(`${DAMAGED}: ${url} is longer than its ${total} bytes`);
      buffer.set(chunk.value, received);
      received += chunk.value.byteLength;
      for (; next < sizes.length && received >= end; end += sizes[++next] ?? 0) {
        members[next]!.resolve(gunzip(buffer.subarray(end - sizes[next]!, end), url));
      }
    }
    if (received < total) throw cutShort(url, received, total);
  };
  read().catch((error: unknown) => {
    const failure = error instanceof BundleLoadError ? error : new BundleLoadError(`${NOT_DOWNLOADED} from ${url}: ${errorMessage(error)}`);
    for (const member of members) member.reject(failure);
  });
  const answeredWell = answer.then(() => {});
  answeredWell.catch(() => {});
  return { answered: answeredWell, members: members.map(({ promise }) => promise) };
}

/** One gzip member's uncompressed bytes. */
async function gunzip(member: Uint8Array<ArrayBuffer>, url: string): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const plain = new Blob([member]).stream().pipeThrough(new DecompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>);
    return new Uint8Array(await new Response(plain).arrayBuffer());
  } catch (error) {
    throw new BundleLoadError(`${DAMAGED}: a part in ${url} is not valid gzip: ${errorMessage(error)}`);
  }
}

/** The response to `url`, once it is known to be a good one. Rejects with {@link BundleLoadError}. */
async function answered(url: string, priority: RequestPriority | undefined): Promise<Response & { body: ReadableStream<Uint8Array> }> {
  let response: Response;
  try {
    response = await fetch(url, priority === undefined ? undefined : { priority });
  } catch (error) {
    throw new BundleLoadError(`${NOT_DOWNLOADED} from ${url}: ${errorMessage(error)}`);
  }
  if (!response.ok || !response.body) {
    throw new BundleLoadError(`${NOT_SENT} (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}) from ${url}`);
  }
  // A dev server or an SPA host answers a wrong path with its index page, status 200.
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    throw new BundleLoadError(`${NOT_SENT}: it answered ${url} with an HTML page (is the URL right?)`);
  }
  return response as Response & { body: ReadableStream<Uint8Array> };
}

/** Reads a stream into one buffer, allocated once when the size is known. */
async function collect(stream: ReadableStream<Uint8Array>, expectedBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  let buffer = new Uint8Array(expectedBytes || 1 << 20);
  let length = 0;
  const reader = stream.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (length + chunk.value.byteLength > buffer.byteLength) {
      const grown = new Uint8Array(Math.max(buffer.byteLength * 2, length + chunk.value.byteLength));
      grown.set(buffer.subarray(0, length));
      buffer = grown;
    }
    buffer.set(chunk.value, length);
    length += chunk.value.byteLength;
  }
  // The bytes are stored as they are: a view over a larger buffer would store all of it.
  return length === buffer.byteLength ? buffer : buffer.slice(0, length);
}

/** A download whose connection failed after `received` bytes. */
function brokeOff(url: string, received: number, total: number, error: unknown): BundleLoadError {
  return new BundleLoadError(`${NOT_DOWNLOADED} from ${url}: it broke off after ${bytesOf(received, total)}: ${errorMessage(error)}`);
}

/** A download that ended before its `total` bytes. */
function cutShort(url: string, received: number, total: number): BundleLoadError {
  return new BundleLoadError(`${NOT_DOWNLOADED} from ${url}: it was cut short at ${bytesOf(received, total)}`);
}

function bytesOf(loaded: number, total: number): string {
  return total ? `${loaded} of ${total} bytes` : `${loaded} bytes`;
}
