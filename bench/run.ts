/**
 * `npm run bench`: speed and size, side by side with the tools people use today, in one run.
 * Prints a table, or with --json one object with the keys the README documents.
 *
 * `npm run bench -- --only docs`: the docs page alone (bench/docs-bench.ts) and the floor it is
 * read against, in a minute or two instead of the whole run: their goal rows and transfers, or
 * with --json `{ floorMs, docsPage, visitGoals }`. `BENCH_RUNS` sets the runs of each (5).
 *
 * `npm run bench -- --only explorer`: the floor and the explorer's first and later visits
 * (bench/explorer-bench.ts), their goal rows and transfers, or with --json `{ floorMs, explorer, visitGoals }`.
 * `npm run bench -- --only interactions`: the floor and the explorer's interactions (first paint,
 * keystrokes beside the frame after each key, expanding a node), their lines or with --json
 * `{ floorMs, interactions }`.
 *
 * `npm run bench -- --only search`: our search alone over the bench's query sets (no peers, no
 * browser), in seconds: p50/p95/p99 and recall, the figures a change to the search is read by.
 *
 * `npm run bench -- --only languages`: search in Chinese, French and Arabic beside English in the
 * same run, the recall of the curated Chinese 1k names by two characters (bench/language-bench.ts),
 * and the docs page with its four labels in Chinese (bench/pages/docs-zh.html) against the floor.
 *
 * `npm run bench -- --only evaluate`: `synset evaluate` alone (bench/evaluate-bench.ts): 50,000
 * images with top-5 and ReaL and a confusion matrix, whole process and in process, beside NumPy.
 *
 * `npm run bench -- --only cli`: `synset lookup dog.n.01` from process start to exit beside
 * `node -e 0` and Debian's `wn`, interleaved, median of 11 runs each (`BENCH_RUNS`), in seconds.
 *
 * `npm run bench -- --only your-model`: the explorer's "Your model" alone (bench/your-model-bench.ts):
 * a 50,000-row file dropped on the production build in Chromium, until the results are drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SynsetQueries } from '../src/core/queries.js';
import { loadIndex } from '../src/node/load-bundle.js';
import { findProjectRoot } from '../src/node/project-root.js';
import { DATA_PARTS_DIR } from '../build-plugins/data-parts.js';
import type { PartsManifest } from '../src/core/data-parts.js';
import { benchBrowser, type BrowserFigures } from './browser-bench.js';
import { benchEvaluate, evaluateLines } from './evaluate-bench.js';
import { yourModelLines } from './your-model-bench.js';
import { benchMl } from './ml-bench.js';
import { benchAncestry, benchCliStart, benchPeers, benchSearch, cliStartLines, makeQuerySets } from './node-bench.js';
import { median, timed } from './stats.js';
import { formatGoalTable, goalRows, transferLines } from './visit-goals.js';
import { errorMessage } from '../src/core/error-detail.js';
import { benchLanguageSearch } from './language-bench.js';
import { useBuiltInLanguages } from '../src/node/languages.js';

const json = process.argv.includes('--json');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const ALONE = ['docs', 'explorer', 'interactions', 'search', 'evaluate', 'your-model', 'languages', 'cli'];
if (only !== undefined && !ALONE.includes(only)) throw new Error(`--only ${only}: the parts that run alone are ${ALONE.join(', ')}`);
const log = (line: string): void => void (json ? process.stderr : process.stdout).write(line + '\n');
const started = performance.now();

const root = findProjectRoot();
const manifest = JSON.parse(readFileSync(join(root, 'data/generated/manifest.json'), 'utf8')) as {
  bytes: number;
  gzipBytes: number;
  partsGzipBytes: number;
};
const parts = JSON.parse(readFileSync(join(root, DATA_PARTS_DIR, 'parts.json'), 'utf8')) as PartsManifest;
const gzipped = (list: readonly { gzipBytes: number }[]): number => list.reduce((sum, part) => sum + part.gzipBytes, 0);
const sizes = {
  partsGzipBytes: manifest.partsGzipBytes,
  skeletonGzipBytes: gzipped([parts.structure, ...parts.names]),
  bundleGzipBytes: manifest.gzipBytes,
};

if (only === 'docs') {
  log('browser: Chromium: the floor and a docs page…');
  const figures = await benchBrowser(null, log);
  const rows = goalRows(figures, sizes).filter((row) => /^(floor|docs page)/.test(row.figure));
  const { floor, docs } = figures;
  const floorMs = floor ? { cold: floor.coldMs, warm: floor.warmMs } : null;
  if (json) console.log(JSON.stringify({ floorMs, docsPage: docs ? { ...docs, notes: undefined } : null, visitGoals: rows }));
  else
    console.log(['', ...formatGoalTable(rows), '', ...transferLines(figures), ...figures.notes.map((note) => `note: ${note}`)].join('\n'));
  process.exit(0);
}

if (only === 'explorer') {
  log('browser: Chromium: the floor and the explorer’s first and later visits…');
  const figures = await benchBrowser(new SynsetQueries(loadIndex()), log, 'explorer');
  const rows = goalRows(figures, sizes).filter((row) => /^(floor|explorer)/.test(row.figure));
  if (json) console.log(JSON.stringify({ floorMs: figures.floor, explorer: figures.explorer, visitGoals: rows }));
  else
    console.log(['', ...formatGoalTable(rows), '', ...transferLines(figures), ...figures.notes.map((note) => `note: ${note}`)].join('\n'));
  process.exit(0);
}

if (only === 'interactions') {
  log('browser: Chromium: the floor and the explorer’s interactions…');
  const figures = await benchBrowser(new SynsetQueries(loadIndex()), log, 'interactions');
  // The figures are in the lines the interactions logged; --json gives them whole.
  if (json) console.log(JSON.stringify({ floorMs: figures.floor, interactions: figures.interactions }));
  else console.log(figures.notes.map((note) => `note: ${note}`).join('\n'));
  process.exit(0);
}

if (only === 'languages') {
  const queries = new SynsetQueries(loadIndex());
  useBuiltInLanguages(queries);
  log('search in other languages (in process):');
  const search = benchLanguageSearch(queries, log);
  log('browser: Chromium: the floor and the docs page in Chinese…');
  const figures = await benchBrowser(null, log, 'all', 'docs-zh.html');
  const rows = goalRows(figures, sizes)
    .filter((row) => /^(floor|docs page, first visit)/.test(row.figure))
    .map((row) => ({ ...row, figure: row.figure.replace('docs page', 'docs page in Chinese') }));
  if (json) console.log(JSON.stringify({ search, visitGoals: rows }));
  else
    console.log(['', ...formatGoalTable(rows), '', ...transferLines(figures), ...figures.notes.map((note) => `note: ${note}`)].join('\n'));
  process.exit(0);
}

if (only === 'cli') {
  const figures = benchCliStart();
  if ('error' in figures) throw new Error(figures.error);
  console.log(json ? JSON.stringify(figures) : cliStartLines(figures).join('\n'));
  process.exit(0);
}

if (only === 'search') {
  const index = loadIndex();
  const figures = benchSearch(index, makeQuerySets(index), log, (name) => name === 'synset-explorer')['synset-explorer']!;
  console.log(json ? JSON.stringify(figures) : JSON.stringify(figures, null, 1));
  process.exit(0);
}

if (only === 'evaluate') {
  const figures = benchEvaluate(new SynsetQueries(loadIndex()), log);
  console.log(json ? JSON.stringify(figures) : evaluateLines(figures).join('\n'));
  process.exit(0);
}

if (only === 'your-model') {
  log('browser: Chromium: the floor and your model in the explorer…');
  const figures = await benchBrowser(new SynsetQueries(loadIndex()), log, 'your-model');
  const yourModel = figures.yourModel ? { ...figures.yourModel, notes: undefined } : null;
  console.log(
    json
      ? JSON.stringify({ yourModel, notes: figures.notes })
      : [...(figures.yourModel ? yourModelLines(figures.yourModel) : []), ...figures.notes.map((note) => `note: ${note}`)].join('\n'),
  );
  process.exit(0);
}

const loads: number[] = [];
let queries: SynsetQueries | undefined;
for (let run = 0; run < 3; run++) {
  const [index, ms] = timed(() => new SynsetQueries(loadIndex({ fresh: true })));
  loads.push(ms);
  queries = index;
}
const nodeLoadMs = Number(median(loads).toFixed(1));
log(`node: index loaded in ${nodeLoadMs} ms (median of 3)`);

log('search: the same queries for every engine, one timed pass each…');
const sets = makeQuerySets(queries!.index);
const search = benchSearch(queries!.index, sets, log);
log('ancestry…');
const ancestry = benchAncestry(queries!);
log('peers: CLI, wn, NLTK…');
const peers = benchPeers(queries!);
log('ml jobs: label spaces and hierarchy metrics, beside NLTK…');
const ml = benchMl(queries!, log);
log('browser: Chromium: the floor, the explorer, a docs page, cold and warm start, round trips, labels…');
let browser: BrowserFigures | { error: string };
try {
  browser = await benchBrowser(queries!, log);
} catch (error) {
  browser = { error: errorMessage(error) };
  log(`browser bench failed: ${browser.error}`);
}
const inBrowser = 'error' in browser ? null : browser;
const start = inBrowser?.start;
const ours = search['synset-explorer']!;
const visitGoals = goalRows(inBrowser, sizes);

const result = {
  /** The start page (a client, no elements): `synset-index-ready`, which now reads no data. */
  coldReadyMs: start?.coldReadyMs ?? null,
  warmReadyMs: start?.warmReadyMs ?? null,
  /** The start page: until `stats()` answers, i.e. the structure and every names shard are in and the index is built. */
  coldSkeletonMs: start?.coldSkeletonMs ?? null,
  warmSkeletonMs: start?.warmSkeletonMs ?? null,
  bundleBytes: manifest.bytes,
  bundleGzipBytes: manifest.gzipBytes,
  /** Every data part gzipped, and the structure + names shards the tree needs. */
  partsGzipBytes: sizes.partsGzipBytes,
  skeletonGzipBytes: sizes.skeletonGzipBytes,
  workerHeapMB: start?.workerHeapMB ?? null,
  // Inside the worker when the browser ran; the Node figures are in `node`.
  searchP50Us: start?.workerSearchP50Us ?? ours.searchP50Us,
  searchP95Us: start?.workerSearchP95Us ?? ours.searchP95Us,
  searchP99Us: start?.workerSearchP99Us ?? ours.searchP99Us,
  typoRecallAt5: ours.typoRecallAt5,
  exactTop1: ours.exactTop1,
  ancestorsUs: ancestry.ancestorsUs,
  lcaUs: ancestry.lcaUs,
  descendantsRootMs: ancestry.descendantsRootMs,
  labels1000Ms: start?.labels1000Ms ?? null,
  /** The same page on a first visit (an empty database): the labels' names come from the network. */
  labels1000ColdMs: start?.labels1000ColdMs ?? null,
  cliLookupMs: peers.cliLookupMs ?? null,
  /** The same runs' `node -e 0` and `wn`, medians and ranges, and the CLI's ratio to `node -e 0`. */
  cliStart: peers.cliStart ?? null,
  pageSearchRoundTripP50Ms: start?.roundTripP50Ms ?? null,
  pageSearchRoundTripP95Ms: start?.roundTripP95Ms ?? null,
  warmPhasesMs: start?.warmPhasesMs ?? null,
  /**
   * ms from navigation until an empty module worker answers the page: `cold` a first visit in a
   * fresh context, `warm` a reload; `{ median, min, max, runs }` each (see bench/floor-bench.ts).
   */
  floorMs: inBrowser?.floor ? { cold: inBrowser.floor.coldMs, warm: inBrowser.floor.warmMs } : null,
  /**
   * The docs page (4 labels, the embed bundle, a static server), first visits: `labelsMs` until
   * all show their names, `tooltipMs` from the hover until the first one's tooltip shows the
   * definition, bytes transferred for each, and the first run's transfers by kind (bench/docs-bench.ts).
   */
  docsPage: inBrowser?.docs ? { ...inBrowser.docs, notes: undefined } : null,
  /**
   * The explorer at `#/n02084071`: `first`, `later` (reload once the preload is done) and
   * `offline` (the same with the network off) visits, each `readyMs`, `rowsMs` (tree rows), `cardMs`
   * (dog's definition) and `bytes`, as `{ median, min, max, runs }`; the first visit's bytes by the
   * card's moment, by kind, and as the server wrote them (bench/explorer-bench.ts).
   */
  explorer: inBrowser?.explorer ? { ...inBrowser.explorer, notes: undefined } : null,
  /**
   * The explorer's interactions (bench/interaction-bench.ts): `firstPaintMs` (first-contentful-paint,
   * a first visit and reloads), `keystrokeMs` and `keystrokeInPageMs` (keystroke to results painted,
   * p50/p95), `expandShrub` (a node of ~300 children expanded: first time, and cached).
   */
  interactions: inBrowser?.interactions ? { ...inBrowser.interactions, notes: undefined } : null,
  /** A 50,000-row predictions file dropped on the explorer until its results are drawn (goal ≤ 500 ms). */
  yourModel: inBrowser?.yourModel ? { ...inBrowser.yourModel, notes: undefined } : null,
  /**
   * Every visit figure beside its goal: the median, the floor it is set against (first visits
   * against the first-visit floor, reloads against the reload floor), × floor, floor + ms, the
   * goal and whether the median meets it (bench/visit-goals.ts).
   */
  visitGoals,
  /**
   * Label spaces and hierarchy metrics (bench/ml-bench.ts): labelling and mapping 50,000 lines
   * through the CLI, every 1k severity and a 10,450² matrix in-process, one pair's distances; NLTK
   * doing the same beside each (its 1k severities extrapolated from 2,000 pairs).
   */
  ml: { ...ml, notes: undefined },
  node: { loadMs: nodeLoadMs, ...ours },
  peers: {
    minisearch: search.minisearch,
    ufuzzy: search.ufuzzy,
    flexsearch: search.flexsearch,
    nltk: peers.nltk ?? null,
    wn: peers.wn ?? null,
  },
  notes: [...peers.notes, ...ml.notes, ...('error' in browser ? [`browser: ${browser.error}`] : browser.notes)],
  benchSeconds: 0,
};
result.benchSeconds = Number(((performance.now() - started) / 1000).toFixed(1));

if (json) {
  console.log(JSON.stringify(result));
} else {
  console.log('\n' + formatTable(result));
  if (inBrowser?.yourModel) console.log(['', ...yourModelLines(inBrowser.yourModel)].join('\n'));
}

function formatTable(r: typeof result): string {
  const rows: string[][] = [['figure', 'synset-explorer', 'peer', 'peer value', 'ratio (peer / ours)']];
  const ratio = (peer: number | undefined, own: number | null | undefined): string =>
    peer === undefined || own === null || own === undefined || own === 0 ? '' : `${(peer / own).toFixed(1)}×`;
  for (const name of ['minisearch', 'ufuzzy', 'flexsearch'] as const) {
    const peer = r.peers[name]!;
    for (const key of ['buildMs', 'searchP50Us', 'searchP95Us', 'searchP99Us'] as const)
      rows.push([key + ' (node)', String(r.node[key]), name, String(peer[key]), ratio(peer[key], r.node[key])]);
    for (const key of ['typoRecallAt5', 'exactTop1'] as const) rows.push([key, String(r.node[key]), name, String(peer[key]), '']);
  }
  if (r.peers.nltk) {
    for (const key of ['ancestorsUs', 'lcaUs', 'descendantsRootMs'] as const)
      rows.push([key, String(r[key]), 'nltk', String(r.peers.nltk[key]), ratio(r.peers.nltk[key], r[key])]);
    rows.push([
      'firstAnswerMs (process)',
      String(r.cliLookupMs),
      'nltk',
      String(r.peers.nltk.firstAnswerMs),
      ratio(r.peers.nltk.firstAnswerMs, r.cliLookupMs),
    ]);
  }
  if (r.peers.wn)
    rows.push(['cliLookupMs', String(r.cliLookupMs), 'wn', String(r.peers.wn.cliLookupMs), ratio(r.peers.wn.cliLookupMs, r.cliLookupMs)]);
  if (r.cliStart)
    rows.push([
      'cliLookupMs',
      String(r.cliLookupMs),
      'node -e 0',
      String(r.cliStart.nodeMs.median),
      ratio(r.cliStart.nodeMs.median, r.cliLookupMs),
    ]);
  for (const key of [
    'coldReadyMs',
    'warmReadyMs',
    'coldSkeletonMs',
    'warmSkeletonMs',
    'workerHeapMB',
    'searchP50Us',
    'searchP95Us',
    'searchP99Us',
    'pageSearchRoundTripP50Ms',
    'pageSearchRoundTripP95Ms',
    'labels1000Ms',
    'labels1000ColdMs',
    'bundleBytes',
    'bundleGzipBytes',
    'partsGzipBytes',
    'skeletonGzipBytes',
  ] as const) {
    rows.push([key, String(r[key]), '', '', '']);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const lines = rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const configs = (['synset-explorer', 'minisearch', 'ufuzzy', 'flexsearch'] as const).map(
    (name) => `  ${name}: ${(name === 'synset-explorer' ? r.node : r.peers[name]!).config}`,
  );
  const phases = r.warmPhasesMs
    ? [
        '',
        `later visit, ms from navigation: ${Object.entries(r.warmPhasesMs)
          .map(([key, ms]) => `${key} ${ms}`)
          .join(' → ')}`,
      ]
    : [];
  const m = r.ml;
  const times = (peer: number | null, own: number | null): string =>
    peer === null || own === null || own === 0 ? '' : ` (NLTK ${peer}, ${(peer / own).toFixed(0)}× ours)`;
  const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
  const mlLines = [
    '',
    'ML jobs (ms unless said):',
    `  label 50,000 predicted 1k indices (CLI, tsv): ${m.labelFileMs}${times(m.nltkLabelFileMs, m.labelFileMs)} (goal ~1 s)`,
    `  map 50,000 imagenet-r indices to the 1k (CLI): ${m.mapFileMs}`,
    `  every severity of the 1k: ${m.severities1kMs}${times(m.nltkSeverities1kMs, m.severities1kMs)} (goal ≥ 50× NLTK)`,
    `  10,450² severity matrix (21k-p-winter21), in-process: ${m.severitiesWinter21Ms} (goal ≤ 15 s with the file written)`,
    `  synset matrix --set 1k --metric severity --format npy -o FILE (process, wall): ${m.matrix1kMs ?? '?'} (goal ≤ 1,000)`,
    m.matrixWinter21
      ? `  synset matrix --set 21k-p-winter21 … -o FILE: ${m.matrixWinter21.ms} (goal ≤ 15,000), peak RSS ${mib(m.matrixWinter21.maxRssBytes)} MiB ` +
        `for a ${mib(m.matrixWinter21.fileBytes)} MiB file, ${(m.matrixWinter21.maxRssBytes / m.matrixWinter21.fileBytes).toFixed(2)}× (goal ≤ 1.5×)`
      : '  synset matrix --set 21k-p-winter21: failed (see notes)',
    `  one pair's distances: ${m.distancePairUs} µs${m.nltkWupPairUs === null ? '' : ` (NLTK wup alone ${m.nltkWupPairUs} µs, ${(m.nltkWupPairUs / m.distancePairUs).toFixed(0)}× ours)`} (goal ≥ 10×)`,
  ];
  const act = r.interactions;
  const interactions = act
    ? [
        '',
        'the explorer, interactions (ms):',
        `  app shell painted (first-contentful-paint): first visit ${act.firstPaintMs.first}, reloads median ${act.firstPaintMs.reloads?.median ?? '?'} (goal < 300)`,
        `  keystroke to results painted: p50 ${act.keystrokeMs.p50}, p95 ${act.keystrokeMs.p95} over ${act.keystrokeMs.lists} lists; ` +
          `input events in the page: p50 ${act.keystrokeInPageMs.p50}, p95 ${act.keystrokeInPageMs.p95}, in the DOM p95 ${act.keystrokeInPageMs.renderedP95}, the first frame after the key p95 ${act.keystrokeInPageMs.nextFrameP95} (the floor), ${(act.keystrokeInPageMs.inNextFrame * 100).toFixed(0)}% painted in it (goal p95 < 16)`,
        `  expanding shrub (${act.expandShrub.children} children): first ${act.expandShrub.firstMs} (rows in the DOM at ${act.expandShrub.inDomMs}, painted ${act.expandShrub.toFrameMs} later), cached median ${act.expandShrub.cachedMedianMs} (goal < 16)`,
      ]
    : [];
  return [
    ...lines,
    ...phases,
    ...mlLines,
    ...interactions,
    '',
    'visits, against the floor (an empty worker answering the page; first visits against the first-visit floor, reloads against the reload floor):',
    ...formatGoalTable(r.visitGoals),
    '',
    'bytes transferred per page (DevTools protocol: the page and its workers):',
    ...transferLines(inBrowser),
    '',
    'search configurations:',
    ...configs,
    '',
    ...r.notes.map((note) => `note: ${note}`),
    `bench took ${r.benchSeconds} s`,
  ].join('\n');
}
