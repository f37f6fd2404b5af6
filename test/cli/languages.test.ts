/**
 * `synset languages` and `--lang`: against the shipped catalog and language files, read here on
 * their own (no answer typed in).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { classesNamed, coverageTable, findLanguage } from '../../src/core/language-catalog.js';
import { loadIndex } from '../../src/node/load-bundle.js';
import { languageFolder, readLanguageCatalog } from '../../src/node/languages.js';
import { jsonLines, lines, ROOT } from './run-cli.js';
import { runMain } from './run-main.js';

const catalog = readLanguageCatalog();
const index = loadIndex();

/** wnid → lemmas of a language file. */
function lemmasByWnid(code: string): Map<string, string[]> {
  const text = gunzipSync(readFileSync(join(languageFolder(), findLanguage(catalog, code)!.file))).toString('utf8');
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [offset, , ...lemmas] = line.split('\t');
    if (lemmas.length > 0) out.set(`n${offset}`, lemmas);
  }
  return out;
}

const curated = readFileSync(join(languageFolder(), 'zh-Hans.imagenet1k.txt'), 'utf8').split('\n').filter(Boolean);

describe('synset languages', () => {
  it('lists every language of the catalog with its counts, licence, source and citation', async () => {
    const run = await runMain(['languages', '--json']);
    expect(run.status).toBe(0);
    const rows = jsonLines(run.stdout);
    expect(rows.map((row) => row.code)).toEqual(catalog.languages.map((info) => info.code));
    for (const info of catalog.languages) {
      const row = rows.find((r) => r.code === info.code)!;
      expect(row).toMatchObject({
        name: info.name,
        source: info.source,
        licence: info.licence,
        citation: info.citation,
        synsets: info.synsets,
        in1k: classesNamed(info),
        in21k: info.in21k,
      });
    }
  });

  it('prints a line per language for people', async () => {
    const run = await runMain(['languages']);
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toHaveLength(catalog.languages.length + 1);
    expect(run.stdout).toMatch(/^zh-Hans +Simplified Chinese +27,876 +1,000 /m);
  });

  it('agrees with the coverage table of data/languages/README.md and of the docs', () => {
    const table = coverageTable(catalog);
    expect(readFileSync(join(ROOT, 'data/languages/README.md'), 'utf8')).toContain(table);
    expect(readFileSync(join(ROOT, 'docs/languages.md'), 'utf8')).toContain(table);
  });
});

describe('--lang', () => {
  it('looks a synset up in Chinese: its lemmas, its label, marked with the language', async () => {
    const zh = lemmasByWnid('zh');
    const run = await runMain(['lookup', 'n02084071', 'n00001930', '--lang', 'zh', '--json']);
    expect(run.status).toBe(0);
    const [dog, physical] = jsonLines(run.stdout);
    expect(dog).toMatchObject({ lang: 'zh-Hans', label: zh.get('n02084071')![0], labelLang: 'zh-Hans', langLemmas: zh.get('n02084071') });
    // A synset the Chinese Open Wordnet has no lemma for keeps its English label, marked.
    expect(zh.has('n00001930')).toBe(false);
    expect(physical).toMatchObject({ label: index.labelOf(index.numberOfWnid('n00001930')), labelLang: 'en', langLemmas: [] });
  });

  it.each([
    ['zh', 'n02084071'],
    ['fr', 'n02084071'],
    ['ar', 'n02084071'],
  ])('searches %s by a lemma of %s and finds it, exactly', async (code, wnid) => {
    const lemma = lemmasByWnid(code).get(wnid)![0]!;
    const run = await runMain(['search', lemma, '--lang', code, '--limit', '20', '--json']);
    expect(run.status).toBe(0);
    const [answer] = jsonLines(run.stdout);
    const results = answer!.results as { wnid: string; lemma: string; labelLang: string }[];
    expect(results.find((hit) => hit.wnid === wnid)).toMatchObject({ lemma, labelLang: findLanguage(catalog, code)!.code });
  });

  it('finds golden retriever by the first two characters of its curated Chinese name', async () => {
    const k = index.index1k[index.numberOfWnid('n02099601')]!;
    const run = await runMain(['search', [...curated[k]!].slice(0, 2).join(''), '--lang', 'zh', '--limit', '5', '--json']);
    const results = jsonLines(run.stdout)[0]!.results as { wnid: string }[];
    expect(results.map((hit) => hit.wnid)).toContain('n02099601');
  });

  it('exports the 1k for Hugging Face in Chinese: a curated name for every class, none empty', async () => {
    const run = await runMain(['export', '--set', '1k', '--format', 'hf', '--lang', 'zh']);
    expect(run.status).toBe(0);
    const { id2label } = JSON.parse(run.stdout) as { id2label: Record<string, string> };
    expect(Object.keys(id2label)).toHaveLength(1000);
    curated.forEach((name, k) => expect(id2label[k]).toBe(name));
  });

  it('names descendants in Arabic, marks and counts those left in English', async () => {
    const ar = lemmasByWnid('ar');
    const run = await runMain(['descendants', 'n02087122', '--lang', 'ar', '--json']);
    expect(run.status).toBe(0);
    const [answer] = jsonLines(run.stdout);
    const items = answer!.descendants as { wnid: string; label: string; labelLang: string }[];
    for (const item of items) {
      const lemmas = ar.get(item.wnid);
      expect(item).toEqual(
        lemmas
          ? { wnid: item.wnid, label: lemmas[0], labelLang: 'ar' }
          : { wnid: item.wnid, label: index.labelOf(index.numberOfWnid(item.wnid)), labelLang: 'en' },
      );
    }
    expect(answer!.fallbacks).toBe(items.filter((item) => !ar.has(item.wnid)).length);
    expect(answer!.fallbacks).toBeGreaterThan(0);
  });

  it('writes ancestors in French, English where WOLF has no lemma', async () => {
    const fr = lemmasByWnid('fr');
    const run = await runMain(['ancestors', 'n02099601', '--lang', 'fr']);
    expect(run.status).toBe(0);
    const first = lines(run.stdout)[0]!.split(' > ');
    const path = index.hypernymPaths(index.numberOfWnid('n02099601'))[0]!;
    expect(first).toEqual(path.map((i) => `${fr.get(index.wnidOf(i))?.[0] ?? index.labelOf(i)} (${index.wnidOf(i)})`));
  });

  it('maps with labels in the language', async () => {
    const run = await runMain(['map', 'n02099601', '--to', 'imagenet-r', '--lang', 'zh', '--json']);
    const k = index.index1k[index.numberOfWnid('n02099601')]!;
    expect(jsonLines(run.stdout)[0]).toMatchObject({ label: curated[k], labelLang: 'zh-Hans' });
  });

  it('takes en as WordNet itself', async () => {
    const english = await runMain(['lookup', 'dog.n.01', '--lang', 'en', '--json']);
    const plain = await runMain(['lookup', 'dog.n.01', '--json']);
    expect(english.stdout).toBe(plain.stdout);
  });

  it('refuses an unknown language before reading any input', async () => {
    const run = await runMain(['search', 'chien', '--lang', 'klingon']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown language 'klingon'.*zh-Hans/);
    expect(run.stdout).toBe('');
    expect((await runMain(['search', 'chien', '--lang', ''])).status).toBe(2);
    expect((await runMain(['lca', 'a,b', '--lang', 'fr'])).status).toBe(2);
  });
});
