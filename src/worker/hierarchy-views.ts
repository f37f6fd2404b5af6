/**
 * What the explorer's Compare and Groups views ask of the worker: two synsets compared (their
 * distances, and paths that meet at their LCA) and a label set's classes grouped (by depth, by
 * a count of groups, or a published grouping, whose tables are parts fetched when first asked).
 */
import type { GroupingSpec, SetGroupingView } from './api.js';
import { compareSynsets, type Comparison } from '../core/compare.js';
import type { PartsManifest } from '../core/data-parts.js';
import { groupByCount, groupByDepth, parsePublishedGrouping, publishedGroupingFiles, isPublishedGrouping } from '../core/groupings.js';
import { groupsBelow, type GroupsBelow } from '../core/groups-below.js';
import type { SynsetQueries } from '../core/queries.js';
import { SynsetRequestError } from '../core/errors.js';
import type { LabelSpacesLoader } from './label-spaces-loader.js';
import type { PartSource } from './part-source.js';
import { RememberedLoads } from '../core/remembered-load.js';

export class HierarchyViews {
  private readonly files = new RememberedLoads<string, string>();

  constructor(
    private readonly manifest: PartsManifest,
    private readonly source: PartSource,
    private readonly labelSpaces: LabelSpacesLoader,
  ) {}

  /** a and b compared; severity relative to `set`'s classes (default the 1k). */
  async compare(queries: SynsetQueries, a: string, b: string, set = '1k'): Promise<Comparison> {
    await this.labelSpaces.ready(queries, set);
    const classes = queries.labelSpaces.set(set).classes.filter((i) => i >= 0);
    return compareSynsets(queries.index, queries.resolve(a), queries.resolve(b), classes);
  }

  /** The set's classes grouped; `groupOf[k]` is class k's group (-1: not placed, see `problems`). */
  async group(queries: SynsetQueries, setName: string, spec: GroupingSpec): Promise<SetGroupingView> {
    await this.labelSpaces.ready(queries, setName);
    const set = queries.labelSpaces.set(setName);
    const index = queries.index;
    switch (spec?.by) {
      case 'depth':
        return view(groupByDepth(index, set.classes, spec.depth));
      case 'count':
        return view(groupByCount(index, set.classes, spec.count));
      case 'published': {
        if (!isPublishedGrouping(spec.name)) throw new SynsetRequestError(`unknown grouping '${String(spec.name).slice(0, 60)}'`);
        const layout = publishedGroupingFiles(spec.name);
        const names = layout.kind === 'table' ? [layout.table] : [layout.superclasses, layout.tables.source, layout.tables.target];
        const texts = new Map(await Promise.all(names.map(async (name) => [name, await this.file(name)] as const)));
        const published = parsePublishedGrouping(index, spec.name, (name) => texts.get(name) ?? '', spec.split);
        // The tables number the 1k; a class of this set gets its group through its synset.
        const groupOf = new Int32Array(set.size).fill(-1);
        for (const entry of published.classes) {
          const k = set.indexOf(index.numberOfWnid(entry.wnid));
          if (k >= 0) groupOf[k] = entry.group;
        }
        const sizes = new Map<number, number>();
        for (const g of groupOf) if (g >= 0) sizes.set(g, (sizes.get(g) ?? 0) + 1);
        const groups = published.groups.map((group) => ({ ...group, size: sizes.get(group.index) ?? 0 }));
        return { groups, groupOf, problems: [], note: publishedNote(setName, set.classes, index.classes1k, spec.name, sizes.size > 0) };
      }
      default:
        throw new SynsetRequestError('a grouping is by depth, by count or published');
    }
  }

  /** How the set's classes at or below each id fall into the groups `groupOf` gives them. */
  async groupsBelow(queries: SynsetQueries, setName: string, groupOf: Int32Array, ids: readonly string[]): Promise<GroupsBelow> {
    await this.labelSpaces.ready(queries, setName);
    const set = queries.labelSpaces.set(setName);
    if (groupOf.length !== set.size) throw new RangeError(`${setName} has ${set.size} classes, the grouping ${groupOf.length}`);
    return groupsBelow(
      queries.index,
      set.classes,
      groupOf,
      ids.map((id) => queries.resolve(id)),
    );
  }

  private file(name: string): Promise<string> {
    return this.files.get(name, async () => {
      const entry = this.manifest.groupingFiles?.find((candidate) => candidate.name === name);
      if (!entry) throw new SynsetRequestError(`no grouping file ${name} in this build of the data`);
      return new TextDecoder().decode(await this.source.get(entry.part));
    });
  }
}

/**
 * What a published grouping (of the 1k) is under another set: one of the 1k, placing only the
 * set's classes that are 1k classes; or nothing, when none is.
 */
function publishedNote(
  setName: string,
  classes: ArrayLike<number>,
  classes1k: ArrayLike<number>,
  name: string,
  placesAny: boolean,
): string | null {
  const isThe1k = classes.length === classes1k.length && Array.prototype.every.call(classes, (i: number, k: number) => i === classes1k[k]);
  if (isThe1k) return null;
  if (!placesAny) return `none of ${setName}'s classes is in ${name}, a grouping of the 1k`;
  return `${name} is a grouping of the 1k: it places only those of ${setName}'s classes that are 1k classes`;
}

function view(grouping: SetGroupingView): SetGroupingView {
  return { groups: grouping.groups, groupOf: grouping.groupOf, problems: grouping.problems, note: grouping.note };
}
