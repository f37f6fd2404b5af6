/**
 * Search in other languages, in process, beside English in the same run (`npm run bench --
 * --only languages`): p50/p95 of Chinese, French and Arabic searches against English's, over
 * queries made from each language's own lemmas (each lemma whole and its first half: what a
 * person has typed midway), the engines built first; and the recall of the curated Chinese 1k
 * names typed as their first two characters, in the top 5.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SynsetQueries } from '../src/core/queries.js';
import { findProjectRoot } from '../src/node/project-root.js';
import { percentile } from './stats.js';

export interface LanguageSearchFigures {
  /** Per language (`en` first): queries run, p50 and p95 in µs, and p95 over English's. */
  languages: { lang: string; queries: number; p50Us: number; p95Us: number; p95OverEnglish: number; engineBuildMs: number }[];
  /** Curated Chinese 1k names typed as their first two characters: the share whose class is in the top 5. */
  chinesePrefixRecallAt5: number;
}

const LEMMAS = 600;
const LIMIT = 20;

/** Lemmas of a language spread over all its synsets (English: WordNet's first lemmas). */
function sampleLemmas(queries: SynsetQueries, lang: string): string[] {
  const index = queries.index;
  const labels = lang === 'en' ? undefined : queries.languages.labels(lang);
  const all: string[] = [];
  for (let i = 0; i < index.size; i++) {
    if (labels) all.push(...labels.lemmasOf(i).slice(0, 1));
    else all.push(index.labelOf(i));
  }
  const step = Math.max(1, Math.floor(all.length / LEMMAS));
  return all.filter((_, k) => k % step === 0).slice(0, LEMMAS);
}

function queriesOf(lemmas: readonly string[]): string[] {
  return lemmas.flatMap((lemma) => {
    const chars = [...lemma];
    return [lemma, chars.slice(0, Math.max(2, Math.ceil(chars.length / 2))).join('')];
  });
}

export function benchLanguageSearch(queries: SynsetQueries, log: (line: string) => void): LanguageSearchFigures {
  const langs = ['en', 'zh', 'fr', 'ar'];
  const optionsOf = (lang: string) => (lang === 'en' ? { limit: LIMIT } : { lang, limit: LIMIT });
  const built = langs.map((lang) => {
    const started = performance.now();
    queries.search('a', lang === 'en' ? {} : { lang });
    const engineBuildMs = performance.now() - started;
    const texts = queriesOf(sampleLemmas(queries, lang));
    // Once through untimed (the JIT, the gloss index).
    for (const text of texts) queries.search(text, optionsOf(lang));
    return { lang, texts, engineBuildMs, times: [] as number[] };
  });
  // Timed in turns, one query of each language after another: a busy machine (other processes,
  // a garbage collection) then slows every language alike, and the ratios to English hold.
  const rounds = Math.max(...built.map((b) => b.texts.length));
  for (let k = 0; k < rounds; k++) {
    for (const b of built) {
      const text = b.texts[k];
      if (text === undefined) continue;
      const t0 = performance.now();
      queries.search(text, optionsOf(b.lang));
      b.times.push((performance.now() - t0) * 1000);
    }
  }
  const languages: LanguageSearchFigures['languages'] = [];
  let englishP95 = 0;
  for (const { lang, texts, engineBuildMs, times } of built) {
    times.sort((a, b) => a - b);
    const p95Us = percentile(times, 95);
    if (lang === 'en') englishP95 = p95Us;
    const row = {
      lang,
      queries: texts.length,
      p50Us: Number(percentile(times, 50).toFixed(1)),
      p95Us: Number(p95Us.toFixed(1)),
      p95OverEnglish: Number((p95Us / englishP95).toFixed(2)),
      engineBuildMs: Number(engineBuildMs.toFixed(0)),
    };
    languages.push(row);
    log(
      `  search ${lang}: ${row.queries} queries, p50 ${row.p50Us} µs, p95 ${row.p95Us} µs (${row.p95OverEnglish}× English; goal ≤ 2×); engine built in ${row.engineBuildMs} ms`,
    );
  }
  const names = readFileSync(join(findProjectRoot(), 'data/languages/zh-Hans.imagenet1k.txt'), 'utf8').split('\n').filter(Boolean);
  const found = names.filter((name, k) =>
    queries.search([...name].slice(0, 2).join(''), { lang: 'zh', limit: 5 }).some((hit) => hit.index1k === k),
  ).length;
  const chinesePrefixRecallAt5 = Number((found / names.length).toFixed(3));
  log(`  curated Chinese 1k names, first 2 characters: recall@5 ${chinesePrefixRecallAt5} (${found} of ${names.length}; goal ≥ 0.9)`);
  return { languages, chinesePrefixRecallAt5 };
}
