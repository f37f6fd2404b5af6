import { describe, expect, it } from 'vitest';
import { parseDataNoun, parseIndexNoun, splitGloss } from '../../src/core/wndb.js';

// Lines in the dict format, made up for the parser: licence lines start with two spaces.
const dataNoun = [
  '  1 a licence line that the parser skips  ',
  '00000010 03 n 02 thing 0 Big_Thing 1 002 ~ 00000099 n 0000 + 00000077 v 0101 | a made-up thing; "an example"  ',
  '00000099 05 n 01 part 0 002 @ 00000010 n 0000 @i 00000055 n 0000 | a part  ',
].join('\n');

describe('parseDataNoun', () => {
  const [thing, part] = parseDataNoun(dataNoun);
  it('reads offsets, lexicographer files, lemmas and the gloss', () => {
    expect(thing).toMatchObject({ offset: 10, lexFile: 3, lemmas: ['thing', 'Big_Thing'], gloss: 'a made-up thing; "an example"' });
  });
  it('keeps hypernyms and instance hypernyms apart and ignores other pointers', () => {
    expect(thing?.hypernyms).toEqual([]);
    expect(part).toMatchObject({ hypernyms: [10], instanceHypernyms: [55] });
  });
  it('rejects a line that is not a noun record', () => {
    expect(() => parseDataNoun('00000010 03 v 01 run 0 000 | to run')).toThrow(/not a data.noun record/);
  });
});

describe('parseIndexNoun', () => {
  it('lists synset offsets per lemma in sense order', () => {
    const senses = parseIndexNoun('  1 licence\nthing n 2 1 @ 2 1 00000010 00000099  \n');
    expect(senses.get('thing')).toEqual([10, 99]);
  });
});

describe('splitGloss', () => {
  it('splits the definition from quoted examples as NLTK does', () => {
    expect(splitGloss('a member of the genus; occurs in many breeds; "the dog barked"; "another"')).toEqual({
      definition: 'a member of the genus; occurs in many breeds',
      examples: ['the dog barked', 'another'],
    });
  });
  it('leaves a gloss without examples as it is', () => {
    expect(splitGloss('an entity that has physical existence')).toEqual({
      definition: 'an entity that has physical existence',
      examples: [],
    });
  });
});
