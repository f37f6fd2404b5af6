/**
 * `synset evaluate`'s speed (`npm run bench -- --only evaluate`): 50,000 validation images with
 * top-5 predictions and ReaL, the whole process, in the three forms people have (an .npy array,
 * np.savetxt's text, a per-image CSV); a 1,000 × 1,000 confusion matrix; where the time goes in
 * process; and NumPy doing the same sums on the same files beside it when it is installed.
 *
 * The predictions are cleanlab's real top-1 (data/evaluation/) followed by four seeded other
 * classes, in ImageFolder order; written once into a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classCellsOf, evaluateConfusion, evaluateSamples } from '../src/core/evaluation/evaluate.js';
import { parseClassTable } from '../src/core/evaluation/read-class-table.js';
import { joinSamples } from '../src/core/evaluation/samples.js';
import { wordnetSeverity } from '../src/core/evaluation/severity-measure.js';
import { parseValidationData } from '../src/core/evaluation/validation-data.js';
import { metricRows } from '../src/core/hierarchy-metrics.js';
import { npyHeader, npyRowBytes } from '../src/core/npy.js';
import type { SynsetQueries } from '../src/core/queries.js';
import { evaluationFolder } from '../src/node/evaluation-data.js';
import { useBuiltInLabelSets } from '../src/node/label-spaces.js';
import { findProjectRoot } from '../src/node/project-root.js';
import { PYTHON } from './node-bench.js';
import { seededRandom } from './query-set.js';
import { wallMs } from './ml-bench.js';
import { median, round, timed } from './stats.js';

const RUNS = 5;
const K = 5;

export interface EvaluateFigures {
  /** `synset evaluate FILE --true val-imagefolder --json` (or by file name for the CSV), wall ms of the process, median of 3. */
  process: { npyMs: number | null; savetxtMs: number | null; csvMs: number | null; confusionMs: number | null };
  /** In this process, medians of 5: reading the shipped labels and ReaL, each input's parse, the join, the sums and figures. */
  inProcess: {
    validationDataMs: number;
    parseNpyMs: number;
    parseSavetxtMs: number;
    parseCsvMs: number;
    joinMs: number;
    evaluateMs: number;
    confusionMs: number;
  };
  /** NumPy on the same files (evaluate_numpy.py): process wall ms, and the sums alone once the files are read. */
  numpy: { processMs: number; sumsMs: number; confusionProcessMs: number; confusionSumsMs: number } | null;
  /** top-1 and ReaL top-1 of the bench's file, ours and NumPy's: the two did the same work. */
  check: { top1: number; realTop1: number | null; numpyTop1: number | null; numpyRealTop1: number | null };
  notes: string[];
}

export function benchEvaluate(queries: SynsetQueries, log: (line: string) => void): EvaluateFigures {
  const root = findProjectRoot();
  const notes: string[] = [];
  useBuiltInLabelSets(queries);
  const work = mkdtempSync(join(tmpdir(), 'synset-evaluate-bench-'));
  try {
    log('evaluate: writing 50,000 top-5 predictions as .npy, np.savetxt text and a per-image CSV…');
    const folder = evaluationFolder();
    const readData = () =>
      parseValidationData(readFileSync(join(folder, 'val-labels.npy')), readFileSync(join(folder, 'real-labels.txt'), 'utf8'));
    const validation = readData();
    const set = queries.labelSpaces.set('1k');
    const cells = classCellsOf(queries.index, set);
    const cleanlab = parseClassTable(readFileSync(join(folder, 'cleanlab-predictions.npy')), 'pred', cells).classes;
    const random = seededRandom(20_221_121);
    const top5 = new Int32Array(cleanlab.length * K);
    cleanlab.forEach((first, r) => {
      top5[r * K] = first;
      for (let j = 1; j < K; j++) top5[r * K + j] = (first + 1 + Math.floor(random() * 999)) % 1000;
    });
    const rows = Array.from({ length: cleanlab.length }, (_, r) => Array.from(top5.subarray(r * K, r * K + K)));
    const files = {
      npy: join(work, 'top5.npy'),
      savetxt: join(work, 'top5.txt'),
      csv: join(work, 'top5.csv'),
      confusion: join(work, 'confusion.npy'),
      severity: join(work, 'severity.npy'),
    };
    writeFileSync(files.npy, new Uint8Array([...npyHeader('<i4', [cleanlab.length, K]), ...npyRowBytes(top5, 'int32')]));
    // np.savetxt's default '%.18e': two exponent digits at least (2.070000000000000000e+02).
    const savetxt = (c: number) => c.toExponential(18).replace(/e([+-])(\d)$/, (_, sign: string, digit: string) => `e${sign}0${digit}`);
    writeFileSync(files.savetxt, rows.map((row) => row.map(savetxt).join(' ')).join('\n') + '\n');
    const name = (r: number) =>
      `val/${queries.index.wnidOf(set.classes[validation.labels[validation.imageFolder[r]! - 1]!]!)}/ILSVRC2012_val_${String(validation.imageFolder[r]).padStart(8, '0')}.JPEG`;
    writeFileSync(
      files.csv,
      'file_name,predicted_class,pred_2,pred_3,pred_4,pred_5\n' + rows.map((row, r) => `${name(r)},${row.join(',')}`).join('\n') + '\n',
    );
    const confusion = new Int32Array(1000 * 1000);
    cleanlab.forEach((p, r) => confusion[validation.labels[validation.imageFolder[r]! - 1]! * 1000 + p]!++);
    writeFileSync(files.confusion, new Uint8Array([...npyHeader('<i4', [1000, 1000]), ...npyRowBytes(confusion, 'int32')]));
    writeSeverity(queries, files.severity);

    log('evaluate: the CLI, whole process, median of 3 each…');
    // Each prints one JSON line.
    const cli = (args: string[]) => wallMs(process.execPath, [join(root, 'bin/synset.js'), 'evaluate', ...args, '--json'], '', 1, notes);
    const process_ = {
      npyMs: cli([files.npy, '--true', 'val-imagefolder']),
      savetxtMs: cli([files.savetxt, '--true', 'val-imagefolder']),
      csvMs: cli([files.csv]),
      confusionMs: cli(['--confusion', files.confusion]),
    };

    log('evaluate: in process…');
    const measure = wordnetSeverity(queries.index, set.classes);
    const context = { index: queries.index, set, measure };
    const bytes = { npy: readFileSync(files.npy), savetxt: readFileSync(files.savetxt), csv: readFileSync(files.csv) };
    const table = parseClassTable(bytes.npy, 'pred', cells);
    const samples = joinSamples(table, { kind: 'val-imagefolder' }, validation);
    const result = evaluateSamples(samples, context, validation.real);
    const times = (fn: () => unknown) => round(median(Array.from({ length: RUNS }, () => timed(fn)[1])), 1);
    const inProcess = {
      validationDataMs: times(readData),
      parseNpyMs: times(() => parseClassTable(bytes.npy, 'pred', cells)),
      parseSavetxtMs: times(() => parseClassTable(bytes.savetxt, 'pred', cells)),
      parseCsvMs: times(() => parseClassTable(bytes.csv, 'pred', cells)),
      joinMs: times(() => joinSamples(table, { kind: 'val-imagefolder' }, validation)),
      // A fresh measure each time: its severity rows are computed once per run, as in a process.
      evaluateMs: times(() =>
        evaluateSamples(samples, { ...context, measure: wordnetSeverity(queries.index, set.classes) }, validation.real),
      ),
      confusionMs: times(() =>
        evaluateConfusion(confusion, '1000 x 1000', { ...context, measure: wordnetSeverity(queries.index, set.classes) }),
      ),
    };
    const check = { top1: result.top1!, realTop1: result.realTop1, numpyTop1: null as number | null, numpyRealTop1: null as number | null };

    let numpy: EvaluateFigures['numpy'] = null;
    if (spawnSync(PYTHON, ['-c', 'import numpy'], { encoding: 'utf8' }).status !== 0)
      notes.push('NumPy is absent (apt-get install python3-numpy): its baseline skipped');
    else {
      log('evaluate: NumPy on the same files…');
      const script = join(root, 'bench/evaluate_numpy.py');
      const run = (mode: string, file: string) => pythonRuns(script, [folder, files.severity, mode, file], notes);
      const samplesRun = run('samples', files.npy);
      const confusionRun = run('confusion', files.confusion);
      if (samplesRun && confusionRun) {
        numpy = {
          processMs: samplesRun.processMs,
          sumsMs: samplesRun.sumsMs,
          confusionProcessMs: confusionRun.processMs,
          confusionSumsMs: confusionRun.sumsMs,
        };
        check.numpyTop1 = samplesRun.figures.top1 ?? null;
        check.numpyRealTop1 = samplesRun.figures.realTop1 ?? null;
      }
    }
    return { process: process_, inProcess, numpy, check, notes };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * NumPy doing the same sums as `synset evaluate` on an N × 5 `.npy` in ImageFolder order (the
 * "Your model" bench's file): null, with a note, when NumPy is absent or the script fails.
 */
export function numpyOnTop5(queries: SynsetQueries, top5Npy: string, notes: string[]): PythonRun | null {
  if (spawnSync(PYTHON, ['-c', 'import numpy'], { encoding: 'utf8' }).status !== 0) {
    notes.push('NumPy is absent (apt-get install python3-numpy): its baseline skipped');
    return null;
  }
  const work = mkdtempSync(join(tmpdir(), 'synset-numpy-baseline-'));
  try {
    const severity = join(work, 'severity.npy');
    writeSeverity(queries, severity);
    return pythonRuns(join(findProjectRoot(), 'bench/evaluate_numpy.py'), [evaluationFolder(), severity, 'samples', top5Npy], notes);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The 1k's severity matrix as `.npy` (u1): NumPy has no WordNet, so the script is given it. */
function writeSeverity(queries: SynsetQueries, file: string): void {
  const classes = queries.labelSpaces.set('1k').classes;
  const rows = [...metricRows(queries.index, classes, 'severity')];
  writeFileSync(file, new Uint8Array([...npyHeader('|u1', [1000, 1000]), ...rows.flatMap((row) => [...row])]));
}

export interface PythonRun {
  processMs: number;
  sumsMs: number;
  figures: { top1?: number; realTop1?: number };
}

function pythonRuns(script: string, args: string[], notes: string[]): PythonRun | null {
  const runs: PythonRun[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const result = spawnSync(PYTHON, [script, ...args], { encoding: 'utf8' });
    const ms = performance.now() - started;
    if (result.status !== 0) {
      notes.push(`evaluate_numpy.py ${args[2]}: exit ${result.status}: ${result.stderr.trim().split('\n').at(-1) ?? ''}`);
      return null;
    }
    const output = JSON.parse(result.stdout) as { sumsMs: number; figures: PythonRun['figures'] };
    runs.push({ processMs: ms, sumsMs: output.sumsMs, figures: output.figures });
  }
  return {
    processMs: round(median(runs.map((run) => run.processMs)), 0),
    sumsMs: round(median(runs.map((run) => run.sumsMs)), 1),
    figures: runs[0]!.figures,
  };
}

/** The figures as the bench prints them, each beside its goal and NumPy's. */
export function evaluateLines(f: EvaluateFigures): string[] {
  const ms = (value: number | null) => (value === null ? '?' : `${value} ms`);
  const beside = (ours: number | null, theirs: number | undefined) =>
    theirs === undefined || ours === null ? '' : ` (NumPy ${theirs} ms, ${(theirs / ours).toFixed(1)}× ours)`;
  const n = f.numpy;
  return [
    'synset evaluate (50,000 validation images, top-5, ReaL; processes median of 3, in process and NumPy median of 5):',
    `  whole process, .npy: ${ms(f.process.npyMs)}${beside(f.process.npyMs, n?.processMs)} (goal ≤ 1,000 ms)`,
    `  whole process, np.savetxt text: ${ms(f.process.savetxtMs)}; per-image CSV by file name: ${ms(f.process.csvMs)}`,
    `  whole process, 1,000 × 1,000 confusion matrix: ${ms(f.process.confusionMs)}${beside(f.process.confusionMs, n?.confusionProcessMs)}`,
    `  in process: shipped labels and ReaL ${f.inProcess.validationDataMs} ms; parse .npy ${f.inProcess.parseNpyMs}, text ${f.inProcess.parseSavetxtMs}, CSV ${f.inProcess.parseCsvMs}; join ${f.inProcess.joinMs}; sums and figures ${f.inProcess.evaluateMs}${beside(f.inProcess.evaluateMs, n?.sumsMs)}`,
    `  in process, the confusion matrix's figures: ${f.inProcess.confusionMs} ms${beside(f.inProcess.confusionMs, n?.confusionSumsMs)} (goal ≤ 300 ms)`,
    `  check: top-1 ${f.check.top1} (NumPy ${f.check.numpyTop1 ?? '-'}), ReaL top-1 ${f.check.realTop1} (NumPy ${f.check.numpyRealTop1 ?? '-'})`,
    ...f.notes.map((note) => `  note: ${note}`),
  ];
}
