/** The lines the tree shows above or instead of its rows: a failed load, a selection outside the filter. */
import { html, type TemplateResult } from 'lit';

export function renderLoadError(message: string, retry: () => void): TemplateResult {
  return html`<p class="notice error" part="notice" role="alert">
    Could not load the tree: ${message}
    <button class="text-button" @click=${retry}>Retry</button>
  </p>`;
}

export function renderHiddenSelection(lemma: string, filter: string, showAll: () => void): TemplateResult {
  return html`<p class="notice" part="notice" role="status">
    “${lemma}” is not in the ${filter} tree.
    <button class="text-button" @click=${showAll}>Show all nouns</button>
  </p>`;
}
