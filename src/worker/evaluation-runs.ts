/**
 * A person's model on the hierarchy, in the worker: a file scored with the core's evaluation
 * (`src/core/evaluation/`: the same parsers and figures as `synset evaluate`), the result keyed
 * for the views (`hierarchy-figures.ts`), and the run kept in this browser (`run-store.ts`).
 * The validation labels, ReaL's and the known issues are data parts fetched the first time a
 * run is scored or a card asks for a class's issues, never before.
 */
import type { PartsManifest } from '../core/data-parts.js';
import { SynsetRequestError } from '../core/errors.js';
import { parseConfusionFile } from '../core/evaluation/confusion-file.js';
import { countConfusion, countSamples, type EvaluationCounts } from '../core/evaluation/counts.js';
import { classCellsOf, evaluateCounts, type EvaluationContext } from '../core/evaluation/evaluate.js';
import { hierarchyFigures, sumsAtAncestors } from '../core/evaluation/hierarchy-figures.js';
import { EvaluationInputError, placedMessage } from '../core/evaluation/input-error.js';
import { parseKnownIssues, type KnownIssues } from '../core/evaluation/known-issues.js';
import { parseClassTable } from '../core/evaluation/read-class-table.js';
import { joinSamples } from '../core/evaluation/samples.js';
import { wordnetSeverity } from '../core/evaluation/severity-measure.js';
import { parseValidationData, VALIDATION_CLASSES, type ValidationData } from '../core/evaluation/validation-data.js';
import { isNpy, parseNpyHeader } from '../core/npy.js';
import type { SynsetQueries } from '../core/queries.js';
import { RememberedLoad, RememberedLoads } from '../core/remembered-load.js';
import type { LabelAgreement, RunEvaluation, RunOptions, RunOrder, RunOutcome, RunSummary } from './api.js';
import { sha256Hex } from './content-digest.js';
import type { PartSource } from './part-source.js';
import { RunStore } from './run-store.js';

/** The set runs are scored in: the validation data's. */
const RUN_SET = '1k';
/** Hex digits of a run's content hash: as many as a custom list's name has. */
const RUN_ID_DIGITS = 12;
/** A file larger than this is no predictions file (50,000 × top-5 as '%.18e' text is 6 MB). */
const MAX_RUN_BYTES = 256 * 1024 * 1024;

export class EvaluationRuns {
  private readonly files = new RememberedLoads<string, Uint8Array>();
  private readonly validation = new RememberedLoad<ValidationData>();
  private readonly issues = new RememberedLoad<KnownIssues[]>();
  private context: EvaluationContext | undefined;
  /** Runs scored in this worker, by id: a view asking again is answered at once. */
  private readonly evaluated = new Map<string, RunEvaluation>();

  constructor(
    private readonly manifest: PartsManifest,
    private readonly source: PartSource,
    private readonly store: Promise<RunStore>,
  ) {}

  /** See `SynsetApi.evaluateRun`. */
  async evaluate(queries: SynsetQueries, buffer: ArrayBuffer, fileName: string, options: RunOptions = {}): Promise<RunOutcome> {
    if (!(buffer instanceof ArrayBuffer)) throw new SynsetRequestError('a run is the bytes of a file (an ArrayBuffer)');
    const name = String(fileName).slice(0, 200);
    const order: RunOrder = options.order === 'val' ? 'val' : 'val-imagefolder';
    if (buffer.byteLength > MAX_RUN_BYTES)
      return { fileName: name, problems: [`the file is larger than ${MAX_RUN_BYTES / 1024 / 1024} MB`] };
    const bytes = new Uint8Array(buffer);
    const id = await runId(bytes, order);
    let evaluation: RunEvaluation;
    try {
      evaluation = await this.score(queries, bytes, { id, fileName: name, order, added: Date.now(), form: options.form ?? 'auto' });
    } catch (error) {
      if (!(error instanceof EvaluationInputError)) throw error;
      return { fileName: name, problems: error.problems.map((problem) => placedMessage(problem, error.unit)) };
    }
    // Kept in the background: the results do not wait for IndexedDB (`runs()` does).
    const store = await this.store;
    void store.put({ id, summary: evaluation.summary, bytes: buffer });
    return store.keeps ? { evaluation } : { evaluation, storageWarning: RunStore.notKept };
  }

  /** See `SynsetApi.runs`. */
  async list(): Promise<RunSummary[]> {
    return (await this.store).summaries();
  }

  /** See `SynsetApi.runEvaluation`. */
  async get(queries: SynsetQueries, id: string): Promise<RunEvaluation> {
    const known = this.evaluated.get(id);
    if (known) return known;
    const kept = typeof id === 'string' ? await (await this.store).get(id) : undefined;
    if (!kept)
      throw new SynsetRequestError(`this browser has no run ${String(id).slice(0, 40)}: a run stays in the browser that scored it`);
    const { summary } = kept;
    return this.score(queries, new Uint8Array(kept.bytes), {
      ...summary,
      form: summary.form.includes('confusion') ? 'confusion' : 'predictions',
    });
  }

  /** See `SynsetApi.removeRun`. */
  async remove(id: string): Promise<void> {
    this.evaluated.delete(id);
    await (await this.store).delete(id);
  }

  /** See `SynsetApi.knownIssues`. */
  async knownIssues(queries: SynsetQueries, id: string): Promise<KnownIssues | null> {
    const k = queries.index.index1k[queries.resolve(id)]!;
    if (k < 0) return null;
    return (await this.issueTable())[k] ?? null;
  }

  /** See `SynsetApi.labelAgreement`. */
  async labelAgreement(queries: SynsetQueries): Promise<LabelAgreement> {
    const issues = await this.issueTable();
    const context = (this.context ??= runContext(queries));
    const labelled = issues.map((row) => row.real.labelled);
    const kept = issues.map((row) => row.real.kept);
    const { wnids, sums } = sumsAtAncestors(queries.index, context.set.classes, [labelled, kept]);
    return { nodeWnids: wnids, nodeLabelled: sums[0]!, nodeKept: sums[1]! };
  }

  private issueTable(): Promise<KnownIssues[]> {
    return this.issues.get(async () => parseKnownIssues(new TextDecoder().decode(await this.file('known-issues.tsv'))));
  }

  private async score(
    queries: SynsetQueries,
    bytes: Uint8Array,
    run: { id: string; fileName: string; order: RunOrder; added: number; form: RunOptions['form'] },
  ): Promise<RunEvaluation> {
    const context = (this.context ??= runContext(queries));
    const validation = await this.validationData();
    const confusion = run.form === 'confusion' || (run.form !== 'predictions' && looksLikeConfusion(bytes));
    let counts: EvaluationCounts;
    let truth: string;
    let form: string;
    if (confusion) {
      const { cells, shape } = parseConfusionFile(bytes);
      counts = countConfusion(cells, context.set.size, shape);
      truth = 'a confusion matrix';
      form = `a ${shape} confusion matrix`;
    } else {
      const table = parseClassTable(bytes, 'pred', classCellsOf(queries.index, context.set));
      const samples = joinSamples(table, table.files ? { kind: 'files' } : { kind: run.order }, validation);
      counts = countSamples(samples, context.set.size, validation.real);
      truth = samples.matched;
      form = table.form;
    }
    const evaluation = evaluateCounts(counts, context, truth);
    const nodes = hierarchyFigures(queries.index, context.set.classes, counts);
    const { set: _set, truth: _truth, severity: _severity, classes, groups: _groups, ...figures } = evaluation;
    const summary: RunSummary = { ...figures, id: run.id, fileName: run.fileName, added: run.added, truth, form, order: run.order };
    const result: RunEvaluation = {
      summary,
      classes,
      nodeWnids: nodes.wnids,
      nodeImages: nodes.images,
      nodeTop1: nodes.top1,
      errorsUnder: nodes.errorsUnder,
    };
    this.evaluated.set(run.id, result);
    return result;
  }

  private validationData(): Promise<ValidationData> {
    return this.validation.get(async () => {
      const [labels, real] = await Promise.all([this.file('val-labels.npy'), this.file('real-labels.txt')]);
      return parseValidationData(labels, new TextDecoder().decode(real));
    });
  }

  private file(name: string): Promise<Uint8Array> {
    return this.files.get(name, async () => {
      const entry = this.manifest.evaluationFiles?.find((candidate) => candidate.name === name);
      if (!entry) throw new SynsetRequestError(`no evaluation file ${name} in this build of the data`);
      return this.source.get(entry.part);
    });
  }
}

/** The 1k and WordNet's severity in it, made once per worker (its rows are cached as runs need them). */
function runContext(queries: SynsetQueries): EvaluationContext {
  const set = queries.labelSpaces.set(RUN_SET);
  return { index: queries.index, set, measure: wordnetSeverity(queries.index, set.classes) };
}

/** The first hex digits of the SHA-256 of the bytes and the order they are read in. */
async function runId(bytes: Uint8Array, order: RunOrder): Promise<string> {
  const suffix = new TextEncoder().encode(`\n${order}`);
  const all = new Uint8Array(bytes.length + suffix.length);
  all.set(bytes);
  all.set(suffix, bytes.length);
  return (await sha256Hex(all)).slice(0, RUN_ID_DIGITS);
}

/**
 * Whether a file is a 1000 × 1000 count matrix rather than predictions: an `.npy` of that
 * shape, or text whose first row has 1,000 cells (predictions have a few a row; a row of
 * 1,000 scores is refused by the predictions' reader, saying so).
 */
function looksLikeConfusion(bytes: Uint8Array): boolean {
  if (isNpy(bytes)) {
    try {
      const { shape } = parseNpyHeader(bytes);
      return shape.length === 2 && shape[0] === VALIDATION_CLASSES && shape[1] === VALIDATION_CLASSES;
    } catch {
      return false;
    }
  }
  const head = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
  const first = head.split('\n').find((line) => line.replace(/#.*/, '').trim() !== '');
  return first !== undefined && first.trim().split(/\s*[,\t]\s*|\s+/).length === VALIDATION_CLASSES;
}
