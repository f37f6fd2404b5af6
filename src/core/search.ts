/**
 * Lemma search over the index, as the search box and `synset search` ask it: tiers from the
 * surest match to the loosest (an id, the exact lemma, a prefix, a later word, one typo, a lemma
 * and its gloss's words, the glosses' words), each in a module of its own (`search-*.ts`), every
 * candidate scored by its tier and a small prior, the best `limit` kept. Within a label space, a
 * word outside it finds the space's members below it (`search-members.ts`).
 */
import { IN_1K, IN_21K } from './bundle-format.js';
import type { MemberFilter, LabelSpaceName } from './label-space-name.js';
import { foldedBytes, normalizeText, withoutFormatCharacters } from './normalize.js';
import { GlossWords, matchGlossWords, matchLemmaAndGloss, type GlossWordTables } from './search-gloss.js';
import { matchIds } from './search-ids.js';
import { matchKeys, matchWords } from './search-lemmas.js';
import type { AddCandidate, Candidate, MatchKind } from './search-match.js';
import { addMembersFound } from './search-members.js';
import { SortedLemmas, type SearchTables } from './search-tables.js';
import { matchSwaps, matchTypos } from './search-typos.js';
import type { SynsetIndex } from './synset-index.js';
import { splitGloss } from './wndb.js';

export interface SearchOptions {
  /** Most results to return (default 20, at most 500). */
  limit?: number;
  /** Only synsets of this label space: `all` (the default) or a label set's name. */
  in?: LabelSpaceName;
  /**
   * Search the lemmas of this language (a BCP 47 code of `synset languages`, or `en`, the
   * default): hits then carry its `label`, `labelLang` and `definition` too.
   */
  lang?: string;
}

/** What the engine searches with: the label space resolved to its filter. */
export interface FilteredSearchOptions {
  limit?: number | undefined;
  /**
   * Only synsets of this label space (default: all). When fewer than `limit` of its members
   * match, members below matching synsets outside it fill the list, marked with `under`.
   */
  filter?: MemberFilter | undefined;
}

export interface SearchHit {
  wnid: string;
  /** The lemma that matched (or the synset's first lemma), spaces for underscores. */
  lemma: string;
  match: MatchKind;
  /** Where the query stands in `lemma`, as [start, end), when it stands there literally. */
  highlight: [number, number] | null;
  /** The definition (NLTK's `definition()`): a result list shows it without a second query. */
  gloss: string;
  index1k: number | null;
  in21k: boolean;
  /** The class index in the label space searched within (`in`); null when searching all nouns. */
  setIndex: number | null;
  /**
   * Set when a search within a set found this member through a matching synset outside it:
   * `below` it in the hierarchy ("airplane" within the 1k: airliner, below airplane), or sharing
   * one of its words in another `sense` ("tv": television, the system, a sense of television
   * as tv set). Null for a direct match.
   */
  via: { wnid: string; label: string; relation: 'below' | 'sense' } | null;
}

const DEFAULT_LIMIT = 20;
/** Most results one search returns. */
export const MAX_LIMIT = 500;
/** A query is read up to this many characters. */
export const MAX_QUERY_LENGTH = 100;
const SCORE: Record<MatchKind, number> = { id: 10_000, exact: 8000, prefix: 7000, word: 6000, typo: 5000, gloss: 2000 };

/** Lemma search over an index: exact, prefix, word-prefix, typo-tolerant, then gloss words. */
export class LemmaSearch {
  private readonly lemmas: SortedLemmas;
  private glossWords: GlossWords | undefined;
  private glossBuild: Generator<void, GlossWords> | undefined;

  /**
   * @param normalize how a query is read into the byte form the index's lemma text is written
   *   in: WordNet's own by default; a language's index (`language-search.ts`) gives its encoder.
   */
  constructor(
    private readonly index: SynsetIndex,
    tables?: SearchTables,
    private readonly normalize: (text: string) => string = normalizeText,
  ) {
    this.lemmas = new SortedLemmas(index, tables);
  }

  /** The sorted tables this search runs on (the worker keeps them for the next visit). */
  get tables(): SearchTables {
    return this.lemmas.tables;
  }

  /** Synsets carrying a lemma (any case, `_` or space), in sense order: what `dog.n.2` counts. */
  sensesOf(lemma: string): number[] {
    const senses: number[] = [];
    for (const l of this.lemmas.spelt(lemma)) senses[this.index.bundle.senseNumbers[l]! - 1] = this.lemmas.lemmaSynset[l]!;
    return senses;
  }

  /** The gloss word index as flat arrays (for a cache), once it is built or given; else undefined. */
  get glossWordTables(): GlossWordTables | undefined {
    return this.glossWords?.tables;
  }

  /**
   * Gives search a gloss word index read from a cache (see {@link GlossWordTables}), ending any
   * build under way; ignored when the index is already whole. Throws when the tables do not fit
   * together.
   */
  useGlossWordTables(tables: GlossWordTables): void {
    if (this.glossWords) return;
    this.glossWords = GlossWords.fromTables(tables);
    this.glossBuild = undefined;
  }

  /** Builds the gloss word index now rather than on the first query that needs it. */
  warmGlossIndex(): void {
    while (!this.warmGlossIndexStep());
  }

  /**
   * Builds a slice of the gloss word index (a few milliseconds); true once it is whole. A worker
   * calls it once per task, so queries that arrive meanwhile are answered between slices
   * instead of waiting out the whole build (about 0.3 s); a query that needs the index first
   * finishes it.
   */
  warmGlossIndexStep(): boolean {
    if (this.glossWords) return true;
    this.glossBuild ??= GlossWords.build(this.index);
    const step = this.glossBuild.next();
    if (!step.done) return false;
    this.glossWords = step.value;
    this.glossBuild = undefined;
    return true;
  }

  search(query: string, options: FilteredSearchOptions = {}): SearchHit[] {
    const asked = Math.floor(Number(options.limit ?? DEFAULT_LIMIT));
    const limit = Number.isNaN(asked) ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, asked));
    const filter = options.filter?.restricts ? options.filter : undefined;
    const text = String(query).slice(0, MAX_QUERY_LENGTH);
    const normalized = this.normalize(text);
    if (normalized.length === 0) return [];
    const q = foldedBytes(normalized);
    const found = new Map<number, Candidate>();
    const outside = new Map<number, Candidate>();
    const add: AddCandidate = (synset, lemma, match, bonus, highlight) => {
      const score = SCORE[match] + bonus + this.prior(synset, lemma);
      const into = filter && !filter.has(synset) ? outside : found;
      const known = into.get(synset);
      if (!known || known.score < score) into.set(synset, { synset, score, lemma, match, highlight });
    };
    const glossWords = (): GlossWords => {
      this.warmGlossIndex();
      return this.glossWords!;
    };

    matchIds(this.index, this, withoutFormatCharacters(text).trim(), add);
    matchKeys(this.lemmas, q, limit, add);
    matchWords(this.lemmas, q, limit, add);
    if (found.size < limit && q.length >= 3) {
      // Two neighbours swapped is one edit wherever it happens; the typo tier's half-query
      // candidates miss a swap in either half of a short word ("ebar", "baer" for "bear").
      matchSwaps(this.lemmas, q, add);
      if (q.length >= 4) matchTypos(this.lemmas, q, add);
    }
    if (found.size < limit) matchLemmaAndGloss(this.lemmas, normalized, glossWords, add);
    if (found.size < limit && q.length >= 3) matchGlossWords(this.index, glossWords(), normalized, limit, add);
    if (filter && found.size < limit) addMembersFound(this.index, (lemma) => this.sensesOf(lemma), outside, filter, found, limit);
    return [...found.values()]
      .sort((a, b) => b.score - a.score || a.synset - b.synset)
      .slice(0, limit)
      .map((c) => this.hit(c, filter));
  }

  /** A small preference among equal matches: ILSVRC classes, then ImageNet, then common senses. */
  private prior(synset: number, lemma: number): number {
    const flags = this.index.bundle.flags[synset]!;
    const sense = this.index.bundle.senseNumbers[lemma]!;
    return (flags & IN_1K ? 300 : flags & IN_21K ? 200 : 0) + (this.lemmas.lemmaIsFirst[lemma] ? 40 : 0) - Math.min(200, (sense - 1) * 20);
  }

  private hit(c: Candidate, filter: MemberFilter | undefined): SearchHit {
    const index1k = this.index.index1k[c.synset]!;
    const setIndex = filter ? filter.indexOf(c.synset) : -1;
    return {
      wnid: this.index.wnidOf(c.synset),
      lemma: this.index.lemma(c.lemma).replace(/_/g, ' '),
      match: c.match,
      highlight: c.highlight,
      gloss: splitGloss(this.index.glossOf(c.synset)).definition,
      index1k: index1k < 0 ? null : index1k,
      in21k: (this.index.bundle.flags[c.synset]! & IN_21K) !== 0,
      setIndex: setIndex < 0 ? null : setIndex,
      via: c.via ? { wnid: this.index.wnidOf(c.via.synset), label: this.index.labelOf(c.via.synset), relation: c.via.relation } : null,
    };
  }
}
