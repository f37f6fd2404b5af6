/**
 * Generates the data bundle (data/generated/) from the npm package `wordnet@2.0.0` (Princeton
 * WordNet 3.0's database files) and the committed ImageNet identifier lists. Runs on
 * `npm install` (the `prepare` script); the output is git-ignored.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeBundle, IN_1K, IN_21K, type SynsetBundle } from '../src/core/bundle-format.js';
import { parseLabelList } from '../src/core/label-set.js';
import { everyNoun } from '../src/core/label-spaces.js';
import { readLabelCatalog } from '../src/node/label-spaces.js';
import { SynsetIndex } from '../src/core/synset-index.js';
import { parseDataNoun, parseIndexNoun } from '../src/core/wndb.js';
import { WordNetVersions } from '../src/core/wordnet-versions.js';
import { wordNetVersionsFile } from '../src/node/wordnet-versions.js';
import { partsGzipBytes, writeParts } from './write-parts.js';
import { LanguageLabels } from '../src/core/language-labels.js';
import { readLanguageCatalog, readLanguageFiles } from '../src/node/languages.js';
import { findProjectRoot } from '../src/node/project-root.js';
import { encodeStartTables } from '../src/core/start-tables.js';
import { START_TABLES_FILE } from '../src/node/load-bundle.js';

const root = findProjectRoot();
const wordnetDb = join(dirname(createRequire(import.meta.url).resolve('wordnet/package.json')), 'db');
const dataNoun = readFileSync(join(wordnetDb, 'data.noun'), 'latin1');
const synsets = parseDataNoun(dataNoun);
const senses = parseIndexNoun(readFileSync(join(wordnetDb, 'index.noun'), 'latin1'));
const n = synsets.length;

const offsets = Uint32Array.from(synsets, (s) => s.offset);
for (let i = 1; i < n; i++) if (offsets[i]! <= offsets[i - 1]!) throw new Error('data.noun is not in offset order');
const numberOf = new Map<number, number>();
offsets.forEach((offset, i) => numberOf.set(offset, i));
const numberOfOffset = (offset: number): number => {
  const i = numberOf.get(offset);
  if (i === undefined) throw new Error(`pointer to missing synset ${offset}`);
  return i;
};

const parentStart = new Uint32Array(n + 1);
const parents: number[] = [];
const parentIsInstance: number[] = [];
const senseNumbers: number[] = [];
synsets.forEach((s, i) => {
  parentStart[i] = parents.length;
  for (const p of s.hypernyms) {
    parents.push(numberOfOffset(p));
    parentIsInstance.push(0);
  }
  for (const p of s.instanceHypernyms) {
    parents.push(numberOfOffset(p));
    parentIsInstance.push(1);
  }
  for (const lemma of s.lemmas) {
    const sense = (senses.get(lemma.toLowerCase()) ?? []).indexOf(s.offset) + 1;
    if (sense < 1 || sense > 255) throw new Error(`no sense number for ${lemma} in ${s.offset}`);
    senseNumbers.push(sense);
  }
});
parentStart[n] = parents.length;

const flags = new Uint8Array(n);
function markList(file: string, bit: number, expected: number): void {
  const wnids = readFileSync(join(root, 'data/imagenet', file), 'utf8')
    .split('\n')
    .filter(Boolean);
  if (wnids.length !== expected) throw new Error(`${file} has ${wnids.length} wnids, expected ${expected}`);
  for (const wnid of wnids) flags[numberOfOffset(Number(wnid.slice(1)))]! |= bit;
}
markList('fall11.txt', IN_21K, 21841);
markList('ilsvrc2012.txt', IN_1K, 1000);

const bundle: SynsetBundle = {
  offsets,
  lexFiles: Uint8Array.from(synsets, (s) => s.lexFile),
  flags,
  parentStart,
  parents: Uint32Array.from(parents),
  parentIsInstance: Uint8Array.from(parentIsInstance),
  lemmaText: synsets.map((s) => s.lemmas.join(' ')).join('\n'),
  senseNumbers: Uint8Array.from(senseNumbers),
  glossText: synsets.map((s) => s.gloss).join('\n') + '\n',
  descendantCount: new Uint32Array(n),
  descendantCount21k: new Uint32Array(n),
  descendantCount1k: new Uint32Array(n),
  descendantCountImageNet: new Uint32Array(n),
};
// The counts come from the index's own traversal, so the bundle and the queries agree.
const index = new SynsetIndex(bundle);
for (let i = 0; i < n; i++) {
  const below = index.descendantsOf(
    i,
    everyNoun(() => bundle.descendantCount),
  );
  bundle.descendantCount[i] = below.length;
  for (const d of below) {
    if (flags[d]! & IN_21K) bundle.descendantCount21k[i]!++;
    if (flags[d]! & (IN_21K | IN_1K)) bundle.descendantCountImageNet[i]!++;
    if (flags[d]! & IN_1K) bundle.descendantCount1k[i]!++;
  }
}

const bytes = encodeBundle(bundle);
const gzipped = gzipSync(bytes, { level: 9 });
const hash = createHash('sha256').update(bytes).digest('hex');
const outDir = join(root, 'data/generated');
mkdirSync(outDir, { recursive: true });
rmSync(join(outDir, 'synsets.bin.gz'), { force: true });
writeFileSync(join(outDir, 'synsets.bin'), bytes);
// Node's start tables, named by the bundle's hash (used once manifest.json below gives it).
writeFileSync(join(outDir, START_TABLES_FILE), encodeStartTables(bundle, hash));

// The label spaces travel as parts of their own, checked here: every wnid a WordNet 3.0 noun.
const labelFolder = join(root, 'data/labelsets');
const catalog = readLabelCatalog(labelFolder);
for (const info of catalog.sets) {
  const { problems, classes, lines } = parseLabelList(readFileSync(join(labelFolder, info.file), 'utf8'), (wnid) => {
    const i = index.numberOfWnid(wnid);
    if (i < 0) throw new Error(`no WordNet 3.0 noun ${wnid}`);
    return i;
  });
  // A hole is fine where the catalog declares it (COCO's stop sign), and nowhere else.
  const declared = new Set((info.holes ?? []).map((hole) => hole.index));
  const classOfLine = new Map(Array.from(lines, (line, k) => [line, k]));
  const unexpected = problems.filter((problem) => !declared.has(classOfLine.get(problem.line) ?? -1));
  const missing = [...declared].filter((k) => classes[k] !== -1);
  if (unexpected.length > 0) throw new Error(`label set ${info.name}: line ${unexpected[0]!.line}: ${unexpected[0]!.message}`);
  if (missing.length > 0) throw new Error(`label set ${info.name}: class ${missing[0]} is declared a hole and names a synset`);
}

const groupingFolder = join(root, 'data/groupings');
// What evaluation reads in a page, each file as it is (data/evaluation/README.md: Apache-2.0).
const evaluationFolder = join(root, 'data/evaluation');
const EVALUATION_FILES = ['val-labels.npy', 'real-labels.txt', 'known-issues.tsv'];

// The version map travels as it is committed, checked here: every noun gets its ids.
const versions = readFileSync(wordNetVersionsFile());
WordNetVersions.parse(versions.toString('utf8'), index);

// The browser's copy, in parts loaded by need.
const parts = await writeParts(bundle, join(outDir, 'parts'), {
  gzip: 'zopfli',
  versions,
  languages: readLanguageCatalog().languages.map((info) => {
    const files = readLanguageFiles(info);
    return { info, text: files.classNames ? new LanguageLabels(info, index, files.text, files.classNames).toFileText() : files.text };
  }),
  labelSpaces: {
    catalog,
    flagSetSizes: { '1k': 1000, '21k': 21841 },
    read: (file) => readFileSync(join(labelFolder, file)),
    groupingFiles: readdirSync(groupingFolder)
      .filter((name) => /\.(tsv|txt)$/.test(name))
      .sort()
      .map((name) => ({ name, bytes: readFileSync(join(groupingFolder, name)) })),
    evaluationFiles: EVALUATION_FILES.map((name) => ({ name, bytes: readFileSync(join(evaluationFolder, name)) })),
  },
});
const partBytes = partsGzipBytes(parts);

const manifest = {
  hash,
  bytes: bytes.byteLength,
  gzipBytes: gzipped.byteLength,
  partsGzipBytes: partBytes,
  nouns: n,
  in21k: 21841,
  in1k: 1000,
  source: 'WordNet 3.0 (npm wordnet@2.0.0); ImageNet lists from Debian darknet',
};
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
// WordNet's licence asks that its notice travel with every copy of the database.
const licence = dataNoun
  .split('\n')
  .filter((line) => line.startsWith('  '))
  .map((line) => line.replace(/^\s+\d+ ?/, '').trimEnd())
  .join('\n');
writeFileSync(join(outDir, 'WORDNET-LICENSE.txt'), licence + '\n');
console.log(
  `data bundle: ${n} nouns, ${bytes.byteLength} bytes (${gzipped.byteLength} gzipped), sha256 ${hash.slice(0, 12)}; ` +
    `browser parts: ${1 + parts.names.length + parts.glosses.length} files, ${partBytes} bytes gzipped`,
);
