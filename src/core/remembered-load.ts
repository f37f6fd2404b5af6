/**
 * Loads started once and handed out to everything that needs them (in the worker a data part,
 * the whole index, a label list; on the page a set's class names), remembered while they are
 * under way or done, and forgotten as soon as they fail: the next asker tries again instead of
 * meeting the old failure. Every "load once, retry after a failure" is one of these.
 */

/** Loads by key (a part's file, a label set's name). */
export class RememberedLoads<K, T> {
  private readonly loads = new Map<K, Promise<T>>();

  /** The load under `key`: the one under way or done, or else `start()`'s, remembered. */
  get(key: K, start: () => Promise<T>): Promise<T> {
    return this.loads.get(key) ?? this.keep(key, start());
  }

  /** The load under `key`, if one is under way or done. */
  peek(key: K): Promise<T> | undefined {
    return this.loads.get(key);
  }

  /** Remembers `load` under `key` until it fails (a later load under the key stays). */
  keep(key: K, load: Promise<T>): Promise<T> {
    this.loads.set(key, load);
    load.catch(() => {
      if (this.loads.get(key) === load) this.loads.delete(key);
    });
    return load;
  }

  /** Forgets the load under `key`: the next `get` starts afresh. */
  forget(key: K): void {
    this.loads.delete(key);
  }
}

/** One load (the index's opening, every gloss part). */
export class RememberedLoad<T> {
  private readonly loads = new RememberedLoads<true, T>();

  /** The load under way or done, or else `start()`'s, remembered. */
  get(start: () => Promise<T>): Promise<T> {
    return this.loads.get(true, start);
  }

  /** The load, if one is under way or done (none before the first `get`, or after a failure). */
  peek(): Promise<T> | undefined {
    return this.loads.peek(true);
  }
}
