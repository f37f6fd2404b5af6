import { describe, expect, it } from 'vitest';
import { prefixRange, sortByText, type TextTable } from '../../src/core/text-sort.js';

function table(texts: string[]): TextTable {
  const bytes = new TextEncoder().encode(texts.join(''));
  const starts = new Uint32Array(texts.length);
  let at = 0;
  texts.forEach((text, i) => {
    starts[i] = at;
    at += text.length;
  });
  return { bytes, starts, lengths: Uint16Array.from(texts, (text) => text.length) };
}

describe('sortByText', () => {
  it('orders like the native string sort, equal texts by entry', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    const texts = Array.from({ length: 3000 }, () =>
      Array.from({ length: Math.floor(random() * 6) }, () => 'abc d'[Math.floor(random() * 5)]).join(''),
    );
    const sorted = sortByText(Uint32Array.from(texts.keys()), table(texts));
    const expected = [...texts.keys()].sort((a, b) => (texts[a]! < texts[b]! ? -1 : texts[a]! > texts[b]! ? 1 : a - b));
    expect(Array.from(sorted)).toEqual(expected);
  });

  it('finds the range of texts starting with a prefix', () => {
    const texts = ['dog', 'do', 'cat', 'dogma', 'dot', 'e'];
    const t = table(texts);
    const sorted = sortByText(Uint32Array.from(texts.keys()), t);
    const [from, to] = prefixRange(sorted, t, new TextEncoder().encode('dog'));
    expect(Array.from(sorted.subarray(from, to), (e) => texts[e])).toEqual(['dog', 'dogma']);
  });
});
