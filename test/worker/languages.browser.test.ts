/**
 * Label languages through the real client and worker: each language's shards are fetched only
 * when it is asked for (a Chinese label fetches one Chinese shard and no French), labels fall back
 * to English marked, and search runs in the language once its shards are there.
 */
import { describe, expect, test } from 'vitest';
import { useTestClients } from './databases.js';
import { curatedChineseNames, languageFile } from './language-files.js';
import type { TestSynsetClient } from './test-worker-client.js';

const tests = useTestClients('languages');

/** The language parts fetched so far, by file name. */
async function languageParts(client: TestSynsetClient): Promise<string[]> {
  return (await client.fetchedUrls()).map((url) => url.slice(url.lastIndexOf('/') + 1)).filter((file) => file.startsWith('lang-'));
}

describe('languages in the worker', () => {
  test("lists the languages of the build from their index part, without downloading any language's words", async () => {
    const client = tests.client({ dbName: tests.dbName() });
    const languages = await client.languages();
    expect(languages.map((info) => info.code)).toEqual(expect.arrayContaining(['zh-Hans', 'fr', 'ar']));
    expect(await languageParts(client)).toEqual([]);
  });

  test('labels in English fetch nothing of the languages, not even their index (a docs page in English pays nothing for them)', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    const [dog] = await client.labelsIn(['n02084071'], 'en');
    expect(dog).toMatchObject({ synset: { label: 'dog', labelLang: 'en' } });
    const files = (await client.fetchedUrls()).map((url) => url.slice(url.lastIndexOf('/') + 1));
    expect(files.filter((file) => file.startsWith('lang-') || file.startsWith('languages.'))).toEqual([]);
    expect(files.some((file) => file.startsWith('label-names-'))).toBe(true);
  });

  test('a Chinese label fetches one Chinese shard and nothing of another language', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    const zh = await languageFile('zh-Hans.tsv.gz');
    const curated = await curatedChineseNames();
    const [dog, golden, physical] = await client.labelsIn(['n02084071', 'n02099601', 'n00001930'], 'zh');
    expect(dog).toMatchObject({
      synset: { wnid: 'n02084071', label: zh.get('n02084071')!.lemmas[0], labelLang: 'zh-Hans', englishLabel: 'dog' },
    });
    // Golden retriever is 1k class 207: its curated name first.
    expect(golden).toMatchObject({ synset: { label: curated[207], labelLang: 'zh-Hans' } });
    expect(zh.has('n00001930')).toBe(false);
    expect(physical).toMatchObject({ synset: { label: 'physical entity', labelLang: 'en', lemmas: [] } });
    const parts = await languageParts(client);
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((file) => file.startsWith('lang-zh-Hans-'))).toBe(true);
    expect(parts.length).toBeLessThanOrEqual(2);
    expect((dog as { synset: { credit: string } }).synset.credit).toMatch(/Chinese Open Wordnet/);
  });

  test('French and Arabic labels with their definitions and direction; a language the build has not is English', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    const ar = await languageFile('ar.tsv.gz');
    const [dogAr] = await client.labelsIn(['n02084071'], 'ar');
    expect(dogAr).toMatchObject({ synset: { label: ar.get('n02084071')!.lemmas[0], labelLang: 'ar', dir: 'rtl' } });
    const [dogDe] = await client.labelsIn(['n02084071'], 'de');
    expect(dogDe).toMatchObject({ synset: { label: 'dog', labelLang: 'en', credit: null } });
    expect((await languageParts(client)).every((file) => file.startsWith('lang-ar-'))).toBe(true);
  });

  test('searches in French typed key by key on a first visit all answer: each waits for the languages, not only the first', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    await client.ready();
    // Each keystroke's search asked before the one before has its answer, as a search box asks them.
    const texts = ['c', 'ch', 'chi', 'chie', 'chien'];
    const answers = texts.map((text) =>
      client.search(text, { lang: 'fr' }).then(
        () => 'answered',
        (error: Error) => error.message,
      ),
    );
    expect(await Promise.all(answers)).toEqual(texts.map(() => 'answered'));
    expect((await client.search('chien', { lang: 'fr', limit: 5 })).map((hit) => hit.wnid)).toContain('n02084071');
  });

  test('searches in Chinese, French and Arabic by the lemmas of the files', async () => {
    const client = tests.client({ dbName: tests.dbName() });
    for (const [code, file] of [
      ['zh', 'zh-Hans.tsv.gz'],
      ['fr', 'fr.tsv.gz'],
      ['ar', 'ar.tsv.gz'],
    ] as const) {
      const lemma = (await languageFile(file)).get('n02084071')!.lemmas[0]!;
      const hits = await client.search(lemma, { lang: code, limit: 20 });
      expect(
        hits.find((hit) => hit.wnid === 'n02084071'),
        `${code} ${lemma}`,
      ).toMatchObject({ match: 'exact' });
    }
    const curated = await curatedChineseNames();
    const hits = await client.search([...curated[207]!].slice(0, 2).join(''), { lang: 'zh', limit: 5 });
    expect(hits.map((hit) => hit.wnid)).toContain('n02099601');
  });
});
