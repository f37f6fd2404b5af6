/**
 * A person's model runs (predictions files scored in the explorer), kept in this browser: the
 * file's bytes, so a run is scored again as it was on a later visit, and its headline figures,
 * so the list shows without scoring. Kept in the person's own database (`own-database.ts`);
 * in memory when IndexedDB cannot be used, or once its connection has closed, saying so.
 * Nothing is uploaded anywhere.
 */
import type { IDBPDatabase } from 'idb';
import { errorDetail } from '../core/error-detail.js';
import type { RunSummary } from './api.js';
import type { OpenedDatabase } from './open-database.js';
import { openOwnDatabase, type OpenOwnOptions, type OwnSchema } from './own-database.js';

/** A run as kept: what the list shows, and the file it was scored from. */
export interface StoredRun {
  /** The run's short content hash (`RunSummary.id`). */
  id: string;
  summary: RunSummary;
  /** The file as it was read. */
  bytes: ArrayBuffer;
}

/** Whether a run was kept for later visits, and if not, why, in a sentence for people. */
export interface RunKeepOutcome {
  kept: boolean;
  warning?: string;
}

const NOT_KEPT = 'This browser could not keep the run: it is on this page only, and is gone after a reload.';

export class RunStore {
  private readonly inMemory = new Map<string, StoredRun>();
  /** Writes under way: reads wait for them, so a run just scored is listed as kept. */
  private writing: Promise<unknown> = Promise.resolve();

  private constructor(private readonly opened: OpenedDatabase<OwnSchema> | undefined) {}

  static async open(name: string, options: OpenOwnOptions): Promise<RunStore> {
    try {
      return new RunStore(await openOwnDatabase(name, options));
    } catch (error) {
      console.warn(`model runs are kept for this page only: ${errorDetail(error)}`);
      return new RunStore(undefined);
    }
  }

  private get db(): IDBPDatabase<OwnSchema> | undefined {
    return this.opened && !this.opened.state.closedBecause ? this.opened.db : undefined;
  }

  /** Whether runs can be kept for later visits now (the database is open), before any write says otherwise. */
  get keeps(): boolean {
    return this.db !== undefined;
  }

  /** The runs' summaries, oldest first (once the writes under way are done). */
  async summaries(): Promise<RunSummary[]> {
    await this.writing;
    const kept = this.db ? await this.db.getAll('runs').catch(() => []) : [];
    const byId = new Map(kept.map((run) => [run.id, run.summary]));
    for (const [id, run] of this.inMemory) byId.set(id, run.summary);
    return [...byId.values()].sort((a, b) => a.added - b.added);
  }

  async get(id: string): Promise<StoredRun | undefined> {
    return this.inMemory.get(id) ?? (await this.db?.get('runs', id).catch(() => undefined));
  }

  /**
   * Keeps a run; in memory at once, so a failed write loses nothing while the page lives. The
   * write goes on in the background (`summaries` waits for it); the outcome says how it ended.
   */
  put(run: StoredRun): Promise<RunKeepOutcome> {
    this.inMemory.set(run.id, run);
    const db = this.db;
    if (!db) return Promise.resolve({ kept: false, warning: NOT_KEPT });
    const written = db.put('runs', run).then(
      (): RunKeepOutcome => ({ kept: true }),
      (error: unknown): RunKeepOutcome => {
        console.warn(`the run could not be kept for the next visit: ${errorDetail(error)}`);
        return { kept: false, warning: NOT_KEPT };
      },
    );
    this.writing = Promise.all([this.writing, written]);
    return written;
  }

  /** What a person is told when runs last only as long as the page. */
  static readonly notKept = NOT_KEPT;

  async delete(id: string): Promise<void> {
    this.inMemory.delete(id);
    await this.db?.delete('runs', id).catch(() => {});
  }
}
