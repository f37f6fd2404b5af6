import { expect, test } from 'vitest';
import { errorDetail } from '../../src/core/error-detail.js';

test('an error reads as its name and message', () => {
  expect(errorDetail(new TypeError('Failed to fetch'))).toBe('TypeError: Failed to fetch');
  expect(errorDetail(new DOMException('The user denied permission.', 'UnknownError'))).toBe('UnknownError: The user denied permission.');
});

test('an error with no message still says what it was', () => {
  expect(errorDetail(new DOMException('', 'QuotaExceededError'))).toBe('QuotaExceededError (no message)');
  expect(errorDetail(new Error(''))).toBe('Error (no message)');
});

test('anything else is its text, never empty', () => {
  expect(errorDetail('offline')).toBe('offline');
  expect(errorDetail(null)).toBe('null');
  expect(errorDetail('')).toBe('an empty error');
});
