/**
 * What the tiers of search (`search-*.ts`) report and how they are bounded: a tier adds the
 * candidates it finds through an {@link AddCandidate}, and the engine (`search.ts`) ranks them.
 */

/** How a search result matched, best first. */
export type MatchKind = 'id' | 'exact' | 'prefix' | 'word' | 'typo' | 'gloss';

/**
 * Adds a candidate: the synset, the lemma that matched, how, a bonus within its tier (shorter
 * lemmas, nearer ids rank higher), and where the query stands in the lemma when it does literally.
 */
export type AddCandidate = (synset: number, lemma: number, match: MatchKind, bonus: number, highlight: [number, number] | null) => void;

/** A candidate as the engine keeps it until the results are made. */
export interface Candidate {
  synset: number;
  score: number;
  lemma: number;
  match: MatchKind;
  /** How a member was found through a matching synset outside the label space. */
  via?: { synset: number; relation: 'below' | 'sense' };
  highlight: [number, number] | null;
}

/** Lemmas one tier looks at, at most: enough to rank well, few enough for every keystroke. */
export const MAX_SCAN = 600;
