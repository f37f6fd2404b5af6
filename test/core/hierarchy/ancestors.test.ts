import { describe, expect, it } from 'vitest';
import { ancestorSet, climb } from '../../../src/core/hierarchy/ancestors.js';
import { VisitMarks } from '../../../src/core/hierarchy/visit-marks.js';
import { queries } from '../real-data.js';

const index = queries.index;
const sample = Array.from({ length: 200 }, (_, k) => (k * 7919) % index.size);

/** The closure as a plain recursive definition: i, and the closure of each parent. */
function closure(i: number, into = new Set<number>()): Set<number> {
  into.add(i);
  for (const p of index.parentsOf(i)) if (!into.has(p)) closure(p, into);
  return into;
}

describe('the ancestor closure', () => {
  it('reaches a synset and each of its hypernyms once', () => {
    const marks = new VisitMarks(index.size);
    for (const i of sample) {
      const reached: number[] = [];
      climb(index, i, marks, (synset) => void reached.push(synset));
      expect(new Set(reached).size).toBe(reached.length);
      expect(new Set(reached)).toEqual(closure(i));
      expect(ancestorSet(index, i, marks)).toEqual(closure(i));
    }
  });

  it('climbs from several synsets at once, each ancestor once', () => {
    const marks = new VisitMarks(index.size);
    const reached: number[] = [];
    climb(index, sample.slice(0, 20), marks, (synset) => void reached.push(synset));
    const union = new Set(sample.slice(0, 20).flatMap((i) => [...closure(i)]));
    expect(reached.length).toBe(union.size);
    expect(new Set(reached)).toEqual(union);
  });

  it('does not climb above a synset its visitor stops at', () => {
    const dog = index.numberOfWnid('n02084071');
    const canine = index.numberOfWnid('n02083346');
    const marks = new VisitMarks(index.size);
    climb(index, dog, marks, (synset) => synset !== canine);
    expect(marks.has(canine)).toBe(true);
    for (const above of closure(canine)) if (above !== canine && !closure(dog).has(above)) expect(marks.has(above)).toBe(false);
    expect(marks.has(index.numberOfWnid('n02075296'))).toBe(false); // carnivore, above canine only
  });
});
