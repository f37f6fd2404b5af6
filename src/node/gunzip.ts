import { createRequire } from 'node:module';

type Zlib = typeof import('node:zlib');
let zlib: Zlib | undefined;

/**
 * `gunzipSync`, with `node:zlib` loaded on the first call: loading it costs the CLI's start a
 * few ms, and only the published package's data parts and the languages' files are gzipped.
 */
export function gunzip(bytes: Uint8Array): Buffer {
  zlib ??= createRequire(import.meta.url)('node:zlib') as Zlib;
  return zlib.gunzipSync(bytes);
}
