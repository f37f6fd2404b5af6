import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { getSynsetClient } from '../../client/client.js';
import type { ChildPage, NameStyle, SetIndex, SynsetDetails } from '../../worker/api.js';
import { ALL, DEFAULT_SPACE, type LabelSpaceName } from '../../core/label-space-name.js';
import { ClassNames } from '../class-names.js';
import { selectOnLinkClick, SynsetComparePickEvent } from '../events.js';
import { indexedSet } from '../indexed-set.js';
import { SpaceCaptionController } from '../space-caption.js';
import { RerunFailedTask } from '../rerun-failed-task.js';
import { whenDataLoadsAgain, whenDataMayLoadAgain } from '../when-data-loads-again.js';
import '../synset-path/synset-path.js';
import { renderChildren } from './card-children.js';
import { renderSubtree } from './card-subtree.js';
import { renderIdentity } from './card-identity.js';
import { CardVersionIds } from './card-version-ids.js';
import { CardLanguage } from './card-language.js';
import { pageLanguage } from '../page-language.js';
import { LanguageWords } from '../language-words.js';
import { synsetCardStyles } from './synset-card.styles.js';
import { errorText } from '../error-text.js';
import { renderCardError, renderExamples, renderGloss } from './card-text.js';
import { formatNumber } from '../../core/number-format.js';

interface CardContent {
  synset: SynsetDetails;
  children: ChildPage;
}

/** Children listed before "show all": a few synsets have hundreds. */
const CHILDREN_SHOWN = 60;
const SPACE_NAMES: Record<LabelSpaceName, string> = { all: 'all nouns', '21k': 'ImageNet-21k', '1k': 'ILSVRC-2012 (1k)' };

/**
 * Everything about one synset: lemmas, gloss and examples; its wnid and NLTK name with copy
 * buttons; its ILI, WordNet 3.1 and Open English WordNet ids (linked to OEWN's page, CILI
 * credited); its ILSVRC-2012 index and whether ImageNet-21k has it; its class index in every label
 * space that has it (built-in lists and this browser's own); every hypernym path (as
 * `<synset-path>`); its children as links; how many synsets lie below (all nouns, 21k, 1k, and
 * the classes of `filter` when it names another label space); and buttons that copy the wnids of
 * its subtree in any of those as text or JSON (the page's label space first). Under a `filter`,
 * children the tree of that space leaves out are marked, and with `names` the title is the
 * synset's class name in that style. A definition whose data part could not be downloaded is
 * marked unavailable, with a Retry, and fills in when data may load again (the browser back
 * online); the rest of the card shows all the same.
 *
 * @fires synset-select - A child link or a path step was clicked. `detail.wnid`.
 * @fires synset-compare-pick - The "compare with…" button (shown with `compare`): the next synset picked is compared with this one. `detail.wnid`.
 * @csspart card - The whole card.
 * @csspart title - The first lemma.
 * @csspart gloss - The definition.
 * @csspart section - Each titled section (paths, children, subtree).
 * @csspart child - A child link.
 * @csspart oewn-link - The link to the synset's page on Open English WordNet.
 * @csspart set-index - One label space's class index ("imagenet-r #17").
 * @csspart copy-button - Every copy button.
 * @csspart compare-button - The "compare with…" button.
 */
@customElement('synset-card')
export class SynsetCard extends LitElement {
  static override styles = synsetCardStyles;

  /** The synset to show (a wnid, or any id form the index reads). */
  @property({ reflect: true }) wnid = '';

  /** The label space the page shows (`imagenet-r`, `list:…`): its classes below are counted and can be copied too (all, 21k and 1k add nothing). */
  @property({ reflect: true }) filter: LabelSpaceName = '';

  /** How the classes of {@link filter}'s set are named (the explorer's names toggle): a class's title is its name in that style. */
  @property({ reflect: true }) names: NameStyle = 'wordnet';

  /** Shows the "compare with…" button (it fires `synset-compare-pick`), for a page that then takes a second synset, as the explorer does: alone it would do nothing. */
  @property({ type: Boolean, reflect: true }) compare = false;

  /** The language of the card's words beside WordNet's English (`zh`, `fr`, `ar`...); unset, the page's `lang`. */
  @property({ attribute: 'lang' }) language = '';

  @state() private allChildren: ChildPage | null = null;
  /** The label space the copy menu was set to; empty: the page's label space (or 21k). */
  @state() private copySpace: LabelSpaceName = '';
  /** The outcome of the last copy, for the status line ("Copied 118 wnids"). */
  @state() private copyStatus = '';

  private readonly captions = new SpaceCaptionController(this);
  private readonly versionIds = new CardVersionIds(this, () => this.sideWnid);
  private readonly words = new CardLanguage(this, () => [this.wnid, this.language || pageLanguage(this)]);
  /** The children's words in the card's language, asked for as the list shows them. */
  private readonly childWords = new LanguageWords(this, () => this.language || pageLanguage(this));

  /** The synset and its first children; none without a wnid. */
  private readonly content = new Task(this, {
    task: async ([wnid]): Promise<CardContent | undefined> => {
      if (!wnid) return undefined;
      try {
        const client = getSynsetClient();
        const [synset, children] = await Promise.all([client.lookup(wnid), client.children(wnid, { in: 'all', limit: CHILDREN_SHOWN })]);
        return { synset, children };
      } finally {
        this.contentCameFor = wnid;
      }
    },
    args: () => [this.wnid],
  });
  /** The wnid whose content last came (or failed to). */
  private contentCameFor = '';

  /**
   * The wnid the side sections (its ids in other WordNets, its class indices) ask about: the
   * card's once its own content has come, else none. Their queries parse the version map and
   * read every label list, and in the worker they would go ahead of the definition.
   */
  private get sideWnid(): string {
    return this.contentCameFor === this.wnid ? this.wnid : '';
  }

  /**
   * Its class index in every label space that has it: loads the built-in lists, so it is asked
   * once the rest has come ({@link sideWnid}). Asked again when the filter changes: it may be a
   * list just added.
   */
  private readonly setIndices = new Task(this, {
    task: async ([wnid]): Promise<{ wnid: string; indices: SetIndex[] } | undefined> =>
      wnid ? { wnid, indices: await getSynsetClient().setIndices(wnid) } : undefined,
    args: () => [this.sideWnid, this.filter],
  });

  /** How many classes of {@link filter}'s set lie below, once the set's list is loaded. */
  private readonly setCount = new Task(this, {
    task: async ([wnid, set]): Promise<{ wnid: string; set: string; count: number } | undefined> => {
      const named = set ? indexedSet(set) : null;
      return wnid && named ? { wnid, set: named, count: (await getSynsetClient().row(wnid, { in: named })).count } : undefined;
    },
    args: () => [this.wnid, this.filter],
  });

  /** The names of {@link filter}'s classes in {@link names}' style; none for WordNet's. */
  private readonly classNames = new ClassNames(this, () => [this.filter, this.names]);

  /** The children the tree shows under {@link filter} (those with a class of it at or below them). */
  private readonly shownChildren = new Task(this, {
    task: async ([wnid, filter]): Promise<{ wnid: string; filter: LabelSpaceName; shown: ReadonlySet<string> } | undefined> => {
      if (!wnid || !filter || filter === ALL) return undefined;
      const page = await getSynsetClient().children(wnid, { in: filter });
      return { wnid, filter, shown: new Set(page.rows.map((row) => row.wnid)) };
    },
    args: () => [this.wnid, this.filter] as const,
  });

  constructor() {
    super();
    // A definition that could not be downloaded fills in when data may load again.
    new RerunFailedTask(this, this.content, whenDataMayLoadAgain, () => this.content.value?.synset.definitionUnavailable !== undefined);
    new RerunFailedTask(this, this.shownChildren, whenDataLoadsAgain);
    new RerunFailedTask(this, this.setCount, whenDataLoadsAgain);
    new RerunFailedTask(this, this.setIndices, whenDataLoadsAgain);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('wnid')) {
      this.allChildren = null;
      this.copyStatus = '';
    }
    // Another space: the copy menu follows it again.
    if (changed.has('filter')) this.copySpace = '';
  }

  /** How the counts and the copy menu name a label space: another label space as people call it. */
  private spaceName(space: LabelSpaceName): string {
    return SPACE_NAMES[space] ?? this.captions.caption(space);
  }

  private async copyText(text: string, done: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copyStatus = done;
    } catch (error) {
      this.copyStatus = `Could not copy: ${errorText(error)}`;
    }
  }

  private async copySubtree(format: 'text' | 'json', space: LabelSpaceName): Promise<void> {
    const synset = this.content.value?.synset;
    if (!synset) return;
    this.copyStatus = 'Collecting…';
    try {
      const wnids = await getSynsetClient().descendants(synset.wnid, { in: space });
      const text = format === 'json' ? JSON.stringify(wnids) : wnids.join('\n');
      await this.copyText(
        text,
        `Copied ${formatNumber(wnids.length)} wnids (${this.spaceName(space)}) as ${format === 'json' ? 'JSON' : 'text'}.`,
      );
    } catch (error) {
      this.copyStatus = `Could not list the subtree: ${errorText(error)}`;
    }
  }

  /** A Retry: asks now, even while the client holds back after a failed download. */
  private readonly retry = (): void => {
    void getSynsetClient()
      .retry()
      .catch(() => undefined)
      .then(() => this.content.run());
  };

  private async showAllChildren(): Promise<void> {
    const synset = this.content.value?.synset;
    // Refused (data failing to load): the button stays, for another try.
    if (synset)
      this.allChildren = await getSynsetClient()
        .children(synset.wnid, { in: 'all' })
        .catch(() => this.allChildren);
  }

  private renderSetIndices(): TemplateResult {
    const task = this.setIndices;
    if (task.status === TaskStatus.ERROR) return html`<p class="muted">Could not list them: ${errorText(task.error)}</p>`;
    // Another synset's indices are not shown while this one's come.
    const indices = task.value?.wnid === this.wnid ? task.value.indices : undefined;
    if (!indices) return html`<p class="muted">Looking through the lists…</p>`;
    if (indices.length === 0) return html`<p class="muted">In no label space: not a class of any list.</p>`;
    return html`<ul class="set-indices">
      ${indices.map(({ set, index }) => html`<li part="set-index"><span class="set-name" title=${set}>${this.captions.caption(set)}</span> <strong>#${index}</strong></li>`)}
    </ul>`;
  }

  /** The children the tree leaves out under the filter, once known for this synset; null: none left out. */
  private get hiddenChildren(): { space: string; shown: ReadonlySet<string> } | null {
    const known = this.shownChildren.value;
    if (!known || known.wnid !== this.wnid || known.filter !== this.filter) return null;
    return { space: this.spaceName(known.filter), shown: known.shown };
  }

  private renderSubtree(synset: SynsetDetails): TemplateResult {
    const counts: [LabelSpaceName, number][] = [
      ['all', synset.descendants],
      ['21k', synset.desc21k],
      ['1k', synset.desc1k],
    ];
    const inSet = this.setCount.value;
    if (inSet && inSet.wnid === synset.wnid && inSet.set === indexedSet(this.filter)) counts.push([inSet.set, inSet.count]);
    // Copying an empty list helps no one: a label space with nothing below is offered as a note,
    // and while it is the one chosen, all nouns (never empty where the menu shows) are copied.
    // The page's space unless the menu was set: under the 1k, the 1k's classes.
    const preferred = this.copySpace || (counts.some(([space]) => space === this.filter) ? this.filter : DEFAULT_SPACE);
    const copied = counts.some(([space, count]) => space === preferred && count > 0) ? preferred : 'all';
    return renderSubtree(counts, copied, this.copyStatus, {
      name: (space) => this.spaceName(space),
      choose: (space) => (this.copySpace = space),
      copy: (format) => void this.copySubtree(format, copied),
    });
  }

  protected override render(): TemplateResult | typeof nothing {
    const task = this.content;
    if (task.status === TaskStatus.ERROR) {
      return renderCardError(this.wnid, task.error, this.retry);
    }
    const pending = task.status === TaskStatus.PENDING;
    if (!task.value) return pending ? html`<div class="card loading" part="card" aria-busy="true">Loading…</div>` : nothing;
    const { synset, children } = task.value;
    const lemmas = synset.lemmas.map((l) => l.replace(/_/g, ' '));
    // The names toggle's name for a class of the space; its lemmas, all of them, then follow.
    const named = this.classNames.nameOf(synset.wnid);
    const title = named ?? lemmas[0]!;
    const otherLemmas = named && named !== lemmas[0] ? lemmas.filter((lemma) => lemma !== named) : lemmas.slice(1);
    // In another language, its source is credited once: by the synset's own words, else under
    // the children named there; the path's own line shows only when neither does.
    const ownCredit = this.words.label !== undefined && this.words.label.labelLang !== 'en';
    const credited =
      ownCredit ||
      (this.allChildren ?? children).rows.some((child) => {
        const words = this.childWords.came(child.wnid);
        return words !== undefined && words.labelLang !== 'en';
      });
    return html`<article class="card ${pending ? 'stale' : ''}" part="card" aria-labelledby="title" aria-busy=${pending}>
      <header>
        <h2 id="title" part="title">${title}</h2>
        ${synset.index1k !== null ? html`<span class="badge badge-1k">ILSVRC class ${synset.index1k}</span>` : nothing}
        ${synset.in21k ? html`<span class="badge badge-21k">ImageNet-21k</span>` : nothing}
        ${
          this.compare
            ? html`<button
                class="text-button compare-button"
                part="compare-button"
                title="Pick a second synset (tree, search or sunburst) to compare ${title} with"
                @click=${() => this.dispatchEvent(new SynsetComparePickEvent({ wnid: synset.wnid }))}
              >
                compare with…
              </button>`
            : nothing
        }
      </header>
      ${this.words.render()} ${otherLemmas.length > 0 ? html`<p class="lemmas">also ${otherLemmas.join(' · ')}</p>` : nothing}
      ${renderGloss(synset, pending, this.retry)} ${renderExamples(synset)}
      ${renderIdentity(synset, (text, what) => this.copyText(text, `Copied ${what} ${text}.`))}
      ${this.versionIds.render((text, what) => this.copyText(text, `Copied ${what} ${text}.`))}
      <section
        part="section"
        aria-labelledby="indices-title"
        aria-busy=${this.setIndices.status === TaskStatus.PENDING || this.sideWnid === ''}
      >
        <h3 class="section-heading" id="indices-title">Class index in each label space</h3>
        ${this.renderSetIndices()}
      </section>
      <section part="section" aria-labelledby="paths-title">
        <h3 class="section-heading" id="paths-title">Hypernym paths</h3>
        <synset-path wnid=${synset.wnid} class=${credited ? 'credited' : ''}></synset-path>
      </section>
      <section part="section" aria-labelledby="children-title">
        <h3 class="section-heading" id="children-title">Children <span class="muted">${formatNumber(children.total)}</span></h3>
        ${renderChildren(
          this.allChildren ?? children,
          synset.children.length,
          this.hiddenChildren,
          {
            select: (event) => selectOnLinkClick(this, event),
            showAll: () => void this.showAllChildren(),
          },
          (wnid) => this.childWords.of(wnid),
          ownCredit,
        )}
      </section>
      <section part="section" aria-labelledby="subtree-title">
        <h3 class="section-heading" id="subtree-title">Below this synset</h3>
        ${this.renderSubtree(synset)}
      </section>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-card': SynsetCard;
  }
}
