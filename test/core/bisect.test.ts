import { describe, expect, it } from 'vitest';
import { indexOfSorted, lastAtOrBelow, lowerBound, partitionPoint } from '../../src/core/bisect.js';

/** Every answer checked against a linear scan of the same question. */
describe('binary search', () => {
  const sorted = [1, 3, 3, 3, 7, 9, 12];

  it('finds the first position where the test turns false, anywhere in a range', () => {
    for (let from = 0; from <= sorted.length; from++) {
      for (let to = from; to <= sorted.length; to++) {
        for (const limit of [0, 3, 4, 12, 13]) {
          const scan = sorted.slice(from, to).findIndex((value) => !(value < limit));
          expect(partitionPoint(from, to, (at) => sorted[at]! < limit)).toBe(scan < 0 ? to : from + scan);
        }
      }
    }
  });

  it('finds the lower bound of numbers and of strings', () => {
    for (const value of [0, 1, 2, 3, 4, 9, 12, 13]) expect(lowerBound(sorted, value)).toBe(sorted.filter((v) => v < value).length);
    const words = ['ant', 'bee', 'cat', 'cow'];
    expect(lowerBound(words, 'c')).toBe(2);
    expect(lowerBound(words, 'cow')).toBe(3);
    expect(lowerBound(words, 'zebra')).toBe(4);
  });

  it('finds a value in a sorted typed array, or says -1', () => {
    const offsets = Uint32Array.from([1740, 1930, 2137, 2452]);
    expect(indexOfSorted(offsets, 2137)).toBe(2);
    expect(indexOfSorted(offsets, 1740)).toBe(0);
    expect(indexOfSorted(offsets, 2000)).toBe(-1);
    expect(indexOfSorted(offsets, 9999)).toBe(-1);
    expect(indexOfSorted(new Uint32Array(0), 1)).toBe(-1);
  });

  it('finds the entry of ascending starts that covers a value, the first one below them all', () => {
    const starts = [0, 10, 10, 25];
    for (const value of [-5, 0, 9, 10, 24, 25, 100]) {
      const covering = starts.reduce((found, start, k) => (start <= value ? k : found), 0);
      expect(lastAtOrBelow(starts.length, (k) => starts[k]! <= value)).toBe(covering);
    }
  });
});
