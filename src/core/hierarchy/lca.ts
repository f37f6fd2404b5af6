/**
 * The lowest common hypernyms, NLTK's `lowest_common_hypernyms()`: of the hypernyms common to
 * the synsets (each counting as its own), those of greatest max depth, sorted by NLTK name.
 * {@link lowestOf} is that rule, once; the pair and the set versions only find the common ones.
 */
import { ancestorSet, climb } from './ancestors.js';
import type { HypernymLists } from './hypernym-lists.js';
import type { VisitMarks } from './visit-marks.js';

/** What the rule ranks common hypernyms by. */
export interface LcaRanking {
  maxDepth(i: number): number;
  /** NLTK's name (`dog.n.01`). */
  nameOf(i: number): string;
}

/** The rule: of some common hypernyms, those of greatest max depth, sorted by NLTK name. */
export function lowestOf(ranking: LcaRanking, common: readonly number[]): number[] {
  let deepest = -1;
  for (const c of common) deepest = Math.max(deepest, ranking.maxDepth(c));
  const lowest = common.filter((c) => ranking.maxDepth(c) === deepest);
  if (lowest.length < 2) return lowest;
  return lowest
    .map((c) => ({ c, name: ranking.nameOf(c) }))
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
    .map((entry) => entry.c);
}

/** The lowest common hypernyms of a and b: a's ancestors marked, then b's walk up to the first common ones. */
export function lowestCommonHypernyms(
  graph: HypernymLists & LcaRanking,
  a: number,
  b: number,
  [aboveA, aboveB]: readonly [VisitMarks, VisitMarks],
): number[] {
  climb(graph, a, aboveA);
  const common: number[] = [];
  climb(graph, b, aboveB, (c) => {
    if (!aboveA.has(c)) return true;
    // Hypernyms of a common hypernym are common too, and never deeper: no need to climb.
    common.push(c);
    return false;
  });
  return lowestOf(graph, common);
}

/** The lowest common hypernyms of any number of synsets (at least one): the rule over the hypernyms common to all. */
export function lowestCommonHypernymsOfSet(graph: HypernymLists & LcaRanking, synsets: ArrayLike<number>, marks: VisitMarks): number[] {
  let common = [...ancestorSet(graph, synsets[0]!, marks)];
  // Every noun lies below entity: once it is the only one left, it stays.
  for (let k = 1; k < synsets.length && common.length > 1; k++) {
    climb(graph, synsets[k]!, marks);
    common = common.filter((c) => marks.has(c));
  }
  return lowestOf(graph, common);
}
