/**
 * The card's words in another language: the synset's lemmas and definition there (its title
 * stays WordNet's English name, the link back), or a note that the language has none, and the
 * line crediting their source. A controller beside the card: it owns the query (one shard of
 * the language, fetched only when a card speaks it) and renders the block; English renders nothing.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { getSynsetClient } from '../../client/client.js';
import { isEnglish } from '../../core/language-catalog.js';
import type { SynsetLabelIn } from '../../worker/api.js';
import { RerunFailedTask } from '../rerun-failed-task.js';
import { whenDataLoadsAgain } from '../when-data-loads-again.js';

export class CardLanguage {
  private readonly words: Task<[string, string], SynsetLabelIn | undefined>;

  constructor(host: ReactiveControllerHost & HTMLElement, wnidAndLanguage: () => [string, string]) {
    this.words = new Task(host, {
      task: async ([wnid, lang]) => (wnid && !isEnglish(lang) ? getSynsetClient().labelInBatched(wnid, lang) : undefined),
      args: wnidAndLanguage,
    });
    new RerunFailedTask(host, this.words, whenDataLoadsAgain);
  }

  /** The language's label of the synset shown, when it has one (the card's title then follows it). */
  get label(): SynsetLabelIn | undefined {
    return this.words.value;
  }

  render(): TemplateResult | typeof nothing {
    const words = this.words.value;
    if (!words) return nothing;
    if (words.labelLang === 'en') {
      return html`<p class="language muted" part="language">No lemma in this language: the English name stands.</p>`;
    }
    return html`<div class="language" part="language" lang=${words.labelLang} dir="auto">
      <p class="language-lemmas">${words.lemmas.join(' · ')}</p>
      ${words.definition ? html`<p class="language-definition">${words.definition}</p>` : nothing}
      <p class="credit muted" dir="auto">${words.credit}</p>
    </div>`;
  }
}
