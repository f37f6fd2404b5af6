import { describe, expect, it } from 'vitest';
import { SynsetQueries } from '../../src/core/queries.js';
import { SynsetIdError } from '../../src/core/errors.js';
import { parseVersionedId, VersionDataNeeded, WordNetVersionSource } from '../../src/core/versioned-ids.js';
import { readWordNetVersions } from '../../src/node/wordnet-versions.js';
import { queries as plain } from './real-data.js';

const index = plain.index;
const versions = readWordNetVersions(index);
const queries = new SynsetQueries(index);
queries.useWordNetVersions(new WordNetVersionSource({ read: () => versions }));

describe('ids of other WordNets', () => {
  it.each([
    'i46360',
    'I46360',
    'ili:i46360',
    'wn31:02086723-n',
    'wn31:n02086723',
    'WN31:N02086723',
    'oewn-02086723-n',
    ' oewn-02086723-n ',
  ])('%s is dog, n02084071', (id) => {
    expect(index.wnidOf(queries.resolve(id))).toBe('n02084071');
  });

  it('reads each form and leaves other ids alone', () => {
    expect(parseVersionedId('i46360')).toEqual({ kind: 'ili', text: 'i46360', ili: 46360 });
    expect(parseVersionedId('wn31:n02086723')).toEqual({ kind: 'wn31', text: 'wn31:n02086723', offset31: 2086723 });
    expect(parseVersionedId('n02084071')).toBeUndefined();
    expect(parseVersionedId('imagenet-r:17')).toBeUndefined();
    expect(parseVersionedId('ice.n.01')).toBeUndefined();
  });

  it('says why an id names no 3.0 synset', () => {
    const message = (id: string) => {
      try {
        queries.resolve(id);
      } catch (error) {
        expect(error).toBeInstanceOf(SynsetIdError);
        return (error as Error).message;
      }
      throw new Error(`${id} resolved`);
    };
    expect(message('i1')).toBe('i1 is not the ILI of a WordNet 3.0 noun synset');
    expect(message('wn31:00951435-n')).toBe('wn31:00951435-n (technology) is new in WordNet 3.1: WordNet 3.0 has no such synset');
    expect(message('wn31:03872233-n')).toBe(
      'wn31:03872233-n is one synset in WordNet 3.1 for 4 WordNet 3.0 synsets (3.1 merged them): n03685962, n03778135, n03830278, n03866555; name one of those',
    );
    expect(message('wn31:00000001-n')).toBe('no WordNet 3.1 noun synset 00000001-n');
    expect(message('oewn-00000001-n')).toMatch(/^no Open English WordNet \(3\.1 offsets\) noun synset 00000001-n/);
    expect(message('wn31:02086723-v')).toBe('not a noun synset: wn31:02086723-v (only nouns are indexed)');
    expect(message('oewn-02086723-s')).toBe('not a noun synset: oewn-02086723-s (only nouns are indexed)');
    expect(message('wn31:2086723')).toBe('not a WordNet 3.1 id: wn31:2086723 (write wn31:02086723-n or wn31:n02086723)');
    expect(message('oewn-dog')).toBe('not an Open English WordNet id: oewn-dog (write oewn-02086723-n)');
    expect(message('ili:46360')).toBe('not an ILI id: ili:46360 (write i46360)');
  });

  it('a plain wnid that is no 3.0 noun but a 3.1 one gets a hint naming the 3.0 synset', () => {
    expect(index.numberOfWnid('n02086723')).toBe(-1);
    expect(() => queries.resolve('n02086723')).toThrow(
      "no WordNet 3.0 noun synset n02086723; it is a WordNet 3.1 id: wn31:02086723-n is WordNet 3.0's n02084071 (dog.n.01)",
    );
    expect(() => queries.resolve('02086723-n')).toThrow(/^no WordNet 3\.0 noun synset 02086723-n; it is a WordNet 3\.1 id/);
    // No hint without the map, and none for an offset no version has.
    expect(() => plain.resolve('n02086723')).toThrow(/^no WordNet 3\.0 noun synset n02086723$/);
    expect(() => queries.resolve('n00000001')).toThrow(/^no WordNet 3\.0 noun synset n00000001$/);
  });

  it('gives every id of a synset, and null with the reason for a noun 3.1 deprecated', () => {
    expect(queries.versionIds('dog.n.01')).toMatchObject({ ili: 'i46360', wn31: '02086723-n', oewn: 'oewn-02086723-n' });
    expect(queries.versionIds('wn31:02086723-n').wnid).toBe('n02084071');
    expect(queries.versionIds('n03019434')).toMatchObject({
      wn31: null,
      oewn: null,
      note: 'deprecated in WordNet 3.1, which has no synset for it',
    });
  });

  it('search finds the synset another WordNet names, as it finds a wnid', () => {
    expect(queries.search('wn31:02086723-n')[0]).toMatchObject({ wnid: 'n02084071', match: 'id' });
    expect(queries.search('i46360')[0]).toMatchObject({ wnid: 'n02084071', match: 'id' });
    expect(queries.search('wn31:03872233-n')).toEqual([]);
  });
});

describe('where the map comes from', () => {
  it('without one, ids of other WordNets are refused and plain wnids get no hint', () => {
    expect(() => plain.resolve('i46360')).toThrow('WordNet 3.1 and ILI ids are not available here');
  });

  it('a fetched map asks to be fetched (not a bad id), then answers once given', () => {
    const fetched = new SynsetQueries(index);
    const source = new WordNetVersionSource({ fetched: true });
    fetched.useWordNetVersions(source);
    expect(() => fetched.resolve('i46360')).toThrow(VersionDataNeeded);
    expect(() => fetched.resolve('n02086723')).toThrow(VersionDataNeeded);
    expect(fetched.lookupMany(['n02084071'])[0]).toMatchObject({ synset: { wnid: 'n02084071' } });
    expect(() => fetched.lookupMany(['i46360'])).toThrow(VersionDataNeeded);
    source.fail('could not download the synset data');
    expect(() => fetched.resolve('i46360')).toThrow('WordNet 3.1 and ILI ids cannot be read now: could not download the synset data');
    expect(() => fetched.resolve('n02086723')).toThrow(/^no WordNet 3\.0 noun synset n02086723$/);
    source.clearFailure();
    expect(() => fetched.resolve('i46360')).toThrow(VersionDataNeeded);
    source.provide(versions);
    expect(index.wnidOf(fetched.resolve('i46360'))).toBe('n02084071');
  });

  it('a map that cannot be read says why, and a wnid still gets its plain message', () => {
    const broken = new SynsetQueries(index);
    broken.useWordNetVersions(
      new WordNetVersionSource({
        read: () => {
          throw new Error('ENOENT: no such file');
        },
      }),
    );
    expect(() => broken.resolve('n02086723')).toThrow(/^no WordNet 3\.0 noun synset n02086723$/);
    expect(() => broken.resolve('i46360')).toThrow('WordNet 3.1 and ILI ids cannot be read now: ENOENT: no such file');
  });
});
