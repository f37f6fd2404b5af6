/**
 * Writes `data/languages/` from the team's copy of the Open Multilingual Wordnet's noun rows and
 * Chinese-CLIP's curated 1k names (`shared/languages/` in the nearest folder above the checkout
 * that has one, or the folder given as the first argument): one compact file per language, its
 * licence beside it, the catalog `synset languages` reads, and the README's coverage table.
 *
 * Rerun (from the repository root, after `npm run build:node && npm run build:data`):
 *
 *     node build/node/data/make-languages.js [SHARED_LANGUAGES_DIR]
 *
 * Each language file keeps only what the explorer shows: per WordNet 3.0 noun synset, its
 * lemmas in the source's order and its definition(s) where the source has them (no examples,
 * no Arabic roots or broken plurals). Rows whose offset is not a WordNet 3.0 noun are dropped
 * and counted. The counts written to the catalog are checked against the source README's table.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { IN_1K, IN_21K } from '../src/core/bundle-format.js';
import { coverageTable, LANGUAGE_FILE_HEADER, type LanguageCatalog, type LanguageInfo } from '../src/core/language-catalog.js';
import { loadIndex } from '../src/node/load-bundle.js';
import { findProjectRoot } from '../src/node/project-root.js';

const root = findProjectRoot();
const OMW_COMMIT = 'omwn/omw-data@f75be19';
const CLIP_COMMIT = 'OFA-Sys/Chinese-CLIP@31863c7';
const OMW_CITATION =
  'Francis Bond and Kyonghee Paik (2012), A survey of wordnets and their licenses, GWC 2012; Francis Bond and Ryan Foster (2013), Linking and extending an open multilingual wordnet, ACL 2013';

/** BCP 47 tags for the OMW's file names where the file name is not one (ISO 639-3 or a project name). */
const BCP47: Record<string, string> = { arb: 'ar', cmn: 'zh-Hans', fas: 'fa', iwn: 'it-x-iwn', qcnwn: 'zh-Hant', zsm: 'ms' };
/** Other names a language is asked for by: the ISO 639-3 code the OMW uses, and plain `zh` for Simplified Chinese. */
const ALIASES: Record<string, string[]> = {
  'zh-Hans': ['zh', 'cmn', 'zh-CN'],
  'zh-Hant': ['zh-TW', 'qcn'],
  ar: ['arb'],
  fa: ['fas'],
  ms: ['zsm'],
};

function sharedFolder(): string {
  if (process.argv[2]) return process.argv[2];
  for (let dir = root; dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'languages');
    if (existsSync(join(candidate, 'README.md'))) return candidate;
  }
  throw new Error('no shared/languages folder above the checkout: give its path');
}

interface ReadmeRow {
  file: string;
  licence: string;
  synsets: number;
  in1k: number;
  in21k: number;
}

/** The source README's table: each OMW file's licence and the counts it claims, for checking ours. */
function readmeRows(text: string): Map<string, ReadmeRow> {
  const rows = new Map<string, ReadmeRow>();
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const file = /^`omw\/([a-z]+)\.tab\.gz`$/.exec(cells[1] ?? '')?.[1];
    if (!file) continue;
    const count = (cell: string) => Number(cell.replace(/,/g, ''));
    rows.set(file, { file, licence: cells[4]!, synsets: count(cells[6]!), in1k: count(cells[7]!), in21k: count(cells[8]!) });
  }
  return rows;
}

const index = loadIndex();
const shared = sharedFolder();
const readme = readmeRows(readFileSync(join(shared, 'README.md'), 'utf8'));
const outDir = join(root, 'data/languages');
mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(outDir)) if (/\.(tsv|tsv\.gz|LICENSE|txt)$/.test(file)) rmSync(join(outDir, file));

/** Per synset number: lemmas in source order (no repeats) and definitions. */
interface Entries {
  lemmas: Map<number, string[]>;
  definitions: Map<number, string[]>;
}

const oneLine = (text: string) => text.replace(/[\t\n\r]+/g, ' ').trim();

function readOmw(file: string): { header: string[]; entries: Entries; unknown: number } {
  const lines = gunzipSync(readFileSync(join(shared, 'omw', `${file}.tab.gz`)))
    .toString('utf8')
    .split('\n');
  const header = lines[0]!.replace(/^#\s*/, '').split('\t');
  const entries: Entries = { lemmas: new Map(), definitions: new Map() };
  let unknown = 0;
  for (const line of lines) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const cells = line.split('\t');
    const match = /^(\d{8})-n$/.exec(cells[0]!);
    // `fra:lemma`, `arb:lemma:root`, or a bare `lemma` (DanNet, OpenWN-PT…).
    const kind = cells[1]!.includes(':') ? cells[1]!.split(':').slice(1).join(':') : cells[1]!;
    if (kind !== 'lemma' && kind !== 'def') continue;
    const i = match ? index.numberOfOffset(Number(match[1])) : -1;
    if (i < 0) {
      unknown++;
      continue;
    }
    const text = oneLine(kind === 'def' ? cells.slice(3).join(' ') : cells[2]!);
    if (text === '') continue;
    const into = kind === 'lemma' ? entries.lemmas : entries.definitions;
    const list = into.get(i) ?? [];
    if (!list.includes(text)) list.push(text);
    into.set(i, list);
  }
  return { header, entries, unknown };
}

/** The compact file: a header, then `offset<TAB>definition<TAB>lemma<TAB>lemma…` in offset order. */
function languageFile(info: LanguageInfo, entries: Entries): string {
  const numbers = [...new Set([...entries.lemmas.keys(), ...entries.definitions.keys()])].sort((a, b) => a - b);
  const head = [
    `${LANGUAGE_FILE_HEADER} ${info.code}: ${info.wordnet}`,
    `# source: ${info.source}`,
    `# licence: ${info.licence} (${info.licenceFile} beside this file)`,
    '# each line: WordNet 3.0 noun offset, TAB, definition (may be empty), then TAB and each lemma in the source order',
  ];
  const body = numbers.map((i) =>
    [
      String(index.bundle.offsets[i]).padStart(8, '0'),
      (entries.definitions.get(i) ?? []).join('; '),
      ...(entries.lemmas.get(i) ?? []),
    ].join('\t'),
  );
  return [...head, ...body].join('\n') + '\n';
}

function counts(entries: Entries): { synsets: number; in1k: number; in21k: number; definitions: number } {
  let in1k = 0;
  let in21k = 0;
  for (const i of entries.lemmas.keys()) {
    if (index.bundle.flags[i]! & IN_1K) in1k++;
    if (index.bundle.flags[i]! & IN_21K) in21k++;
  }
  return { synsets: entries.lemmas.size, in1k, in21k, definitions: entries.definitions.size };
}

/** Synsets with any row at all (and of the 1k, of fall11), as the source README counts them. */
function rowCounts(file: string): { synsets: number; in1k: number; in21k: number } {
  const seen = new Set<number>();
  for (const line of gunzipSync(readFileSync(join(shared, 'omw', `${file}.tab.gz`)))
    .toString('utf8')
    .split('\n')) {
    const match = /^(\d{8})-n\t/.exec(line);
    const i = match ? index.numberOfOffset(Number(match[1])) : -1;
    if (i >= 0) seen.add(i);
  }
  const flagged = (bit: number) => [...seen].filter((i) => index.bundle.flags[i]! & bit).length;
  return { synsets: seen.size, in1k: flagged(IN_1K), in21k: flagged(IN_21K) };
}

const english = new Intl.DisplayNames(['en'], { type: 'language' });
const languages: LanguageInfo[] = [];
const omwFiles = readdirSync(join(shared, 'omw'))
  .filter((file) => file.endsWith('.tab.gz'))
  .map((file) => file.replace(/\.tab\.gz$/, ''))
  .sort();
for (const file of omwFiles) {
  const row = readme.get(file);
  if (!row) throw new Error(`${file}: not in the source README's table`);
  const { header, entries, unknown } = readOmw(file);
  const code = BCP47[file] ?? file;
  const [wordnet, iso639, url, licenceName] = header.map((cell) => cell.trim());
  const info: LanguageInfo = {
    code,
    aliases: ALIASES[code] ?? [],
    name: english.of(code.replace(/-x-.*$/, ''))!,
    autonym: new Intl.DisplayNames([code.replace(/-x-.*$/, '')], { type: 'language' }).of(code.replace(/-x-.*$/, ''))!,
    dir: ['ar', 'fa', 'he'].includes(code) ? 'rtl' : 'ltr',
    wordnet: wordnet!,
    file: `${code}.tsv.gz`,
    licenceFile: `${code}.LICENSE`,
    source: `Open Multilingual Wordnet, ${OMW_COMMIT} (${iso639}; ${url})`,
    licence: `${licenceName} <${row.licence}>`,
    shareAlike: /by-sa|cecill/i.test(row.licence),
    citation: `${wordnet} (${url}), in the Open Multilingual Wordnet: ${OMW_CITATION}`,
    ...counts(entries),
    droppedRows: unknown,
  };
  // The README counts synsets with any row (a lemma, a definition or an example); ours count
  // synsets with a lemma. Counted as the README counts, they must agree.
  const anyRow = rowCounts(file);
  if (anyRow.synsets !== row.synsets || anyRow.in1k !== row.in1k || anyRow.in21k !== row.in21k) {
    throw new Error(`${file}: ${JSON.stringify(anyRow)} synsets with a row, the README says ${JSON.stringify(row)}`);
  }
  // Gzipped (Node's gzip header carries no time, so a rerun writes the same bytes): 6.5 MB in
  // all instead of 18 MB of text; each under a megabyte.
  writeFileSync(join(outDir, info.file), gzipSync(languageFile(info, entries), { level: 9 }));
  copyFileSync(join(shared, 'omw', `${file}.LICENSE`), join(outDir, info.licenceFile));
  languages.push(info);
}

// Chinese-CLIP's names of the 1k: a list of its own (MIT), read beside the Chinese Open Wordnet.
const clipNames = readFileSync(join(shared, 'chinese-clip', 'imagenet1k_label_cn.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);
if (clipNames.length !== 1000) throw new Error(`Chinese-CLIP's list has ${clipNames.length} names, expected 1000`);
const zh = languages.find((info) => info.code === 'zh-Hans')!;
zh.classNames = {
  file: 'zh-Hans.imagenet1k.txt',
  licenceFile: 'zh-Hans.imagenet1k.LICENSE',
  source: `Chinese-CLIP, ${CLIP_COMMIT} datasets/ImageNet-1K/label_cn.txt (line N+1 is ILSVRC-2012 class N)`,
  licence: 'MIT',
  citation: 'An Yang et al. (2022), Chinese CLIP: Contrastive Vision-Language Pretraining in Chinese, arXiv:2211.01335',
};
writeFileSync(join(outDir, zh.classNames.file), clipNames.map(oneLine).join('\n') + '\n');
copyFileSync(join(shared, 'chinese-clip', 'MIT-LICENSE.txt'), join(outDir, zh.classNames.licenceFile));

const catalog: LanguageCatalog = {
  about:
    'Labels of WordNet 3.0 noun synsets in other languages: one file per language (its licence beside it), generated by data/make-languages.ts from the team copy of the Open Multilingual Wordnet and Chinese-CLIP (see README.md).',
  languages: languages.sort((a, b) => a.code.localeCompare(b.code)),
};
writeFileSync(join(outDir, 'catalog.json'), JSON.stringify(catalog, null, 2) + '\n');

const START = '<!-- prettier-ignore-start -->\n<!-- coverage table: generated by data/make-languages.ts -->';
const END = '<!-- prettier-ignore-end -->';
// The data README and the docs' Languages page show the same table, between these marks.
for (const page of [join(outDir, 'README.md'), join(root, 'docs/languages.md')]) {
  const old = existsSync(page) ? readFileSync(page, 'utf8') : `# Languages\n\n${START}\n${END}\n`;
  const [before, rest] = old.split(START);
  writeFileSync(page, `${before}${START}\n${coverageTable(catalog)}${END}${rest!.split(END)[1]}`);
}
console.log(`languages: ${languages.length} files in data/languages/`);
