/**
 * Synsets' words in a label language for a view that names many synsets at once (the tree's
 * rows): asked of the worker as names come on screen, batched (one round trip a frame, one
 * shard of the language per English names shard), kept for the language, the view redrawn as
 * they arrive. English asks nothing; a new language forgets the old one's words.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getSynsetClient } from '../client/client.js';
import { isEnglish } from '../core/language-catalog.js';
import type { SynsetLabelIn } from '../worker/api.js';

export class LanguageWords implements ReactiveController {
  private lang = '';
  /** Each wnid's words once they came; null while they are on their way. */
  private readonly known = new Map<string, SynsetLabelIn | null>();
  private creditLine: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The language the host speaks (its `lang`, else the page's). */
    private readonly language: () => string,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const lang = isEnglish(this.language()) ? '' : this.language();
    if (lang === this.lang) return;
    this.lang = lang;
    this.known.clear();
    this.creditLine = undefined;
  }

  /** The source of the words shown, in a line (`WOLF … CeCILL-C`), once one came in the language; undefined until then and in English. */
  get credit(): string | undefined {
    return this.creditLine;
  }

  /** The language the words are in: '' for English. */
  get current(): string {
    return this.lang;
  }

  /** The words of `wnid` if they came already (nothing is asked for); undefined in English and meanwhile. */
  came(wnid: string): SynsetLabelIn | undefined {
    return this.lang ? (this.known.get(wnid) ?? undefined) : undefined;
  }

  /** The words of `wnid` once they came (asked for the first time they are wanted); undefined in English and meanwhile. */
  of(wnid: string): SynsetLabelIn | undefined {
    if (!this.lang) return undefined;
    const words = this.known.get(wnid);
    if (words !== undefined) return words ?? undefined;
    const lang = this.lang;
    this.known.set(wnid, null);
    getSynsetClient()
      .labelInBatched(wnid, lang)
      .then(
        (answer) => {
          if (lang !== this.lang) return;
          this.known.set(wnid, answer);
          if (answer.labelLang !== 'en') this.creditLine ??= answer.credit ?? undefined;
          this.host.requestUpdate();
        },
        // Not kept: the next drawing asks again (once data loads again, the client lets it through).
        () => lang === this.lang && this.known.delete(wnid),
      );
    return undefined;
  }
}
