/**
 * The card's "Below this synset" block: how many synsets of each label space lie below, and the
 * menu that copies their wnids (as text or JSON). The card keeps the choice and does the copying.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LabelSpaceName } from '../../core/label-space-name.js';
import { formatNumber } from '../../core/number-format.js';
import { indexedSet } from '../indexed-set.js';

/** What the block does for the card. */
export interface SubtreeActions {
  /** A label space as the card names it. */
  name(space: LabelSpaceName): string;
  /** The copy menu was set to another space. */
  choose(space: LabelSpaceName): void;
  copy(format: 'text' | 'json'): void;
}

/**
 * @param counts each label space with the synsets of it below, in the order shown
 * @param copied the space the menu copies (never one with nothing below)
 * @param status what the last copy did, for the status line
 */
export function renderSubtree(
  counts: readonly (readonly [LabelSpaceName, number])[],
  copied: LabelSpaceName,
  status: string,
  on: SubtreeActions,
): TemplateResult {
  const copyable = counts.some(([, count]) => count > 0);
  return html`<dl class="counts">
      ${counts.map(
        ([space, count]) =>
          html`<div class="count ${indexedSet(space) === null ? `count-${space}` : 'count-set'}">
            <dt>${on.name(space)}</dt>
            <dd>${formatNumber(count)}</dd>
          </div>`,
      )}
    </dl>
    ${
      copyable
        ? html`<div class="copy-subtree">
            <label
              >Copy the wnids of
              <select .value=${copied} @change=${(event: Event) => on.choose((event.target as HTMLSelectElement).value)}>
                ${counts.map(
                  ([space, count]) =>
                    html`<option value=${space} ?selected=${space === copied} ?disabled=${count === 0}>
                      ${count > 0 ? `${on.name(space)} (${formatNumber(count)})` : `${on.name(space)}: nothing to copy`}
                    </option>`,
                )}
              </select>
            </label>
            <button class="text-button" part="copy-button" @click=${() => on.copy('text')}>as text</button>
            <button class="text-button" part="copy-button" @click=${() => on.copy('json')}>as JSON</button>
          </div>`
        : nothing
    }
    <p class="copy-status" role="status">${status}</p>`;
}
