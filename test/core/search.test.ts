import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/normalize.js';
import { LemmaSearch } from '../../src/core/search.js';
import { buildSearchTables } from '../../src/core/search-tables.js';
import { queries, wnidList } from './real-data.js';

const search = (q: string, limit = 10, membership: 'all' | '21k' | '1k' = 'all') => queries.search(q, { limit, in: membership });
const first = (q: string, membership: 'all' | '21k' | '1k' = 'all') => search(q, 5, membership)[0];

describe('search', () => {
  it('puts a synset carrying the whole lemma first', () => {
    expect(first('tench')).toMatchObject({ wnid: 'n01440764', match: 'exact', highlight: [0, 5], index1k: 0 });
    expect(first('tench')?.gloss).toBe(queries.lookup('n01440764').gloss);
    expect(first('dog')).toMatchObject({ wnid: 'n02084071', match: 'exact' });
  });

  it('is case, underscore and accent insensitive', () => {
    for (const q of ['Golden Retriever', 'golden_retriever', 'GOLDEN   retriever']) expect(first(q)?.wnid).toBe('n02099601');
    expect(first('café')?.lemma).toBe('cafe');
  });

  it('completes prefixes, shortest lemmas first among equals', () => {
    const hits = search('golden retr');
    expect(hits[0]).toMatchObject({ wnid: 'n02099601', match: 'prefix' });
    expect(search('a', 20)).toHaveLength(20);
  });

  it('matches later words of a lemma', () => {
    const hits = search('retriever', 10);
    expect(hits[0]?.lemma).toBe('retriever');
    expect(hits.find((hit) => hit.lemma === 'golden retriever')).toMatchObject({ match: 'word', highlight: [7, 16] });
  });

  it('tolerates one typo', () => {
    expect(first('tnech')).toMatchObject({ wnid: 'n01440764', match: 'typo' });
    expect(first('goldfsh')?.wnid).toBe('n01443537');
    expect(first('toilet tisue')?.wnid).toBe('n15075141');
    expect(first('golden retreiver')?.wnid).toBe('n02099601');
  });

  it('finds a three-letter lemma with two neighbouring letters swapped, and only swaps that short', () => {
    expect(first('dgo')).toMatchObject({ wnid: 'n02084071', match: 'typo' });
    expect(first('odg')).toMatchObject({ wnid: 'n02084071', match: 'typo' });
    expect(first('cta')?.lemma).toBe('cat');
    // A substitution in three letters is too many near misses ("dox": box, fox, doc, dot...).
    expect(search('dox', 20).some((hit) => hit.match === 'typo')).toBe(false);
  });

  it('finds a word with two neighbouring letters swapped at any position, each ranked as the first typo', () => {
    const words: [string, string][] = [
      ['bear', 'n02131653'],
      ['tench', 'n01440764'],
      ['zebra', 'n02391049'],
      ['goldfish', 'n01443537'],
      ['golden retriever', 'n02099601'],
    ];
    for (const [word, wnid] of words) {
      for (let p = 0; p + 1 < word.length; p++) {
        if (word[p] === word[p + 1]) continue;
        const swapped = word.slice(0, p) + word[p + 1] + word[p] + word.slice(p + 2);
        const typos = search(swapped, 10).filter((hit) => hit.match === 'typo');
        expect(typos[0]?.wnid, `${swapped} (swap at ${p})`).toBe(wnid);
      }
    }
    // The swaps the half-query candidates missed, and what comes before them: a lemma they start.
    expect(first('ebar')).toMatchObject({ wnid: 'n02131653', match: 'typo' });
    expect(first('baer')).toMatchObject({ wnid: 'n02131653', match: 'typo' });
    expect(first('bera')).toMatchObject({ lemma: 'berating', match: 'prefix' });
  });

  it('ranks a lemma qualified by a word of its own gloss before synsets whose gloss merely names both', () => {
    // tench: "freshwater dace-like game fish ..."; Cyprinidae: "a family of fish including: carp; tench; ...".
    for (const q of ['tench fish', 'fish tench']) {
      const hits = search(q, 5);
      expect(hits[0], q).toMatchObject({ wnid: 'n01440764', lemma: 'tench' });
      expect(hits.map((hit) => hit.wnid)).toContain('n01438720');
    }
    expect(first('retriever dog')).toMatchObject({ wnid: 'n02099029', lemma: 'retriever' });
    // A whole lemma still comes first, and a word the gloss lacks qualifies nothing.
    expect(first('dog food')).toMatchObject({ wnid: 'n07805966', match: 'exact' });
    expect(search('tench carburettor', 5).some((hit) => hit.wnid === 'n01440764')).toBe(false);
  });

  it('ignores invisible format characters (zero-width spaces, soft hyphens, BOMs)', () => {
    expect(first('d\u200bog')).toMatchObject({ wnid: 'n02084071', match: 'exact' });
    expect(first('\ufeffgold\u00adfish\u200d')).toMatchObject({ wnid: 'n01443537', match: 'exact' });
    expect(first('n02084071\u200b')).toMatchObject({ wnid: 'n02084071', match: 'id' });
    expect(search('\u200b\u200c')).toEqual([]);
  });

  it('ignores symbols no lemma contains, and reads typographic apostrophes as plain ones', () => {
    expect(first('dog🐕')).toMatchObject({ wnid: 'n02084071', match: 'exact' });
    expect(first('🐕 golden retriever!')).toMatchObject({ wnid: 'n02099601', match: 'exact' });
    expect(first('jack-o’-lantern')).toMatchObject({ lemma: "jack-o'-lantern", match: 'exact' });
    expect(search('🐕🐈')).toEqual([]);
  });

  it('leaves every lemma as it is, but for case and underscores: normalising loses no character a lemma uses', () => {
    const { index } = queries;
    for (let l = 0; l < index.lemmaCount; l++) {
      const lemma = index.lemma(l);
      if (normalizeText(lemma) !== lemma.toLowerCase().replace(/_/g, ' ')) expect(normalizeText(lemma)).toBe(lemma);
    }
  });

  it('finds ids: wnid, class index, name, and a wnid being typed', () => {
    expect(first('n01440764')).toMatchObject({ wnid: 'n01440764', match: 'id' });
    expect(first('207')).toMatchObject({ wnid: 'n02099601', match: 'id', index1k: 207 });
    expect(first('dog.n.01')?.wnid).toBe('n02084071');
    expect(search('n0144', 50).every((hit) => hit.wnid.startsWith('n0144'))).toBe(true);
  });

  it('falls back to gloss words', () => {
    expect(search('domesticated by man since prehistoric').map((hit) => hit.wnid)).toContain('n02084071');
  });

  it('builds the gloss word index in slices, or all at once when a query needs it first', () => {
    const tables = queries.searcher.tables;
    const sliced = new LemmaSearch(queries.index, tables);
    let slices = 1;
    while (!sliced.warmGlossIndexStep()) slices++;
    expect(slices).toBeGreaterThan(50);
    expect(sliced.warmGlossIndexStep()).toBe(true);

    const halfway = new LemmaSearch(queries.index, tables);
    for (let k = 0; k < slices / 2; k++) expect(halfway.warmGlossIndexStep()).toBe(false);
    const q = 'domesticated by man since prehistoric';
    const expected = queries.searcher.search(q, { limit: 10 });
    expect(expected.map((hit) => hit.wnid)).toContain('n02084071');
    expect(halfway.search(q, { limit: 10 })).toEqual(expected);
    expect(sliced.search(q, { limit: 10 })).toEqual(expected);
    expect(halfway.warmGlossIndexStep()).toBe(true);
  });

  it('reads a gloss word index back from its tables, as a cache keeps them, and refuses tables that do not fit', () => {
    const built = new LemmaSearch(queries.index, queries.searcher.tables);
    expect(built.glossWordTables).toBeUndefined();
    built.warmGlossIndex();
    const tables = built.glossWordTables!;
    expect(tables.starts.length).toBe(tables.words.split('\n').length + 1);
    expect(tables.starts.at(-1)).toBe(tables.synsets.length);

    const read = new LemmaSearch(queries.index, queries.searcher.tables);
    read.useGlossWordTables(structuredClone(tables));
    // Given whole, it is not built again: the first slice says it is done.
    expect(read.warmGlossIndexStep()).toBe(true);
    for (const q of ['domesticated by man since prehistoric', 'tench fish', 'mentions retrievers', 'freshwater dace']) {
      expect(read.search(q, { limit: 20 })).toEqual(built.search(q, { limit: 20 }));
    }

    const cut = { ...tables, synsets: tables.synsets.subarray(1) };
    expect(() => new LemmaSearch(queries.index, queries.searcher.tables).useGlossWordTables(cut)).toThrow(/do not fit together/);
    const untyped = { ...tables, starts: [...tables.starts] } as unknown as typeof tables;
    expect(() => new LemmaSearch(queries.index, queries.searcher.tables).useGlossWordTables(untyped)).toThrow(/Uint32Array/);
  });

  it('keeps to a membership', () => {
    const in1k = new Set(wnidList('ilsvrc2012.txt'));
    const hits = search('terrier', 30, '1k');
    expect(hits.length).toBeGreaterThan(10);
    expect(hits.every((hit) => in1k.has(hit.wnid))).toBe(true);
  });

  it('answers bad input with nothing rather than an error', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(search('\u0000\u0001\u0002')).toEqual([]);
    expect(search('x'.repeat(100_000))).toEqual([]);
    expect(search('qqqqqqqqqzzzzz')).toEqual([]);
    expect(search('dog', 0)).toHaveLength(1);
    expect(search('dog', 10_000).length).toBeLessThanOrEqual(500);
  });

  it('answers the same from stored tables as from freshly built ones', () => {
    const tables = buildSearchTables(queries.index);
    const stored = structuredClone(tables);
    const again = new LemmaSearch(queries.index, stored);
    for (const q of ['tench', 'retr', 'tnech', 'dog.n.01', 'a']) expect(again.search(q)).toEqual(queries.search(q));
    expect(tables.byKey).toEqual(queries.searcher.tables.byKey);
  });

  it('refuses tables made for other data', () => {
    const tables = buildSearchTables(queries.index);
    expect(() => new LemmaSearch(queries.index, { ...tables, byKey: tables.byKey.subarray(1) })).toThrow(/do not match/);
  });

  it('finds the right class in the top 5 for most one-typo class names', () => {
    const classes = wnidList('ilsvrc2012.txt');
    let found = 0;
    classes.forEach((wnid, i) => {
      const lemma = queries.lookup(wnid).lemmas[0]!.replace(/_/g, ' ');
      if (lemma.length < 4) return void found++;
      const at = 1 + (i % (lemma.length - 2));
      const typo = lemma.slice(0, at) + lemma[at + 1] + lemma[at] + lemma.slice(at + 2);
      if (search(typo, 5).some((hit) => hit.wnid === wnid)) found++;
    });
    expect(found / classes.length).toBeGreaterThan(0.9);
  });
});
