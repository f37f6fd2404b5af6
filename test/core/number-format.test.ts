import { expect, it } from 'vitest';
import { formatDecimal, formatNumber } from '../../src/core/number-format.js';

it('groups digits in English and keeps at most four decimals of a fraction', () => {
  expect(formatNumber(82115)).toBe('82,115');
  expect(formatNumber(7)).toBe('7');
  expect(formatDecimal(0.869565217)).toBe('0.8696');
  expect(formatDecimal(1)).toBe('1');
  expect(formatDecimal(2.5649493574615367)).toBe('2.5649');
});

it('groups whole numbers as Intl.NumberFormat does in English, whatever their size or sign', () => {
  const english = new Intl.NumberFormat('en');
  const values = [0, 1, 12, 123, 1234, 12345, 123456, 1234567, 1000, 1000000, 999999, -1, -1234, -1000000, Number.MAX_SAFE_INTEGER, -0];
  for (const value of values) expect(formatNumber(value)).toBe(english.format(value));
  // Not whole: Intl's own rounding.
  expect(formatNumber(1234.5678)).toBe(english.format(1234.5678));
  expect(formatNumber(Number.NaN)).toBe('NaN');
});
