/**
 * Labels and search in other languages, against the shipped language files (data/languages/):
 * every expectation is read from those files here, by a reader of this test's own.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { IN_1K, IN_21K } from '../../src/core/bundle-format.js';
import { findLanguage, type LanguageInfo } from '../../src/core/language-catalog.js';
import { normalizeAnyScript } from '../../src/core/normalize.js';
import { SynsetQueries } from '../../src/core/queries.js';
import { loadIndex } from '../../src/node/load-bundle.js';
import { languageFolder, readLanguageCatalog, useBuiltInLanguages } from '../../src/node/languages.js';

const queries = new SynsetQueries(loadIndex());
const index = queries.index;
const catalog = readLanguageCatalog();

/** The file's synsets: wnid → lemmas and definition, as its head says the lines are. */
function fileEntries(info: LanguageInfo): Map<string, { lemmas: string[]; definition: string }> {
  const text = gunzipSync(readFileSync(join(languageFolder(), info.file))).toString('utf8');
  const entries = new Map<string, { lemmas: string[]; definition: string }>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [offset, definition, ...lemmas] = line.split('\t');
    entries.set(`n${offset}`, { lemmas, definition: definition! });
  }
  return entries;
}

const curatedNames = (): string[] =>
  readFileSync(join(languageFolder(), findLanguage(catalog, 'zh')!.classNames!.file), 'utf8')
    .split('\n')
    .filter(Boolean);

/** Every k-th entry with a lemma: a sample spread over the whole file. */
function sample<T>(items: T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, k) => k % step === 0).slice(0, count);
}

beforeAll(() => {
  useBuiltInLanguages(queries);
});

describe('the catalog', () => {
  it('counts what each file holds: synsets with a lemma, of the 1k, of fall11, with a definition', () => {
    for (const info of catalog.languages) {
      const entries = [...fileEntries(info)];
      const withLemma = entries.filter(([, entry]) => entry.lemmas.length > 0).map(([wnid]) => index.numberOfWnid(wnid));
      expect(
        withLemma.every((i) => i >= 0),
        info.code,
      ).toBe(true);
      expect(info.synsets, info.code).toBe(withLemma.length);
      expect(info.in1k, info.code).toBe(withLemma.filter((i) => index.bundle.flags[i]! & IN_1K).length);
      expect(info.in21k, info.code).toBe(withLemma.filter((i) => index.bundle.flags[i]! & IN_21K).length);
      expect(info.definitions, info.code).toBe(entries.filter(([, entry]) => entry.definition !== '').length);
    }
  });

  it('finds a language by code, alias or any case, and refuses an unknown one', () => {
    expect(queries.languages.info('zh').code).toBe('zh-Hans');
    expect(queries.languages.info('CMN').code).toBe('zh-Hans');
    expect(queries.languages.info('fr').code).toBe('fr');
    expect(() => queries.languages.info('xx')).toThrow(/unknown language 'xx'.*zh-Hans/);
  });

  it('marks the share-alike languages (CC BY-SA, CeCILL-C), each in a file of its own', () => {
    const shareAlike = catalog.languages.filter((info) => info.shareAlike);
    expect(shareAlike.map((info) => info.code)).toContain('fr');
    expect(shareAlike.every((info) => /sa|cecill/i.test(info.licence))).toBe(true);
    expect(new Set(catalog.languages.map((info) => info.file)).size).toBe(catalog.languages.length);
  });
});

describe('labels', () => {
  it('names every 1k class in Chinese: the curated name, in Chinese', () => {
    const zh = queries.languages.labels('zh');
    const names = curatedNames();
    expect(names).toHaveLength(1000);
    index.classes1k.forEach((i, k) => {
      expect(zh.label(i)).toEqual({ label: names[k], labelLang: 'zh-Hans' });
    });
  });

  it("keeps the wordnet's lemmas of a 1k class after its curated name", () => {
    const zh = queries.languages.labels('zh');
    const entries = fileEntries(findLanguage(catalog, 'zh')!);
    const names = curatedNames();
    index.classes1k.forEach((i, k) => {
      const fromFile = entries.get(index.wnidOf(i))?.lemmas ?? [];
      expect(zh.lemmasOf(i)).toEqual([names[k], ...fromFile.filter((lemma) => lemma !== names[k])]);
    });
  });

  it.each(['fr', 'ar', 'zh-Hant'])('labels %s synsets with their first lemma and definition, the rest in English marked en', (code) => {
    const labels = queries.languages.labels(code);
    const entries = fileEntries(findLanguage(catalog, code)!);
    let fallbacks = 0;
    for (let i = 0; i < index.size; i += 7) {
      const entry = entries.get(index.wnidOf(i));
      if (entry && entry.lemmas.length > 0) {
        expect(labels.label(i)).toEqual({ label: entry.lemmas[0], labelLang: labels.code });
        expect(labels.definitionOf(i)).toBe(entry.definition === '' ? null : entry.definition);
      } else {
        fallbacks++;
        expect(labels.label(i)).toEqual({ label: index.labelOf(i), labelLang: 'en' });
      }
    }
    const numbers = Array.from({ length: Math.ceil(index.size / 7) }, (_, k) => k * 7);
    expect(labels.fallbacks(numbers)).toBe(fallbacks);
  });
});

describe('search in other languages', () => {
  it.each(['zh', 'fr', 'ar', 'he', 'el'])('finds %s synsets by their lemmas, exactly', (code) => {
    const entries = [...fileEntries(findLanguage(catalog, code)!)].filter(([, entry]) => entry.lemmas.length > 0);
    for (const [wnid, entry] of sample(entries, 60)) {
      const lemma = entry.lemmas[entry.lemmas.length - 1]!;
      const hits = queries.search(lemma, { lang: code, limit: 500 });
      const hit = hits.find((h) => h.wnid === wnid);
      expect(hit, `${code} ${lemma} ${wnid}`).toBeDefined();
      expect(hit!.match, `${code} ${lemma}`).toBe('exact');
    }
  });

  it('reads accents as optional in French: the lemma without them finds it', () => {
    const bareOf = (lemma: string) => lemma.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const accented = (lemma: string) => bareOf(lemma) !== lemma;
    const entries = [...fileEntries(findLanguage(catalog, 'fr')!)].filter(([, entry]) => entry.lemmas.some(accented));
    for (const [wnid, entry] of sample(entries, 40)) {
      const lemma = entry.lemmas.find(accented)!;
      const bare = bareOf(lemma);
      expect(bare).not.toBe(lemma);
      const hits = queries.search(bare, { lang: 'fr', limit: 500 });
      expect(
        hits.some((h) => h.wnid === wnid),
        `${bare} for ${lemma}`,
      ).toBe(true);
    }
  });

  it.each(['fr', 'ar'])('tolerates two neighbours swapped in %s', (code) => {
    const entries = [...fileEntries(findLanguage(catalog, code)!)].filter(([, entry]) =>
      entry.lemmas.some((lemma) => /^\p{L}{6,}$/u.test(normalizeAnyScript(lemma))),
    );
    let found = 0;
    const tried = sample(entries, 40);
    for (const [wnid, entry] of tried) {
      const word = [...normalizeAnyScript(entry.lemmas.find((lemma) => /^\p{L}{6,}$/u.test(normalizeAnyScript(lemma)))!)];
      if (word[2] === word[3]) continue;
      [word[2], word[3]] = [word[3]!, word[2]!];
      const hits = queries.search(word.join(''), { lang: code, limit: 500 });
      if (hits.some((h) => h.wnid === wnid && h.match === 'typo')) found++;
    }
    // A swap may make another lemma exactly (then it ranks first); nearly all must be found as typos.
    expect(found).toBeGreaterThanOrEqual(tried.length * 0.8);
  });

  it('finds each curated Chinese name of the 1k by the name itself, without spaces', () => {
    const names = curatedNames();
    names.forEach((name, k) => {
      const hits = queries.search(name, { lang: 'zh', limit: 50 });
      expect(
        hits.some((h) => h.index1k === k),
        `${name} (#${k})`,
      ).toBe(true);
    });
  });

  it('finds nine in ten 1k classes in the top 5 by the first two characters of their curated names (the bench prints the recall)', () => {
    const names = curatedNames();
    const found = names.filter((name, k) =>
      queries.search([...name].slice(0, 2).join(''), { lang: 'zh', limit: 5 }).some((h) => h.index1k === k),
    ).length;
    expect(found / names.length).toBeGreaterThanOrEqual(0.9);
  });

  it('gives each hit its label in the language, its English gloss and a definition where there is one', () => {
    const labels = queries.languages.labels('fr');
    const [hit] = queries.search(labels.labelOf(index.numberOfWnid('n02084071')), { lang: 'fr', limit: 5 });
    expect(hit).toBeDefined();
    const i = index.numberOfWnid(hit!.wnid);
    expect(hit).toMatchObject({
      label: labels.labelOf(i),
      labelLang: 'fr',
      gloss: index.details(i).gloss,
      definition: labels.definitionOf(i),
    });
  });

  it('finds nothing for text in a script the language does not use, and no error', () => {
    expect(queries.search('كلب', { lang: 'fr' })).toEqual([]);
    expect(queries.search('', { lang: 'zh' })).toEqual([]);
    expect(() => queries.search('x'.repeat(10_000), { lang: 'ar' })).not.toThrow();
  });

  it('refuses an unknown language as a request error', () => {
    expect(() => queries.search('chien', { lang: 'xx' })).toThrow(/unknown language/);
  });
});

describe('read from the browser’s parts (the published package ships each language once, as parts)', () => {
  it.each(['zh', 'fr'])('gives %s the same lemmas and definitions as its file, the curated names included', (code) => {
    // A folder with the catalog alone, as the package has it: the words come from the parts.
    const packaged = mkdtempSync(join(tmpdir(), 'languages-'));
    try {
      copyFileSync(join(languageFolder(), 'catalog.json'), join(packaged, 'catalog.json'));
      const fromParts = new SynsetQueries(index);
      useBuiltInLanguages(fromParts, packaged);
      const parts = fromParts.languages.labels(code);
      const files = queries.languages.labels(code);
      for (let i = 0; i < index.size; i += 13) {
        expect(parts.lemmasOf(i), index.wnidOf(i)).toEqual(files.lemmasOf(i));
        expect(parts.definitionOf(i), index.wnidOf(i)).toBe(files.definitionOf(i));
      }
      for (const i of index.classes1k) expect(parts.label(i)).toEqual(files.label(i));
    } finally {
      rmSync(packaged, { recursive: true, force: true });
    }
  });
});
