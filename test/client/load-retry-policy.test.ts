import { expect, test } from 'vitest';
import { FIRST_BACKOFF_MS, LoadRetryPolicy, MAX_BACKOFF_MS } from '../../src/client/load-retry-policy.js';

/** A policy on a clock the test moves. */
function policyAt(start = 1000) {
  const clock = { now: start };
  return { clock, policy: new LoadRetryPolicy(() => clock.now) };
}

test('after a failure, calls fail at once with the same error until the back-off ends', () => {
  const { clock, policy } = policyAt();
  const error = new Error('could not download');
  expect(policy.failed(error, policy.admit())).toBe(true);
  expect(() => policy.admit()).toThrow(error);
  clock.now += FIRST_BACKOFF_MS - 1;
  expect(() => policy.admit()).toThrow(error);
  clock.now += 1;
  expect(() => policy.admit()).not.toThrow();
  expect(policy.error).toBe(error);
});

test('each failure after the first doubles the back-off, up to the most', () => {
  const { clock, policy } = policyAt();
  const waits: number[] = [];
  for (let k = 0; k < 8; k++) {
    policy.failed(new Error(`failure ${k}`), policy.admit());
    const start = clock.now;
    while (!admits(policy)) clock.now += 1000;
    waits.push(clock.now - start);
  }
  expect(waits).toEqual([5, 10, 20, 40, 80, 120, 120, 120].map((s) => s * 1000));
  expect(MAX_BACKOFF_MS).toBe(120_000);
});

test('retry lets the next call through at once; a success ends the failure and the back-off', () => {
  const { clock, policy } = policyAt();
  policy.failed(new Error('first'), policy.admit());
  policy.retry();
  const epoch = policy.admit();
  policy.failed(new Error('second'), epoch);
  clock.now += FIRST_BACKOFF_MS;
  expect(admits(policy)).toBe(false);
  policy.retry();
  expect(policy.succeeded(policy.admit())).toBe(true);
  expect(policy.error).toBeUndefined();
  // Back to the first back-off.
  policy.failed(new Error('third'), policy.admit());
  clock.now += FIRST_BACKOFF_MS;
  expect(admits(policy)).toBe(true);
});

test('calls sent before a failure neither count it again nor end it', () => {
  const { policy } = policyAt();
  const [a, b, c] = [policy.admit(), policy.admit(), policy.admit()];
  const error = new Error('the structure');
  expect(policy.failed(error, a)).toBe(true);
  expect(policy.failed(new Error('the same download'), b)).toBe(false);
  expect(policy.succeeded(c)).toBe(false);
  expect(() => policy.admit()).toThrow(error);
});

test('a success with no failure standing changes nothing', () => {
  const { policy } = policyAt();
  expect(policy.succeeded(policy.admit())).toBe(false);
  expect(policy.error).toBeUndefined();
});

function admits(policy: LoadRetryPolicy): boolean {
  try {
    policy.admit();
    return true;
  } catch {
    return false;
  }
}
