import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { GroupingSpec } from '../../worker/api.js';
import { PUBLISHED_GROUPINGS, type PublishedGroupingName } from '../../core/groupings-published.js';
import { ALL, type LabelSpaceName } from '../../core/label-space-name.js';
import {
  GROUP_EXPORT_FORMATS,
  groupColour,
  groupNames,
  groupRows,
  MAX_GROUP_COUNT,
  MAX_GROUP_DEPTH,
  placedCount,
  specName,
  writeGroupRows,
  type ClassGrouping,
  type GroupExportFormat,
} from '../class-grouping.js';
import { customProperties } from '../custom-properties.js';
import { download } from '../download.js';
import { SpaceCaptionController } from '../space-caption.js';
import { SynsetGroupHoverEvent, SynsetGroupingChangeEvent } from '../events.js';
import { classCount, EXPORT_FORMAT_TEXT } from '../label-space-text.js';
import { synsetGroupsStyles } from './synset-groups.styles.js';
import { formatNumber } from '../../core/number-format.js';

/** The published groupings as the menu names them. */
const PUBLISHED_TEXT: Record<PublishedGroupingName, string> = {
  'restricted-imagenet': 'Restricted ImageNet (9)',
  'breeds-entity13': 'BREEDS entity-13',
  'breeds-entity30': 'BREEDS entity-30',
  'breeds-living17': 'BREEDS living-17',
  'breeds-nonliving26': 'BREEDS non-living-26',
  'tiered-imagenet': 'tieredImageNet categories (34)',
};

type Choice = 'none' | 'depth' | 'count' | PublishedGroupingName;

/**
 * The Groups control: how the label space's classes are grouped (none; a published grouping of
 * the 1k: Restricted ImageNet, BREEDS ×4, tieredImageNet's categories; each class's ancestor at a depth; or K balanced
 * groups), the legend of the groups shown (colour, name, size), and a download of the
 * class→group mapping (`{index, wnid, label, group, groupLabel}` as CSV, TSV, JSON or JSON
 * lines). It fires the choice; the explorer asks the worker and gives the outcome back as
 * {@link grouping}. The pointer on a legend entry fires its group, and the entry of
 * {@link highlight} stands out: with the sunburst, a colour that two groups share past the
 * palette's twelve still tells which group it is.
 *
 * @fires synset-grouping-change - A grouping was chosen (`detail.spec`, null for none).
 * @fires synset-group-hover - The pointer entered a legend entry (`detail.group`) or left the legend (null).
 * @csspart legend - The list of groups.
 * @csspart note - Why a grouping places fewer classes than asked (a published one outside the 1k).
 * @csspart status - The line saying what was downloaded.
 */
@customElement('synset-groups')
export class SynsetGroups extends LitElement {
  static override styles = synsetGroupsStyles;

  /** The label space grouped (`all` is no set: the control says so). */
  @property({ reflect: true }) set: LabelSpaceName = '1k';

  /** The grouping chosen, or null for none. */
  @property({ attribute: false }) spec: GroupingSpec | null = null;

  /** The grouping's outcome for {@link set}, once the worker gives it. */
  @property({ attribute: false }) grouping: ClassGrouping | null = null;

  /** Set while the grouping is being worked out. */
  @property({ type: Boolean, reflect: true }) busy = false;

  /** Why the grouping could not be worked out, if it could not. */
  @property() error = '';

  /** A group to bring forward in the legend (the pointer on its arcs in the sunburst), or null. */
  @property({ type: Number }) highlight: number | null = null;

  @state() private format: GroupExportFormat = 'csv';
  private readonly captions = new SpaceCaptionController(this);
  @state() private status = '';
  /** The depth and count the inputs hold, kept while another choice is made. */
  @state() private depth = 4;
  @state() private count = 10;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A spec set from outside (an address's group=) puts its number in the input.
    if (changed.has('spec') && this.spec?.by === 'depth') this.depth = this.spec.depth;
    if (changed.has('spec') && this.spec?.by === 'count') this.count = this.spec.count;
  }

  private choose(choice: Choice): void {
    const spec: GroupingSpec | null =
      choice === 'none'
        ? null
        : choice === 'depth'
          ? { by: 'depth', depth: this.depth }
          : choice === 'count'
            ? { by: 'count', count: this.count }
            : { by: 'published', name: choice };
    this.status = '';
    this.dispatchEvent(new SynsetGroupingChangeEvent({ spec }));
  }

  private onNumber(event: Event, by: 'depth' | 'count'): void {
    const input = event.target as HTMLInputElement;
    const value = Math.trunc(Number(input.value));
    if (!input.checkValidity() || !(value >= 1)) return;
    if (by === 'depth') this.depth = value;
    else this.count = value;
    this.choose(by);
  }

  private save(grouping: ClassGrouping): void {
    const rows = groupRows(grouping);
    const fileName = `${grouping.set}-groups-${specName(grouping.spec)}.${this.format}`.replace(/[^\w.-]+/g, '-');
    download(writeGroupRows(rows, this.format), fileName);
    this.status = `Downloaded ${classCount(rows.length)}, ${formatNumber(placedCount(grouping))} placed (${fileName}).`;
  }

  private renderChoice(choice: Choice): TemplateResult {
    return html`<label class="field"
        ><span class="caption">Group by</span>
        <!-- live: after a person's own pick, an option's selected attribute no longer moves the select (back/forward do). -->
        <select .value=${live(choice)} @change=${(event: Event) => this.choose((event.target as HTMLSelectElement).value as Choice)}>
          <option value="none" ?selected=${choice === 'none'}>none</option>
          <optgroup label="Published (of the 1k)">
            ${PUBLISHED_GROUPINGS.map((name) => html`<option value=${name} ?selected=${choice === name}>${PUBLISHED_TEXT[name]}</option>`)}
          </optgroup>
          <optgroup label="From the hierarchy">
            <option value="depth" ?selected=${choice === 'depth'}>ancestor at depth D</option>
            <option value="count" ?selected=${choice === 'count'}>K balanced groups</option>
          </optgroup>
        </select></label
      >${
        choice === 'depth' || choice === 'count'
          ? html`<label class="field"
              ><span class="caption">${choice === 'depth' ? 'D' : 'K'}</span>
              <input
                type="number"
                min="1"
                max=${choice === 'depth' ? MAX_GROUP_DEPTH : MAX_GROUP_COUNT}
                .value=${String(choice === 'depth' ? this.depth : this.count)}
                @change=${(event: Event) => this.onNumber(event, choice)}
            /></label>`
          : nothing
      }`;
  }

  /** What a count grouping's sizes mean: the hierarchy, not an even split, decides them. */
  private static countNote(grouping: ClassGrouping): string | null {
    if (grouping.spec.by !== 'count' || grouping.groups.length === 0) return null;
    const largest = Math.max(...grouping.groups.map((group) => group.size));
    return (
      'Each group is one subtree of the hierarchy (a synset and all its classes). Of the ways to cut it into ' +
      `${formatNumber(grouping.groups.length)} such groups, this one has the smallest largest group ` +
      `(${classCount(largest)}), then the most even sizes: the tree decides the rest.`
    );
  }

  private renderLegend(grouping: ClassGrouping): TemplateResult {
    const placed = placedCount(grouping);
    const summary = `${formatNumber(placed)} of ${classCount(grouping.classes.length)} placed in ${formatNumber(grouping.groups.length)} ${grouping.groups.length === 1 ? 'group' : 'groups'}`;
    const notes = [
      grouping.note ?? (placed === 0 ? `No class of ${this.captions.caption(grouping.set)} is in this grouping.` : null),
      SynsetGroups.countNote(grouping),
    ];
    const names = groupNames(grouping);
    const hover = (group: number | null) => this.dispatchEvent(new SynsetGroupHoverEvent({ group }));
    return html`<p class="summary">${summary}</p>
      ${notes.map((note) => (note ? html`<p class="note" part="note">${note}</p>` : nothing))}
      <ul class="legend" part="legend" aria-label="Groups" @pointerleave=${() => hover(null)}>
        ${grouping.groups.map(
          (group) =>
            html`<li
              data-group=${group.index}
              class=${this.highlight === group.index ? 'highlighted' : ''}
              @pointerenter=${() => hover(group.index)}
            >
              <span class="dot" aria-hidden="true" ${customProperties({ '--_group-colour': groupColour(group.index) })}></span>
              <span class="name">${names[group.index]}</span> <span class="size">${formatNumber(group.size)}</span>
            </li>`,
        )}
      </ul>
      <div class="export">
        <label class="field"
          ><span class="caption">Mapping as</span>
          <select @change=${(event: Event) => (this.format = (event.target as HTMLSelectElement).value as GroupExportFormat)}>
            ${GROUP_EXPORT_FORMATS.map((format) => html`<option value=${format} ?selected=${format === this.format}>${EXPORT_FORMAT_TEXT[format].label}</option>`)}
          </select></label
        >
        <button class="text-button" @click=${() => this.save(grouping)}>Download class → group</button>
      </div>`;
  }

  protected override render(): TemplateResult {
    if (this.set === ALL) return html`<p class="note">All nouns is not a class list: pick a label space to group its classes.</p>`;
    const spec = this.spec;
    const choice: Choice = !spec ? 'none' : spec.by === 'published' ? spec.name : spec.by;
    const grouping = spec && this.grouping?.set === this.set ? this.grouping : null;
    return html`<div class="controls">${this.renderChoice(choice)}</div>
      ${this.error ? html`<p class="error" role="alert">Could not group the classes: ${this.error}</p>` : nothing}
      ${spec && this.busy ? html`<p class="summary" aria-busy="true">Grouping…</p>` : nothing}
      ${grouping ? this.renderLegend(grouping) : nothing}
      <p class="status" part="status" role="status">${this.status}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'synset-groups': SynsetGroups;
  }
}
