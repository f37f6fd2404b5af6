/**
 * A model's run on the tree's rows: each row carries the accuracy of the images whose true class
 * is at or below it, as a small bar (its length the accuracy, its colour the same on the shared
 * lightness ramp) and the number, with the images and the baseline's difference in its tooltip
 * and for screen readers. Pure templates, cheap per row.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SynsetRow } from '../../worker/api.js';
import { groupOfClass, type ClassGrouping } from '../class-grouping.js';
import { customProperties } from '../custom-properties.js';
import { accuracyColour, formatPercent, formatPoints, type NodeAccuracy, type RunFigures } from '../run-figures.js';
import { formatNumber } from '../../core/number-format.js';
import type { RowView } from './tree-row.js';

/** The rows' view with the grouping's badges and the run's accuracy, each when there is one. */
export function viewWith(view: RowView, grouping: ClassGrouping | null, run: RunFigures | null): RowView {
  return {
    ...view,
    ...(grouping ? { group: (row: SynsetRow) => groupOfClass(grouping, row.setIndex) } : {}),
    ...(run ? { accuracy: (row: SynsetRow) => run.accuracy(row.wnid) } : {}),
  };
}

/** What a row's accuracy says in words: `72.7% top-1 of 2,350 images, −1.2 pts against the baseline`. */
export function accuracyText(accuracy: NodeAccuracy): string {
  const against = accuracy.difference === null ? '' : `, ${formatPoints(accuracy.difference)} against the baseline`;
  return `${formatPercent(accuracy.share)} top-1 of ${formatNumber(accuracy.images)} images${against}`;
}

/** A row's accuracy: a bar and its number (the difference too, against a baseline); nothing where no image lies below. */
export function renderAccuracy(synset: SynsetRow, view: RowView): TemplateResult | typeof nothing {
  if (!view.accuracy) return nothing;
  const accuracy = view.accuracy(synset);
  if (!accuracy) return html`<span class="accuracy none" part="accuracy"></span>`;
  const { share, difference } = accuracy;
  return html`<span class="accuracy" part="accuracy" title=${accuracyText(accuracy)}
    ><span class="accuracy-bar" aria-hidden="true"
      ><span
        class="accuracy-fill"
        ${customProperties({ '--_share': share.toFixed(4), '--_accuracy-colour': accuracyColour(share) })}
      ></span></span
    ><span class="accuracy-number">${Math.round(100 * share)}%</span
    >${difference === null ? nothing : html`<span class="accuracy-difference ${difference < 0 ? 'worse' : ''}">${formatPoints(difference).replace(' pts', '')}</span>`}<span
      class="visually-hidden"
      >top-1 accuracy</span
    ></span
  >`;
}
