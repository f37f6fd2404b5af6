/** The template of one search result: a pure function of the hit, drawn for each result shown. */
import { html, nothing, type TemplateResult } from 'lit';
import type { SearchHit } from '../../worker/api.js';

function renderLemma(hit: SearchHit): TemplateResult {
  if (!hit.highlight) return html`${hit.lemma}`;
  const [start, end] = hit.highlight;
  return html`${hit.lemma.slice(0, start)}<mark>${hit.lemma.slice(start, end)}</mark>${hit.lemma.slice(end)}`;
}

/**
 * The result's name: its class name in the names toggle's style (`name`) where it has one; the
 * lemma that matched, highlighted, stays, in the name when the name starts with it ("crane
 * (wading bird)"), else beside it.
 */
function renderName(hit: SearchHit, name: string | undefined): TemplateResult {
  if (name === undefined || name === hit.lemma) return html`<span class="lemma">${renderLemma(hit)}</span>`;
  if (name.startsWith(hit.lemma)) return html`<span class="lemma">${renderLemma({ ...hit, lemma: name })}</span>`;
  return html`<span class="lemma">${name}</span> <span class="matched" part="matched">(${renderLemma(hit)})</span>`;
}

/** A class of the filter found through a synset outside it: "under airplane", "near tv set". */
function renderVia(via: NonNullable<SearchHit['via']>): TemplateResult {
  const title =
    via.relation === 'below'
      ? `Found below “${via.label}”, which matches but is not in the set`
      : `Shares a word with “${via.label}”, which matches but is not in the set`;
  return html`<span class="via" part="via" title=${title}>— ${via.relation === 'below' ? 'under' : 'near'} ${via.label}</span>`;
}

/** Within a label space other than all, 21k and 1k (`set`, see `indexedSet`): the class index there; else the 1k index and the 21k badge. */
function renderBadges(hit: SearchHit, set: string | null): TemplateResult {
  if (set !== null)
    return html`${hit.setIndex !== null ? html`<span class="badge badge-set" title="Class index in ${set}">#${hit.setIndex}</span>` : nothing}`;
  return html`${hit.index1k !== null ? html`<span class="badge badge-1k" title="ILSVRC-2012 class ${hit.index1k}">#${hit.index1k}</span>` : nothing}
  ${hit.in21k ? html`<span class="badge badge-21k" title="In ImageNet-21k">21k</span>` : nothing}`;
}

/** A hit of a search in another language: its lemma there, and the English name beside it (the link back to WordNet). */
function renderInLanguage(hit: SearchHit & { labelLang: string; englishLabel: string }): TemplateResult {
  return html`<span class="lemma" lang=${hit.labelLang} dir="auto">${renderLemma(hit)}</span>
    <span class="matched" part="matched" lang="en">(${hit.englishLabel})</span>`;
}

/**
 * One result; `set` is the set whose class indices show (see `indexedSet`), null for the 1k and
 * 21k badges; `name`, its class name in the names toggle's style, if it has one.
 */
export function renderOption(hit: SearchHit, index: number, active: boolean, set: string | null, name?: string): TemplateResult {
  const inLanguage =
    'labelLang' in hit && 'englishLabel' in hit ? (hit as SearchHit & { labelLang: string; englishLabel: string }) : undefined;
  return html`<li
    role="option"
    id="option-${index}"
    data-index=${index}
    aria-selected=${String(active)}
    class=${active ? 'active' : ''}
    part="option ${active ? 'option-active' : ''}"
  >
    <span class="line">
      ${inLanguage ? renderInLanguage(inLanguage) : renderName(hit, name)} ${hit.via ? renderVia(hit.via) : nothing}
      ${renderBadges(hit, set)}
      <span class="wnid">${hit.wnid}</span>
    </span>
    <span class="gloss" part="gloss">${hit.gloss}</span>
  </li>`;
}
