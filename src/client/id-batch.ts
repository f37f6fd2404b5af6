/**
 * Ids asked for one at a time within the same task, sent to the worker as one list: a page of
 * 1,000 labels costs one round trip, not 1,000. Each id's promise settles with its own answer,
 * or rejects with a `SynsetIdError` carrying its own message.
 */
import { ERROR_NAMES } from '../core/errors.js';
import type { IdOutcome } from '../worker/api.js';

interface Waiter<T> {
  resolve: (answer: T) => void;
  reject: (error: unknown) => void;
}

/** Ids per message: keeps each reply small enough to clone in a few ms. */
const MAX_BATCH_IDS = 5000;

export class IdBatch<T> {
  private pending = new Map<string, Waiter<T>[]>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly send: (ids: string[]) => Promise<IdOutcome<T>[]>) {}

  ask(id: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const waiters = this.pending.get(id);
      if (waiters) waiters.push({ resolve, reject });
      else this.pending.set(id, [{ resolve, reject }]);
      // A macrotask, not a microtask: Lit renders a page of labels across many microtasks.
      this.timer ??= setTimeout(() => void this.flush(), 0);
    });
  }

  /** Rejects every id still waiting, and sends nothing more for them. */
  cancel(reason: Error): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const waiters of this.pending.values()) for (const waiter of waiters) waiter.reject(reason);
    this.pending.clear();
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const batch = this.pending;
    this.pending = new Map();
    const ids = [...batch.keys()];
    const chunks: Promise<void>[] = [];
    for (let start = 0; start < ids.length; start += MAX_BATCH_IDS) {
      const chunk = ids.slice(start, start + MAX_BATCH_IDS);
      const settle = (settleOne: (waiter: Waiter<T>, k: number) => void): void =>
        chunk.forEach((id, k) => batch.get(id)!.forEach((waiter) => settleOne(waiter, k)));
      chunks.push(
        this.send(chunk).then(
          (outcomes) =>
            settle((waiter, k) => {
              const outcome = outcomes[k]!;
              if ('synset' in outcome) waiter.resolve(outcome.synset);
              else waiter.reject(Object.assign(new Error(outcome.error), { name: ERROR_NAMES.id }));
            }),
          (error: unknown) => settle((waiter) => waiter.reject(error)),
        ),
      );
    }
    await Promise.all(chunks);
  }
}
