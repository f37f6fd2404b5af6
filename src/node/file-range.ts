import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { ByteRange } from '../core/bundle-format.js';

/**
 * Byte ranges of a file, read by need: the CLI's lookup reads a few hundred KB of the 10 MB
 * bundle. The file is opened for each read (a long-lived process holds no descriptor), and a
 * read after the file changed (a rebuild under a running process) throws rather than mixing
 * two versions of the data.
 */
export function fileRange(path: string): { size: number; range: ByteRange } {
  const opened = statSync(path);
  const range: ByteRange = (offset, length) => {
    const fd = openSync(path, 'r');
    try {
      const now = fstatSync(fd);
      if (now.size !== opened.size || now.mtimeMs !== opened.mtimeMs) {
        throw new Error(`${path} changed since it was opened: start again to read the new data`);
      }
      // A buffer of its own (not Node's shared pool) so that 4-byte words can be viewed in place.
      const bytes = new Uint8Array(length);
      let done = 0;
      while (done < length) {
        const got = readSync(fd, bytes, done, length - done, offset + done);
        if (got === 0) throw new Error(`${path} ended early`);
        done += got;
      }
      return bytes;
    } finally {
      closeSync(fd);
    }
  };
  return { size: opened.size, range };
}
