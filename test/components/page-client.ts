/**
 * Browser-test setup for components: each test file (its own page in Vitest's browser mode)
 * gives the page-wide client a database of its own, and deletes it afterwards. Components are
 * mounted into the document and removed after each test.
 */
import { afterAll, afterEach, vi } from 'vitest';
import { configureSynsets, getSynsetClient } from '../../src/client/client.js';
import { deleteDatabase } from '../worker/databases.js';
import type { WorkerFaults } from '../worker/scope-faults.js';
import { testWorker, type TestWorkerProbe } from '../worker/test-worker-client.js';

/**
 * Points the page's client at a fresh IndexedDB database (and lists database), deleted when the
 * file's tests end, and at a test worker meeting `faults`: returns its probe (calls received,
 * URLs fetched).
 */
export function usePageClient(label: string, faults: WorkerFaults = {}): TestWorkerProbe {
  const dbName = `synset-components-${label}-${Date.now().toString(36)}`;
  const worker = testWorker(faults);
  configureSynsets({ dbName, worker: worker.start });
  afterEach(() => {
    for (const element of mounted.splice(0)) element.remove();
  });
  afterAll(async () => {
    const client = getSynsetClient();
    await client.persisted().catch(() => undefined);
    client.dispose();
    // The index's database, and the one the worker keeps custom label lists in.
    await Promise.all([dbName, `${dbName}-lists`].map(deleteDatabase));
  });
  return worker.probe;
}

const mounted: Element[] = [];

/** Creates an element with attributes, adds it to the page and waits for its first render. */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  parent: Element = document.body,
): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  mounted.push(element);
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** The element's shadow root, which every synset component has. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** Resolves with the next event of this name that `target` sees. */
export function nextEvent<E extends Event>(target: EventTarget, name: string): Promise<E> {
  return new Promise((resolve) => target.addEventListener(name, (event) => resolve(event as E), { once: true }));
}

/**
 * How long a test waits for a component to show something: `vi.waitFor`'s default of 1 s is
 * too short when a loaded 2-core machine runs the worker, the page and the browser at once.
 */
export const WAIT_MS = 10_000;

/** How long a test waits when the first query of its file loads the index in the worker. */
export const LOAD_MS = 30_000;

/** `vi.waitFor`, with {@link WAIT_MS} unless the call gives its own timeout. */
export function waitFor<T>(callback: () => T | Promise<T>, options: { timeout?: number; interval?: number } = {}): Promise<T> {
  return vi.waitFor(callback, { timeout: WAIT_MS, ...options });
}
