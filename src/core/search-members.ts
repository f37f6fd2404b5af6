/**
 * Search within a label space, for a word outside it: the space's members found through the best
 * matches outside ("airplane" within the 1k: airliner, below airplane), or through another sense
 * of a matching word ("tv": television, a sense of television as tv set).
 */
import type { MemberFilter } from './label-space-name.js';
import type { Candidate } from './search-match.js';
import type { SynsetIndex } from './synset-index.js';

/**
 * Adds to `found` members of the filter found through the best matches outside it, ranked after
 * every direct match and in the order of the match they come from: first the members below each
 * match, in label order, then, when none is found, members sharing a word with one ("tv" → tv
 * set → television). A member that only matched by its gloss is marked too: where it sits says
 * more than its gloss. `sensesOf` gives a lemma's synsets in sense order.
 */
export function addMembersFound(
  index: SynsetIndex,
  sensesOf: (lemma: string) => number[],
  outside: Map<number, Candidate>,
  filter: MemberFilter,
  found: Map<number, Candidate>,
  limit: number,
): void {
  const matches = [...outside.values()].sort((a, b) => b.score - a.score || a.synset - b.synset).slice(0, limit);
  let rank = 0;
  const take = (member: number, match: Candidate, relation: 'below' | 'sense'): boolean => {
    const known = found.get(member);
    if (known) {
      if (known.match === 'gloss' && !known.via) known.via = { synset: match.synset, relation };
      return false;
    }
    if (found.size >= limit) return true;
    found.set(member, {
      synset: member,
      score: -++rank,
      lemma: index.lemmaStart[member]!,
      match: match.match,
      highlight: null,
      via: { synset: match.synset, relation },
    });
    return false;
  };
  for (const match of matches) {
    for (const member of index.sortedByLabel(index.descendantsOf(match.synset, filter))) if (take(member, match, 'below')) return;
  }
  // Another sense of a matching word is a guess ("airplane" is also "plane", the carpenter's
  // tool): offered only when nothing in the set matched or sits below a match.
  if (found.size > 0) return;
  for (const match of matches) {
    for (let l = index.lemmaStart[match.synset]!; l < index.lemmaStart[match.synset + 1]!; l++) {
      for (const sense of sensesOf(index.lemma(l))) if (sense !== undefined && filter.has(sense) && take(sense, match, 'sense')) return;
    }
  }
}
