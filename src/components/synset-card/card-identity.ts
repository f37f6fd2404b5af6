/** The card's identity block: the ids with their copy buttons, whether ILSVRC-2012 and the 21k have it, the lexicographer file, the depth. */
import { html, type TemplateResult } from 'lit';
import type { SynsetDetails } from '../../worker/api.js';

/** `copy` is called with the text and what it is ("wnid", "name") when a copy button is pressed. */
export function renderIdentity(synset: SynsetDetails, copy: (text: string, what: string) => void): TemplateResult {
  const copyButton = (text: string, what: string) =>
    html`<button class="copy" part="copy-button" aria-label="Copy ${what}" title="Copy ${what}" @click=${() => copy(text, what)}>
      Copy
    </button>`;
  return html`<dl class="identity">
    <div>
      <dt>wnid</dt>
      <dd><code>${synset.wnid}</code>${copyButton(synset.wnid, 'wnid')}</dd>
    </div>
    <div>
      <dt>name</dt>
      <dd><code>${synset.name}</code>${copyButton(synset.name, 'name')}</dd>
    </div>
    <div>
      <dt>ILSVRC-2012</dt>
      <dd>${synset.index1k === null ? html`<span class="muted">not a class</span>` : html`class <strong>${synset.index1k}</strong>`}</dd>
    </div>
    <div>
      <dt>ImageNet-21k</dt>
      <dd>${synset.in21k ? 'in the release' : html`<span class="muted">not in the release</span>`}</dd>
    </div>
    <div>
      <dt>lexicographer file</dt>
      <dd>${synset.lexname}</dd>
    </div>
    <div>
      <dt>depth</dt>
      <dd>${synset.minDepth === synset.maxDepth ? synset.minDepth : `${synset.minDepth}–${synset.maxDepth}`}</dd>
    </div>
  </dl>`;
}
