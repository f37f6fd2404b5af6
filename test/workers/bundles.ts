/** Data bundles for browser tests: the built one, and altered copies served from blob URLs. */
import { decodeBundle, encodeBundle } from '../../src/core/bundle-format.js';
import { sha256Hex } from '../../workers/content-digest.js';

/** The uncompressed bundle `npm run build:data` wrote. */
export async function builtBundle(): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(new URL('../../data/generated/synsets.bin', import.meta.url));
  return new Uint8Array(await response.arrayBuffer());
}

/** A valid bundle that differs from the built one: dog.n.01's gloss is rewritten. */
export async function alteredBundle(): Promise<{ bytes: Uint8Array<ArrayBuffer>; hash: string; dogGloss: string }> {
  const bundle = decodeBundle(await builtBundle());
  const dogGloss = 'a test dog from an altered bundle';
  const glossText = bundle.glossText.replace(/^a member of the genus Canis[^\n]*$/m, dogGloss);
  if (glossText === bundle.glossText) throw new Error("the built bundle lacks dog.n.01's gloss");
  const bytes = encodeBundle({ ...bundle, glossText }) as Uint8Array<ArrayBuffer>;
  return { bytes, hash: await sha256Hex(bytes), dogGloss };
}

export async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A blob URL serving these bytes (as a server without Content-Encoding would). */
export function blobUrl(bytes: Uint8Array<ArrayBuffer>): string {
  return URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
}
