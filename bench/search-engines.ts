/**
 * The search engines the bench compares, each behind one small interface and configured as
 * its own documentation recommends for typo-tolerant, as-you-type search.
 */
import { Charset, Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import uFuzzy from '@leeoniya/ufuzzy';
import { LemmaSearch } from '../src/core/search.js';
import type { SynsetIndex } from '../src/core/synset-index.js';

export interface SearchEngine {
  name: string;
  /** The configuration, printed with the results. */
  config: string;
  /** Builds the engine's index over every lemma. */
  build(): void;
  /** The wnids of the best five distinct synsets for a query. */
  top5(query: string): string[];
}

/** The corpus every engine indexes: the 146k lemmas, as shown (spaces, not underscores). */
export function lemmaCorpus(index: SynsetIndex): { texts: string[]; synsetOf: Uint32Array } {
  const texts: string[] = [];
  const synsetOf = new Uint32Array(index.lemmaCount);
  for (let i = 0; i < index.size; i++) {
    for (let l = index.lemmaStart[i]!; l < index.lemmaStart[i + 1]!; l++) {
      texts.push(index.lemma(l).replace(/_/g, ' '));
      synsetOf[l] = i;
    }
  }
  return { texts, synsetOf };
}

function distinctSynsets(index: SynsetIndex, synsetOf: Uint32Array, lemmaNumbers: Iterable<number>): string[] {
  const out = new Set<string>();
  for (const l of lemmaNumbers) {
    out.add(index.wnidOf(synsetOf[l]!));
    if (out.size === 5) break;
  }
  return [...out];
}

export function searchEngines(index: SynsetIndex): SearchEngine[] {
  const { texts, synsetOf } = lemmaCorpus(index);
  let ours: LemmaSearch | undefined;
  let mini: MiniSearch<{ id: number; text: string }> | undefined;
  let fuzzy: uFuzzy | undefined;
  let flex: Index | undefined;
  const ufuzzyOptions = { intraMode: 1, intraIns: 1, intraSub: 1, intraTrn: 1, intraDel: 1 } as const;
  return [
    {
      name: 'synset-explorer',
      config: 'LemmaSearch (exact > prefix > word-prefix > one-typo > gloss words), limit 5',
      build: () => void (ours = new LemmaSearch(index)),
      top5: (query) => ours!.search(query, { limit: 5 }).map((hit) => hit.wnid),
    },
    {
      name: 'minisearch',
      config: "new MiniSearch({ fields: ['text'], searchOptions: { prefix: true, fuzzy: 0.2 } })",
      build: () => {
        mini = new MiniSearch({ fields: ['text'], storeFields: [], searchOptions: { prefix: true, fuzzy: 0.2 } });
        mini.addAll(texts.map((text, id) => ({ id, text })));
      },
      top5: (query) =>
        distinctSynsets(
          index,
          synsetOf,
          mini!.search(query).map((result) => result.id as number),
        ),
    },
    {
      name: 'ufuzzy',
      config: `new uFuzzy(${JSON.stringify(ufuzzyOptions)}); search(haystack, needle, 0, 1e3)`,
      build: () => void (fuzzy = new uFuzzy(ufuzzyOptions)),
      top5: (query) => {
        const [idxs, info, order] = fuzzy!.search(texts, query, 0, 1e3);
        const ranked = info && order ? order.map((i) => info.idx[i]!) : (idxs ?? []);
        return distinctSynsets(index, synsetOf, ranked);
      },
    },
    {
      name: 'flexsearch',
      config: "new Index({ tokenize: 'forward', encoder: Charset.LatinBalance }); search(query, { limit: 50, suggest: true })",
      build: () => {
        flex = new Index({ tokenize: 'forward', encoder: Charset.LatinBalance });
        texts.forEach((text, id) => flex!.add(id, text));
      },
      top5: (query) => distinctSynsets(index, synsetOf, flex!.search(query, { limit: 50, suggest: true }) as number[]),
    },
  ];
}
