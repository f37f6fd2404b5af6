/**
 * The jobs ML users do daily, timed beside the tools they would use otherwise: labelling a file
 * of 50,000 predicted class indices and mapping 50,000 ids between label spaces (the CLI, as a
 * script would call it; NLTK labels the same file), and the hierarchy metrics (every severity of
 * the 1k, a 10,450² matrix, one pair's distances) against NLTK doing the same.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distanceRecord, metricRows, setHeight } from '../src/core/hierarchy-metrics.js';
import type { SynsetQueries } from '../src/core/queries.js';
import { labelSetFolder, useBuiltInLabelSets } from '../src/node/label-spaces.js';
import { findProjectRoot } from '../src/node/project-root.js';
import { nltkDictFolder, PYTHON } from './node-bench.js';
import { seededRandom } from './query-set.js';
import { median, round, timed } from './stats.js';

const LINES = 50_000;

export interface MlFigures {
  /** `synset lookup - --format tsv --fields index,wnid,label` over 50,000 1k indices, wall ms (median of 3). */
  labelFileMs: number | null;
  nltkLabelFileMs: number | null;
  /** `synset map - --from imagenet-r --to 1k` over 50,000 ImageNet-R indices. */
  mapFileMs: number | null;
  /** Every severity of the 1k (1,000 rows of the matrix, 999,000 ordered pairs) in this process. */
  severities1kMs: number;
  /** NLTK's lowest_common_hypernyms + max_depth per pair, times the 499,500 pairs of the 1k. */
  nltkSeverities1kMs: number | null;
  /** A 10,450 × 10,450 severity matrix (21k-p-winter21), rows computed and dropped, in this process. */
  severitiesWinter21Ms: number;
  /** One pair's every distance (`synset distance`'s record), µs per pair: the median of three passes over 2,000 pairs. */
  distancePairUs: number;
  nltkWupPairUs: number | null;
  /** `synset matrix --set 1k --metric severity --format npy -o FILE`, wall ms of the process (median of 3). */
  matrix1kMs: number | null;
  /** `synset matrix --set 21k-p-winter21 --metric severity --format npy -o FILE`: wall ms, peak RSS and the file's size. */
  matrixWinter21: { ms: number; maxRssBytes: number; fileBytes: number } | null;
  notes: string[];
}

export function benchMl(queries: SynsetQueries, log: (line: string) => void): MlFigures {
  const root = findProjectRoot();
  const notes: string[] = [];
  useBuiltInLabelSets(queries);
  const work = mkdtempSync(join(tmpdir(), 'synset-ml-bench-'));
  const random = seededRandom(20_261_202);
  try {
    const predictions = join(work, 'predictions.txt');
    writeFileSync(predictions, Array.from({ length: LINES }, () => Math.floor(random() * 1000)).join('\n') + '\n');
    const rendition = join(work, 'imagenet-r.txt');
    writeFileSync(rendition, Array.from({ length: LINES }, () => Math.floor(random() * 200)).join('\n') + '\n');

    log('ml: labelling and mapping 50,000 lines through the CLI…');
    const cli = (args: string[], input: string) => wallMs(process.execPath, [join(root, 'bin/synset.js'), ...args], input, LINES, notes);
    const labelFileMs = cli(['lookup', '-', '--format', 'tsv', '--fields', 'index,wnid,label'], predictions);
    const mapFileMs = cli(['map', '-', '--from', 'imagenet-r', '--to', '1k'], rendition);

    log('ml: severities and distances…');
    const index = queries.index;
    const k1 = queries.labelSpaces.set('1k').classes;
    const severities1kMs = median([0, 1, 2].map(() => timed(() => drain(metricRows(index, k1, 'severity')))[1]));
    const winter = queries.labelSpaces.set('21k-p-winter21').classes;
    const severitiesWinter21Ms = timed(() => drain(metricRows(index, winter, 'severity')))[1];
    const pairs = Array.from({ length: 2000 }, () => [k1[Math.floor(random() * 1000)]!, k1[Math.floor(random() * 1000)]!] as const);
    const height = setHeight(index, k1);
    // The median of three passes over the same pairs: the first also compiles the code and fills
    // the index's depth cache, which a CLI answering a file of pairs pays once, not per pair.
    const pairMs = median([0, 1, 2].map(() => timed(() => pairs.forEach(([a, b]) => distanceRecord(index, a, b, height)))[1]));

    log('ml: synset matrix through the CLI (1k, then 21k-p-winter21 with its peak memory)…');
    const matrix1k = median([0, 1, 2].map(() => matrixRun(root, '1k', join(work, 'severity-1k.npy'), notes)?.ms ?? NaN));
    const matrixWinter21 = matrixRun(root, '21k-p-winter21', join(work, 'severity-winter21.npy'), notes);

    const figures: MlFigures = {
      labelFileMs,
      nltkLabelFileMs: null,
      mapFileMs,
      severities1kMs: round(severities1kMs),
      nltkSeverities1kMs: null,
      severitiesWinter21Ms: round(severitiesWinter21Ms),
      distancePairUs: round((pairMs * 1000) / pairs.length, 2),
      nltkWupPairUs: null,
      matrix1kMs: Number.isNaN(matrix1k) ? null : round(matrix1k),
      matrixWinter21,
      notes,
    };
    const dict = nltkDictFolder();
    if (!dict || spawnSync(PYTHON, ['-c', 'import nltk'], { encoding: 'utf8' }).status !== 0) {
      notes.push('NLTK or its WordNet is absent (apt-get install python3-nltk wordnet-base): NLTK figures skipped');
      return figures;
    }
    log('ml: NLTK labels the same file and times severities and wup…');
    const script = join(root, 'bench/nltk_peer.py');
    figures.nltkLabelFileMs = wallMs(
      PYTHON,
      [script, dict, 'label', join(labelSetFolder(), '../imagenet/ilsvrc2012.txt'), predictions],
      '',
      LINES,
      notes,
    );
    const pairFile = join(work, 'pairs.txt');
    const offsets = index.bundle.offsets;
    writeFileSync(pairFile, pairs.map(([a, b]) => `${offsets[a]} ${offsets[b]}`).join('\n') + '\n');
    const result = spawnSync(PYTHON, [script, dict, 'metrics', pairFile], { encoding: 'utf8' });
    if (result.status === 0) {
      const nltk = JSON.parse(result.stdout) as { severityPairUs: number; wupPairUs: number };
      figures.nltkSeverities1kMs = round((nltk.severityPairUs * 499_500) / 1000);
      figures.nltkWupPairUs = round(nltk.wupPairUs, 2);
    } else notes.push(`NLTK metrics failed: ${result.stderr.trim().split('\n').at(-1) ?? ''}`);
    rmSync(dict, { recursive: true, force: true });
    return figures;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Wall milliseconds of a command fed `inputFile` ('' for none; median of 3), checking it printed `lines` lines at least. */
export function wallMs(command: string, args: string[], inputFile: string, lines: number, notes: string[]): number | null {
  const input = inputFile === '' ? undefined : readFileSync(inputFile);
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const result = spawnSync(command, args, { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const ms = performance.now() - started;
    const printed = result.stdout?.split('\n').filter(Boolean).length ?? 0;
    if (result.status !== 0 || printed < lines) {
      notes.push(`${args.slice(0, 3).join(' ')}: exit ${result.status}, ${printed} lines: ${result.stderr?.trim().split('\n')[0] ?? ''}`);
      return null;
    }
    times.push(ms);
  }
  return round(median(times));
}

/**
 * Runs `synset matrix --set SET --metric severity --format npy -o FILE` in a child process, as a
 * script would, through a `node -e` wrapper that calls the CLI's `run()` and prints the process's
 * peak resident set (`process.resourceUsage().maxRSS`, KiB) on stderr as it exits.
 */
function matrixRun(
  root: string,
  set: string,
  file: string,
  notes: string[],
): { ms: number; maxRssBytes: number; fileBytes: number } | null {
  const main = pathToFileURL(join(root, 'build/node/src/cli/main.js')).href;
  const wrapper =
    `process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'));` +
    `import(${JSON.stringify(main)}).then((cli) => cli.run(process.argv.slice(1)));`;
  const args = ['matrix', '--set', set, '--metric', 'severity', '--format', 'npy', '-o', file];
  const started = performance.now();
  const result = spawnSync(process.execPath, ['-e', wrapper, '--', ...args], { encoding: 'utf8' });
  const ms = performance.now() - started;
  const rss = /maxRSS (\d+)/.exec(result.stderr ?? '');
  if (result.status !== 0 || !rss) {
    notes.push(`synset matrix --set ${set}: exit ${result.status}: ${result.stderr?.trim().split('\n')[0] ?? ''}`);
    return null;
  }
  return { ms: round(ms), maxRssBytes: Number(rss[1]) * 1024, fileBytes: statSync(file).size };
}

function drain(rows: Iterable<unknown>): void {
  for (const row of rows) void row;
}
