/**
 * A reactive controller for a component's asynchronous query (in the manner of `@lit/task`):
 * it reruns when its arguments change and keeps only the latest run's outcome, so a slow answer
 * to an old question never overwrites the answer to the new one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type TaskStatus = 'idle' | 'pending' | 'complete' | 'error';

export class LatestTask<Args extends readonly unknown[], Result> implements ReactiveController {
  /** `idle` while the arguments are undefined (nothing to ask). */
  status: TaskStatus = 'idle';
  /** The latest run's result; kept while a new run is pending, so the view does not flash. */
  value: Result | undefined;
  error: unknown;
  private lastArgs: Args | undefined;
  private runId = 0;
  private stopWatching: (() => void) | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly task: (args: Args) => Promise<Result>,
    /** Read before each host update; undefined means there is nothing to run. */
    private readonly args: () => Args | undefined,
    /**
     * Subscribes to a signal that a failed run may now succeed (the data loads again) and
     * returns an unsubscribe. Only a failed task of a connected host listens, from its failure
     * until it runs again: a thousand labels that load subscribe to nothing, and none reaches
     * for the signal's source before its first failure.
     */
    private readonly retryWhen?: (retry: () => void) => () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    if (this.status === 'error') this.watchForRetry();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stopWatchingForRetry();
  }

  private watchForRetry(): void {
    if (!this.retryWhen || !this.connected || this.stopWatching) return;
    this.stopWatching = this.retryWhen(() => void this.rerun());
  }

  private stopWatchingForRetry(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  hostUpdate(): void {
    const args = this.args();
    if (sameArgs(args, this.lastArgs)) return;
    this.lastArgs = args;
    if (args === undefined) {
      this.runId++;
      this.status = 'idle';
      this.value = undefined;
      return;
    }
    void this.run(args);
  }

  /** Runs again with the current arguments (a Retry button). */
  rerun(): Promise<void> {
    return this.lastArgs === undefined ? Promise.resolve() : this.run(this.lastArgs);
  }

  /** The error as a sentence for people. */
  get errorMessage(): string {
    return this.error instanceof Error ? this.error.message : String(this.error);
  }

  private async run(args: Args): Promise<void> {
    const id = ++this.runId;
    this.stopWatchingForRetry();
    this.status = 'pending';
    this.host.requestUpdate();
    try {
      const value = await this.task(args);
      if (id !== this.runId) return;
      this.value = value;
      this.status = 'complete';
    } catch (error) {
      if (id !== this.runId) return;
      this.error = error;
      this.status = 'error';
      this.watchForRetry();
    }
    this.host.requestUpdate();
  }
}

function sameArgs(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((value, k) => Object.is(value, b[k]));
}
