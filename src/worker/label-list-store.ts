/**
 * The custom label lists a person added in this browser. Unlike the data cache
 * (`index-store.ts`), which a new build or a damaged part may empty, these are the person's
 * own: a database of their own (`own-database.ts`, shared with their runs), never dropped by
 * an upgrade of the cache.
 */
import type { IDBPDatabase } from 'idb';
import { errorDetail } from '../core/error-detail.js';
import type { ListProblem } from '../core/label-set.js';
import type { OpenedDatabase } from './open-database.js';
import { openOwnDatabase, type OwnSchema } from './own-database.js';

const LISTS = 'lists';

/** A custom list as kept: its text, what it resolved to when added, and what was said of it. */
export interface StoredLabelList {
  /** `list:` and a hash of the text. */
  name: string;
  text: string;
  description: string;
  /** Distinct classes (holes and repeats not counted). */
  classes: number;
  added: number;
  /**
   * Each class index's wnid as the list resolved when it was added, `''` for a hole: read back
   * as it is, so a `SET:INDEX` line needs no other set loaded and a list reads back exactly as
   * it was added. Absent in lists kept before it was (read from `text` once, then rewritten).
   */
  wnids?: string[];
  /** The lines that named no class, and why. */
  problems?: ListProblem[];
}

/** Whether a list was kept for later visits, and if not, why, in a sentence for people. */
export interface KeepOutcome {
  kept: boolean;
  warning?: string;
}

/** What a person is told when a list lasts only as long as the page. */
const NOT_KEPT = 'This browser could not keep the list: it is in use on this page only, and is gone after a reload.';

export interface OpenListsOptions {
  /** Give up this long after another connection blocks the upgrade (then the lists are kept in memory). */
  blockedTimeoutMs: number;
}

/**
 * The lists, in IndexedDB when it opens and in memory when it does not, or once its connection
 * has closed (another tab upgraded it, the browser ended it): the lists then last as long as
 * the page, and the console says why.
 */
export class LabelListStore {
  private readonly inMemory = new Map<string, StoredLabelList>();

  private constructor(private readonly opened: OpenedDatabase<OwnSchema> | undefined) {}

  static async open(name: string, options: OpenListsOptions): Promise<LabelListStore> {
    try {
      return new LabelListStore(await openOwnDatabase(name, options));
    } catch (error) {
      console.warn(`custom label lists are kept for this page only: ${errorDetail(error)}`);
      return new LabelListStore(undefined);
    }
  }

  /** The connection while it is open; none when it never opened or has closed since. */
  private get db(): IDBPDatabase<OwnSchema> | undefined {
    return this.opened && !this.opened.state.closedBecause ? this.opened.db : undefined;
  }

  async all(): Promise<StoredLabelList[]> {
    const kept = this.db ? await this.db.getAll(LISTS).catch(() => []) : [];
    const byName = new Map(kept.map((list) => [list.name, list]));
    for (const [name, list] of this.inMemory) byName.set(name, list);
    return [...byName.values()].sort((a, b) => a.added - b.added);
  }

  async get(name: string): Promise<StoredLabelList | undefined> {
    return this.inMemory.get(name) ?? (await this.db?.get(LISTS, name).catch(() => undefined));
  }

  /** Keeps a list; in memory as well, so a failed write loses nothing while the page lives. */
  async put(list: StoredLabelList): Promise<KeepOutcome> {
    this.inMemory.set(list.name, list);
    const db = this.db;
    if (!db) {
      const closing = this.opened?.state.closedBecause;
      if (closing) console.warn(`the label list could not be kept for the next visit: ${closing.detail}`);
      return { kept: false, warning: NOT_KEPT };
    }
    try {
      await db.put(LISTS, list);
      return { kept: true };
    } catch (error) {
      console.warn(`the label list could not be kept for the next visit: ${errorDetail(error)}`);
      return { kept: false, warning: NOT_KEPT };
    }
  }

  async delete(name: string): Promise<void> {
    this.inMemory.delete(name);
    await this.db?.delete(LISTS, name).catch(() => {});
  }
}
