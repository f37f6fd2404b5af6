/**
 * `npm run bench`: speed and size, side by side with the tools people use today, in one run.
 * Prints a table, or with --json one object with the keys the README documents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SynsetQueries } from '../src/core/queries.js';
import { loadIndex } from '../src/node/load-bundle.js';
import { findProjectRoot } from '../src/node/project-root.js';
import { benchBrowser, type BrowserFigures } from './browser-bench.js';
import { benchAncestry, benchPeers, benchSearch, makeQuerySets } from './node-bench.js';
import { median, timed } from './stats.js';

const json = process.argv.includes('--json');
const log = (line: string): void => void (json ? process.stderr : process.stdout).write(line + '\n');
const started = performance.now();

const root = findProjectRoot();
const manifest = JSON.parse(readFileSync(join(root, 'data/generated/manifest.json'), 'utf8')) as { bytes: number; gzipBytes: number };
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
log('browser: Chromium, cold and warm start, round trips, labels…');
let browser: BrowserFigures | { error: string };
try {
  browser = await benchBrowser(queries!.index, log);
} catch (error) {
  browser = { error: error instanceof Error ? error.message : String(error) };
  log(`browser bench failed: ${browser.error}`);
}
const inBrowser = 'error' in browser ? undefined : browser;
const ours = search['synset-explorer']!;

const result = {
  coldReadyMs: inBrowser?.coldReadyMs ?? null,
  warmReadyMs: inBrowser?.warmReadyMs ?? null,
  bundleBytes: manifest.bytes,
  bundleGzipBytes: manifest.gzipBytes,
  workerHeapMB: inBrowser?.workerHeapMB ?? null,
  // Inside the worker when the browser ran; the Node figures are in `node`.
  searchP50Us: inBrowser?.workerSearchP50Us ?? ours.searchP50Us,
  searchP95Us: inBrowser?.workerSearchP95Us ?? ours.searchP95Us,
  searchP99Us: inBrowser?.workerSearchP99Us ?? ours.searchP99Us,
  typoRecallAt5: ours.typoRecallAt5,
  exactTop1: ours.exactTop1,
  ancestorsUs: ancestry.ancestorsUs,
  lcaUs: ancestry.lcaUs,
  descendantsRootMs: ancestry.descendantsRootMs,
  labels1000Ms: inBrowser?.labels1000Ms ?? null,
  cliLookupMs: peers.cliLookupMs ?? null,
  pageSearchRoundTripP50Ms: inBrowser?.roundTripP50Ms ?? null,
  pageSearchRoundTripP95Ms: inBrowser?.roundTripP95Ms ?? null,
  warmPhasesMs: inBrowser?.warmPhasesMs ?? null,
  node: { loadMs: nodeLoadMs, ...ours },
  peers: {
    minisearch: search.minisearch,
    ufuzzy: search.ufuzzy,
    flexsearch: search.flexsearch,
    nltk: peers.nltk ?? null,
    wn: peers.wn ?? null,
  },
  notes: [...peers.notes, ...('error' in browser ? [`browser: ${browser.error}`] : browser.notes)],
  benchSeconds: 0,
};
result.benchSeconds = Number(((performance.now() - started) / 1000).toFixed(1));

if (json) {
  console.log(JSON.stringify(result));
} else {
  console.log('\n' + formatTable(result));
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
  for (const key of [
    'coldReadyMs',
    'warmReadyMs',
    'workerHeapMB',
    'searchP50Us',
    'searchP95Us',
    'searchP99Us',
    'pageSearchRoundTripP50Ms',
    'pageSearchRoundTripP95Ms',
    'labels1000Ms',
    'bundleBytes',
    'bundleGzipBytes',
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
  return [
    ...lines,
    ...phases,
    '',
    'search configurations:',
    ...configs,
    '',
    ...r.notes.map((note) => `note: ${note}`),
    `bench took ${r.benchSeconds} s`,
  ].join('\n');
}
