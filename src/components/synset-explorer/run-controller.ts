/**
 * The explorer's "Your model": the runs kept in this browser, the run shown and its baseline (the
 * address's `run=` and `base=`), and a file chosen or dropped anywhere on the page, scored in
 * the worker. The run shown, as {@link RunFigures}, colours the tree and the sunburst and fills
 * the card's figures. A file that cannot be scored is explained in its problems; a link naming
 * a run this browser does not have says so and shows none.
 */
import { Task, TaskStatus } from '@lit/task';
import { transfer } from 'comlink';
import type { ReactiveController, ReactiveElement } from 'lit';
import { getSynsetClient } from '../../client/client.js';
import type { RunEvaluation, RunSummary } from '../../worker/api.js';
import { errorText } from '../error-text.js';
import { SynsetRunChangeEvent, SynsetRunFileEvent, SynsetRunRemoveEvent } from '../events.js';
import { RunFigures } from '../run-figures.js';

/** What a file that could not be scored was, and why. */
export interface RunProblems {
  readonly fileName: string;
  readonly problems: readonly string[];
}

export class RunController implements ReactiveController {
  /** The runs kept in this browser, oldest first (refreshed after each change). */
  runs: RunSummary[] = [];
  /** The run shown and its baseline, by id; null for none. */
  private chosen: { run: string | null; base: string | null } = { run: null, base: null };
  /** Siblings in the tree worst first. */
  worstFirst = false;
  /** The tree shows the known label issues: ReaL's agreement at each row, lowest first. */
  labelIssues = false;
  /** A file being read and scored, by name. */
  scoring: string | null = null;
  /** The last file that could not be scored; cleared by the next file. */
  problems: RunProblems | null = null;
  /** Why a run could not be kept for later visits, when it could not. */
  storageWarning = '';
  /** A drag with files over the page: the drop target shows. */
  dragging = false;
  /** The run just scored: shown from the worker's answer, without asking for it again. */
  private scored: RunEvaluation | null = null;

  private readonly figures: Task<readonly [string | null, string | null, boolean], RunFigures | null>;

  /**
   * @param ready Whether the index is ready (runs are read and scored once it is).
   * @param onPick Called when the control (not the address) changes the run: the explorer moves the address.
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly ready: () => boolean,
    private readonly onPick: () => void,
  ) {
    host.addController(this);
    this.figures = new Task(host, {
      task: async ([run, base, isReady], { signal }) => {
        if (!run || !isReady) return null;
        const client = getSynsetClient();
        const scored = this.scored;
        const [evaluation, baseline] = await Promise.all([
          scored?.summary.id === run ? scored : client.runEvaluation(run),
          base && base !== run ? client.runEvaluation(base) : null,
        ]);
        signal.throwIfAborted();
        return new RunFigures(evaluation, baseline);
      },
      args: () => [this.chosen.run, this.chosen.base, this.ready()] as const,
    });
  }

  /** The run shown, once its figures are here. */
  get shown(): RunFigures | null {
    const figures = this.figures.value;
    return figures && figures.summary.id === this.chosen.run ? figures : null;
  }

  /** The run and baseline the address names. */
  get param(): { run?: string; base?: string } {
    const { run, base } = this.chosen;
    return run ? { run, ...(base ? { base } : {}) } : {};
  }

  get runId(): string | null {
    return this.chosen.run;
  }

  get baseId(): string | null {
    return this.chosen.base;
  }

  /** Why the run asked for cannot be shown (a link from another browser, a failed load), or empty. */
  get error(): string {
    return this.chosen.run && this.figures.status === TaskStatus.ERROR ? errorText(this.figures.error) : '';
  }

  get busy(): boolean {
    return this.scoring !== null || this.figures.status === TaskStatus.PENDING;
  }

  /** Follows the address; the same runs again change nothing. */
  choose(run: string | undefined, base: string | undefined): void {
    const next = { run: run ?? null, base: run ? (base ?? null) : null };
    if (next.run === this.chosen.run && next.base === this.chosen.base) return;
    this.chosen = next;
    this.host.requestUpdate();
  }

  /** Reads the kept runs' list (once the index is ready, and after each change). */
  async refresh(): Promise<void> {
    try {
      this.runs = await getSynsetClient().runs();
    } catch {
      // The list stays as it was; the run's own error says what failed.
    }
    this.host.requestUpdate();
  }

  /** Reads a file and scores it in the worker; shown once scored, or its problems. */
  async add(file: File, order: 'val' | 'val-imagefolder' = 'val-imagefolder'): Promise<void> {
    this.scoring = file.name;
    this.problems = null;
    this.host.requestUpdate();
    try {
      const bytes = await file.arrayBuffer();
      const outcome = await getSynsetClient().evaluateRun(transfer(bytes, [bytes]), file.name, { order });
      if ('problems' in outcome) {
        this.problems = outcome;
        return;
      }
      this.storageWarning = outcome.storageWarning ?? '';
      this.scored = outcome.evaluation;
      this.pick(
        outcome.evaluation.summary.id,
        this.chosen.run && this.chosen.run !== outcome.evaluation.summary.id ? this.chosen.base : null,
      );
      await this.refresh();
    } catch (error) {
      this.problems = { fileName: file.name, problems: [errorText(error)] };
    } finally {
      this.scoring = null;
      this.host.requestUpdate();
    }
  }

  hostConnected(): void {
    this.host.addEventListener(SynsetRunFileEvent.eventName, this.onFile);
    this.host.addEventListener(SynsetRunChangeEvent.eventName, this.onChange);
    this.host.addEventListener(SynsetRunRemoveEvent.eventName, this.onRemove);
    this.host.addEventListener('dragover', this.onDragOver);
    this.host.addEventListener('dragleave', this.onDragLeave);
    this.host.addEventListener('drop', this.onDrop);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(SynsetRunFileEvent.eventName, this.onFile);
    this.host.removeEventListener(SynsetRunChangeEvent.eventName, this.onChange);
    this.host.removeEventListener(SynsetRunRemoveEvent.eventName, this.onRemove);
    this.host.removeEventListener('dragover', this.onDragOver);
    this.host.removeEventListener('dragleave', this.onDragLeave);
    this.host.removeEventListener('drop', this.onDrop);
  }

  private pick(run: string | null, base: string | null): void {
    const before = JSON.stringify(this.chosen);
    this.chosen = { run, base: run ? base : null };
    this.host.requestUpdate();
    if (JSON.stringify(this.chosen) !== before) this.onPick();
  }

  private readonly onFile = (event: SynsetRunFileEvent): void => void this.add(event.detail.file, event.detail.order);

  private readonly onChange = (event: SynsetRunChangeEvent): void => {
    this.worstFirst = event.detail.worstFirst;
    this.labelIssues = event.detail.labelIssues;
    this.pick(event.detail.run, event.detail.baseline);
  };

  private readonly onRemove = (event: SynsetRunRemoveEvent): void => {
    const { run } = event.detail;
    void getSynsetClient()
      .removeRun(run)
      .then(() => {
        if (this.chosen.run === run) this.pick(null, null);
        else if (this.chosen.base === run) this.pick(this.chosen.run, null);
        return this.refresh();
      });
  };

  /** Files dragged over the page: it takes them anywhere (the drop target shows). */
  private readonly onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    if (!this.dragging) {
      this.dragging = true;
      this.host.requestUpdate();
    }
  };

  private readonly onDragLeave = (event: DragEvent): void => {
    // Leaving for a child is no leaving: only a drag that left the explorer's box ends.
    if (event.relatedTarget instanceof Node && this.host.contains(event.relatedTarget)) return;
    this.dragging = false;
    this.host.requestUpdate();
  };

  private readonly onDrop = (event: DragEvent): void => {
    const file = event.dataTransfer?.files[0];
    this.dragging = false;
    this.host.requestUpdate();
    if (!file) return;
    event.preventDefault();
    // Read in the order the control says rows without file names come in.
    const picker = this.host.renderRoot.querySelector('synset-run-picker');
    void this.add(file, picker?.order);
  };
}
