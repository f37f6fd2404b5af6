/**
 * The explorer's templates for a model's run: the "Your model" control in the top bar, the line
 * under it with the run's headline figures, and the target a file dragged over the page shows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import '../synset-run-picker/synset-run-picker.js';
import '../synset-run-changes/synset-run-changes.js';
import { renderHeadline } from '../run-headline.js';
import type { RunController } from './run-controller.js';

export function renderRunPicker(runs: RunController): TemplateResult {
  return html`<synset-run-picker
    .runs=${runs.runs}
    run=${runs.runId ?? ''}
    baseline=${runs.baseId ?? ''}
    ?worst-first=${runs.worstFirst}
    ?label-issues=${runs.labelIssues}
    scoring=${runs.scoring ?? ''}
    .problems=${runs.problems}
    notice=${runs.error ? `Could not show the run: ${runs.error}` : runs.storageWarning}
  ></synset-run-picker>`;
}

/**
 * The run's headline under the top bar, while one is shown (against a baseline, the classes that
 * changed most, each linked by `href`); what the tree's label issues are, while they are shown.
 */
export function renderRunLine(runs: RunController, href: (wnid: string) => string): TemplateResult {
  return html`${renderRunHeadline(runs, href)}${runs.labelIssues ? renderIssuesLegend() : nothing}`;
}

function renderIssuesLegend(): TemplateResult {
  return html`<section class="run-line issues-legend" aria-label="Known label issues">
    Known label issues: the amber bars give the share of the validation labels at or below each row that ReaL keeps (Beyer et al. 2020),
    lowest first; a class's card lists its issues and their sources.
  </section>`;
}

function renderRunHeadline(runs: RunController, href: (wnid: string) => string): TemplateResult | typeof nothing {
  const shown = runs.shown;
  if (!shown) return runs.error ? html`<p class="space-notice" role="status">Could not show the run: ${runs.error}</p>` : nothing;
  const baseline = shown.baselineSummary;
  return html`<section class="run-line" aria-label="Your model">
    <span class="run-name"
      >${shown.summary.fileName}${baseline ? html` <span class="against">against ${baseline.fileName}</span>` : nothing}</span
    >
    ${renderHeadline(shown.summary, baseline)}
    ${baseline ? html`<synset-run-changes .changes=${shown.classChanges()} .href=${href}></synset-run-changes>` : nothing}
  </section>`;
}

/** While files are dragged over the page: where they go. */
export function renderDropTarget(runs: RunController): TemplateResult | typeof nothing {
  return runs.dragging ? html`<div class="drop-target" aria-hidden="true">Drop a predictions file to score your model</div>` : nothing;
}
