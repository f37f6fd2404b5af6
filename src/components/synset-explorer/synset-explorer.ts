import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { getSynsetClient } from '../../client/client.js';
import { LOAD_ERROR_NAME, type NameStyle } from '../../worker/api.js';
import { ALL, DEFAULT_SPACE, isCustomList, type LabelSpaceName } from '../../core/label-space-name.js';
import { ROOT_WNID } from '../../core/wnid.js';
import {
  SynsetFilterChangeEvent,
  SynsetGroupHoverEvent,
  SynsetListRemoveEvent,
  SynsetNamesChangeEvent,
  SynsetSelectEvent,
} from '../events.js';
import '../synset-card/synset-card.js';
import '../synset-groups/synset-groups.js';
import '../synset-export-menu/synset-export-menu.js';
import { SEARCH_EXAMPLES } from '../synset-search/synset-search.js';
import '../synset-space-picker/synset-space-picker.js';
import '../synset-sunburst/synset-sunburst.js';
import '../synset-tree/synset-tree.js';
import { CompareController } from './compare-controller.js';
import { hashFor, hashWithOptions, parseHash, routeIds, type HashOptions, type HashRoute } from './hash-route.js';
import { IndexLoadController } from './index-load.js';
import { GroupsController } from './groups-controller.js';
import { specOfName, type ClassGrouping } from '../class-grouping.js';
import { canonicalSpace } from './label-space-check.js';
import { storedNames, storeNames } from './names-preference.js';
import { sunburstCentre } from './sunburst-centre.js';
import { renderBadRoute, renderIndexSummary, renderLoadError, renderLoading } from './status-panels.js';
import { synsetExplorerStyles } from './synset-explorer.styles.js';

/** A root with three branches, one of them forking again. */
const logo = svg`<svg viewBox="0 0 16 16" width="16" height="16"><path d="M8 2.5v4M8 6.5 3.5 10v3M8 6.5v6.5M8 6.5l4.5 3.5v3" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
/** Memberships the search does not narrow to: a search finds any noun, and the tree says when one lies outside. */
const SEARCH_EVERYWHERE: ReadonlySet<LabelSpaceName> = new Set([ALL, '21k']);

/**
 * The synset explorer: search and the label-space picker on top; the hierarchy as a tree beside
 * the selected synset's card and a sunburst of its subtree. The selection and the label space
 * live in the URL (`#/n02084071?in=imagenet-r`, a custom list as `?in=list:1f2e3d4c5b6a`): links
 * open them, back and forward walk the selections and space changes, an id that does not
 * resolve shows a message, and a space that does not exist says so and gives way to the
 * default (a custom list of another browser's says that lists stay where they were added, and
 * offers to paste it). The names toggle (kept in this browser) names the space's classes in the
 * tree, the search results and the card's title; the
 * export menu writes the space, or its classes below the selection, as a file. While the first visit loads the
 * index, a progress bar shows the phase; a failed load says so, with a Retry button, and the
 * explorer leaves that state as soon as the client loads data again (see
 * `SynsetClient.onLoadError`). The footer notes when this browser could not keep a copy.
 *
 * Its layout follows its own width (container queries), not the window's, so it also fits a
 * column of a page: the top bar wraps at any width; below 50rem (800 px) the tree sits above
 * the card and the sunburst, and the element scrolls inside the height it is given (a page
 * that wants the window to scroll instead sets `height: auto`, as `index.html` does on phones);
 * from 75rem the card and the sunburst sit side by side.
 *
 * Compare: the card's "compare with…" (then pick a second synset), or a shift-click on a tree
 * row or a search result, shows the selection and a second synset side by side (`#/A..B`;
 * closing it returns to `#/A`). Groups: a grouping of the label space's classes colours the
 * sunburst, puts a badge on the tree's class rows, and lists its groups with a download of the
 * class→group mapping.
 *
 * @fires synset-select - Re-fired by the parts inside as they are used (the explorer follows them into the URL). `detail.wnid`.
 * @csspart header - The top bar: title, search, label-space picker, export menu.
 * @csspart tree-pane - The column holding the tree.
 * @csspart detail-pane - The column holding the card and the sunburst.
 * @cssproperty --synset-explorer-tree-width - Width of the tree column (default 34%).
 */
@customElement('synset-explorer')
export class SynsetExplorer extends LitElement {
  static override styles = synsetExplorerStyles;

  /** The label space shown: `21k` (default), `all` or any set's name (`1k`, `imagenet-r`, `list:…`); kept in the URL (`?in=1k`). */
  @property({ reflect: true }) filter: LabelSpaceName = DEFAULT_SPACE;
  /** The filter of an address that names none: {@link filter} as the page set it (the URL holds any other). */
  private defaultFilter: LabelSpaceName | undefined;

  /** The synset shown: the hash's, once resolved (entity for an empty hash). */
  @state() private selected = '';
  /** How the space's classes are named in the tree (the names toggle; kept in localStorage). */
  @state() private names: NameStyle = storedNames();
  /** Set when the address named a label space or a grouping that does not exist: says so until another space is picked. */
  @state() private addressNotice = '';
  /** Set when the address named a custom list this browser does not keep (a link from another browser): offers to paste it. */
  @state() private missingList: string | null = null;
  /** The selected synset's label, for the export menu. */
  @state() private selectedLabel = '';
  /** Set when the hash names no synset: the id and why. */
  @state() private badRoute: { id: string; message: string } | null = null;
  /** The group under the pointer in the legend or the sunburst (of the grouping then shown): both bring it forward. */
  @state() private hoveredGroup: { grouping: ClassGrouping | null; group: number } | null = null;
  /** The page put the explorer in its main landmark (a docs page): the workspace is then not a second one. */
  @state() private insideMain = false;

  /** The index's load; once it is ready, lookups of the hash that failed with it, or waited on it, can succeed. */
  private readonly indexLoad = new IndexLoadController(this, () => void this.followHash());
  private readonly compare = new CompareController(this, () => ({
    selected: this.selected,
    selectedLabel: this.selectedLabel,
    filter: this.filter,
    hashOptions: this.hashOptions,
    badRoute: this.badRoute !== null,
  }));

  /** The sunburst's centre: the selection, or its parent when nothing lies below it (see {@link sunburstCentre}). */
  private readonly sunburstRoot = new Task(this, {
    task: ([wnid, filter, ready], { signal }) => (wnid && ready ? sunburstCentre(wnid, filter, signal) : undefined),
    args: () => [this.selected, this.filter, this.indexLoad.state.status === 'ready'],
  });
  private readonly groups = new GroupsController(
    this,
    () => ({
      filter: this.filter,
      names: this.names,
      ready: this.indexLoad.state.status === 'ready',
    }),
    () => (location.hash = hashWithOptions(location.hash, this.hashOptions)),
  );
  private routeRun = 0;
  private readonly onHashChange = (): void => void this.followHash();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.addEventListener(SynsetSelectEvent.eventName, this.onSelect);
    this.addEventListener(SynsetFilterChangeEvent.eventName, this.onFilterChange);
    this.addEventListener(SynsetNamesChangeEvent.eventName, this.onNamesChange);
    this.addEventListener(SynsetListRemoveEvent.eventName, this.onListRemove);
    this.addEventListener(SynsetGroupHoverEvent.eventName, this.onGroupHover);
    this.defaultFilter ??= this.filter;
    this.insideMain = this.parentElement?.closest('main, [role="main"]') != null;
    void this.followHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.removeEventListener(SynsetSelectEvent.eventName, this.onSelect);
    this.removeEventListener(SynsetFilterChangeEvent.eventName, this.onFilterChange);
    this.removeEventListener(SynsetNamesChangeEvent.eventName, this.onNamesChange);
    this.removeEventListener(SynsetListRemoveEvent.eventName, this.onListRemove);
    this.removeEventListener(SynsetGroupHoverEvent.eventName, this.onGroupHover);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The filter lives in the URL: a change from the switch, the tree or a script moves it there.
    if (changed.has('filter') && this.filterOf(parseHash(location.hash)) !== this.filter)
      location.hash = hashWithOptions(location.hash, this.hashOptions);
  }

  /** The filter an address asks for. */
  private filterOf(route: HashRoute): LabelSpaceName {
    return route.filter ?? this.defaultFilter ?? this.filter;
  }

  /** The filter as the address names it: none for the default. */
  private get namedFilter(): LabelSpaceName | undefined {
    return this.named(this.filter);
  }

  /** The options of the address for what is shown. */
  private get hashOptions(): HashOptions {
    return { filter: this.namedFilter, group: this.groups.param };
  }

  private named(filter: LabelSpaceName): LabelSpaceName | undefined {
    return filter === this.defaultFilter ? undefined : filter;
  }

  /**
   * Checks the space the address names once the index answers: an alias gives way to the name
   * it stands for, an unknown name to the default, said in a line; both in place, no new
   * history entry.
   */
  private async checkSpace(name: LabelSpaceName): Promise<void> {
    if (name === this.defaultFilter) return;
    // A failed load is the index's to show: the space stands until it can be checked.
    const known = await canonicalSpace(name).catch(() => name);
    const now = parseHash(location.hash);
    // The address may have moved meanwhile (back, a link): then it is no longer this one's to mend.
    if (name !== this.filter || known === name || this.filterOf(now) !== name) return;
    const fallback = this.defaultFilter ?? DEFAULT_SPACE;
    if (!known && isCustomList(name)) this.missingList = name;
    else if (!known) this.addressNotice = `There is no label space “${name}”: showing ${fallback} instead.`;
    history.replaceState(history.state, '', hashWithOptions(location.hash, { filter: this.named(known ?? fallback), group: now.group }));
    this.filter = known ?? fallback;
  }

  /** Shows the grouping the address names; an unknown one is said in a line and leaves the address, in place. */
  private followGroup(name: string | undefined): void {
    const spec = name === undefined ? null : specOfName(name);
    if (name !== undefined && !spec) this.addressNotice = `There is no grouping “${name}”: showing none.`;
    this.groups.choose(spec);
    if (name !== this.groups.param) history.replaceState(history.state, '', hashWithOptions(location.hash, this.hashOptions));
  }

  /** Resolves the hash's id; rewrites an id in another form to the wnid without a new history entry. */
  private async followHash(): Promise<void> {
    const run = ++this.routeRun;
    const route = parseHash(location.hash);
    this.filter = this.filterOf(route);
    this.followGroup(route.group);
    void this.checkSpace(this.filter);
    if (route.kind === 'home') {
      this.compare.compared = '';
      this.selected = ROOT_WNID;
      this.selectedLabel = 'entity';
      this.badRoute = null;
      document.title = 'Synset explorer';
      return;
    }
    try {
      const client = getSynsetClient();
      const [synset, other] = await Promise.all([
        client.nameBatched(route.id),
        route.kind === 'compare' ? client.nameBatched(route.other) : undefined,
      ]);
      if (run !== this.routeRun) return;
      this.selected = synset.wnid;
      this.selectedLabel = synset.label;
      this.compare.compared = other?.wnid ?? '';
      this.badRoute = null;
      document.title = `${synset.label}${other ? ` and ${other.label}` : ` (${synset.name})`} · Synset explorer`;
      // Ids in another form become wnids, in place. Only the ids: a back or a link followed while
      // the names were asked for may have moved the address, whose options are then its own.
      const now = parseHash(location.hash);
      if (routeIds(now) === routeIds(route)) {
        const canonical = hashFor(synset.wnid, { filter: this.named(this.filterOf(now)), group: now.group }, other?.wnid);
        if (location.hash !== canonical) history.replaceState(history.state, '', canonical);
      }
    } catch (error) {
      // A failed load is the index's to show (the error panel), not the route's.
      if (run !== this.routeRun || this.indexLoad.state.status === 'error' || (error instanceof Error && error.name === LOAD_ERROR_NAME))
        return;
      this.compare.compared = '';
      this.badRoute = { id: route.id, message: error instanceof Error ? error.message : String(error) };
      document.title = 'Not found · Synset explorer';
    }
  }

  private readonly onSelect = (event: SynsetSelectEvent): void => {
    // After "compare with…", the pick is the second synset.
    const first = this.compare.takeFirst();
    // Through the URL, so back and forward walk the selections.
    const hash = first && first !== event.wnid ? hashFor(first, this.hashOptions, event.wnid) : hashFor(event.wnid, this.hashOptions);
    if (location.hash !== hash) location.hash = hash;
    else if (this.selected !== event.wnid) void this.followHash();
  };

  /** A search pick: the card may lie below the tree (a phone's one column) or below the fold; show it. */
  private readonly onSearchPick = (): void => {
    void this.updateComplete.then(() => this.renderRoot.querySelector('.card-column')?.scrollIntoView({ block: 'start' }));
  };

  private readonly onFilterChange = (event: SynsetFilterChangeEvent): void => {
    this.addressNotice = '';
    this.missingList = null;
    this.filter = event.filter;
  };

  /** A forgotten list was on show: back to the page's default space. */
  private readonly onListRemove = (event: SynsetListRemoveEvent): void => {
    event.preventDefault();
    this.addressNotice = '';
    this.missingList = null;
    this.filter = this.defaultFilter ?? DEFAULT_SPACE;
  };

  private readonly onGroupHover = (event: SynsetGroupHoverEvent): void => {
    this.hoveredGroup = event.group === null ? null : { grouping: this.groups.shown, group: event.group };
  };

  private readonly onNamesChange = (event: SynsetNamesChangeEvent): void => {
    this.names = event.names;
    storeNames(event.names);
  };

  private renderWorkspace(): TemplateResult {
    const grouping = this.groups.shown;
    // A group hovered in a grouping since replaced is none of this one's.
    const hovered = grouping && this.hoveredGroup?.grouping === grouping ? this.hoveredGroup.group : null;
    return html`<div class="workspace">
      <section class="tree-pane" part="tree-pane" aria-label="Hierarchy">
        <synset-tree filter=${this.filter} names=${this.names} selected=${this.selected} .grouping=${grouping}></synset-tree>
      </section>
      <div class="detail-pane" part="detail-pane">
        ${this.badRoute ? renderBadRoute(this.badRoute.id, this.badRoute.message, hashFor(ROOT_WNID, this.hashOptions)) : nothing}
        ${this.compare.render()}
        <section class="card-column" aria-label="Selected synset" tabindex="-1" ?hidden=${this.badRoute !== null}>
          <synset-card wnid=${this.selected} filter=${this.filter} names=${this.names} compare></synset-card>
        </section>
        <section class="sunburst-column" aria-label="Subtree sunburst" ?hidden=${this.badRoute !== null}>
          <h2 class="section-heading">Subtree</h2>
          <synset-sunburst
            root=${this.sunburstRoot.value ?? this.selected}
            highlight=${this.selected}
            filter=${this.filter}
            .grouping=${grouping}
            .highlightGroup=${hovered}
          ></synset-sunburst>
          <h2 class="section-heading groups-heading">Groups</h2>
          <synset-groups
            set=${this.filter}
            .spec=${this.groups.spec}
            .grouping=${grouping}
            ?busy=${this.groups.busy}
            error=${this.groups.error}
            .highlight=${hovered}
          ></synset-groups>
        </section>
      </div>
    </div>`;
  }

  /** Under a narrower space than 21k, the search looks in it (a class found through a synset outside it says so). */
  private renderSearch(): TemplateResult {
    const everywhere = SEARCH_EVERYWHERE.has(this.filter);
    const space = isCustomList(this.filter) ? 'your list' : this.filter;
    return html`<synset-search
      filter=${everywhere ? ALL : this.filter}
      names=${this.names}
      names-in=${this.filter}
      label=${everywhere ? 'Search synsets' : `Search ${space}`}
      placeholder=${everywhere ? SEARCH_EXAMPLES : `In ${space}: airplane, dog`}
      @synset-select=${this.onSearchPick}
    ></synset-search>`;
  }

  /** A link to a list of another browser's: lists stay where they were added, and pasting the same text brings this one back. */
  private renderMissingList(name: string): TemplateResult {
    const paste = () => this.renderRoot.querySelector('synset-space-picker')?.addList();
    return html`<p class="space-notice" role="status">
      This link names a class list (<code>${name}</code>) that this browser does not have: a list stays in the browser that added it.
      Showing ${this.filter} instead. Paste the list to use it here; the same text gets the same name, so this link then works.
      <button type="button" class="text-button" @click=${paste}>Paste the list…</button>
    </p>`;
  }

  protected override render(): TemplateResult {
    const index = this.indexLoad.state;
    return html`
      <header class="top" part="header">
        <h1 class="brand">
          <a href=${hashFor(ROOT_WNID, this.hashOptions)}><span class="logo" aria-hidden="true">${logo}</span> Synset explorer</a>
        </h1>
        ${this.renderSearch()}
        <div class="tools">
          <synset-space-picker value=${this.filter} names=${this.names}></synset-space-picker>
          <synset-export-menu
            set=${this.filter}
            under=${this.badRoute ? '' : this.selected}
            under-label=${this.selectedLabel}
            names=${this.names === 'wordnet' ? 'unique' : this.names}
          ></synset-export-menu>
        </div>
      </header>
      ${this.addressNotice ? html`<p class="space-notice" role="status">${this.addressNotice}</p>` : nothing}
      ${this.missingList ? this.renderMissingList(this.missingList) : nothing}
      <div class="main" role=${this.insideMain ? nothing : 'main'}>
        ${index.status === 'ready' ? this.renderWorkspace() : index.status === 'error' ? renderLoadError(index.error, () => this.indexLoad.retry()) : renderLoading(index.progress)}
      </div>
      <footer>
        WordNet 3.0 nouns and ImageNet classes
        ${index.status === 'ready' ? renderIndexSummary(index.stats, index.ready, index.ms) : nothing}
        <span class="warning" role="status">${this.indexLoad.storageWarning ? html` · ${this.indexLoad.storageWarning}` : nothing}</span>
      </footer>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-explorer': SynsetExplorer;
  }
}
