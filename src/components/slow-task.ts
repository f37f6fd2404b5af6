/**
 * A reactive controller that says when a `@lit/task` `Task` has been pending for longer than a
 * delay, so a spinner shows only then: one on every keystroke would change the page each time,
 * and the frame that styles and paints it would delay the answer's own, when most answers come
 * within a millisecond or two. It sits beside the task and reads only its public `status`; made
 * before the task, it sees each update before the task starts a new run in it.
 */
import { TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SlowTask implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private isSlow = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly task: () => { readonly status: TaskStatus },
    private readonly delayMs: number,
  ) {
    host.addController(this);
  }

  /** The task has been pending past the delay. */
  get slow(): boolean {
    return this.isSlow;
  }

  hostUpdate(): void {
    if (this.task().status !== TaskStatus.PENDING) this.stop();
  }

  hostUpdated(): void {
    // A task turns pending during its host's update: so the timer starts after it.
    if (this.task().status === TaskStatus.PENDING)
      this.timer ??= setTimeout(() => {
        this.isSlow = true;
        this.host.requestUpdate();
      }, this.delayMs);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.isSlow = false;
  }
}
