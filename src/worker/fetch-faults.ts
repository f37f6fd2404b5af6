/** Test-only: the bundle fetch failing as {@link LoadFaults.fetchFailures} asks. */
import type { LoadFaults } from './api.js';

/**
 * A fetch whose first `count` calls fail: `network` rejects with the TypeError a dropped
 * connection gives; `truncated` delivers half the body under the full Content-Length.
 */
export function failingFetch(realFetch: typeof fetch, failures: NonNullable<LoadFaults['fetchFailures']>): typeof fetch {
  let left = failures.count;
  return async (input, init) => {
    if (left <= 0) return realFetch(input, init);
    left--;
    if (failures.kind === 'network') throw new TypeError('Failed to fetch');
    const response = await realFetch(input, init);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The bytes are already decoded: declare their full length, and no encoding.
    const headers = new Headers(response.headers);
    headers.delete('content-encoding');
    headers.set('content-length', String(bytes.byteLength));
    return new Response(bytes.slice(0, bytes.byteLength >> 1), { status: response.status, headers });
  };
}
