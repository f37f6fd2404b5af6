import { expect, test } from 'vitest';
import { hashFor, parseHash } from '../../src/components/synset-explorer/hash-route.js';

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

test('hashFor writes the canonical form', () => {
  expect(hashFor('n02084071')).toBe('#/n02084071');
  expect(parseHash(hashFor('n01440764'))).toEqual({ kind: 'synset', id: 'n01440764' });
});
