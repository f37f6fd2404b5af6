/**
 * The explorer's language: a picker of the data's label languages (English first), kept in the
 * address as `?lang=zh` (beside the hash route, which it leaves alone), read again when the
 * person goes back or forward. The tree, the card, the sunburst and the search speak it, and a
 * line credits its words' source; nothing of a language is downloaded before it is picked.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { getSynsetClient } from '../../client/client.js';
import { creditOf, findLanguage, isEnglish } from '../../core/language-catalog.js';

/** The address's parameter. */
export const LANG_PARAM = 'lang';

export class LanguageController implements ReactiveController {
  /** The language picked: a catalog code, or '' for English. */
  lang = '';
  private readonly catalog: Task<[boolean], Awaited<ReturnType<ReturnType<typeof getSynsetClient>['languages']>>>;

  /**
   * `indexReady`: whether the tree's data is in. The languages' list (a part of its own) is asked
   * for then, or at once when the address names a language: a first visit in English spends its
   * first requests on the tree.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    indexReady: () => boolean,
  ) {
    host.addController(this);
    this.catalog = new Task(host, {
      task: async ([wanted]) => (wanted ? getSynsetClient().languages() : []),
      args: () => [this.lang !== '' || indexReady()],
    });
  }

  hostConnected(): void {
    this.read();
    window.addEventListener('popstate', this.read);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.read);
  }

  private read = (): void => {
    const asked = new URLSearchParams(location.search).get(LANG_PARAM) ?? '';
    const lang = isEnglish(asked) ? '' : asked;
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  };

  private pick = (event: Event): void => {
    this.lang = (event.target as HTMLSelectElement).value;
    const url = new URL(location.href);
    if (this.lang) url.searchParams.set(LANG_PARAM, this.lang);
    else url.searchParams.delete(LANG_PARAM);
    history.replaceState(history.state, '', url);
    this.host.requestUpdate();
  };

  /** The picker: English, then each language by its own name and its code (the English name in the option's title). */
  render(): TemplateResult {
    const languages = this.catalog.value ?? [];
    const picked = findLanguage({ about: '', languages }, this.lang || 'en')?.code ?? this.lang;
    return html`<label class="language-picker" part="language-picker">
      <span class="visually-hidden">Language</span>
      <select @change=${this.pick} .value=${picked} title="Language of the tree, the card, the sunburst and the search">
        <option value="" ?selected=${picked === ''}>English</option>
        ${languages.map(
          (info) =>
            html`<option value=${info.code} lang=${info.code} title=${info.name} ?selected=${picked === info.code}>
              ${info.autonym} (${info.code})
            </option>`,
        )}
      </select>
    </label>`;
  }

  /** The line crediting the picked language's words (its wordnet, licence and, for Chinese, the 1k names); nothing in English. */
  renderCredit(): TemplateResult | typeof nothing {
    const info = this.lang ? findLanguage({ about: '', languages: this.catalog.value ?? [] }, this.lang) : undefined;
    return info ? html`<p class="language-credit" part="language-credit" dir="auto">${creditOf(info)}</p>` : nothing;
  }
}
