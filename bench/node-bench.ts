/**
 * The bench's Node half: the core against the search engines people use, against NLTK's
 * WordNet reader, and the CLI against Debian's `wn`, on the same inputs in one run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IN_21K } from '../src/core/bundle-format.js';
import { LEX_NAMES } from '../src/core/lexnames.js';
import type { SynsetIndex } from '../src/core/synset-index.js';
import { ROOT_WNID } from '../src/core/wnid.js';
import { SynsetQueries } from '../src/core/queries.js';
import { findProjectRoot } from '../src/node/project-root.js';
import { makeQuerySets, seededRandom, type QuerySets } from './query-set.js';
import { searchEngines } from './search-engines.js';
import { median, percentile, timed, type Spread } from './stats.js';

export interface SearchFigures {
  buildMs: number;
  searchP50Us: number;
  searchP95Us: number;
  searchP99Us: number;
  typoRecallAt5: number;
  exactTop1: number;
  config: string;
}

const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

/**
 * Search speed and quality of every engine over the same query sets: one timed pass each
 * (uFuzzy scans the whole corpus per query, so more passes would not fit in the bench's five
 * minutes), and quality scored from the answers of that same pass.
 */
export function benchSearch(
  index: SynsetIndex,
  sets: QuerySets,
  log: (line: string) => void,
  engines: (name: string) => boolean = () => true,
): Record<string, SearchFigures> {
  const all = [...sets.prefixes, ...sets.wholeLemmas.map((w) => w.query), ...sets.typos.map((t) => t.query)];
  const figures: Record<string, SearchFigures> = {};
  for (const engine of searchEngines(index).filter((e) => engines(e.name))) {
    const builds: number[] = [];
    for (let run = 0; run < 3; run++) builds.push(timed(() => engine.build())[1]);
    for (const q of sets.prefixes.slice(0, 200)) engine.top5(q); // warm the JIT the same way for everyone
    const latencies: number[] = [];
    const answers = new Map<string, string[]>();
    for (const q of all) {
      const start = performance.now();
      const top5 = engine.top5(q);
      latencies.push((performance.now() - start) * 1000);
      answers.set(q, top5);
    }
    latencies.sort((a, b) => a - b);
    const typoHits = sets.typos.filter((t) => answers.get(t.query)!.includes(t.wnid)).length;
    const exactHits = sets.wholeLemmas.filter((w) => w.synsets.has(answers.get(w.query)![0] ?? '')).length;
    figures[engine.name] = {
      buildMs: round(median(builds)),
      searchP50Us: round(percentile(latencies, 50)),
      searchP95Us: round(percentile(latencies, 95)),
      searchP99Us: round(percentile(latencies, 99)),
      typoRecallAt5: round(typoHits / sets.typos.length, 3),
      exactTop1: round(exactHits / sets.wholeLemmas.length, 3),
      config: engine.config,
    };
    log(`  ${engine.name} (${all.length} queries): ${JSON.stringify(figures[engine.name])}`);
  }
  return figures;
}

export interface AncestryFigures {
  ancestorsUs: number;
  lcaUs: number;
  descendantsRootMs: number;
}

/** 1,000 random ImageNet synsets and 1,000 random pairs of them. */
function ancestryInputs(index: SynsetIndex): { synsets: number[]; pairs: [number, number][] } {
  const random = seededRandom(7);
  const imagenet: number[] = [];
  for (let i = 0; i < index.size; i++) if (index.bundle.flags[i]! & IN_21K) imagenet.push(i);
  const pick = (): number => imagenet[Math.floor(random() * imagenet.length)]!;
  return { synsets: Array.from({ length: 1000 }, pick), pairs: Array.from({ length: 1000 }, () => [pick(), pick()]) };
}

export function benchAncestry(queries: SynsetQueries): AncestryFigures {
  const index = queries.index;
  const { synsets, pairs } = ancestryInputs(index);
  const wnids = synsets.map((i) => index.wnidOf(i));
  const perCall = (fn: () => unknown): number => timed(fn)[1] * 1000;
  for (const wnid of wnids.slice(0, 100)) queries.ancestors(wnid);
  const ancestors = wnids.map((wnid) => perCall(() => queries.ancestors(wnid)));
  const lca = pairs.map(([a, b]) => perCall(() => queries.lca(index.wnidOf(a), index.wnidOf(b))));
  const root = [0, 1, 2, 3, 4].map(() => timed(() => queries.descendantOffsets(ROOT_WNID))[1]);
  return { ancestorsUs: round(median(ancestors), 2), lcaUs: round(median(lca), 2), descendantsRootMs: round(median(root), 2) };
}

/**
 * Median wall time of a command over several runs, in ms; undefined when it fails. Debian's
 * `wn` exits with the number of senses it found, so for it any exit with output counts.
 */
function commandMs(command: string, args: string[], anyStatus = false, runs = 5): number | undefined {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = spawnSync(command, args, { encoding: 'utf8' });
    if (result.error || (!anyStatus && result.status !== 0) || result.stdout.trim() === '') return undefined;
    times.push(performance.now() - start);
  }
  return round(median(times));
}

/** Debian's WordNet files with the `lexnames` file NLTK wants and Debian does not ship. */
export function nltkDictFolder(): string | undefined {
  const debian = '/usr/share/wordnet';
  if (!existsSync(join(debian, 'data.noun'))) return undefined;
  const folder = mkdtempSync(join(tmpdir(), 'synset-bench-wordnet-'));
  for (const file of readdirSync(debian)) symlinkSync(join(debian, file), join(folder, file));
  writeFileSync(
    join(folder, 'lexnames'),
    LEX_NAMES.map(
      (name, i) => `${String(i).padStart(2, '0')}\t${name}\t${name.startsWith('adj') ? 3 : name.startsWith('adv') ? 4 : 1}\n`,
    ).join(''),
  );
  return folder;
}

export interface PeerFigures {
  nltk?: AncestryFigures & { firstAnswerMs: number };
  wn?: { cliLookupMs: number };
  cliLookupMs?: number;
  /** `synset lookup dog.n.01` beside `node -e 0` and `wn` in the same runs (see {@link benchCliStart}). */
  cliStart?: CliStartFigures;
  notes: string[];
}

/** Whole-process wall times, ms: the median of the runs, and the range. */
export interface CliStartFigures {
  /** `node -e 0`: Node starting and doing nothing, the floor. */
  nodeMs: Spread;
  /** `node bin/synset.js lookup dog.n.01`, as a script or a shell calls it (no `npx`). */
  cliMs: Spread;
  /** Debian's `wn dog -over`, where installed. */
  wnMs?: Spread;
  /** The CLI's median over the floor's. */
  ratio: number;
  runs: number;
  /** The machine's 1, 5 and 15 minute load averages before the runs (/proc/loadavg). */
  loadAverage: string;
}

/** Runs of each command in {@link benchCliStart}; `BENCH_RUNS` changes it. */
const CLI_RUNS = Number(process.env.BENCH_RUNS ?? 11);

/**
 * `synset lookup dog.n.01` from process start to exit, beside `node -e 0` and Debian's `wn`:
 * interleaved (node, CLI, wn, node, CLI, …) so that a busy moment of this shared machine falls
 * on all of them, after one unmeasured run of each (the CLI writes its code cache on its first
 * run after a build; the files are in the page cache after it, as for anyone who uses it).
 */
export function benchCliStart(runs = CLI_RUNS): CliStartFigures | { error: string } {
  const root = findProjectRoot();
  const commands: Record<'node' | 'cli' | 'wn', [string, string[]] | undefined> = {
    node: [process.execPath, ['-e', '0']],
    cli: [process.execPath, [join(root, 'bin/synset.js'), 'lookup', 'dog.n.01']],
    wn: existsSync('/usr/bin/wn') ? ['/usr/bin/wn', ['dog', '-over']] : undefined,
  };
  const loadAverage = existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : 'unknown';
  const times: Record<string, number[]> = { node: [], cli: [], wn: [] };
  for (let run = -1; run < runs; run++) {
    for (const [name, command] of Object.entries(commands)) {
      if (!command) continue;
      const start = performance.now();
      const result = spawnSync(command[0], command[1], { encoding: 'utf8' });
      const ms = performance.now() - start;
      // Debian's `wn` exits with the number of senses it found.
      if (result.error || (name !== 'wn' && result.status !== 0)) {
        return { error: `${name} failed: ${(result.stderr ?? '').trim().split('\n')[0] ?? result.error?.message}` };
      }
      if (run >= 0) times[name]!.push(ms);
    }
  }
  const spreadOf = (values: number[]): Spread => ({
    median: round(median(values), 1),
    min: round(Math.min(...values), 1),
    max: round(Math.max(...values), 1),
    runs: values.length,
  });
  const [nodeMs, cliMs] = [spreadOf(times.node!), spreadOf(times.cli!)];
  return {
    nodeMs,
    cliMs,
    ...(commands.wn ? { wnMs: spreadOf(times.wn!) } : {}),
    ratio: round(cliMs.median / nodeMs.median, 2),
    runs,
    loadAverage,
  };
}

/** The lines `--only cli` prints. */
export function cliStartLines(figures: CliStartFigures): string[] {
  const spread = (s: Spread): string => `${s.median} ms (${s.min}–${s.max})`;
  return [
    `CLI start, median of ${figures.runs} interleaved runs each (load average ${figures.loadAverage}):`,
    `  node -e 0                             ${spread(figures.nodeMs)}`,
    `  synset lookup dog.n.01                ${spread(figures.cliMs)}  = ${figures.ratio}× node -e 0 (goal ≤ 1.3×)`,
    ...(figures.wnMs ? [`  wn dog -over (Debian's WordNet, C)    ${spread(figures.wnMs)}`] : []),
  ];
}

export const PYTHON = '/usr/bin/python3';

export function benchPeers(queries: SynsetQueries): PeerFigures {
  const root = findProjectRoot();
  const notes: string[] = [];
  const out: PeerFigures = { notes };
  const start = benchCliStart();
  if ('error' in start) notes.push(`synset CLI did not answer (${start.error}): run npm install`);
  else {
    out.cliStart = start;
    out.cliLookupMs = start.cliMs.median;
    if (start.wnMs) out.wn = { cliLookupMs: start.wnMs.median };
  }
  if (!existsSync('/usr/bin/wn')) notes.push("Debian's wn is absent (apt-get install wordnet): skipped");
  const dict = nltkDictFolder();
  const hasNltk = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import nltk'], { encoding: 'utf8' }).status === 0;
  if (!dict || !hasNltk) {
    notes.push('NLTK or its WordNet is absent (apt-get install python3-nltk wordnet-base): skipped');
    return out;
  }
  const script = join(root, 'bench/nltk_peer.py');
  const firstAnswerMs = commandMs(PYTHON, [script, dict, 'first', 'dog.n.01']);
  const { synsets, pairs } = ancestryInputs(queries.index);
  const offsets = queries.index.bundle.offsets;
  const inputFile = join(dict, 'ancestry-input.txt');
  writeFileSync(
    inputFile,
    synsets.map((i) => offsets[i]).join('\n') + '\n--\n' + pairs.map(([a, b]) => `${offsets[a]} ${offsets[b]}`).join('\n') + '\n',
  );
  const result = spawnSync(PYTHON, [script, dict, 'ancestry', inputFile], { encoding: 'utf8' });
  if (result.status !== 0 || firstAnswerMs === undefined) {
    notes.push(`NLTK failed: ${result.stderr.trim().split('\n').at(-1) ?? 'no output'}`);
    return out;
  }
  const nltk = JSON.parse(result.stdout) as AncestryFigures & { descendantsRoot: number };
  out.nltk = {
    firstAnswerMs,
    ancestorsUs: round(nltk.ancestorsUs, 2),
    lcaUs: round(nltk.lcaUs, 2),
    descendantsRootMs: round(nltk.descendantsRootMs, 2),
  };
  if (nltk.descendantsRoot !== 82_114) notes.push(`NLTK counted ${nltk.descendantsRoot} descendants of entity (we count 82,114)`);
  return out;
}

export { makeQuerySets };
