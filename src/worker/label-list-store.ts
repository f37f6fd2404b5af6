/**
 * The custom label lists a person added in this browser. Unlike the data cache
 * (`index-store.ts`), which a new build or a damaged part may empty, these are the person's
 * own: a database of their own, never dropped by an upgrade of the cache.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { errorDetail } from '../core/error-detail.js';
import type { ListProblem } from '../core/label-set.js';

const LISTS = 'lists';
const VERSION = 1;

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

interface LabelListSchema extends DBSchema {
  [LISTS]: { key: string; value: StoredLabelList };
}

/**
 * The lists, in IndexedDB when it opens and in memory when it does not (the lists then last as
 * long as the page, and the console says why).
 */
export class LabelListStore {
  private readonly inMemory = new Map<string, StoredLabelList>();

  private constructor(private readonly db: IDBPDatabase<LabelListSchema> | undefined) {}

  static async open(name: string): Promise<LabelListStore> {
    try {
      if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
      const db = await openDB<LabelListSchema>(name, VERSION, {
        upgrade(database, _oldVersion, _newVersion, transaction) {
          // As in index-store.ts: an error thrown here would escape as the worker's uncaught
          // error (this runs in an IndexedDB event), so a failed upgrade aborts, opening
          // rejects, and the lists are kept in memory.
          transaction.done.catch(() => {});
          try {
            if (!database.objectStoreNames.contains(LISTS)) database.createObjectStore(LISTS, { keyPath: 'name' });
          } catch {
            try {
              transaction.abort();
            } catch {
              // Already aborted: opening rejects all the same.
            }
          }
        },
        blocking(_current, _blocked, event) {
          (event.target as IDBDatabase).close();
        },
      });
      return new LabelListStore(db);
    } catch (error) {
      console.warn(`custom label lists are kept for this page only: ${errorDetail(error)}`);
      return new LabelListStore(undefined);
    }
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
    if (!this.db) return { kept: false, warning: NOT_KEPT };
    try {
      await this.db.put(LISTS, list);
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
