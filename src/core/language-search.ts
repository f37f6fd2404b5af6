/**
 * Search in another language with the English engine's own tiers (`search.ts`: exact, prefix,
 * later word, one typo, members below): the language's lemmas are written, normalised
 * (`normalizeAnyScript`: accents and vowel marks optional), into a lemma text of the form the
 * tiers' byte tables read, beside WordNet's structure, and the engine runs over that.
 *
 * The byte form: the tables compare one byte per character. A language whose lemmas use at most
 * 126 characters outside ASCII (every alphabetic script here: French, Greek, Arabic, Hebrew,
 * Bulgarian…) gets a code page of its own, those characters numbered 0x80.. in code point order,
 * so one character is one byte and the typo tier's one edit is one edit. Chinese uses thousands
 * of characters, so its lemmas are written in UTF-8: order and prefixes are kept (a name typed
 * without spaces finds the names it begins: `金毛` → 金毛寻回犬), one typo is not (there is
 * no typing a character one keystroke wrong in Chinese anyway).
 */
import type { SynsetBundle } from './bundle-format.js';
import type { LanguageLabels } from './language-labels.js';
import type { MemberFilter } from './label-space-name.js';
import { normalizeAnyScript } from './normalize.js';
import { LemmaSearch, type SearchHit } from './search.js';
import { SynsetIndex } from './synset-index.js';
import { splitGloss } from './wndb.js';

/** A search hit in a language: `lemma` is the language's; `label` its label and the language that is really in. */
export interface LanguageSearchHit extends SearchHit {
  label: string;
  labelLang: string;
  /** The synset's definition in the language, where its source has one. */
  definition: string | null;
  /** Its English label: the link back to WordNet, shown beside. */
  englishLabel: string;
}

/** The byte the code page gives a character no lemma of the language has: it matches nothing. */
const UNKNOWN = 0xff;
const CODE_PAGE_SIZE = 126;

/** Turns normalised text into the one-byte-per-code string the search tables read. */
export type ByteEncoder = (normalized: string) => string;

/** The encoder for a language's normalised lemmas: its own code page when it fits, else UTF-8. */
export function byteEncoderFor(normalizedLemmas: readonly string[]): { encode: ByteEncoder; kind: 'code page' | 'utf-8' } {
  const wide = new Set<number>();
  for (const lemma of normalizedLemmas) for (const char of lemma) if (char.codePointAt(0)! >= 0x80) wide.add(char.codePointAt(0)!);
  if (wide.size <= CODE_PAGE_SIZE) {
    const byteOf = new Map([...wide].sort((a, b) => a - b).map((code, k) => [code, 0x80 + k]));
    return {
      kind: 'code page',
      encode: (text) => {
        let out = '';
        for (const char of text) {
          const code = char.codePointAt(0)!;
          out += code < 0x80 ? char : String.fromCharCode(byteOf.get(code) ?? UNKNOWN);
        }
        return out;
      },
    };
  }
  const utf8 = new TextEncoder();
  return { kind: 'utf-8', encode: (text) => String.fromCharCode(...utf8.encode(text)) };
}

export class LanguageSearch {
  private readonly engine: LemmaSearch;
  private readonly searchIndex: SynsetIndex;
  /** The language's lemma as written, by lemma number of the search index. */
  private readonly display: string[] = [];
  /** Whether the normalised lemma has as many characters as the written one (then a highlight maps). */
  private readonly sameLength: Uint8Array;
  readonly encoding: 'code page' | 'utf-8';
  private readonly encode: ByteEncoder;

  constructor(readonly labels: LanguageLabels) {
    const index = labels.index;
    const normalizedOf: string[][] = [];
    const all: string[] = [];
    for (let i = 0; i < index.size; i++) {
      const forms = labels
        .lemmasOf(i)
        .map((lemma) => ({ lemma, normalized: normalizeAnyScript(lemma) }))
        .filter((form) => form.normalized !== '');
      normalizedOf.push(forms.map((form) => form.normalized));
      for (const form of forms) all.push(form.normalized);
    }
    ({ encode: this.encode, kind: this.encoding } = byteEncoderFor(all));
    const lines: string[] = [];
    const lengthsMatch: number[] = [];
    for (let i = 0; i < index.size; i++) {
      const written = labels.lemmasOf(i).filter((lemma) => normalizeAnyScript(lemma) !== '');
      const normalized = normalizedOf[i]!;
      // A synset without a lemma here keeps one empty lemma, as the lemma text needs a line each.
      if (normalized.length === 0) {
        this.display.push('');
        lengthsMatch.push(0);
      }
      normalized.forEach((form, k) => {
        this.display.push(written[k]!);
        lengthsMatch.push(form.length === written[k]!.length ? 1 : 0);
      });
      lines.push(normalized.map((form) => this.encode(form.replace(/ /g, '_'))).join(' '));
    }
    this.sameLength = Uint8Array.from(lengthsMatch);
    const base = index.bundle;
    // Field by field: spreading the bundle would read its lazy gloss text.
    const bundle: SynsetBundle = {
      offsets: base.offsets,
      lexFiles: base.lexFiles,
      flags: base.flags,
      parentStart: base.parentStart,
      parents: base.parents,
      parentIsInstance: base.parentIsInstance,
      descendantCount: base.descendantCount,
      descendantCount21k: base.descendantCount21k,
      descendantCount1k: base.descendantCount1k,
      descendantCountImageNet: base.descendantCountImageNet,
      lemmaText: lines.join('\n'),
      senseNumbers: new Uint8Array(this.display.length).fill(1),
      glossText: '\n'.repeat(index.size),
      glossLine: () => '',
    };
    this.searchIndex = new SynsetIndex(bundle);
    this.engine = new LemmaSearch(this.searchIndex, undefined, (text) => this.encode(normalizeAnyScript(text)));
  }

  /** The lemma count and bytes of the search index's text: what the bench prints beside its timings. */
  get lemmaCount(): number {
    return this.display.length;
  }

  /**
   * Hits as the English engine ranks them, each with the language's lemma that matched, the
   * synset's label in the language and its English gloss (the link back to WordNet).
   */
  search(query: string, options: { limit?: number | undefined; filter?: MemberFilter | undefined } = {}): LanguageSearchHit[] {
    const index = this.labels.index;
    const queryLength = normalizeAnyScript(query).length;
    return this.engine.search(query, options).map((hit) => {
      const i = index.numberOfWnid(hit.wnid);
      const l = this.lemmaNumber(i, hit.lemma);
      const lemma = l < 0 ? this.labels.labelOf(i) : this.display[l]!;
      const highlight =
        hit.highlight && l >= 0 && this.sameLength[l] && (hit.match === 'exact' || hit.match === 'prefix')
          ? ([0, Math.min(queryLength, lemma.length)] as [number, number])
          : null;
      const via = hit.via ? { ...hit.via, label: this.labels.labelOf(index.numberOfWnid(hit.via.wnid)) } : null;
      return {
        ...hit,
        lemma,
        highlight,
        gloss: splitGloss(index.glossOf(i)).definition,
        via,
        ...this.labels.label(i),
        definition: this.labels.definitionOf(i),
        englishLabel: index.labelOf(i),
      };
    });
  }

  /** The search index's number of the lemma the engine returned (its encoded text, spaces for `_`). */
  private lemmaNumber(i: number, encoded: string): number {
    const first = this.searchIndex.lemmaStart[i]!;
    for (let l = first; l < this.searchIndex.lemmaStart[i + 1]!; l++) {
      if (this.searchIndex.lemma(l).replace(/_/g, ' ') === encoded) return l;
    }
    return -1;
  }
}
