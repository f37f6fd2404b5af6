/**
 * The explorer in another language: the picker in the address (`?lang=zh`), the tree's names and
 * the card's words in that language beside the English name with their source credited, search in
 * the language, and Arabic set right to left (the sunburst's centre named in Arabic); screenshots at a phone's and a desktop's width, looked at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { repoRoot, screenshot, useExplorerSession, waitForExplorer } from './explorer-harness.js';

const session = useExplorerSession();

function lemmasOf(file: string, wnid: string): string[] {
  const text = gunzipSync(readFileSync(join(repoRoot, 'data/languages', file))).toString('utf8');
  const line = text.split('\n').find((l) => l.startsWith(wnid.slice(1) + '\t'))!;
  return line.split('\t').slice(2);
}
const curated = readFileSync(join(repoRoot, 'data/languages/zh-Hans.imagenet1k.txt'), 'utf8').split('\n').filter(Boolean);

const picker = (page: Page) => page.locator('synset-explorer select[title^="Language"]');
const cardWords = (page: Page) => page.locator('synset-card .language-lemmas');

describe('the explorer in other languages', () => {
  test('?lang=zh: the card gives the curated Chinese name of a 1k class, credited; search finds it by two characters', async () => {
    const { page } = await session.revisit({ width: 1024 });
    await page.goto(`${session.baseUrl}/?lang=zh#/n02099601`);
    await waitForExplorer(page);
    await expect.poll(() => cardWords(page).textContent(), { timeout: 30_000 }).toContain(curated[207]!);
    expect(await page.locator('synset-card .language').getAttribute('lang')).toBe('zh-Hans');
    expect(await page.locator('synset-card .language .credit').textContent()).toMatch(/Chinese-CLIP/);
    expect(await picker(page).inputValue()).toBe('zh-Hans');
    expect(await page.locator('synset-explorer .language-credit').textContent()).toMatch(/Chinese-CLIP/);
    const golden = page.locator('synset-tree [role=treeitem] .lemma', { hasText: curated[207]! });
    await expect.poll(() => golden.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await golden.first().getAttribute('lang')).toBe('zh-Hans');
    const search = page.locator('synset-search input');
    await search.fill([...curated[207]!].slice(0, 2).join(''));
    await expect
      .poll(() => page.locator('synset-search [role=option]').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('golden retriever')]));
    await screenshot(page, 'explorer-lang-zh-1024');
  });

  test("a first visit in English asks for the languages' list only once the tree's data is in", async () => {
    const { page } = await session.open({ width: 1024 });
    // The worker's requests, in the order they were made.
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname.split('/').at(-1)!));
    await page.goto(`${session.baseUrl}/#/n02084071`);
    await waitForExplorer(page);
    await expect.poll(() => picker(page).locator('option').count(), { timeout: 30_000 }).toBeGreaterThan(1);
    const lastNames = requested.findLastIndex((file) => /^(tree|structure|names-\d{3})\./.test(file));
    expect(lastNames).toBeGreaterThan(-1);
    expect(requested.findIndex((file) => file.startsWith('languages.'))).toBeGreaterThan(lastNames);
    expect(requested.filter((file) => file.startsWith('lang-'))).toEqual([]);
  });

  test('picking Arabic moves the address and sets the card right to left; English takes it back', async () => {
    const { page } = await session.revisit({ width: 390 });
    await page.goto(`${session.baseUrl}/#/n02084071`);
    await waitForExplorer(page);
    await picker(page).selectOption('ar');
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('lang'))).toBe('ar');
    await expect.poll(() => cardWords(page).textContent(), { timeout: 30_000 }).toContain(lemmasOf('ar.tsv.gz', 'n02084071')[0]!);
    expect(await page.locator('synset-card .language').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    await expect.poll(() => page.locator('synset-sunburst .centre-label').textContent()).toBe(lemmasOf('ar.tsv.gz', 'n02084071')[0]!);
    await screenshot(page, 'explorer-lang-ar-390');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await picker(page).selectOption('');
    expect(await page.evaluate(() => location.search)).toBe('');
    await expect.poll(() => cardWords(page).count()).toBe(0);
    expect(await page.locator('synset-explorer .language-credit').count()).toBe(0);
  });
});
