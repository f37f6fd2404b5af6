/**
 * The bench's fixed, seeded query sets, drawn from the index itself, so every engine is asked
 * the same questions in every run.
 */
import type { SynsetIndex } from '../src/core/synset-index.js';

/** A small deterministic generator (Park–Miller), so runs and machines draw the same queries. */
export function seededRandom(seed: number): () => number {
  let state = seed % 2_147_483_647 || 1;
  return () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
}

export interface QuerySets {
  /** As-you-type: prefixes of 2, 4 and 6 characters of 1,000 random lemmas. */
  prefixes: string[];
  /** 1,000 random whole lemmas, with the synsets that carry each. */
  wholeLemmas: { query: string; synsets: Set<string> }[];
  /** The 1,000 ILSVRC-2012 class names (first lemma), each with one random edit. */
  typos: { query: string; wnid: string }[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One random insert, delete, substitution or swap of neighbours. */
export function withOneTypo(word: string, random: () => number): string {
  const at = Math.floor(random() * word.length);
  const letter = LETTERS[Math.floor(random() * LETTERS.length)]!;
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at);
    case 1:
      return word.length > 3 ? word.slice(0, at) + word.slice(at + 1) : word + letter;
    case 2:
      return word.slice(0, at) + (word[at] === letter ? LETTERS[(LETTERS.indexOf(letter) + 1) % 26] : letter) + word.slice(at + 1);
    default: {
      const i = Math.min(at, word.length - 2);
      return word[i] === word[i + 1]
        ? word.slice(0, i) + letter + word.slice(i + 1)
        : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
  }
}

export function makeQuerySets(index: SynsetIndex, seed = 20_261_123): QuerySets {
  const random = seededRandom(seed);
  const display = (l: number): string => index.lemma(l).replace(/_/g, ' ');
  const synsetsOf = new Map<string, Set<string>>();
  for (let i = 0; i < index.size; i++) {
    for (let l = index.lemmaStart[i]!; l < index.lemmaStart[i + 1]!; l++) {
      const key = display(l).toLowerCase();
      if (!synsetsOf.has(key)) synsetsOf.set(key, new Set());
      synsetsOf.get(key)!.add(index.wnidOf(i));
    }
  }
  const randomLemma = (): string => display(Math.floor(random() * index.lemmaCount));
  const prefixes: string[] = [];
  for (let k = 0; k < 1000; k++) {
    const lemma = randomLemma();
    for (const length of [2, 4, 6]) if (length <= lemma.length) prefixes.push(lemma.slice(0, length));
  }
  const wholeLemmas = Array.from({ length: 1000 }, () => {
    const query = randomLemma();
    return { query, synsets: synsetsOf.get(query.toLowerCase())! };
  });
  const typos = Array.from(index.classes1k, (i) => ({ query: withOneTypo(index.labelOf(i), random), wnid: index.wnidOf(i) }));
  return { prefixes, wholeLemmas, typos };
}
