import { describe, expect, it } from 'vitest';
import { ERROR_NAMES, isQueryError, SynsetIdError, SynsetRequestError } from '../../src/core/errors.js';
import { queries } from './real-data.js';

describe('the errors of a query', () => {
  it('say an id does not resolve with an id error, a request the index cannot answer with a request error', () => {
    expect(() => queries.lookup('n99999999')).toThrow(SynsetIdError);
    expect(() => queries.children('dog.n.01', { in: 'nope' })).toThrow(SynsetRequestError);
    expect(() => queries.children('dog.n.01', { in: 'nope' })).toThrow(/unknown label set 'nope'/);
    expect(() => queries.search(42 as never)).toThrow(SynsetRequestError);
    expect(() => queries.lookupMany('n02084071' as never)).toThrow(SynsetRequestError);
  });

  it('make an id naming an unknown label space an id error: that id does not resolve', () => {
    expect(() => queries.resolve('nope:3')).toThrow(SynsetIdError);
    expect(() => queries.resolve('3', { set: 'nope' })).toThrow(SynsetIdError);
    expect(queries.lookupMany(['nope:3', 'n02084071']).map((outcome) => 'error' in outcome)).toEqual([true, false]);
  });

  it('go by the names of one table, and both are the asker’s to fix', () => {
    expect(new SynsetIdError('x').name).toBe(ERROR_NAMES.id);
    expect(new SynsetRequestError('x').name).toBe(ERROR_NAMES.request);
    expect(isQueryError(new SynsetIdError('x'))).toBe(true);
    expect(isQueryError(new SynsetRequestError('x'))).toBe(true);
    expect(isQueryError(new RangeError('x'))).toBe(false);
    expect(new Set(Object.values(ERROR_NAMES)).size).toBe(Object.keys(ERROR_NAMES).length);
  });
});
