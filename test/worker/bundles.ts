/** Other builds of the data for browser tests, written by `altered-parts.setup.ts`. */
import type { PartsManifest } from '../../src/core/data-parts.js';

/** dog.n.01's gloss in the altered build. */
export const ALTERED_DOG_GLOSS = 'a test dog from an altered build';

/** The manifest of the built data, and of the altered and the wrong builds (with their URLs). */
export const builtPartsUrl = new URL('../../data/generated/parts/parts.json', import.meta.url).href;
export const alteredPartsUrl = new URL('../../test-results/altered-parts/parts.json', import.meta.url).href;
export const wrongPartsUrl = new URL('../../test-results/wrong-parts/parts.json', import.meta.url).href;

export async function manifestAt(url: string): Promise<PartsManifest> {
  return (await fetch(url)).json() as Promise<PartsManifest>;
}

/** Every part file a manifest lists. */
export function partFiles(manifest: PartsManifest): string[] {
  return [manifest.structure, ...manifest.names, ...manifest.glosses].map((part) => part.file);
}

/** The file name at the end of a part URL. */
export const fileOf = (url: string): string => url.slice(url.lastIndexOf('/') + 1);
