/**
 * Unicode format characters (category Cf): zero-width spaces and joiners, soft hyphens, byte
 * order and direction marks. They are invisible, so text pasted from a page may carry them unseen.
 */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** The text without format characters: "d\u200bog" is the "dog" it looks like. */
export function withoutFormatCharacters(text: string): string {
  // All format characters are outside ASCII; the Unicode class costs a compile on first use.
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text) ? text : text.replace(FORMAT_CHARACTERS, '');
}

/**
 * What is left of the characters WordNet 3.0's noun lemmas use once folded: letters, digits,
 * `'`, `-`, `.`, `/` (and `_`, read as a space). Anything else in a query ("dog🐕", "dog!")
 * matches no lemma, so it separates words as a space does. A search test checks every lemma
 * keeps all its characters.
 */
const NOT_IN_LEMMAS = /[^a-z0-9'./-]+/g;

/**
 * The form text is compared in: lower case, accents and format characters removed,
 * typographic apostrophes and hyphens as the ASCII ones, and anything else no lemma contains
 * (underscores, white space, punctuation, emoji) as one space between words. WordNet writes
 * `Canis_familiaris`; people type "canis familiaris", or paste "Canis\u200bfamiliaris".
 */
export function normalizeText(text: string): string {
  // WordNet 3.0's nouns are all ASCII; only typed queries take the slower Unicode path.
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(text)
    ? text
    : withoutFormatCharacters(text)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[\u2018\u2019\u02bc]/g, "'")
        .replace(/[\u2010\u2011]/g, '-');
  return ascii.toLowerCase().replace(NOT_IN_LEMMAS, ' ').trim();
}

/**
 * Whether a and b = bytes[start, start + length) are at most one edit apart (insert, delete,
 * substitute, or swap of neighbours: optimal-string-alignment distance <= 1). Linear: the
 * single edit, if any, must sit at the first difference.
 */
export function withinOneEdit(a: Uint8Array, bytes: Uint8Array, start: number, length: number): boolean {
  const n = a.length;
  if (Math.abs(n - length) > 1) return false;
  let p = 0;
  while (p < n && p < length && a[p] === bytes[start + p]) p++;
  if (p === n && p === length) return true;
  /** a from i on equals b from j on. */
  const restEqual = (i: number, j: number): boolean => {
    if (n - i !== length - j) return false;
    for (; i < n; i++, j++) if (a[i] !== bytes[start + j]) return false;
    return true;
  };
  if (n === length) {
    if (restEqual(p + 1, p + 1)) return true;
    return p + 1 < n && a[p] === bytes[start + p + 1] && a[p + 1] === bytes[start + p] && restEqual(p + 2, p + 2);
  }
  return n > length ? restEqual(p + 1, p) : restEqual(p, p + 1);
}

/** The code search compares a character as: lower case, `_` read as a space, one byte. */
const FOLD = Uint8Array.from({ length: 256 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : c === 95 ? 32 : c));

/** Folds a character code; codes past Latin-1 (none in WordNet 3.0) fold to 255. */
export function foldCode(code: number): number {
  return code < 256 ? FOLD[code]! : 255;
}

/** A string as folded bytes. */
export function foldedBytes(text: string): Uint8Array {
  return Uint8Array.from({ length: text.length }, (_, i) => foldCode(text.charCodeAt(i)));
}

/** Whether two strings, folded, are at most one edit apart. */
export function oneEditApart(a: string, b: string): boolean {
  const bBytes = foldedBytes(b);
  return withinOneEdit(foldedBytes(a), bBytes, 0, bBytes.length);
}

/**
 * The form text in any script is compared in (other languages' lemmas, `search --lang`): format
 * characters dropped, compatibility forms unfolded (full-width letters), every combining mark
 * removed (accents, Arabic harakat, Hebrew niqqud: so `elan` finds `élan` and a word typed
 * without vowel marks finds one written with them), lower case, and anything but letters,
 * digits and `' . / -` as one space between words.
 */
export function normalizeAnyScript(text: string): string {
  return withoutFormatCharacters(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'./-]+/gu, ' ')
    .trim();
}
