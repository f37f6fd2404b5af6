/**
 * SHA-256 digests that check a cached or downloaded index is the one it claims to be.
 * `crypto.subtle` hashes off the calling thread, so the loader starts a digest and builds the
 * index while it runs.
 */

/** Lower-case hex SHA-256, the form `data/generated/manifest.json` uses. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * A digest of the contents of objects of typed arrays (a cached index's arrays and search
 * tables): the SHA-256 of a list that names every own field, in name order per object, with
 * its type, length and the SHA-256 of its bytes (other values count by their JSON). The fields
 * are hashed one by one, in parallel and without first copying them into one buffer: on a
 * later visit's start-up this costs one copy of the bytes on the calling thread.
 */
export async function digestFields(...objects: readonly object[]): Promise<string> {
  const encoder = new TextEncoder();
  const lines: Promise<string>[] = [];
  for (const [k, object] of objects.entries()) {
    if (typeof object !== 'object' || object === null) throw new TypeError(`part ${k} of the cached index is missing`);
    const fields = object as Record<string, unknown>;
    for (const name of Object.keys(fields).sort()) {
      const value = fields[name];
      const bytes = ArrayBuffer.isView(value)
        ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
        : encoder.encode(JSON.stringify(value) ?? 'undefined');
      const type = ArrayBuffer.isView(value) ? value.constructor.name : typeof value;
      lines.push(sha256Hex(bytes as Uint8Array<ArrayBuffer>).then((hex) => `${k}.${name}:${type}:${bytes.byteLength}:${hex}\n`));
    }
  }
  return sha256Hex(encoder.encode((await Promise.all(lines)).join('')));
}
