/**
 * A model's run on the tree's rows: each row carries the accuracy of the images whose true class
 * is at or below it, as a small bar (its length the accuracy, its colour the same on the shared
 * lightness ramp) and the number, with the images and the baseline's difference in its tooltip
 * and for screen readers. ReaL's agreement with the validation labels (the tree's `label-issues`)
 * is drawn the same way beside it. Pure templates, cheap per row.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SynsetRow } from '../../worker/api.js';
import { groupOfClass, type ClassGrouping } from '../class-grouping.js';
import { customProperties } from '../custom-properties.js';
import {
  ACCURACY_HUE,
  AGREEMENT_HUE,
  accuracyColour,
  formatPercent,
  formatPoints,
  type NodeAccuracy,
  type RunFigures,
} from '../run-figures.js';
import { formatNumber } from '../../core/number-format.js';
import type { RowView } from './tree-row.js';
import { agreementText, type AgreementFigures } from '../label-agreement.js';

/** The rows' view with the grouping's badges, the run's accuracy and ReaL's agreement, each when there is one. */
export function viewWith(
  view: RowView,
  grouping: ClassGrouping | null,
  run: RunFigures | null,
  agreement: AgreementFigures | null = null,
): RowView {
  return {
    ...view,
    ...(grouping ? { group: (row: SynsetRow) => groupOfClass(grouping, row.setIndex) } : {}),
    ...(run ? { accuracy: (row: SynsetRow) => run.accuracy(row.wnid) } : {}),
    ...(agreement ? { agreement: (row: SynsetRow) => agreement.at(row.wnid) } : {}),
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
  return renderShare(view.accuracy(synset), 'accuracy', accuracyText, 'top-1 accuracy', ACCURACY_HUE);
}

/** A row's label agreement (the tree's `label-issues`): the share of labels ReaL keeps below it, a bar and its number. */
export function renderAgreement(synset: SynsetRow, view: RowView): TemplateResult | typeof nothing {
  if (!view.agreement) return nothing;
  return renderShare(view.agreement(synset), 'agreement', agreementText, 'of labels ReaL keeps', AGREEMENT_HUE);
}

/** A share as a bar on the shared lightness ramp and its number; an empty slot of the same width where there is none. */
function renderShare(
  accuracy: NodeAccuracy | null,
  measure: 'accuracy' | 'agreement',
  words: (accuracy: NodeAccuracy) => string,
  hidden: string,
  hue: number,
): TemplateResult {
  if (!accuracy) return html`<span class="accuracy none ${measure}" part=${measure}></span>`;
  const { share, difference } = accuracy;
  return html`<span class="accuracy ${measure}" part=${measure} title=${words(accuracy)}
    ><span class="accuracy-bar" aria-hidden="true"
      ><span
        class="accuracy-fill"
        ${customProperties({ '--_share': share.toFixed(4), '--_accuracy-colour': accuracyColour(share, hue) })}
      ></span></span
    ><span class="accuracy-number">${Math.round(100 * share)}%</span
    >${difference === null ? nothing : html`<span class="accuracy-difference ${difference < 0 ? 'worse' : ''}">${formatPoints(difference).replace(' pts', '')}</span>`}<span
      class="visually-hidden"
      >${hidden}</span
    ></span
  >`;
}
