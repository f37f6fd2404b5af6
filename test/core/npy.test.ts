/** The `.npy` reader and writer against files NumPy wrote (data/numpy/make-npy-fixtures.py). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNpy, npyDescr, npyHeader, npyRowBytes, NpyError, parseNpy } from '../../src/core/npy.js';
import { findProjectRoot } from '../../src/node/project-root.js';

const fixture = (name: string): Uint8Array => readFileSync(join(findProjectRoot(), 'test/fixtures/numpy', name));
const TOP2 = [0, 1, 1, 0, 208, 0, 207, 1];

describe('parseNpy', () => {
  it("reads NumPy's default int64 arrays, 1-D and 2-D", () => {
    expect(parseNpy(fixture('labels.npy'))).toMatchObject({ shape: [4], descr: '<i8' });
    expect(Array.from(parseNpy(fixture('labels.npy')).values)).toStrictEqual([0, 0, 207, 1]);
    const top2 = parseNpy(fixture('top2.npy'));
    expect(top2.shape).toStrictEqual([4, 2]);
    expect(Array.from(top2.values)).toStrictEqual(TOP2);
  });

  it('reads Fortran order, big-endian, uint8 and float32 as the same values in C order', () => {
    for (const [name, descr] of [
      ['top2-fortran.npy', '<i8'],
      ['top2-big-endian.npy', '>i4'],
      ['top2-uint8.npy', '|u1'],
      ['top2-float32.npy', '<f4'],
    ]) {
      const array = parseNpy(fixture(name!));
      expect(array.descr, name).toBe(descr);
      expect(array.shape, name).toStrictEqual([4, 2]);
      expect(Array.from(array.values), name).toStrictEqual(TOP2);
    }
  });

  it('refuses what is not an .npy of numbers, saying why', () => {
    expect(isNpy(fixture('labels.txt'))).toBe(false);
    expect(() => parseNpy(fixture('labels.txt'))).toThrow(NpyError);
    const cut = fixture('top2.npy').subarray(0, 100);
    expect(() => parseNpy(cut)).toThrow(/cut short/);
    const text = Uint8Array.from([...npyHeader("'<U3'".slice(1, -1), [2])]);
    expect(() => parseNpy(text)).toThrow(/not numbers/);
  });

  it('reads back what the writer writes, in every dtype', () => {
    const values = [0, 3, 18, 127];
    for (const dtype of ['int8', 'uint8', 'int16', 'int32', 'int64', 'float32', 'float64'] as const) {
      const bytes = new Uint8Array([...npyHeader(npyDescr(dtype), [2, 2]), ...npyRowBytes(values, dtype)]);
      const array = parseNpy(bytes);
      expect(array.descr).toBe(npyDescr(dtype));
      expect(Array.from(array.values)).toStrictEqual(values);
    }
  });
});
