/**
 * The line crediting a language's words, for a view that shows some (the search's results): taken
 * from the languages' catalog the worker holds once the view shows words of a language, and kept
 * for that language. English, or a view showing none, asks for nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getSynsetClient } from '../client/client.js';
import { creditOf, findLanguage } from '../core/language-catalog.js';

export class LanguageCredit implements ReactiveController {
  private lang = '';
  private readonly lines = new Map<string, string | null>();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The language whose words the host shows now: '' for none (English). */
    private readonly shown: () => string,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.lang = this.shown();
    if (!this.lang || this.lines.has(this.lang)) return;
    const lang = this.lang;
    this.lines.set(lang, null);
    getSynsetClient()
      .languages()
      .then(
        (languages) => {
          const info = findLanguage({ about: '', languages }, lang);
          if (!info) return;
          this.lines.set(lang, creditOf(info));
          this.host.requestUpdate();
        },
        // Not kept: the next update asks again.
        () => this.lines.delete(lang),
      );
  }

  /** The line for the words shown now, once it came; undefined meanwhile and in English. */
  get line(): string | undefined {
    return (this.lang && this.lines.get(this.lang)) || undefined;
  }
}
