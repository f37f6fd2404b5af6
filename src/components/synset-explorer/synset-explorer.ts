import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { NameStyle } from '../../worker/api.js';
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
import { LanguageController } from './language-controller.js';
import '../synset-sunburst/synset-sunburst.js';
import '../synset-tree/synset-tree.js';
import { CompareController } from './compare-controller.js';
import { hashFor, hashWithOptions } from './hash-route.js';
import { IndexLoadController } from './index-load.js';
import { RouteController } from './route-controller.js';
import { RunController } from './run-controller.js';
import { renderDropTarget, renderRunLine, renderRunPicker } from './run-parts.js';
import '../synset-class-run/synset-class-run.js';
import '../synset-label-issues/synset-label-issues.js';
import { GroupsController } from './groups-controller.js';
import type { ClassGrouping } from '../class-grouping.js';
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
 * @csspart language-picker - The language picker (`?lang=`) in the header.
 * @csspart language-credit - Under the tree, the line crediting the picked language's words.
 * @cssproperty --synset-explorer-tree-width - Width of the tree column (default 34%).
 */
@customElement('synset-explorer')
export class SynsetExplorer extends LitElement {
  static override styles = synsetExplorerStyles;

  /** The label space shown: `21k` (default), `all` or any set's name (`1k`, `imagenet-r`, `list:…`); kept in the URL (`?in=1k`). */
  @property({ reflect: true }) filter: LabelSpaceName = DEFAULT_SPACE;

  /** How the space's classes are named in the tree (the names toggle; kept in localStorage). */
  @state() private names: NameStyle = storedNames();
  /** The group under the pointer in the legend or the sunburst (of the grouping then shown): both bring it forward. */
  @state() private hoveredGroup: { grouping: ClassGrouping | null; group: number } | null = null;
  /** The page put the explorer in its main landmark (a docs page): the workspace is then not a second one. */
  @state() private insideMain = false;

  /** The index's load; once it is ready, lookups of the hash that failed with it, or waited on it, can succeed. */
  private readonly indexLoad = new IndexLoadController(this, () => {
    this.route.follow();
    void this.runs.refresh();
  });
  private readonly compare: CompareController = new CompareController(this, () => ({
    selected: this.route.selected,
    comparedFrom: this.route.comparedFrom,
    selectedLabel: this.route.selectedLabel,
    filter: this.filter,
    hashOptions: this.route.hashOptions,
    badRoute: this.route.badRoute !== null,
  }));

  /** The sunburst's centre: the selection, or its parent when nothing lies below it (see {@link sunburstCentre}). */
  private readonly sunburstRoot = new Task(this, {
    task: ([wnid, filter, ready], { signal }) => (wnid && ready ? sunburstCentre(wnid, filter, signal) : undefined),
    args: () => [this.route.selected, this.filter, this.indexLoad.state.status === 'ready'],
  });
  private readonly groups = new GroupsController(
    this,
    () => ({
      filter: this.filter,
      names: this.names,
      ready: this.indexLoad.state.status === 'ready',
    }),
    () => (location.hash = hashWithOptions(location.hash, this.route.hashOptions)),
  );
  /** "Your model": the runs kept here, the one shown and its baseline; a file dropped anywhere. */
  private readonly runs: RunController = new RunController(
    this,
    () => this.indexLoad.state.status === 'ready',
    () => (location.hash = hashWithOptions(location.hash, this.route.hashOptions)),
  );
  /** The language of the tree, the card, the sunburst and the search (`?lang=zh`). */
  private readonly language = new LanguageController(this, () => this.indexLoad.state.status === 'ready');
  /** The address, followed into what is shown and moved as it changes. */
  private readonly route: RouteController = new RouteController(this, {
    compare: this.compare,
    groups: this.groups,
    runs: this.runs,
    indexFailed: () => this.indexLoad.state.status === 'error',
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener(SynsetSelectEvent.eventName, this.onSelect);
    this.addEventListener(SynsetFilterChangeEvent.eventName, this.onFilterChange);
    this.addEventListener(SynsetNamesChangeEvent.eventName, this.onNamesChange);
    this.addEventListener(SynsetListRemoveEvent.eventName, this.onListRemove);
    this.addEventListener(SynsetGroupHoverEvent.eventName, this.onGroupHover);
    this.insideMain = this.parentElement?.closest('main, [role="main"]') != null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener(SynsetSelectEvent.eventName, this.onSelect);
    this.removeEventListener(SynsetFilterChangeEvent.eventName, this.onFilterChange);
    this.removeEventListener(SynsetNamesChangeEvent.eventName, this.onNamesChange);
    this.removeEventListener(SynsetListRemoveEvent.eventName, this.onListRemove);
    this.removeEventListener(SynsetGroupHoverEvent.eventName, this.onGroupHover);
  }

  private readonly onSelect = (event: SynsetSelectEvent): void => this.route.select(event.wnid);

  /** A search pick: the card may lie below the tree (a phone's one column) or below the fold; show it. */
  private readonly onSearchPick = (): void => {
    void this.updateComplete.then(() => this.renderRoot.querySelector('.card-column')?.scrollIntoView({ block: 'start' }));
  };

  private readonly onFilterChange = (event: SynsetFilterChangeEvent): void => {
    this.route.clearNotices();
    this.filter = event.filter;
  };

  /** A forgotten list was on show: back to the page's default space. */
  private readonly onListRemove = (event: SynsetListRemoveEvent): void => {
    event.preventDefault();
    this.route.clearNotices();
    this.filter = this.route.fallback;
  };

  private readonly onGroupHover = (event: SynsetGroupHoverEvent): void => {
    this.hoveredGroup = event.group === null ? null : { grouping: this.groups.shown, group: event.group };
  };

  private readonly onNamesChange = (event: SynsetNamesChangeEvent): void => {
    this.names = event.names;
    storeNames(event.names);
  };

  private renderWorkspace(): TemplateResult {
    const { selected, badRoute } = this.route;
    const grouping = this.groups.shown;
    // A group hovered in a grouping since replaced is none of this one's.
    const hovered = grouping && this.hoveredGroup?.grouping === grouping ? this.hoveredGroup.group : null;
    return html`<div class="workspace">
      <section class="tree-pane" part="tree-pane" aria-label="Hierarchy">
        <synset-tree
          filter=${this.filter}
          names=${this.names}
          selected=${selected}
          lang=${this.language.lang || 'en'}
          .grouping=${grouping}
          .run=${this.runs.shown}
          ?worst-first=${this.runs.worstFirst}
          ?label-issues=${this.runs.labelIssues}
        ></synset-tree>
        ${this.language.renderCredit()}
      </section>
      <div class="detail-pane" part="detail-pane">
        ${badRoute ? renderBadRoute(badRoute.id, badRoute.message, hashFor(ROOT_WNID, this.route.hashOptions)) : nothing}
        ${this.compare.render()}
        <section class="card-column" aria-label="Selected synset" tabindex="-1" ?hidden=${badRoute !== null}>
          <synset-card wnid=${selected} filter=${this.filter} names=${this.names} lang=${this.language.lang || 'en'} compare></synset-card>
          <synset-class-run
            wnid=${selected}
            .run=${this.runs.shown}
            .compareHref=${(other: string) => hashFor(selected, this.route.hashOptions, other)}
          ></synset-class-run>
          <synset-label-issues wnid=${selected}></synset-label-issues>
        </section>
        <section class="sunburst-column" aria-label="Subtree sunburst" ?hidden=${badRoute !== null}>
          <h2 class="section-heading">Subtree</h2>
          <synset-sunburst
            root=${this.sunburstRoot.value ?? selected}
            highlight=${selected}
            filter=${this.filter}
            lang=${this.language.lang || 'en'}
            .grouping=${grouping}
            .highlightGroup=${hovered}
            .run=${this.runs.shown}
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
      lang=${this.language.lang || 'en'}
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
          <a href=${hashFor(ROOT_WNID, this.route.hashOptions)}><span class="logo" aria-hidden="true">${logo}</span> Synset explorer</a>
        </h1>
        ${this.renderSearch()}
        <div class="tools">
          ${this.language.render()}
          <synset-space-picker value=${this.filter} names=${this.names}></synset-space-picker>
          ${renderRunPicker(this.runs)}
          <synset-export-menu
            set=${this.filter}
            under=${this.route.badRoute ? '' : this.route.selected}
            under-label=${this.route.selectedLabel}
            names=${this.names === 'wordnet' ? 'unique' : this.names}
          ></synset-export-menu>
        </div>
      </header>
      ${renderRunLine(this.runs, (wnid) => hashFor(wnid, this.route.hashOptions))} ${renderDropTarget(this.runs)}
      ${this.route.addressNotice ? html`<p class="space-notice" role="status">${this.route.addressNotice}</p>` : nothing}
      ${this.route.missingList ? this.renderMissingList(this.route.missingList) : nothing}
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
