/**
 * The template of one tree row, a pure function of the row: the tree calls it for the rows on
 * screen only, so it stays cheap (no lookups, a handful of elements).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { customProperties } from '../custom-properties.js';
import type { SynsetLabelIn, SynsetRow } from '../../worker/api.js';
import { groupColour } from '../class-grouping.js';
import type { TreeRow } from './tree-model.js';
import type { NodeAccuracy } from '../run-figures.js';
import { renderAccuracy, renderAgreement } from './row-accuracy.js';
import { formatNumber } from '../../core/number-format.js';

/** Two branches joining: the synset has more than one parent. */
const multiParentIcon = svg`<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true"><path d="M4 2v3.5c0 2 1.5 3 4 4.5M12 2v3.5c0 2-1.5 3-4 4.5V14" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/></svg>`;

/** The row element's id, for aria-activedescendant: unique per place in the tree. */
export function rowId(row: { readonly key: string }): string {
  return `row-${row.key}`;
}

/**
 * What rows show besides the synset: `set` null for the tree's own look (the ILSVRC-2012 index
 * badge, 1k and 21k counts: all nouns, 21k, 1k), or a label space's caption, as people call it
 * (its class index badge and its count below each synset); `label` names each row (the names
 * toggle's style).
 */
export interface RowView {
  readonly set: string | null;
  readonly label: (row: SynsetRow) => string;
  /** The row's group under the explorer's Groups (a class of the grouped set), drawn as a badge. */
  readonly group?: (row: SynsetRow) => { readonly index: number; readonly name: string } | null;
  /** The accuracy of a model's run at or below the row's synset (the explorer's "Your model"), drawn as a bar and a number. */
  readonly accuracy?: (row: SynsetRow) => NodeAccuracy | null;
  /** The share of validation labels ReaL keeps at or below the row's synset (the tree's `label-issues`), drawn as a bar and a number. */
  readonly agreement?: (row: SynsetRow) => NodeAccuracy | null;
  /** In another language (the tree's `lang`), the row's words there once they came. */
  readonly words?: (row: SynsetRow) => SynsetLabelIn | undefined;
}

/**
 * A row's name: in another language its first lemma there, marked with the language, the
 * English name in its title (the link back); where the language has none, the row's own label
 * marked English.
 */
function renderName(synset: SynsetRow, view: RowView): TemplateResult {
  const words = view.words?.(synset);
  if (!words) return html`<span class="lemma" part="lemma">${view.label(synset)}</span>`;
  if (words.labelLang === 'en') return html`<span class="lemma" part="lemma" lang="en">${view.label(synset)}</span>`;
  return html`<span class="lemma" part="lemma" lang=${words.labelLang} dir="auto" title="${words.englishLabel} (${synset.wnid})"
    >${words.label}</span
  >`;
}

/** A class's group: a dot in the group's colour and its name. */
function renderGroupBadge(synset: SynsetRow, view: RowView): TemplateResult | typeof nothing {
  const group = view.group?.(synset);
  if (!group) return nothing;
  return html`<span class="group-badge" part="group-badge" data-group=${group.index} title="Group: ${group.name}"
    ><span class="group-dot" aria-hidden="true" ${customProperties({ '--_group-colour': groupColour(group.index) })}></span
    ><span class="visually-hidden">group </span>${group.name}</span
  >`;
}

/** The line naming the count columns above the rows. */
export function renderColumns(view: RowView): TemplateResult {
  return html`<div class="columns" part="columns" aria-hidden="true">
    <span>synset</span
    ><span class="counts"
      >${view.set === null ? html`<span class="count-1k">1k</span><span class="count-21k">21k</span>` : html`<span class="count-set" title=${view.set}>${view.set}</span>`}</span
    >
  </div>`;
}

function renderBadgeAndCounts(synset: SynsetRow, view: RowView): TemplateResult {
  if (view.set !== null) {
    return html`${
        synset.setIndex !== null
          ? html`<span class="badge badge-set" title="Class index in ${view.set}">#${synset.setIndex}</span>`
          : nothing
      }
      <span class="wnid" part="wnid">${synset.wnid}</span>
      <span class="counts" part="counts">
        ${
          synset.count > 0
            ? html`<span class="count-set" title="Classes of ${view.set} below"
                >${formatNumber(synset.count)}<span class="visually-hidden"> ${view.set} classes</span></span
              >`
            : nothing
        }
      </span>`;
  }
  return html`${synset.index1k !== null ? html`<span class="badge badge-1k" title="ILSVRC-2012 class index">#${synset.index1k}</span>` : nothing}
    <span class="wnid" part="wnid">${synset.wnid}</span>
    <span class="counts" part="counts">
      ${
        synset.desc1k > 0
          ? html`<span class="count-1k" title="ILSVRC-2012 classes below"
              >${formatNumber(synset.desc1k)}<span class="visually-hidden"> 1k classes</span></span
            >`
          : nothing
      }
      ${
        synset.desc21k > 0
          ? html`<span class="count-21k" title="ImageNet-21k synsets below"
              >${formatNumber(synset.desc21k)}<span class="visually-hidden"> 21k synsets</span></span
            >`
          : nothing
      }
    </span>`;
}

export function renderTreeRow(row: TreeRow, index: number, active: boolean, selectedWnid: string, view: RowView): TemplateResult {
  // Set through the CSSOM, not a style attribute: allowed under a strict style-src.
  const indent = customProperties({ '--depth': String(row.depth) });
  if (row.kind !== 'node') {
    return html`<div
      role="treeitem"
      id=${rowId(row)}
      data-index=${index}
      aria-level=${row.depth + 1}
      class="row pending ${active ? 'active' : ''}"
      part="row ${active ? 'row-active' : ''}"
      ${indent}
    >
      <span class="twisty" aria-hidden="true"></span>
      ${
        row.kind === 'error'
          ? html`<span class="error">Could not load: ${row.error}</span> <span class="hint">(Enter or click to retry)</span>`
          : html`<span class="hint">Loading ${formatNumber(row.remaining)} more…</span>`
      }
    </div>`;
  }
  const { node } = row;
  const synset = node.row;
  const selected = synset.wnid === selectedWnid;
  return html`<div
    role="treeitem"
    id=${rowId(row)}
    data-index=${index}
    aria-level=${row.depth + 1}
    aria-setsize=${node.setSize}
    aria-posinset=${node.posInSet}
    aria-expanded=${row.hasChildren ? String(row.expanded) : nothing}
    aria-selected=${String(selected)}
    class="row ${selected ? 'selected' : ''} ${active ? 'active' : ''}"
    part="row ${selected ? 'row-selected' : ''} ${active ? 'row-active' : ''}"
    ${indent}
  >
    <span class="twisty ${row.loading ? 'loading' : ''}" aria-hidden="true"
      >${row.hasChildren ? (row.loading ? html`<span class="spinner"></span>` : row.expanded ? '▾' : '▸') : ''}</span
    >
    ${renderName(synset, view)}
    ${
      synset.parentCount > 1
        ? html`<span class="multi" title="Also under ${synset.parentCount - 1} other parent${synset.parentCount > 2 ? 's' : ''}"
            >${multiParentIcon}<span class="visually-hidden">(${synset.parentCount} parents)</span></span
          >`
        : nothing
    }
    ${renderGroupBadge(synset, view)} ${renderAccuracy(synset, view)} ${renderAgreement(synset, view)} ${renderBadgeAndCounts(synset, view)}
  </div>`;
}
