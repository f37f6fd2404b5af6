/**
 * The client's one answer to data that failed to load. Once a load fails, every query fails at
 * once with the same error, without asking the worker (no download per keystroke), until
 * `retry()` or the back-off ends: {@link FIRST_BACKOFF_MS} after the first failure, doubling
 * with each failure after it, at most {@link MAX_BACKOFF_MS}. The first query let through that
 * succeeds ends the failure. Calls are told apart by the epoch they were admitted in, so a call
 * sent before a failure neither counts it twice nor ends it by succeeding late.
 */

export const FIRST_BACKOFF_MS = 5_000;
export const MAX_BACKOFF_MS = 120_000;

export class LoadRetryPolicy {
  private failure: { error: Error; until: number } | undefined;
  private failures = 0;
  private epoch = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** The failure that stands, if any (still failing fast or not). */
  get error(): Error | undefined {
    return this.failure?.error;
  }

  /** Lets a call through, returning its epoch, or throws the failure's error while it holds. */
  admit(): number {
    if (this.failure && this.now() < this.failure.until) throw this.failure.error;
    return this.epoch;
  }

  /** A call admitted in `epoch` failed to load data. True when this is a new failure. */
  failed(error: Error, epoch: number): boolean {
    if (epoch !== this.epoch) return false;
    this.epoch++;
    this.failures++;
    this.failure = { error, until: this.now() + Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (this.failures - 1)) };
    return true;
  }

  /** A call admitted in `epoch` succeeded. True when it ends a failure. */
  succeeded(epoch: number): boolean {
    if (epoch !== this.epoch || !this.failure) return false;
    this.failure = undefined;
    this.failures = 0;
    return true;
  }

  /** Lets the next calls through now (a Retry button); a new failure backs off longer. */
  retry(): void {
    if (this.failure) this.failure.until = Number.NEGATIVE_INFINITY;
  }
}
