import { describe, expect, it } from 'vitest';
import {
  isBareOffset,
  isOffsetId,
  isWnid,
  leadingWnid,
  nounOffsetOf,
  offsetOfWnid,
  offsetsOfTypedWnid,
  ROOT_WNID,
  wnidOfOffset,
} from '../../src/core/wnid.js';
import { queries } from './real-data.js';

describe('wnids', () => {
  it('spells an offset as a wnid and reads it back', () => {
    expect(wnidOfOffset(2084071)).toBe('n02084071');
    expect(wnidOfOffset(1740)).toBe(ROOT_WNID);
    expect(offsetOfWnid('n02084071')).toBe(2084071);
    expect(queries.index.wnidOf(queries.index.numberOfOffset(offsetOfWnid(ROOT_WNID)!))).toBe(ROOT_WNID);
  });

  it('takes a wnid only as the lists write it', () => {
    expect(isWnid('n01440764')).toBe(true);
    for (const text of ['N01440764', 'n0144076', 'n014407640', ' n01440764', '01440764-n', 'v01440764']) {
      expect(isWnid(text), text).toBe(false);
      expect(offsetOfWnid(text), text).toBeUndefined();
    }
  });

  it("reads a noun's offset from a wnid or WordNet's form, in either case", () => {
    for (const id of ['n02084071', 'N02084071', '02084071-n', '02084071-N']) expect(nounOffsetOf(id), id).toBe(2084071);
    for (const id of ['02084071', 'v02084071', '02084071-v', 'n2084071', ' n02084071']) expect(nounOffsetOf(id), id).toBeUndefined();
  });

  it('knows offset ids of other parts of speech, and a bare offset', () => {
    for (const id of ['v01234567', '01234567-a', 'n01234567']) expect(isOffsetId(id), id).toBe(true);
    expect(isOffsetId('dog.v.01')).toBe(false);
    expect(isBareOffset('02084071')).toBe(true);
    expect(isBareOffset('2084071')).toBe(false);
  });

  it('finds the wnid a line starts with, only when more follows', () => {
    expect(leadingWnid('n01440764 tench, Tinca tinca')).toBe('n01440764');
    expect(leadingWnid('n01440764\ttench')).toBe('n01440764');
    expect(leadingWnid('n01440764')).toBeUndefined();
    expect(leadingWnid('tench n01440764 x')).toBeUndefined();
  });

  it('gives the offsets a wnid being typed may name', () => {
    expect(offsetsOfTypedWnid('n0208')).toEqual([2080000, 2089999]);
    expect(offsetsOfTypedWnid('N1')).toEqual([10000000, 19999999]);
    expect(offsetsOfTypedWnid('n02084071')).toBeUndefined();
    expect(offsetsOfTypedWnid('n')).toBeUndefined();
  });
});
