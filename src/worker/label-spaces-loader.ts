/**
 * The label spaces in the worker: the built-in lists are parts fetched when a page first names
 * one (a few hundred bytes for ImageNet-R, 57 KB for a 21k list), the published 1k name lists
 * likewise, and custom lists come from {@link LabelListStore}. Every query with an `in` option
 * waits here until its set is loaded.
 */
import type { AddedLabelList, ExportOptions, LabelSetSummary, SetIndex } from './api.js';
import {
  classLabels,
  defaultExportStyle,
  isClassNameStyle,
  type ClassNameStyle,
  type NameList,
  type NameStyle,
} from '../core/class-names.js';
import { clipHead, isClipFormat, writeClipHead, type ClipFormat } from '../core/clip-export.js';
import type { PartsManifest } from '../core/data-parts.js';
import { exportClasses, isExportFormat } from '../core/label-export.js';
import type { LabelCatalog } from '../core/label-spaces.js';
import { indexInWnidLines, isWnidLines, labelSetsNamedIn } from '../core/label-set.js';
import { ALL, CUSTOM_LIST_PREFIX, isCustomList, labelSpaceOf } from '../core/label-space-name.js';
import type { SynsetQueries } from '../core/queries.js';
import { SynsetRequestError } from '../core/errors.js';
import type { LabelListStore, StoredLabelList } from './label-list-store.js';
import type { PartSource } from './part-source.js';
import { RememberedLoads } from '../core/remembered-load.js';

/** Longer than any real list of ids (21,843 wnids take 218 KB); a longer text is refused. */
const MAX_LIST_BYTES = 4 * 1024 * 1024;

export class LabelSpacesLoader {
  private readonly loads = new RememberedLoads<string, void>();
  private readonly nameLists = new RememberedLoads<NameStyle, NameList>();
  private readonly wnidLineTexts = new RememberedLoads<string, string | undefined>();

  constructor(
    private readonly manifest: PartsManifest,
    private readonly source: PartSource,
    private readonly lists: Promise<LabelListStore>,
  ) {}

  /** The catalog the queries are given: built-in sets and name lists, as the manifest has them. */
  get catalog(): LabelCatalog {
    return {
      sets: (this.manifest.labelSets ?? []).map((entry) => entry.info),
      names: (this.manifest.nameLists ?? []).map((entry) => entry.info),
    };
  }

  async summaries(): Promise<LabelSetSummary[]> {
    const builtIn = (this.manifest.labelSets ?? []).map(({ info, classes }) => ({ ...info, classes, custom: false }));
    const custom = (await (await this.lists).all()).map(listSummary);
    return [...builtIn, ...custom];
  }

  /** Waits until the label space an option names can be used by the queries; throws `SynsetRequestError` for what cannot name one. */
  async ready(queries: SynsetQueries, option: unknown): Promise<void> {
    const space = labelSpaceOf(option);
    if (space.toLowerCase() === ALL) return;
    const name = queries.labelSpaces.nameOf(space) ?? (isCustomList(space) ? space : undefined);
    // An unknown name is left for the queries to refuse, with the list of known ones.
    if (name === undefined || this.isLoaded(queries, name)) return;
    await this.loads.get(name, () => this.load(queries, name));
  }

  async add(queries: SynsetQueries, text: string, description: string | undefined): Promise<AddedLabelList> {
    if (typeof text !== 'string') throw new SynsetRequestError('a label list is text: one id a line');
    if (text.length > MAX_LIST_BYTES) throw new SynsetRequestError(`a label list may be at most ${MAX_LIST_BYTES / 1024 / 1024} MB`);
    const name = CUSTOM_LIST_PREFIX + (await sha256Hex(text)).slice(0, 12);
    await this.readySetsNamedIn(queries, text);
    const { set, problems } = queries.labelSpaces.addList(name, text, (id) => queries.resolve(id));
    const classes = set.members().length;
    if (classes === 0) {
      const first = problems[0];
      throw new SynsetRequestError(
        first ? `no line of the list names a class (line ${first.line}: ${first.message})` : 'the list is empty',
      );
    }
    const said =
      typeof description === 'string' && description.trim() !== '' ? description.trim().slice(0, 200) : listOpening(queries, set.classes);
    const lists = await this.lists;
    const known = await lists.get(name);
    const list: StoredLabelList = {
      name,
      text,
      description: known?.description ?? said,
      classes,
      added: known?.added ?? Date.now(),
      wnids: Array.from(set.classes, (i) => (i < 0 ? '' : queries.index.wnidOf(i))),
      problems,
    };
    const { warning } = await lists.put(list);
    return { set: listSummary(list), problems, ...(warning ? { storageWarning: warning } : {}) };
  }

  async remove(name: string): Promise<void> {
    if (typeof name !== 'string' || !isCustomList(name)) throw new SynsetRequestError(`not a custom list: ${String(name).slice(0, 60)}`);
    await (await this.lists).delete(name);
    this.loads.forget(name);
  }

  /**
   * The synset's index in every set. A built-in list not yet loaded (about 180 KB of them the
   * first time) is searched for the synset's wnid rather than read as a set: every card asks
   * this, and reading all twenty lists took about 60 ms of a later visit's worker, in the first
   * view. The searched texts are kept (about 900 KB) for the next card.
   */
  async setIndices(queries: SynsetQueries, id: string): Promise<SetIndex[]> {
    const summaries = await this.summaries();
    // An id of the `SET:INDEX` form needs its set to be read.
    await this.readySetsNamedIn(queries, String(id));
    const i = queries.resolve(id);
    const wnid = queries.index.wnidOf(i);
    const indices = await Promise.all(
      summaries.map(async ({ name }) => {
        if (!this.isLoaded(queries, name)) {
          const text = await this.wnidLinesOf(name);
          if (text !== undefined) return indexInWnidLines(text, wnid);
          await this.ready(queries, name);
        }
        return queries.labelSpaces.set(name).indexOf(i);
      }),
    );
    return summaries.flatMap(({ name }, k) => (indices[k]! < 0 ? [] : [{ set: name, index: indices[k]! }]));
  }

  /** A built-in list's text when it is one wnid a line (`isWnidLines`): `undefined` for any other list, which is read as a set. */
  private wnidLinesOf(name: string): Promise<string | undefined> {
    return this.wnidLineTexts.get(name, async () => {
      const entry = this.manifest.labelSets?.find((candidate) => candidate.info.name === name);
      if (!entry?.part) return undefined;
      const text = new TextDecoder().decode(await this.source.get(entry.part));
      return isWnidLines(text) ? text : undefined;
    });
  }

  async classLabels(queries: SynsetQueries, set: string, names: ClassNameStyle): Promise<string[]> {
    if (!isClassNameStyle(names))
      throw new SynsetRequestError(`names are wordnet, unique, simple, torchvision, clip, keras or hf, not ${String(names).slice(0, 40)}`);
    await this.ready(queries, set);
    const list = names === 'wordnet' || names === 'unique' || names === 'keras' || names === 'hf' ? undefined : await this.nameList(names);
    return classLabels(queries.index, queries.labelSpaces.set(set), names, () => list);
  }

  async exportSet(queries: SynsetQueries, setName: string, options: ExportOptions): Promise<string> {
    const format = options?.format;
    if (!isExportFormat(format) && !isClipFormat(format))
      throw new SynsetRequestError(`unknown export format ${String(format).slice(0, 40)}`);
    const names = options.names ?? defaultExportStyle(format, setName);
    if (isClipFormat(format)) {
      if (options.under !== undefined)
        throw new SynsetRequestError(
          'a CLIP head holds every class of the set, in its index order: export the whole set, not what is below a synset',
        );
      return this.exportClip(queries, setName, names, format);
    }
    const labels = await this.classLabels(queries, setName, names);
    const set = queries.labelSpaces.set(setName);
    const under = options.under === undefined ? -1 : queries.resolve(options.under);
    const records = [];
    for (let k = 0; k < set.size; k++) {
      const i = set.synsetAt(k);
      if (i < 0 || (under >= 0 && !queries.index.isA(i, under))) continue;
      records.push({ index: k, wnid: queries.index.wnidOf(i), label: labels[k]! });
    }
    return exportClasses(records, format, { style: names, set: setName });
  }

  /** A CLIP zero-shot head of the set, with CLIP's English templates (see `core/clip-export.ts`). */
  private async exportClip(queries: SynsetQueries, setName: string, names: ClassNameStyle, format: ClipFormat): Promise<string> {
    const entry = this.manifest.promptTemplates?.find((candidate) => candidate.info.lang === 'en');
    if (!entry) throw new SynsetRequestError('this build of the data has no CLIP prompt templates');
    const [labels, bytes] = await Promise.all([this.classLabels(queries, setName, names), this.source.get(entry.part)]);
    const templates = JSON.parse(new TextDecoder().decode(bytes)) as string[];
    const set = queries.labelSpaces.set(setName);
    const head = clipHead(labels, (k) => set.hole(k)?.name, templates, setName);
    const { info } = entry;
    return writeClipHead(head, format, {
      set: setName,
      style: names,
      templates: `${info.description}, from ${info.source} (${info.licence})`,
    });
  }

  /** Whether the queries hold the set's list (`1k` and `21k` are in the structure). */
  private isLoaded(queries: SynsetQueries, name: string): boolean {
    return queries.labelSpaces.nameOf(name) !== undefined && queries.labelSpaces.isReady(name);
  }

  private async load(queries: SynsetQueries, name: string): Promise<void> {
    if (isCustomList(name)) {
      const lists = await this.lists;
      const list = await lists.get(name);
      if (!list) throw new SynsetRequestError(`no custom list ${name.slice(0, 60)} in this browser`);
      if (list.wnids) {
        queries.labelSpaces.keepList(name, classesOfWnids(queries, list, list.wnids));
        return;
      }
      // Kept before lists kept their wnids: read once more, with the sets it names, and kept as read.
      await this.readySetsNamedIn(queries, list.text);
      const { set, problems } = queries.labelSpaces.addList(name, list.text, (id) => queries.resolve(id));
      const wnids = Array.from(set.classes, (i) => (i < 0 ? '' : queries.index.wnidOf(i)));
      await lists.put({ ...list, classes: set.members().length, wnids, problems });
    } else {
      const entry = this.manifest.labelSets?.find((candidate) => candidate.info.name === name);
      if (entry?.part) queries.labelSpaces.provide(name, new TextDecoder().decode(await this.source.get(entry.part)));
    }
  }

  /** Loads the label sets a list's `SET:INDEX` lines name, so they resolve (an unknown name is left for its line to report). */
  private async readySetsNamedIn(queries: SynsetQueries, text: string): Promise<void> {
    await Promise.all(labelSetsNamedIn(text).map((set) => this.ready(queries, set)));
  }

  private nameList(style: NameStyle): Promise<NameList> {
    return this.nameLists.get(style, async () => {
      const entry = this.manifest.nameLists?.find((candidate) => candidate.info.name === style);
      if (!entry) throw new SynsetRequestError(`no ${style} name list in this build of the data`);
      return JSON.parse(new TextDecoder().decode(await this.source.get(entry.part))) as NameList;
    });
  }
}

/**
 * A list added with no description is named by its first classes ("your list: tench, goldfish, …"):
 * the picker shows its size beside it, and two such lists still tell apart.
 */
function listOpening(queries: SynsetQueries, classes: ArrayLike<number>): string {
  const named: string[] = [];
  let members = 0;
  for (let k = 0; k < classes.length; k++) {
    const i = classes[k]!;
    if (i < 0) continue;
    members++;
    if (named.length < 2) named.push(queries.index.labelOf(i));
  }
  return `your list: ${named.join(', ')}${members > named.length ? ', …' : ''}`;
}

function listSummary({ name, classes, description }: StoredLabelList): LabelSetSummary {
  return { name, aliases: [], classes, description, source: 'added in this browser', licence: '', custom: true };
}

/**
 * A kept list's classes from its wnids. A wnid this index does not have (a damaged record) makes
 * the list unreadable, said in words: guessing would number the classes wrongly.
 */
function classesOfWnids(queries: SynsetQueries, list: StoredLabelList, wnids: readonly string[]): Int32Array {
  return Int32Array.from(wnids, (wnid, k) => {
    if (wnid === '') return -1;
    const i = typeof wnid === 'string' ? queries.index.numberOfWnid(wnid) : -1;
    if (i < 0)
      throw new SynsetRequestError(
        `the list “${list.description}” kept in this browser cannot be read back (class ${k} is ${String(wnid).slice(0, 40)}, not a WordNet 3.0 noun synset): add it again`,
      );
    return i;
  });
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
