import { expect, it } from 'vitest';
import { formatDecimal, formatNumber } from '../../src/core/number-format.js';

it('groups digits in English and keeps at most four decimals of a fraction', () => {
  expect(formatNumber(82115)).toBe('82,115');
  expect(formatNumber(7)).toBe('7');
  expect(formatDecimal(0.869565217)).toBe('0.8696');
  expect(formatDecimal(1)).toBe('1');
  expect(formatDecimal(2.5649493574615367)).toBe('2.5649');
});
