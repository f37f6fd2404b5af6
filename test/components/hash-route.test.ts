import { expect, test } from 'vitest';
import { hashFor, hashWithOptions, parseHash, routeIds } from '../../src/components/synset-explorer/hash-route.js';

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
  // Other WordNets' ids: the explorer resolves them as any other.
  expect(parseHash('#/wn31:02086723-n')).toEqual({ kind: 'synset', id: 'wn31:02086723-n' });
  expect(parseHash('#/oewn-02086723-n?in=1k')).toEqual({ kind: 'synset', id: 'oewn-02086723-n', filter: '1k' });
  expect(parseHash('#/i46360..wn31:n02124272')).toEqual({ kind: 'compare', id: 'i46360', other: 'wn31:n02124272' });
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
  expect(hashFor('n02084071', { filter: '1k' })).toBe('#/n02084071?in=1k');
  expect(parseHash(hashFor('n01440764'))).toEqual({ kind: 'synset', id: 'n01440764' });
  expect(parseHash(hashFor('n01440764', { filter: 'all' }))).toEqual({ kind: 'synset', id: 'n01440764', filter: 'all' });
});

test('hashWithOptions changes only the options', () => {
  expect(hashWithOptions('#/n02084071', { filter: '1k' })).toBe('#/n02084071?in=1k');
  expect(hashWithOptions('#/n02084071?in=1k', { filter: '21k' })).toBe('#/n02084071?in=21k');
  expect(hashWithOptions('#/n02084071?in=1k', {})).toBe('#/n02084071');
  expect(hashWithOptions('#/hot%20dog.n.01?in=all', { filter: '1k' })).toBe('#/hot%20dog.n.01?in=1k');
  expect(parseHash(hashWithOptions('', { filter: 'all' }))).toEqual({ kind: 'home', filter: 'all' });
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

test('hashFor writes a pair, and hashWithOptions keeps it', () => {
  expect(hashFor('n02084071', {}, 'n02121620')).toBe('#/n02084071..n02121620');
  expect(hashFor('n02084071', { filter: '1k' }, 'n02121620')).toBe('#/n02084071..n02121620?in=1k');
  expect(parseHash(hashFor('n02084071', { filter: 'imagenet-r' }, 'n02121620'))).toEqual({
    kind: 'compare',
    id: 'n02084071',
    other: 'n02121620',
    filter: 'imagenet-r',
  });
  expect(hashWithOptions('#/n02084071..n02121620', { filter: '1k' })).toBe('#/n02084071..n02121620?in=1k');
  expect(hashWithOptions('#/n02084071..n02121620?in=1k', {})).toBe('#/n02084071..n02121620');
});

test('a grouping is group= beside the filter, read back as written, and kept with the pair', () => {
  expect(hashFor('n02084071', { filter: '1k', group: 'depth-4' })).toBe('#/n02084071?in=1k&group=depth-4');
  expect(hashFor('n02084071', { group: 'restricted-imagenet' }, 'n02121620')).toBe('#/n02084071..n02121620?group=restricted-imagenet');
  expect(parseHash('#/n02084071?in=1k&group=depth-4')).toEqual({ kind: 'synset', id: 'n02084071', filter: '1k', group: 'depth-4' });
  expect(parseHash('#/?group=count-10')).toEqual({ kind: 'home', group: 'count-10' });
  expect(parseHash('#/n02084071?group=')).toEqual({ kind: 'synset', id: 'n02084071' });
  expect(hashWithOptions('#/n02084071?in=1k&group=depth-4', { filter: '1k' })).toBe('#/n02084071?in=1k');
  expect(hashWithOptions('#/n02084071..n02121620', { group: 'breeds-living17' })).toBe('#/n02084071..n02121620?group=breeds-living17');
});

test('routeIds names the synsets alone, whatever the options', () => {
  expect(routeIds(parseHash('#/n02084071?in=1k&group=depth-4'))).toBe(routeIds(parseHash('#/n02084071')));
  expect(routeIds(parseHash('#/n02084071..n02121620?in=1k'))).toBe('n02084071..n02121620');
  expect(routeIds(parseHash('#/?in=1k'))).toBe('');
  expect(routeIds(parseHash('#/n02084071'))).not.toBe(routeIds(parseHash('#/n02121620')));
});

test('a model’s run and its baseline ride as run= and base=, written back the same; ids that are no hashes are dropped', () => {
  const route = parseHash('#/n02084071?in=1k&run=3f2a0c9d1b7e&base=00aa11bb22cc');
  expect(route).toEqual({ kind: 'synset', id: 'n02084071', filter: '1k', run: '3f2a0c9d1b7e', base: '00aa11bb22cc' });
  expect(hashFor('n02084071', route)).toBe('#/n02084071?in=1k&run=3f2a0c9d1b7e&base=00aa11bb22cc');
  expect(parseHash('#/n02084071?run=<script>')).toEqual({ kind: 'synset', id: 'n02084071' });
  // A baseline alone compares nothing.
  expect(parseHash('#/n02084071?base=00aa11bb22cc')).toEqual({ kind: 'synset', id: 'n02084071' });
  expect(hashFor('n02084071', { base: '00aa11bb22cc' })).toBe('#/n02084071');
});
