import { expect, test } from 'vitest';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RerunFailedTask } from '../../src/components/rerun-failed-task.js';

/**
 * A host that calls its controllers as Lit does: hostConnected/hostDisconnected when told, and
 * hostUpdate then hostUpdated for each update it was asked for (run with `settle`).
 */
class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  private updateRequested = false;
  updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updateRequested = true;
  }
  connect(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }
  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
  update(): void {
    this.updateRequested = false;
    for (const controller of this.controllers) controller.hostUpdate?.();
    for (const controller of this.controllers) controller.hostUpdated?.();
  }
  /** Lets the task's run end, then performs the updates it asked for. */
  async settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    while (this.updateRequested) this.update();
  }
}

/** A task that fails while `failing.now` holds, and the signal it listens to, counted. */
function failingTask(failing: { now: boolean }, asked = { wnid: 'n02084071' }) {
  const host = new FakeHost();
  let runs = 0;
  const task = new Task(host, {
    task: async ([wnid]) => {
      runs++;
      if (failing.now) throw new Error('the data could not be downloaded');
      return wnid.toUpperCase();
    },
    args: () => [asked.wnid],
  });
  const signal = { listeners: new Set<() => void>(), subscriptions: 0 };
  new RerunFailedTask(host, task, (retry) => {
    signal.subscriptions++;
    signal.listeners.add(retry);
    return () => signal.listeners.delete(retry);
  });
  const fire = () => [...signal.listeners].forEach((retry) => retry());
  return { host, task, signal, fire, runs: () => runs };
}

test('nothing listens before a failure', async () => {
  const { host, task, signal } = failingTask({ now: false });
  host.connect();
  expect(signal.subscriptions).toBe(0);
  host.update();
  await host.settle();
  expect(task.status).toBe(TaskStatus.COMPLETE);
  expect(signal.subscriptions).toBe(0);
});

test('a failed task of a connected host listens for the signal', async () => {
  const { host, task, signal } = failingTask({ now: true });
  host.connect();
  host.update();
  await host.settle();
  expect(task.status).toBe(TaskStatus.ERROR);
  expect(signal.listeners.size).toBe(1);
});

test('the signal runs the task again, and it listens no more', async () => {
  const failing = { now: true };
  const { host, task, signal, fire, runs } = failingTask(failing);
  host.connect();
  host.update();
  await host.settle();
  failing.now = false;
  fire();
  expect(signal.listeners.size).toBe(0);
  await host.settle();
  expect([task.status, task.value, runs()]).toEqual([TaskStatus.COMPLETE, 'N02084071', 2]);
  expect(signal.subscriptions).toBe(1);
});

test('a run that fails again listens again', async () => {
  const { host, task, signal, fire } = failingTask({ now: true });
  host.connect();
  host.update();
  await host.settle();
  fire();
  await host.settle();
  expect(task.status).toBe(TaskStatus.ERROR);
  expect([signal.subscriptions, signal.listeners.size]).toEqual([2, 1]);
});

test('a run for new arguments stops the listening', async () => {
  const asked = { wnid: 'n02084071' };
  const { host, task, signal } = failingTask({ now: true }, asked);
  host.connect();
  host.update();
  await host.settle();
  expect(signal.listeners.size).toBe(1);
  asked.wnid = 'n01440764';
  host.update();
  expect(task.status).toBe(TaskStatus.PENDING);
  expect(signal.listeners.size).toBe(0);
});

test('a disconnected host stops listening, and listens again on reconnecting while its task has still failed', async () => {
  const { host, signal, runs } = failingTask({ now: true });
  host.connect();
  host.update();
  await host.settle();
  host.disconnect();
  expect(signal.listeners.size).toBe(0);
  host.connect();
  expect([signal.subscriptions, signal.listeners.size]).toEqual([2, 1]);
  expect(runs()).toBe(1);
});

test('a task that fails while its host is disconnected waits for the reconnection to listen', async () => {
  const { host, signal } = failingTask({ now: true });
  host.update();
  await host.settle();
  expect(signal.subscriptions).toBe(0);
  host.connect();
  expect(signal.listeners.size).toBe(1);
});

test('a task whose value lacks something (a definition not downloaded) listens too, and no more once it has it', async () => {
  const host = new FakeHost();
  const lacking = { now: true };
  let runs = 0;
  const task = new Task(host, { task: async () => ++runs, args: () => ['n01440764'] });
  const listeners = new Set<() => void>();
  new RerunFailedTask(
    host,
    task,
    (retry) => {
      listeners.add(retry);
      return () => listeners.delete(retry);
    },
    () => lacking.now,
  );
  host.connect();
  host.update();
  await host.settle();
  expect([task.status, listeners.size]).toEqual([TaskStatus.COMPLETE, 1]);
  lacking.now = false;
  [...listeners].forEach((retry) => retry());
  await host.settle();
  expect([task.value, listeners.size]).toEqual([2, 0]);
});
