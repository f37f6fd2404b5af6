import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SlowTask } from '../../src/components/slow-task.js';

/** A host that calls its controllers as Lit does, one update at a time, and counts the updates asked for. */
class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updatesAsked = 0;
  updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updatesAsked++;
  }
  update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
    for (const controller of this.controllers) controller.hostUpdated?.();
  }
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

test('says a task is slow only once it has been pending past the delay, and not after it ends', () => {
  const host = new FakeHost();
  const task: { status: TaskStatus } = { status: TaskStatus.INITIAL };
  const slow = new SlowTask(host, () => task, 150);
  task.status = TaskStatus.PENDING;
  host.update();
  vi.advanceTimersByTime(149);
  expect(slow.slow).toBe(false);
  vi.advanceTimersByTime(1);
  expect(slow.slow).toBe(true);
  expect(host.updatesAsked).toBe(1);
  task.status = TaskStatus.COMPLETE;
  host.update();
  expect(slow.slow).toBe(false);
});

test('an answer within the delay shows nothing, and a disconnected host keeps no timer', () => {
  const host = new FakeHost();
  const task: { status: TaskStatus } = { status: TaskStatus.PENDING };
  const slow = new SlowTask(host, () => task, 150);
  host.update();
  vi.advanceTimersByTime(100);
  task.status = TaskStatus.COMPLETE;
  host.update();
  vi.advanceTimersByTime(500);
  expect(slow.slow).toBe(false);
  task.status = TaskStatus.PENDING;
  host.update();
  slow.hostDisconnected();
  vi.advanceTimersByTime(500);
  expect(slow.slow).toBe(false);
  expect(host.updatesAsked).toBe(0);
});
