/**
 * `<synset-label lang>` against the shipped language files: the label in the language (or the
 * page's), English marked where the language has none, the source credited, right-to-left
 * scripts isolated, and only the language asked for downloaded. Then the views that name many
 * synsets: `<synset-tree lang>`'s rows, `<synset-sunburst lang>`'s arcs and `<synset-card lang>`'s
 * children (one page client for all).
 */
import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/components/synset-label/synset-label.js';
import '../../src/components/synset-tree/synset-tree.js';
import '../../src/components/synset-sunburst/synset-sunburst.js';
import '../../src/components/synset-path/synset-path.js';
import '../../src/components/synset-card/synset-card.js';
import { getSynsetClient } from '../../src/client/client.js';
import type { SynsetTree } from '../../src/components/synset-tree/synset-tree.js';
import type { SynsetSunburst } from '../../src/components/synset-sunburst/synset-sunburst.js';
import type { SynsetLabel } from '../../src/components/synset-label/synset-label.js';
import { curatedChineseNames, languageFile } from '../worker/language-files.js';
import { LOAD_MS, mount, shadow, usePageClient, waitFor } from './page-client.js';

const probe = usePageClient('label-languages');

const partOf = (element: SynsetLabel) => shadow(element).querySelector<HTMLElement>('[part=label]')!;

async function shown(element: SynsetLabel, text: string): Promise<HTMLElement> {
  await waitFor(() => expect(partOf(element).textContent).toBe(text), { timeout: LOAD_MS });
  return partOf(element);
}

async function languageParts(): Promise<string[]> {
  return (await probe.fetchedUrls()).map((url) => url.slice(url.lastIndexOf('/') + 1)).filter((file) => file.startsWith('lang-'));
}

describe('<synset-label lang>', () => {
  test('names a 1k class by its curated Chinese name, marked zh-Hans, fetching Chinese and nothing else', async () => {
    const curated = await curatedChineseNames();
    const label = await mount('synset-label', { wnid: 'n02099601', lang: 'zh' });
    const part = await shown(label, curated[207]!);
    expect(part.lang).toBe('zh-Hans');
    expect(part.dir).toBe('auto');
    const parts = await languageParts();
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((file) => file.startsWith('lang-zh-Hans-'))).toBe(true);
  });

  test('speaks the page’s language when it has no lang of its own, and English marked where that language has no lemma', async () => {
    const fr = await languageFile('fr.tsv.gz');
    const section = await mount('section', { lang: 'fr' });
    const dog = await mount('synset-label', { wnid: 'n02084071' }, section);
    expect((await shown(dog, fr.get('n02084071')!.lemmas[0]!)).lang).toBe('fr');
    const missing = [...['n00001930', 'n00002137', 'n00004258']].find((wnid) => !fr.has(wnid))!;
    const english = await mount('synset-label', { wnid: missing }, section);
    await waitFor(() => expect(partOf(english).lang).toBe('en'), { timeout: LOAD_MS });
  });

  test('credits the source in its tooltip, with the English name beside', async () => {
    const label = await mount('synset-label', { wnid: 'n02084071', lang: 'zh' });
    await shown(label, (await languageFile('zh-Hans.tsv.gz')).get('n02084071')!.lemmas[0]!);
    partOf(label).focus();
    await waitFor(() => expect(shadow(label).querySelector('[role=tooltip]')?.textContent).toMatch(/Chinese Open Wordnet/));
    expect(shadow(label).querySelector('.english')?.textContent).toBe('dog');
  });

  test('sets Arabic right to left inside an English sentence, and English left to right inside Arabic (screenshot)', async () => {
    const ar = await languageFile('ar.tsv.gz');
    const english = await mount('p', { lang: 'en', style: 'font-size: 18px; margin: 0 0 8rem' });
    english.append('The ');
    const inEnglish = await mount('synset-label', { wnid: 'n02084071', lang: 'ar' }, english);
    english.append(' is a dog, and the ');
    await mount('synset-label', { wnid: 'n02121808', lang: 'ar' }, english);
    english.append(' a cat.');
    const arabic = await mount('p', { lang: 'ar', dir: 'rtl', style: 'font-size: 18px; margin: 0 0 8rem' });
    const inArabic = await mount('synset-label', { wnid: 'n00001930' }, arabic);
    arabic.append(' ← ');
    await mount('synset-label', { wnid: 'n02084071' }, arabic);
    const part = await shown(inEnglish, ar.get('n02084071')!.lemmas[0]!);
    expect(getComputedStyle(part).direction).toBe('rtl');
    // physical entity has no Arabic lemma: English, left to right, in the Arabic paragraph.
    await waitFor(() => expect(partOf(inArabic).lang).toBe('en'), { timeout: LOAD_MS });
    expect(getComputedStyle(partOf(inArabic)).direction).toBe('ltr');
    await page.screenshot({ path: '../../test-results/screenshots/synset-label-rtl.png' });
    await userEvent.hover(partOf(inArabic));
    await page.screenshot({ path: '../../test-results/screenshots/synset-label-rtl-tooltip.png' });
  });
});

const treeRows = (tree: SynsetTree) => [...shadow(tree).querySelectorAll<HTMLElement>('[role=treeitem]')];

describe('<synset-tree lang>, <synset-sunburst lang> and <synset-path lang>', () => {
  test('the path names its steps in French where WOLF has a lemma, English marked elsewhere', async () => {
    const fr = await languageFile('fr.tsv.gz');
    const [path] = await getSynsetClient().ancestors('n02099601');
    expect(path!.some((wnid) => fr.has(wnid)) && path!.some((wnid) => !fr.has(wnid))).toBe(true);
    const element = await mount('synset-path', { wnid: 'n02099601', lang: 'fr' });
    const steps = () => [...shadow(element).querySelectorAll<HTMLElement>('ol.path')][0]?.querySelectorAll<HTMLElement>('a, .current');
    await waitFor(() => expect(steps()?.length).toBe(path!.length), { timeout: LOAD_MS });
    expect([...steps()!].map((step) => step.lang)).toEqual(path!.map((wnid) => (fr.has(wnid) ? 'fr' : 'en')));
    expect([...steps()!].filter((step) => step.lang === 'fr').map((step) => step.textContent)).toEqual(
      path!.filter((wnid) => fr.has(wnid)).map((wnid) => fr.get(wnid)!.lemmas[0]),
    );
    // Standing alone, it credits WOLF under the paths; in English, no credit.
    expect(shadow(element).querySelector('[part=credit]')?.textContent).toContain('WOLF');
    element.language = 'en';
    await waitFor(() => expect(shadow(element).querySelector('a[lang=fr]')).toBeNull());
    expect(shadow(element).querySelector('[part=credit]')).toBeNull();
  });

  test('the card names its children in French where WOLF has a lemma, English marked elsewhere, and credits WOLF once', async () => {
    const fr = await languageFile('fr.tsv.gz');
    // Dog has a French lemma (its own words carry the credit); physical entity has none, its children do.
    for (const [wnid, ownWords] of [
      ['n02084071', true],
      ['n00001930', false],
    ] as const) {
      expect(fr.has(wnid)).toBe(ownWords);
      const { rows } = await getSynsetClient().children(wnid, { in: 'all' });
      expect(rows.some((row) => fr.has(row.wnid)) && rows.some((row) => !fr.has(row.wnid))).toBe(true);
      const card = await mount('synset-card', { wnid, lang: 'fr' });
      const links = () => [...shadow(card).querySelectorAll<HTMLAnchorElement>('a[part=child]')];
      await waitFor(() => expect(links().map((link) => link.lang)).toEqual(rows.map((row) => (fr.has(row.wnid) ? 'fr' : 'en'))), {
        timeout: LOAD_MS,
      });
      expect(links().map((link) => link.textContent)).toEqual(rows.map((row) => fr.get(row.wnid)?.lemmas[0] ?? row.lemma));
      expect(links().find((link) => link.lang === 'fr')!.title).toContain(rows.find((row) => fr.has(row.wnid))!.wnid);
      const childrenCredit = shadow(card).querySelector('[aria-labelledby=children-title] .credit');
      const ownCredit = shadow(card).querySelector('[part=language] .credit');
      expect([childrenCredit !== null, ownCredit !== null]).toEqual([!ownWords, ownWords]);
      expect((childrenCredit ?? ownCredit)!.textContent).toContain('WOLF');
      // Its paths' own line stays hidden: the card credits WOLF once.
      const pathCredit = await waitFor(() => {
        const line = shadow(shadow(card).querySelector('synset-path')!).querySelector<HTMLElement>('[part=credit]');
        expect(line).not.toBeNull();
        return line!;
      });
      expect(getComputedStyle(pathCredit).display).toBe('none');
      card.remove();
    }
  });

  test('the tree names its rows in Chinese (a 1k class by its curated name), English marked where Chinese has none, and titles the English', async () => {
    const [curated, zh] = await Promise.all([curatedChineseNames(), languageFile('zh-Hans.tsv.gz')]);
    const retriever = (await getSynsetClient().firstParent('n02099601'))!;
    const fetchedBefore = (await languageParts()).length;
    const tree = await mount('synset-tree', { root: retriever, filter: '1k', lang: 'zh' });
    await waitFor(() => expect(treeRows(tree).length).toBeGreaterThan(2), { timeout: LOAD_MS });
    const expected = treeRows(tree).map((row) => {
      const wnid = row.querySelector('.wnid')!.textContent!;
      const index = row.querySelector('.badge-1k')?.textContent;
      return { wnid, label: index ? curated[Number(index.slice(1))]! : zh.get(wnid)?.lemmas[0] };
    });
    expect(expected.filter((row) => row.label !== undefined).length).toBeGreaterThan(1);
    await waitFor(() => {
      const lemmas = treeRows(tree).map((row) => row.querySelector<HTMLElement>('.lemma')!);
      expect(lemmas.map((lemma) => lemma.lang)).toEqual(expected.map((row) => (row.label ? 'zh-Hans' : 'en')));
      expected.forEach((row, k) => {
        if (row.label)
          expect([lemmas[k]!.textContent, lemmas[k]!.dir, lemmas[k]!.title.includes(row.wnid)]).toEqual([row.label, 'auto', true]);
      });
    });
    const fetched = (await languageParts()).slice(fetchedBefore);
    expect(fetched.every((file) => file.startsWith('lang-zh-Hans-'))).toBe(true);
    // Standing alone, it credits the rows' source under them.
    const { credit } = await getSynsetClient().labelInBatched(expected.find((row) => row.label)!.wnid, 'zh');
    expect(shadow(tree).querySelector('[part=credit]')?.textContent).toBe(credit);
  });

  test('the sunburst names its centre and first ring in Arabic, right to left, English where Arabic has none (screenshot)', async () => {
    const ar = await languageFile('ar.tsv.gz');
    const dog = 'n02084071';
    const { rows } = await getSynsetClient().children(dog, { in: '21k', limit: 1000 });
    const named = new Set(rows.map((row) => ar.get(row.wnid)?.lemmas[0] ?? row.lemma));
    const sunburst: SynsetSunburst = await mount('synset-sunburst', { root: dog, lang: 'ar', style: 'display: block; width: 320px' });
    // The pointer an earlier test left over the page may rest on an arc, which names itself in the centre.
    await waitFor(() => expect(shadow(sunburst).querySelector('svg')).not.toBeNull(), { timeout: LOAD_MS });
    shadow(sunburst).querySelector('svg')!.dispatchEvent(new PointerEvent('pointerleave'));
    const centre = ar.get(dog)!.lemmas[0]!;
    const shownCentre = centre.length > 14 ? `${centre.slice(0, 13)}…` : centre;
    await waitFor(() => expect(shadow(sunburst).querySelector('.centre-label')?.textContent).toBe(shownCentre), { timeout: LOAD_MS });
    const ring = [...shadow(sunburst).querySelectorAll<SVGPathElement>('path.depth-1')].map(
      (arc) => /^(?:Zoom into|Select) (.*?): /.exec(arc.getAttribute('aria-label')!)![1]!,
    );
    expect(ring.length).toBeGreaterThan(0);
    expect(ring.filter((label) => !named.has(label))).toEqual([]);
    expect(ring.some((label) => /\p{Script=Arabic}/u.test(label))).toBe(true);
    const label = shadow(sunburst).querySelector<SVGTextElement>('.labels text');
    expect(label && getComputedStyle(label).unicodeBidi).toBe('plaintext');
    // Standing alone, it credits the names' source under its caption.
    const { credit } = await getSynsetClient().labelInBatched(dog, 'ar');
    expect(credit).toMatch(/\S/);
    expect(shadow(sunburst).querySelector('[part=credit]')?.textContent).toBe(credit);
    await page.screenshot({ path: '../../test-results/screenshots/synset-sunburst-ar.png' });
  });
});
