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

test('two synsets compared are A..B, with or without a filter', () => {
  expect(parseHash('#/n02084071..n02121620')).toEqual({ kind: 'compare', id: 'n02084071', other: 'n02121620' });
  expect(parseHash('#/n02084071..n02121620?in=1k')).toEqual({ kind: 'compare', id: 'n02084071', other: 'n02121620', filter: '1k' });
  expect(parseHash('#/dog.n.01..cat.n.01')).toEqual({ kind: 'compare', id: 'dog.n.01', other: 'cat.n.01' });
  expect(parseHash('#/207..1k:208')).toEqual({ kind: 'compare', id: '207', other: '1k:208' });
});

test("a name whose lemma ends in a period keeps its '..n.01'", () => {
  expect(parseHash('#/washington_d.c..n.01')).toEqual({ kind: 'synset', id: 'washington_d.c..n.01' });
  expect(parseHash('#/washington_d.c..n.01..n02084071')).toEqual({ kind: 'compare', id: 'washington_d.c..n.01', other: 'n02084071' });
  expect(parseHash('#/n02084071..washington_d.c..n.01')).toEqual({ kind: 'compare', id: 'n02084071', other: 'washington_d.c..n.01' });
});

test('a pair with one side missing is the other synset alone', () => {
  expect(parseHash('#/n02084071..')).toEqual({ kind: 'synset', id: 'n02084071' });
  expect(parseHash('#/..n02121620?in=1k')).toEqual({ kind: 'synset', id: 'n02121620', filter: '1k' });
});

test('hashFor writes a pair, and hashWithFilter keeps it', () => {
  expect(hashFor('n02084071', undefined, 'n02121620')).toBe('#/n02084071..n02121620');
  expect(hashFor('n02084071', '1k', 'n02121620')).toBe('#/n02084071..n02121620?in=1k');
  expect(parseHash(hashFor('n02084071', 'imagenet-r', 'n02121620'))).toEqual({
    kind: 'compare',
    id: 'n02084071',
    other: 'n02121620',
    filter: 'imagenet-r',
  });
  expect(hashWithFilter('#/n02084071..n02121620', '1k')).toBe('#/n02084071..n02121620?in=1k');
  expect(hashWithFilter('#/n02084071..n02121620?in=1k')).toBe('#/n02084071..n02121620');
});
