import { describe, expect, it } from 'vitest';
import { ancestorSet } from '../../../src/core/hierarchy/ancestors.js';
import { lowestCommonHypernyms, lowestCommonHypernymsOfSet, lowestOf } from '../../../src/core/hierarchy/lca.js';
import { VisitMarks } from '../../../src/core/hierarchy/visit-marks.js';
import { queries } from '../real-data.js';

const index = queries.index;
const marks = [new VisitMarks(index.size), new VisitMarks(index.size)] as const;
const number = (wnid: string): number => index.numberOfWnid(wnid);

describe('the lowest common hypernyms', () => {
  it('keeps the deepest common hypernyms, by max depth, sorted by NLTK name', () => {
    const ranking = { maxDepth: (i: number) => [3, 5, 5, 2][i]!, nameOf: (i: number) => ['d.n.01', 'b.n.01', 'a.n.01', 'c.n.01'][i]! };
    expect(lowestOf(ranking, [0, 1, 2, 3])).toEqual([2, 1]);
    expect(lowestOf(ranking, [3, 0])).toEqual([0]);
    expect(lowestOf(ranking, [])).toEqual([]);
  });

  it('of a pair: the rule over the hypernyms common to both', () => {
    for (let k = 0; k < 300; k++) {
      const a = (k * 7919) % index.size;
      const b = (k * 104_729 + 13) % index.size;
      const aboveB = ancestorSet(index, b, marks[1]);
      const common = [...ancestorSet(index, a, marks[0])].filter((c) => aboveB.has(c));
      expect(lowestCommonHypernyms(index, a, b, marks)).toEqual(lowestOf(index, common));
    }
    expect(lowestCommonHypernyms(index, number('n01440764'), number('n02084071'), marks)).toEqual([number('n01471682')]);
  });

  it('of a set: the pair’s for two, and a synset with its own hypernym is that hypernym', () => {
    for (let k = 0; k < 100; k++) {
      const a = (k * 7919) % index.size;
      const b = (k * 104_729 + 13) % index.size;
      expect(lowestCommonHypernymsOfSet(index, [a, b], marks[0])).toEqual(lowestCommonHypernyms(index, a, b, marks));
    }
    const [dog, corgi, tench] = [number('n02084071'), number('n02113186'), number('n01440764')];
    expect(lowestCommonHypernymsOfSet(index, [corgi, dog], marks[0])).toEqual([dog]);
    expect(lowestCommonHypernymsOfSet(index, [corgi, dog, tench], marks[0])).toEqual([number('n01471682')]);
  });
});
