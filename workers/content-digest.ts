/**
 * SHA-256 digests that check a cached or downloaded index is the one it claims to be.
 * `crypto.subtle` hashes off the calling thread, so the loader starts a digest and builds the
 * index while it runs.
 */
import type { SearchTables } from '../src/core/search.js';

/** Lower-case hex SHA-256, the form `data/generated/manifest.json` uses. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * A digest of the search tables' contents. The tables are opaque here (their fields change with
 * the search engine), so every own field counts, in name order: typed arrays by their bytes,
 * strings by their UTF-8, anything else by its JSON, each behind its name, type and length.
 */
export async function digestSearchTables(tables: SearchTables): Promise<string> {
  if (typeof tables !== 'object' || tables === null) throw new TypeError('search tables are missing');
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const fields = tables as unknown as Record<string, unknown>;
  for (const name of Object.keys(fields).sort()) {
    const value = fields[name];
    const bytes = ArrayBuffer.isView(value)
      ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
      : encoder.encode(typeof value === 'string' ? value : JSON.stringify(value));
    const type = ArrayBuffer.isView(value) ? value.constructor.name : typeof value;
    parts.push(encoder.encode(`${name}:${type}:${bytes.byteLength}\n`), bytes);
  }
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.byteLength;
  }
  return sha256Hex(all);
}
