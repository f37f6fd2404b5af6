/**
 * A reactive controller that runs a failed `@lit/task` `Task` again when a signal says it may now
 * succeed (`whenDataLoadsAgain`: the client loads data again after a failure). It sits beside
 * the task and reads only its public `status` and `run()`.
 */
import { TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller needs of a `Task`. */
export interface RerunnableTask {
  readonly status: TaskStatus;
  run(): Promise<void>;
}

/** Subscribes `retry` to a signal that failed runs may now succeed; returns an unsubscribe. */
export type RetrySignal = (retry: () => void) => () => void;

export class RerunFailedTask implements ReactiveController {
  private unsubscribe: (() => void) | undefined;
  private connected = false;

  /**
   * Only a failed task of a connected host listens to `signal`, from its failure until it runs
   * again: a thousand labels that load subscribe to nothing, and none reaches for the signal's
   * source before its first failure (a page may configure that source after connecting).
   */
  /**
   * `lacking`, when given, says the task's value lacks something the signal may bring (a card
   * whose definition could not be downloaded): the task then runs again on the signal as a
   * failed one does.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly task: RerunnableTask,
    private readonly signal: RetrySignal,
    private readonly lacking: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.follow();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stopListening();
  }

  // The task requests an update of the host each time a run starts or ends, so its status is
  // read after every update: whatever the order of the controllers, the task has run its
  // `hostUpdate` (and started a run if its arguments changed) by then.
  hostUpdated(): void {
    this.follow();
  }

  private follow(): void {
    const rerun = this.task.status === TaskStatus.ERROR || (this.task.status === TaskStatus.COMPLETE && this.lacking());
    if (this.connected && rerun) this.unsubscribe ??= this.signal(this.retry);
    else this.stopListening();
  }

  private readonly retry = (): void => {
    this.stopListening();
    void this.task.run();
  };

  private stopListening(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
