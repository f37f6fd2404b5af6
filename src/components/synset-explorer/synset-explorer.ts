import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getSynsetClient, type IndexReady, type LoadProgress } from '../../client.js';
import { LOAD_ERROR_NAME, type SynsetStats } from '../../core/api.js';
import { errorDetail } from '../../core/error-detail.js';
import type { Membership } from '../../core/membership.js';
import { SynsetFilterChangeEvent, SynsetSelectEvent } from '../events.js';
import { LatestTask } from '../latest-task.js';
import '../synset-card/synset-card.js';
import '../synset-search/synset-search.js';
import '../synset-sunburst/synset-sunburst.js';
import '../synset-tree/synset-tree.js';
import { hashFor, hashWithFilter, parseHash, type HashRoute } from './hash-route.js';
import { synsetExplorerStyles } from './synset-explorer.styles.js';

const ENTITY = 'n00001740';
/** A root with three branches, one of them forking again. */
const logo = svg`<svg viewBox="0 0 16 16" width="16" height="16"><path d="M8 2.5v4M8 6.5 3.5 10v3M8 6.5v6.5M8 6.5l4.5 3.5v3" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
const numberFormat = new Intl.NumberFormat('en');
const PHASES: Record<LoadProgress['phase'], string> = {
  fetch: 'Downloading WordNet and the ImageNet lists',
  decompress: 'Unpacking',
  build: 'Building the index',
  store: 'Keeping a copy for next time',
  read: 'Reading the saved index',
};
const FILTERS: { value: Membership; label: string; title: string }[] = [
  { value: '21k', label: 'ImageNet-21k', title: 'The 21,841 synsets of the ImageNet fall 2011 release and their ancestors' },
  { value: '1k', label: 'ILSVRC 1k', title: 'The 1,000 ILSVRC-2012 classes and their ancestors' },
  { value: 'all', label: 'All nouns', title: 'All 82,115 WordNet 3.0 noun synsets' },
];

/**
 * The synset explorer: search on top; the hierarchy as a tree beside the selected synset's
 * card and a sunburst of its subtree. The selection and the filter live in the URL
 * (`#/n02084071?in=1k`): links open them, back and forward walk the selections and filter
 * changes, and an id that does not resolve shows a message. While the first visit loads the
 * index, a progress bar shows the phase; a failed load says so, with a Retry button, and the
 * explorer leaves that state as soon as the client loads data again (see
 * `SynsetClient.onLoadError`). The footer notes when this browser could not keep a copy.
 *
 * @fires synset-select - Re-fired by the parts inside as they are used (the explorer follows them into the URL). `detail.wnid`.
 * @csspart header - The top bar: title, search, filter switch.
 * @csspart tree-pane - The column holding the tree.
 * @csspart detail-pane - The column holding the card and the sunburst.
 * @cssproperty --synset-explorer-tree-width - Width of the tree column (default 34%).
 */
@customElement('synset-explorer')
export class SynsetExplorer extends LitElement {
  static override styles = synsetExplorerStyles;

  /** Which synsets the tree and the sunburst show: `21k` (default), `1k` or `all`; a change goes into the URL (`?in=1k`). */
  @property({ reflect: true }) filter: Membership = '21k';
  /** The filter of an address that names none: {@link filter} as the page set it (the URL holds any other). */
  private defaultFilter: Membership | undefined;

  @state() private index:
    | { status: 'loading'; progress: LoadProgress | null }
    | { status: 'ready'; ready: IndexReady; stats: SynsetStats; ms: number }
    | { status: 'error' } = {
    status: 'loading',
    progress: null,
  };
  /** Why this browser could not keep a copy of the data, once the client says so. */
  @state() private storageWarning: string | undefined;
  /** The synset shown: the hash's, once resolved (entity for an empty hash). */
  @state() private selected = '';
  /** Set when the hash names no synset: the id and why. */
  @state() private badRoute: { id: string; message: string } | null = null;

  /**
   * The sunburst's centre: the selection, or, when nothing lies below it under the filter, its
   * parent, with the selection outlined: a lone disc would say little.
   */
  private readonly sunburstRoot = new LatestTask(
    this,
    async ([wnid, filter]: readonly [string, Membership]) => {
      const client = getSynsetClient();
      if ((await client.row(wnid, { in: filter })).childCount > 0) return wnid;
      const [firstPath] = await client.ancestors(wnid);
      return firstPath?.[firstPath.length - 2] ?? wnid;
    },
    () => (this.selected && this.index.status === 'ready' ? ([this.selected, this.filter] as const) : undefined),
  );
  private routeRun = 0;
  private stopProgress: (() => void) | undefined;
  private stopLoadErrors: (() => void) | undefined;
  private readonly onHashChange = (): void => void this.followHash();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.addEventListener(SynsetSelectEvent.eventName, this.onSelect);
    this.addEventListener(SynsetFilterChangeEvent.eventName, this.onFilterChange);
    this.defaultFilter ??= this.filter;
    const client = getSynsetClient();
    this.stopProgress = client.onProgress((progress) => {
      if (this.index.status === 'loading') this.index = { status: 'loading', progress };
    });
    // Data loaded again (another view's query after the back-off): the index may be there now.
    this.stopLoadErrors = client.onLoadError((error) => {
      if (!error && this.index.status === 'error') void this.load(() => client.ready());
    });
    void this.load(() => client.ready());
    void this.followHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.removeEventListener(SynsetSelectEvent.eventName, this.onSelect);
    this.removeEventListener(SynsetFilterChangeEvent.eventName, this.onFilterChange);
    this.stopProgress?.();
    this.stopLoadErrors?.();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The filter lives in the URL: a change from the switch, the tree or a script moves it there.
    if (changed.has('filter') && this.filterOf(parseHash(location.hash)) !== this.filter)
      location.hash = hashWithFilter(location.hash, this.namedFilter);
  }

  /** The filter an address asks for. */
  private filterOf(route: HashRoute): Membership {
    return route.filter ?? this.defaultFilter ?? this.filter;
  }

  /** The filter as the address names it: none for the default. */
  private get namedFilter(): Membership | undefined {
    return this.filter === this.defaultFilter ? undefined : this.filter;
  }

  private async load(open: () => Promise<IndexReady>): Promise<void> {
    const started = performance.now();
    this.index = { status: 'loading', progress: null };
    try {
      const ready = await open();
      const stats = await getSynsetClient().stats();
      this.index = { status: 'ready', ready, stats, ms: performance.now() - started };
      void this.keepCopy();
      // Lookups of the hash failed with the load, or waited on it; now they can succeed.
      void this.followHash();
    } catch (error) {
      console.warn(`the synset index could not be loaded: ${errorDetail(error)}`);
      this.index = { status: 'error' };
    }
  }

  /**
   * Loads the rest of the data (every definition, search's tables) behind the first view, and
   * notes when this browser could not keep it: after the first view's data, then after the rest.
   */
  private async keepCopy(): Promise<void> {
    const client = getSynsetClient();
    const check = async (): Promise<void> => {
      const outcome = await client.persisted().catch(() => undefined);
      if (outcome && !outcome.stored) this.storageWarning ??= outcome.storageWarning;
    };
    await check();
    await client.preload().catch((error: unknown) => console.warn(`could not load all of the synset data: ${errorDetail(error)}`));
    await check();
  }

  /** Resolves the hash's id; rewrites an id in another form to the wnid without a new history entry. */
  private async followHash(): Promise<void> {
    const run = ++this.routeRun;
    const route = parseHash(location.hash);
    this.filter = this.filterOf(route);
    if (route.kind === 'home') {
      this.selected = ENTITY;
      this.badRoute = null;
      document.title = 'Synset explorer';
      return;
    }
    try {
      const synset = await getSynsetClient().nameBatched(route.id);
      if (run !== this.routeRun) return;
      this.selected = synset.wnid;
      this.badRoute = null;
      document.title = `${synset.label} (${synset.name}) · Synset explorer`;
      const canonical = hashFor(synset.wnid, this.namedFilter);
      if (location.hash !== canonical) history.replaceState(history.state, '', canonical);
    } catch (error) {
      // A failed load is the index's to show (the error panel), not the route's.
      if (run !== this.routeRun || this.index.status === 'error' || (error instanceof Error && error.name === LOAD_ERROR_NAME)) return;
      this.badRoute = { id: route.id, message: error instanceof Error ? error.message : String(error) };
      document.title = 'Not found · Synset explorer';
    }
  }

  private readonly onSelect = (event: SynsetSelectEvent): void => {
    // Through the URL, so back and forward walk the selections.
    const hash = hashFor(event.wnid, this.namedFilter);
    if (location.hash !== hash) location.hash = hash;
    else if (this.selected !== event.wnid) void this.followHash();
  };

  /** A search pick: the card may lie below the tree (a phone's one column) or below the fold; show it. */
  private readonly onSearchPick = (): void => {
    void this.updateComplete.then(() => this.renderRoot.querySelector('.card-column')?.scrollIntoView({ block: 'start' }));
  };

  private readonly onFilterChange = (event: SynsetFilterChangeEvent): void => {
    this.filter = event.filter;
  };

  private renderFilterSwitch(): TemplateResult {
    return html`<fieldset class="filter">
      <legend class="visually-hidden">Show</legend>
      ${FILTERS.map(
        ({ value, label, title }) =>
          html`<label title=${title}>
            <input type="radio" name="filter" value=${value} .checked=${this.filter === value} @change=${() => (this.filter = value)} />
            <span>${label}</span>
          </label>`,
      )}
    </fieldset>`;
  }

  private renderLoading(progress: LoadProgress | null): TemplateResult {
    const percent = progress && progress.total > 0 ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : null;
    const phase = progress ? PHASES[progress.phase] : 'Starting the index worker';
    return html`<div class="status-panel" role="status" aria-live="polite">
      <h2>Preparing the index</h2>
      <p>${phase}${percent === null ? '…' : ` — ${percent}%`}</p>
      ${percent === null ? html`<progress aria-label=${phase}></progress>` : html`<progress max="100" value=${percent} aria-label=${phase}></progress>`}
      <p class="hint">
        The first visit downloads about 1 MB for the tree and the names; definitions follow in the background. Later visits, also offline,
        read everything from this browser's storage.
      </p>
    </div>`;
  }

  private renderError(): TemplateResult {
    // The error's own words are for developers: they are in the console.
    return html`<div class="status-panel error-panel" role="alert">
      <h2>The synset index could not be loaded</h2>
      <p class="error">Its data could not be downloaded. Check the connection, then try again.</p>
      <button class="text-button primary" @click=${() => this.load(() => getSynsetClient().retry())}>Retry</button>
    </div>`;
  }

  private renderWorkspace(): TemplateResult {
    return html`<div class="workspace">
      <section class="tree-pane" part="tree-pane" aria-label="Hierarchy">
        <synset-tree filter=${this.filter} selected=${this.selected}></synset-tree>
      </section>
      <div class="detail-pane" part="detail-pane">
        ${
          this.badRoute
            ? html`<div class="status-panel bad-route" role="alert">
                <h2>No synset “${this.badRoute.id}”</h2>
                <p>${this.badRoute.message}.</p>
                <p><a href=${hashFor(ENTITY, this.namedFilter)}>Go to the top of the hierarchy</a> or search above.</p>
              </div>`
            : nothing
        }
        <section class="card-column" aria-label="Selected synset" ?hidden=${this.badRoute !== null}>
          <synset-card wnid=${this.selected}></synset-card>
        </section>
        <section class="sunburst-column" aria-label="Subtree sunburst" ?hidden=${this.badRoute !== null}>
          <h2 class="section-heading">Subtree</h2>
          <synset-sunburst
            root=${this.sunburstRoot.value ?? this.selected}
            highlight=${this.selected}
            filter=${this.filter}
          ></synset-sunburst>
        </section>
      </div>
    </div>`;
  }

  protected override render(): TemplateResult {
    const index = this.index;
    return html`
      <header class="top" part="header">
        <h1 class="brand">
          <a href=${hashFor(ENTITY, this.namedFilter)}><span class="logo" aria-hidden="true">${logo}</span> Synset explorer</a>
        </h1>
        <synset-search filter="all" @synset-select=${this.onSearchPick}></synset-search>
        ${this.renderFilterSwitch()}
      </header>
      <main>
        ${index.status === 'ready' ? this.renderWorkspace() : index.status === 'error' ? this.renderError() : this.renderLoading(index.progress)}
      </main>
      <footer>
        WordNet 3.0 nouns and ImageNet classes
        ${
          index.status === 'ready'
            ? html` · ${numberFormat.format(index.stats.nouns)} nouns, ${numberFormat.format(index.stats.in21k)} in ImageNet-21k,
              ${numberFormat.format(index.stats.in1k)} ILSVRC classes · index
              ${index.ready.source === 'indexeddb' ? 'read from this browser’s storage' : 'downloaded'} in
              ${numberFormat.format(Math.round(index.ms))} ms`
            : nothing
        }
        <span class="warning" role="status">${this.storageWarning ? html` · ${this.storageWarning}` : nothing}</span>
      </footer>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-explorer': SynsetExplorer;
  }
}
