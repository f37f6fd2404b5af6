/**
 * How a wnid is spelt, once: `n` and the synset's byte offset in WordNet 3.0's `data.noun`, in
 * eight digits (`n02084071`), as ImageNet's lists write it; WordNet's own `02084071-n` names the
 * same synset. Every reader of ids and lists asks here, and the root of the noun hierarchy is
 * named here, so an element can name it without loading the index.
 */

/** The wnid of the root of the noun hierarchy, `entity.n.01`. */
export const ROOT_WNID = 'n00001740';

/** Digits of an offset in a wnid. */
const DIGITS = 8;
const OFFSET = `\\d{${DIGITS}}`;
/** A wnid as the lists write it: a lower-case `n`. */
const WNID = new RegExp(`^n(${OFFSET})$`);
/** A wnid or WordNet's `02084071-n`, in either case: the ids that name a noun by its offset. */
const NOUN_OFFSET_ID = new RegExp(`^(?:n(${OFFSET})|(${OFFSET})-n)$`, 'i');
/** An offset id of any part of speech (`v01234567`, `01234567-a`). */
const ANY_OFFSET_ID = new RegExp(`^(?:[a-z]${OFFSET}|${OFFSET}-[a-z])$`, 'i');
const BARE_OFFSET = new RegExp(`^${OFFSET}$`);
/** A line that starts with a wnid and goes on (`n01440764 tench, Tinca tinca`). */
const LEADING_WNID = new RegExp(`^(n${OFFSET})\\s`);
/** A wnid still being typed: `n` and fewer digits. */
const PARTIAL_WNID = new RegExp(`^n(\\d{1,${DIGITS - 1}})$`, 'i');

/** The wnid of a `data.noun` offset. */
export function wnidOfOffset(offset: number): string {
  return 'n' + String(offset).padStart(DIGITS, '0');
}

/** Whether a text is a wnid as the lists write it (`n02084071`). */
export function isWnid(text: string): boolean {
  return WNID.test(text);
}

/** The offset a wnid names (`n02084071` → 2084071), or undefined for any other text. */
export function offsetOfWnid(text: string): number | undefined {
  const match = WNID.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The offset a noun's offset id names: a wnid or `02084071-n`, either case; undefined for any other text. */
export function nounOffsetOf(id: string): number | undefined {
  const match = NOUN_OFFSET_ID.exec(id);
  return match ? Number(match[1] ?? match[2]) : undefined;
}

/** Whether a text is an offset id of any part of speech (`v01234567`, `01234567-a`, a noun's too). */
export function isOffsetId(text: string): boolean {
  return ANY_OFFSET_ID.test(text);
}

/** Whether a text is an offset alone, eight digits: a wnid without its `n`. */
export function isBareOffset(text: string): boolean {
  return BARE_OFFSET.test(text);
}

/** The wnid a line starts with when more follows it (`n01440764 tench, Tinca tinca`), or undefined. */
export function leadingWnid(line: string): string | undefined {
  return LEADING_WNID.exec(line)?.[1];
}

/** The offsets a wnid still being typed may name (`n0208`: 2080000 to 2089999), or undefined for any other text. */
export function offsetsOfTypedWnid(text: string): [low: number, high: number] | undefined {
  const digits = PARTIAL_WNID.exec(text)?.[1];
  return digits === undefined ? undefined : [Number(digits.padEnd(DIGITS, '0')), Number(digits.padEnd(DIGITS, '9'))];
}
