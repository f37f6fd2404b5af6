import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import { getSynsetClient } from '../../client/client.js';
import { errorText } from '../error-text.js';
import { ROOT_WNID } from '../../core/wnid.js';
import type { NameStyle, SynsetRow } from '../../worker/api.js';
import { DEFAULT_SPACE, type LabelSpaceName } from '../../core/label-space-name.js';
import { SynsetCompareEvent, SynsetFilterChangeEvent, SynsetSelectEvent } from '../events.js';
import { customProperties } from '../custom-properties.js';
import { RerunFailedTask } from '../rerun-failed-task.js';
import { whenDataLoadsAgain } from '../when-data-loads-again.js';
import { RowScroller } from './row-scroller.js';
import { TreeKeyboardController, type TreeKeyboardHost } from './tree-keyboard.js';
import { TreeModel, type TreeRow } from './tree-model.js';
import { renderColumns, renderTreeRow, rowId, type RowView } from './tree-row.js';
import { SelectionReveal } from './reveal-selection.js';
import { renderHiddenSelection, renderLoadError } from './tree-notices.js';
import { LabelIssuesController } from './label-issues.js';
import type { ClassGrouping } from '../class-grouping.js';
import type { RunFigures } from '../run-figures.js';
import { viewWith } from './row-accuracy.js';
import { RowViewController } from './row-view.js';
import { synsetTreeStyles } from './synset-tree.styles.js';
import { LanguageWords } from '../language-words.js';
import { pageLanguage } from '../page-language.js';

/** Rows drawn beyond each edge of the view. */
const OVERSCAN = 12;

/**
 * The WordNet noun hierarchy as an ARIA tree, children loaded from the worker as nodes open.
 * Rows have one height, so only those in view are drawn, placed by arithmetic rather than
 * measured: a node with 600 children or an open subtree of 20,000 rows scrolls smoothly, and an
 * opened node's rows are drawn in the same update that opens it. A synset with several parents
 * stands under each of them, marked with a fork icon.
 *
 * Keyboard (WAI-ARIA tree): ↑/↓ rows, →/← open/close or to child/parent, Home/End, `*` opens all
 * siblings, letters jump to the next row starting with them, Enter/Space select.
 * Give it a height (default 24rem); it scrolls inside. With `height: auto` and a `max-height` it
 * is as tall as its rows, up to that. In a narrow tree (28rem or less) the wnids hide and the
 * counts stack, so the names keep their room.
 * With `lang` (default the page's), rows show each synset's first lemma in that language, its
 * English name in the row's title, or their own label, marked English, where the language has none.
 *
 * @fires synset-select - A row was clicked or activated with Enter/Space. `detail.wnid`.
 * @fires synset-compare - A row was shift-clicked: compare the selection with it. `detail.wnid`.
 * @csspart group-badge - A class's group (a coloured dot and its name) while {@link grouping} is set.
 * @csspart accuracy - A row's accuracy (bar and number) while {@link run} is set.
 * @csspart credit - In another language, the line crediting the source of the rows' words (the explorer shows its own).
 * @csspart agreement - A row's share of labels ReaL keeps (bar and number) while {@link labelIssues} is set.
 * @fires synset-filter-change - The "show all nouns" button, shown when `selected` lies outside `filter`, switched the filter to `all`.
 * @csspart tree - The scrolling element with role=tree.
 * @csspart row - Every row; also `row-selected` on the selected synset's rows and `row-active` on the keyboard's row.
 * @csspart lemma - A row's label.
 * @csspart wnid - A row's wnid.
 * @csspart counts - A row's 1k / 21k descendant counts.
 * @csspart columns - The line naming the count columns above the rows.
 * @csspart notice - The line shown when the selected synset is outside the filter, or loading failed.
 * @cssproperty --synset-tree-indent - Indent per level (default 0.95rem); levels past the fourth indent a third of it.
 * @cssproperty --synset-tree-row-height - Height of a row (default 1.9rem).
 */
@customElement('synset-tree')
export class SynsetTree extends LitElement {
  static override styles = synsetTreeStyles;

  /** The synset at the top of the tree (any id form; default `n00001740`, entity). */
  @property({ reflect: true }) root = ROOT_WNID;

  /** The label space shown with its ancestors (`21k` default, `1k`, `imagenet-r`, `list:…`, or `all`); other than all/21k/1k, rows carry its `#index` and counts. */
  @property({ reflect: true }) filter: LabelSpaceName = DEFAULT_SPACE;

  /** How the filter's classes are labelled (`wordnet`: their first lemma; see `NameStyle`). */
  @property({ reflect: true }) names: NameStyle = 'wordnet';

  /** The selected synset's wnid: its rows are marked, and one path to it opens and scrolls into view. */
  @property({ reflect: true }) selected = '';

  /** The filter's classes grouped (the explorer's Groups): a class row shows its group as a badge. */
  @property({ attribute: false }) grouping: ClassGrouping | null = null;

  /** A model's run (the explorer's "Your model"): each row shows the accuracy of the images whose true class is at or below it. */
  @property({ attribute: false }) run: RunFigures | null = null;

  /** Under a run, siblings are drawn worst first (against a baseline: the largest drop first). */
  @property({ type: Boolean, attribute: 'worst-first' }) worstFirst = false;

  /** Known label issues: each row shows the share of its validation labels ReaL keeps, siblings lowest share first. */
  @property({ type: Boolean, attribute: 'label-issues' }) labelIssues = false;

  /** The language of the rows' names (`zh`, `fr`, `ar`...; English in each row's title); unset, the page's `lang`. */
  @property({ attribute: 'lang' }) language = '';

  /** The tree's accessible name. */
  @property() label = 'WordNet noun hierarchy';

  /** The keyboard's row (aria-activedescendant), by key rather than position: it stays on its synset as rows open above it. */
  @state() private activeKey: string | null = null;
  @query('.scroller') private scroller!: HTMLElement | null;
  private readonly rowScroller = new RowScroller(this, () => this.scroller, 'probe');

  private readonly keyboard = new TreeKeyboardController(this.keyboardHost());
  private readonly selection = new SelectionReveal({
    selected: () => this.selected,
    activeIndex: () => this.activeIndex,
    showRow: (index) => {
      this.setActive(index);
      return this.scrollToRow(index, 'center');
    },
    requestUpdate: () => this.requestUpdate(),
  });

  private readonly modelTask = new Task(this, {
    task: async ([root, filter], { signal }) => {
      const client = getSynsetClient();
      const rootRow = await client.row(root, { in: filter });
      // Another root or filter is asked for meanwhile: this one's children are not needed.
      signal.throwIfAborted();
      const model = new TreeModel(rootRow, {
        loadPage: (wnid, offset, limit) => client.children(wnid, { in: filter, offset, limit }),
        onChange: () => {
          if (model === this.modelTask.value) this.requestUpdate();
        },
      });
      await model.expand(model.root);
      return model;
    },
    args: () => [this.root, this.filter],
  });

  /** ReaL's agreement at each row while `label-issues` is set; asked for when it is. */
  private readonly labelIssuesShown = new LabelIssuesController(this, () => this.labelIssues);

  /** The rows' labels in the names' style, and what rows show under the filter. */
  private readonly rowView = new RowViewController(this, () => [this.filter, this.names] as const);

  /** The rows' words in the tree's language, asked for as rows come on screen. */
  private readonly words = new LanguageWords(this, () => this.language || pageLanguage(this));

  constructor() {
    super();
    new RerunFailedTask(this, this.modelTask, whenDataLoadsAgain);
  }

  /** The latest model; while a new one (another root or filter) loads, the old one stays on screen. */
  private get model(): TreeModel | undefined {
    return this.modelTask.value;
  }

  /** Where the keyboard's row is now; -1 for none. */
  private get activeIndex(): number {
    return this.activeKey === null || !this.model ? -1 : this.model.indexFollowing(this.activeKey);
  }

  private setActive(index: number): void {
    this.activeKey = this.model?.rows[index]?.key ?? null;
  }

  private keyboardHost(): TreeKeyboardHost {
    const model = () => this.model!;
    const activeIndex = () => this.activeIndex;
    return {
      get model() {
        return model();
      },
      get activeIndex() {
        return activeIndex();
      },
      focusRow: (index) => this.focusRow(index),
      activateRow: (index) => this.activateRow(index),
      // What the row shows: its words in the tree's language once they came (rows seen so far), else its lemma.
      shownName: (row) => {
        const words = this.words.came(row.wnid);
        return words && words.labelLang !== 'en' ? words.label : row.lemma;
      },
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.model?.setChildOrder(this.worstFirst && this.run ? this.run.worstFirst : (this.labelIssuesShown.figures?.fewestKeptFirst ?? null));
    if (changed.has('root') || changed.has('filter')) this.activeKey = null;
    // The keyboard's row was hidden (a node above it closed) or replaced (a page took a "more"
    // row's place): it moves there for good, as the WAI-ARIA tree pattern asks.
    else this.setActive(this.activeIndex);
    // A new selection, or a new model (root or filter changed): show the selected synset.
    this.selection.willUpdate(changed.has('selected'), this.model);
  }

  private focusRow(index: number): void {
    this.setActive(index);
    void this.scrollToRow(index, 'nearest');
  }

  private scrollToRow(index: number, block: 'nearest' | 'center'): Promise<void> {
    return this.rowScroller.scrollTo(index, block, () => this.model?.rows.length ?? 0);
  }

  private activateRow(index: number): void {
    const row = this.model?.rows[index];
    if (!row) return;
    this.setActive(index);
    if (row.kind === 'node') this.dispatchEvent(new SynsetSelectEvent({ wnid: row.node.row.wnid }));
    else void this.model!.loadNextPage(row.parent);
  }

  /** Opens or closes a row. */
  private async toggleRow(index: number): Promise<void> {
    const row = this.model?.rows[index];
    if (row?.kind !== 'node' || !row.hasChildren) return;
    await this.model!.toggle(row.node);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || !this.model) return;
    if (this.activeIndex < 0) this.setActive(0);
    if (this.keyboard.handleKey(event.key, event.timeStamp)) event.preventDefault();
  }

  private onFocus(): void {
    if (this.activeIndex < 0 && this.model) {
      const selectedIndex = this.model.rows.findIndex((row) => row.kind === 'node' && row.node.row.wnid === this.selected);
      this.setActive(Math.max(0, selectedIndex));
    }
  }

  private onClick(event: MouseEvent): void {
    const target = event.target as Element;
    const rowElement = target.closest<HTMLElement>('[data-index]');
    if (!rowElement) return;
    const index = Number(rowElement.dataset['index']);
    const row = this.model?.rows[index];
    if (target.closest('.twisty')) void this.toggleRow(index);
    else if (event.shiftKey && row?.kind === 'node') this.dispatchEvent(new SynsetCompareEvent({ wnid: row.node.row.wnid }));
    else this.activateRow(index);
  }

  private onDoubleClick(event: MouseEvent): void {
    const rowElement = (event.target as Element).closest<HTMLElement>('[data-index]');
    if (rowElement && !(event.target as Element).closest('.twisty')) void this.toggleRow(Number(rowElement.dataset['index']));
  }

  private showAll(): void {
    this.filter = 'all';
    this.dispatchEvent(new SynsetFilterChangeEvent({ filter: 'all' }));
  }

  private renderRow(row: TreeRow, index: number, activeIndex: number, view: RowView): TemplateResult {
    // A "more" row on screen asks for the next page of its siblings.
    if (row.kind === 'more' && !row.loading) queueMicrotask(() => void this.model?.loadNextPage(row.parent));
    return renderTreeRow(row, index, index === activeIndex, this.selected, view);
  }

  protected override render(): TemplateResult {
    const task = this.modelTask;
    if (task.status === TaskStatus.ERROR)
      return renderLoadError(
        errorText(task.error),
        () =>
          void getSynsetClient()
            .retry()
            .finally(() => task.run()),
      );
    const model = this.model;
    if (!model) return html`<p class="notice" part="notice" role="status">Loading the hierarchy…</p>`;
    const rows = model.rows;
    const activeIndex = this.activeIndex;
    const active = rows[activeIndex];
    const { first, end } = this.rowScroller.range(rows.length, OVERSCAN);
    const grouping = this.grouping?.set === this.filter ? this.grouping : null;
    const words = this.words.current ? (row: SynsetRow) => this.words.of(row.wnid) : undefined;
    const view = { ...viewWith(this.rowView.view, grouping, this.run, this.labelIssuesShown.figures), ...(words && { words }) };
    return html`
      ${this.selection.hidden ? renderHiddenSelection(this.selection.hidden.lemma, this.rowView.caption, () => this.showAll()) : nothing}
      ${this.labelIssuesShown.renderError()} ${renderColumns(view)}
      <div
        class="scroller"
        part="tree"
        ${customProperties({ '--rows': String(rows.length) })}
        role="tree"
        tabindex="0"
        aria-label=${this.label}
        aria-activedescendant=${active ? rowId(active) : nothing}
        @scroll=${this.rowScroller.onScroll}
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @click=${this.onClick}
        @dblclick=${this.onDoubleClick}
      >
        <div class="sizer">
          <div class="window" role="none" ${customProperties({ '--first': String(first) })}>
            ${repeat(
              rows.slice(first, end),
              (row) => row.key,
              (row, k) => this.renderRow(row, first + k, activeIndex, view),
            )}
          </div>
          ${
            // Scrolled away, the keyboard's row stays in the DOM, in its place out of view:
            // aria-activedescendant must name an element.
            active && (activeIndex < first || activeIndex >= end)
              ? html`<div class="window" role="none" ${customProperties({ '--first': String(activeIndex) })}>
                  ${this.renderRow(active, activeIndex, activeIndex, view)}
                </div>`
              : nothing
          }
        </div>
        <div class="probe" aria-hidden="true"></div>
      </div>
      ${this.words.credit ? html`<p class="credit" part="credit" dir="auto">${this.words.credit}</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-tree': SynsetTree;
  }
}
