import { expect, test } from 'vitest';
import { hashFor, hashWithFilter, parseHash } from '../../src/components/synset-explorer/hash-route.js';

test('an empty hash is the start page', () => {
  expect(parseHash('')).toEqual({ kind: 'home' });
  expect(parseHash('#')).toEqual({ kind: 'home' });
  expect(parseHash('#/')).toEqual({ kind: 'home' });
});

test('a hash names a synset by any id form', () => {
  expect(parseHash('#/n02084071')).toEqual({ kind: 'synset', id: 'n02084071' });
  expect(parseHash('#n02084071')).toEqual({ kind: 'synset', id: 'n02084071' });
  expect(parseHash('#/dog.n.01')).toEqual({ kind: 'synset', id: 'dog.n.01' });
  expect(parseHash('#/hot%20dog.n.01')).toEqual({ kind: 'synset', id: 'hot dog.n.01' });
});

test('a malformed escape is kept as typed, for the error message', () => {
  expect(parseHash('#/%E0%A4%A')).toEqual({ kind: 'synset', id: '%E0%A4%A' });
});

test('a filter rides after the id as ?in=', () => {
  expect(parseHash('#/n02084071?in=1k')).toEqual({ kind: 'synset', id: 'n02084071', filter: '1k' });
  expect(parseHash('#/dog.n.01?in=all')).toEqual({ kind: 'synset', id: 'dog.n.01', filter: 'all' });
  expect(parseHash('#/n02084071?in=21k&other=1')).toEqual({ kind: 'synset', id: 'n02084071', filter: '21k' });
  expect(parseHash('#/?in=1k')).toEqual({ kind: 'home', filter: '1k' });
});

test('an empty filter names none; any other is left for the explorer to check', () => {
  expect(parseHash('#/n02084071?in=bogus')).toEqual({ kind: 'synset', id: 'n02084071', filter: 'bogus' });
  expect(parseHash('#/n02084071?in=')).toEqual({ kind: 'synset', id: 'n02084071' });
  expect(parseHash('#/n02084071?')).toEqual({ kind: 'synset', id: 'n02084071' });
});

test('hashFor writes the canonical form, with a filter when given', () => {
  expect(hashFor('n02084071')).toBe('#/n02084071');
  expect(hashFor('n02084071', '1k')).toBe('#/n02084071?in=1k');
  expect(parseHash(hashFor('n01440764'))).toEqual({ kind: 'synset', id: 'n01440764' });
  expect(parseHash(hashFor('n01440764', 'all'))).toEqual({ kind: 'synset', id: 'n01440764', filter: 'all' });
});

test('hashWithFilter changes only the filter', () => {
  expect(hashWithFilter('#/n02084071', '1k')).toBe('#/n02084071?in=1k');
  expect(hashWithFilter('#/n02084071?in=1k', '21k')).toBe('#/n02084071?in=21k');
  expect(hashWithFilter('#/n02084071?in=1k')).toBe('#/n02084071');
  expect(hashWithFilter('#/hot%20dog.n.01?in=all', '1k')).toBe('#/hot%20dog.n.01?in=1k');
  expect(parseHash(hashWithFilter('', 'all'))).toEqual({ kind: 'home', filter: 'all' });
});
