/**
 * The card's text about its synset's meaning, and about a card that could not be shown: each
 * failure says why in words, with a Retry.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SynsetDetails } from '../../worker/api.js';
import { errorText, loadErrorText } from '../error-text.js';

/** The definition; one that could not be downloaded says so, with a Retry (it also fills in by itself when data loads again). */
export function renderGloss(synset: SynsetDetails, retrying: boolean, retry: () => void): TemplateResult {
  if (synset.definitionUnavailable === undefined) return html`<p class="gloss" part="gloss">${synset.gloss}</p>`;
  return html`<p class="gloss unavailable" part="gloss">
    <span class="muted">Definition unavailable: ${loadErrorText(synset.definitionUnavailable)}</span>
    <button class="text-button" ?disabled=${retrying} @click=${retry}>Retry</button>
  </p>`;
}

/** The usage examples, quoted. */
export function renderExamples(synset: SynsetDetails): TemplateResult | typeof nothing {
  if (synset.examples.length === 0) return nothing;
  return html`<ul class="examples">
    ${synset.examples.map((example) => html`<li>“${example}”</li>`)}
  </ul>`;
}

/** A card whose synset could not be shown: why, and a Retry. */
export function renderCardError(wnid: string, error: unknown, retry: () => void): TemplateResult {
  return html`<div class="card" part="card">
    <p class="error" role="alert">Could not show ${wnid}: ${errorText(error)} <button class="text-button" @click=${retry}>Retry</button></p>
  </div>`;
}
