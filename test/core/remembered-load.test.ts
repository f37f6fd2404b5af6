import { describe, expect, it } from 'vitest';
import { RememberedLoad, RememberedLoads } from '../../src/core/remembered-load.js';

/** A load the test settles when it likes. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

describe('remembered loads', () => {
  it('hand every asker the load under way, and the same one once it is done', async () => {
    const loads = new RememberedLoads<string, number>();
    let started = 0;
    const part = deferred<number>();
    const start = () => (started++, part.promise);
    const first = loads.get('a', start);
    expect(loads.get('a', start)).toBe(first);
    part.resolve(7);
    await expect(first).resolves.toBe(7);
    expect(loads.get('a', start)).toBe(first);
    expect(started).toBe(1);
    expect(loads.peek('b')).toBeUndefined();
  });

  it('forget a load that failed, so the next asker starts again', async () => {
    const loads = new RememberedLoads<string, number>();
    const failing = deferred<number>();
    const first = loads.get('a', () => failing.promise);
    failing.reject(new Error('could not download the synset data'));
    await expect(first).rejects.toThrow('could not download');
    expect(loads.peek('a')).toBeUndefined();
    await expect(loads.get('a', () => Promise.resolve(8))).resolves.toBe(8);
  });

  it('keep a later load when an earlier one under the same key fails', async () => {
    const loads = new RememberedLoads<string, number>();
    const earlier = deferred<number>();
    loads.keep('a', earlier.promise);
    const later = loads.keep('a', Promise.resolve(9));
    earlier.reject(new Error('gone'));
    await earlier.promise.catch(() => {});
    expect(loads.peek('a')).toBe(later);
  });

  it('forget a load on request', () => {
    const loads = new RememberedLoads<string, number>();
    loads.get('a', () => Promise.resolve(1));
    loads.forget('a');
    expect(loads.peek('a')).toBeUndefined();
  });

  it('remember one load the same way', async () => {
    const load = new RememberedLoad<string>();
    expect(load.peek()).toBeUndefined();
    const failing = load.get(() => Promise.reject(new Error('no')));
    await expect(failing).rejects.toThrow('no');
    expect(load.peek()).toBeUndefined();
    const opened = load.get(() => Promise.resolve('open'));
    expect(load.get(() => Promise.resolve('again'))).toBe(opened);
    await expect(opened).resolves.toBe('open');
  });
});
