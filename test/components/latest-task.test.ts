import { expect, test } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LatestTask } from '../../src/components/latest-task.js';

/** A host that runs its controllers' hostUpdate when told, as Lit does before each render. */
class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updatesRequested = 0;
  updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updatesRequested++;
  }
  update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
  }
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

test('a slow answer to an old question never replaces the answer to the new one', async () => {
  const host = new FakeHost();
  const answers = new Map<string, ReturnType<typeof deferred<string>>>();
  let query = 'd';
  const task = new LatestTask(
    host,
    ([q]: readonly [string]) => (answers.set(q, deferred<string>()), answers.get(q)!.promise),
    () => [query] as const,
  );
  host.update();
  query = 'dog';
  host.update();
  answers.get('dog')!.resolve('results for dog');
  await Promise.resolve();
  answers.get('d')!.resolve('results for d');
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(task.value).toBe('results for dog');
  expect(task.status).toBe('complete');
});

test('it reruns only when the arguments change', () => {
  const host = new FakeHost();
  let runs = 0;
  let id = 'a';
  new LatestTask(
    host,
    async () => runs++,
    () => [id] as const,
  );
  host.update();
  host.update();
  id = 'b';
  host.update();
  expect(runs).toBe(2);
});

test('undefined arguments mean idle, and drop a pending run', async () => {
  const host = new FakeHost();
  const answer = deferred<number>();
  let args: readonly [number] | undefined = [1];
  const task = new LatestTask(
    host,
    () => answer.promise,
    () => args,
  );
  host.update();
  expect(task.status).toBe('pending');
  args = undefined;
  host.update();
  answer.resolve(1);
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(task.status).toBe('idle');
  expect(task.value).toBeUndefined();
});

test('an error is kept with its message, and rerun tries again', async () => {
  const host = new FakeHost();
  let fail = true;
  const task = new LatestTask(
    host,
    async () => {
      if (fail) throw new Error('no such synset');
      return 'ok';
    },
    () => ['x'] as const,
  );
  host.update();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(task.status).toBe('error');
  expect(task.errorMessage).toBe('no such synset');
  fail = false;
  await task.rerun();
  expect(task.status).toBe('complete');
  expect(task.value).toBe('ok');
});

test('while a new run is pending, the last value stays', async () => {
  const host = new FakeHost();
  let id = 1;
  const second = deferred<string>();
  const task = new LatestTask(
    host,
    async ([n]: readonly [number]) => (n === 1 ? 'first' : second.promise),
    () => [id] as const,
  );
  host.update();
  await new Promise((resolve) => setTimeout(resolve, 0));
  id = 2;
  host.update();
  expect(task.status).toBe('pending');
  expect(task.value).toBe('first');
});

test('a failed run listens for the retry signal, runs again when it fires, and listens no more', async () => {
  const host = new FakeHost();
  let signal: (() => void) | undefined;
  let fail = true;
  const task = new LatestTask(
    host,
    async ([q]: readonly [string]) => {
      if (fail) throw new Error('the data could not be downloaded');
      return q.toUpperCase();
    },
    () => ['dog'] as const,
    (retry) => ((signal = retry), () => (signal = undefined)),
  );
  for (const controller of host.controllers) controller.hostConnected?.();
  // Nothing failed yet: nothing listens (a page may configure the signal's source after connecting).
  expect(signal).toBeUndefined();
  host.update();
  await Promise.resolve();
  await Promise.resolve();
  expect(task.status).toBe('error');
  expect(signal).toBeDefined();
  fail = false;
  signal!();
  await Promise.resolve();
  await Promise.resolve();
  expect([task.status, task.value]).toEqual(['complete', 'DOG']);
  expect(signal).toBeUndefined();
});
