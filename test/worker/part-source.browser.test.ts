/**
 * The worker's part source in the page (the same fetch and digests as in the worker), without
 * IndexedDB: a listener told of every part it asks for, even one another query started first.
 */
import { expect, test } from 'vitest';
import type { PartEntry, PartsManifest } from '../../src/core/data-parts.js';
import { PartSource, type PartOrigin } from '../../src/worker/part-source.js';
import { builtPartsUrl } from './bundles.js';

test('a part already on its way for another query is told to the listener of the next, once, with where it came from', async () => {
  const manifest = (await (await fetch(builtPartsUrl)).json()) as PartsManifest;
  const source = new PartSource({ baseUrl: new URL('./', builtPartsUrl).href, store: undefined, onStoreFailure: () => {} });
  const parts: PartEntry[] = [manifest.structure, ...manifest.names.slice(0, 2)];
  // Another query asks for the second part first, and it is still on its way.
  const first = source.get(parts[1]!);
  const heard: [string, PartOrigin][] = [];
  const all = await source.getAll(parts, (part, origin) => void heard.push([part.file, origin]));
  expect(all).toHaveLength(3);
  expect(await first).toBe(all[1]);
  expect(heard.map(([file]) => file).sort()).toEqual(parts.map((part) => part.file).sort());
  expect(heard.every(([, origin]) => origin === 'network')).toBe(true);
  // Asked again once loaded: told again, from where it came.
  const again: PartOrigin[] = [];
  await source.get(parts[0]!, (_, origin) => void again.push(origin));
  expect(again).toEqual(['network']);
});
