/**
 * A static file server on a free localhost port, as a page's host or a CDN would be: real MIME
 * types (module scripts need a JavaScript one), `.gz` files sent as they are (no
 * Content-Encoding, like most static hosts), optional `Access-Control-Allow-Origin: *`, and a log
 * of the paths asked for, with the `Origin` they were asked from.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.gz': 'application/gzip',
};

export interface StaticServerOptions {
  /** Folder served at `/`. */
  root?: string;
  /** Extra files by URL path (`/page.html`): their text, or a file to send. Answered before `root`. */
  files?: Record<string, string | { file: string }>;
  /** Send `Access-Control-Allow-Origin: *`, as a CDN does. */
  cors?: boolean;
}

export interface RequestRecord {
  path: string;
  origin: string | undefined;
  /** Bytes of the body sent (0 until it is found, and for a 404). */
  bytes: number;
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  requests: RequestRecord[];
  close(): Promise<void>;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const requests: RequestRecord[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const record: RequestRecord = { path, origin: request.headers.origin, bytes: 0 };
    requests.push(record);
    if (options.cors) response.setHeader('Access-Control-Allow-Origin', '*');
    const extra = options.files?.[path];
    if (typeof extra === 'string') {
      record.bytes = Buffer.byteLength(extra);
      response.writeHead(200, { 'Content-Type': mimeType(path) }).end(extra);
      return;
    }
    const found: Promise<ServedFile | undefined> = extra
      ? stat(extra.file).then(
          (info) => ({ path: extra.file, size: info.size }),
          () => undefined,
        )
      : fileFor(options.root, path);
    void found.then((file) => {
      if (!file) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`not found: ${path}`);
        return;
      }
      record.bytes = file.size;
      response.writeHead(200, { 'Content-Type': mimeType(file.path), 'Content-Length': file.size });
      createReadStream(file.path).pipe(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

interface ServedFile {
  path: string;
  size: number;
}

function mimeType(path: string): string {
  return MIME_TYPES[extname(path)] ?? 'application/octet-stream';
}

/** The file a path names under `root` (a folder's `index.html`), never a file outside it. */
async function fileFor(root: string | undefined, path: string): Promise<ServedFile | undefined> {
  if (!root) return undefined;
  const base = normalize(root + sep);
  let file = normalize(join(base, path));
  if (!file.startsWith(base)) return undefined;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    return info.isFile() ? { path: file, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}
