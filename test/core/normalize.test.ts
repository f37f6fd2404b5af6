import { describe, expect, it } from 'vitest';
import { normalizeText, oneEditApart, withoutFormatCharacters } from '../../src/core/normalize.js';

describe('oneEditApart', () => {
  it('allows one insert, delete, substitution or swap', () => {
    expect(oneEditApart('tench', 'tench')).toBe(true);
    expect(oneEditApart('tnech', 'tench')).toBe(true);
    expect(oneEditApart('tench', 'tenchy')).toBe(true);
    expect(oneEditApart('tench', 'tenc')).toBe(true);
    expect(oneEditApart('tench', 'bench')).toBe(true);
    expect(oneEditApart('aab', 'ab')).toBe(true);
    expect(oneEditApart('dgo', 'dog')).toBe(true);
    expect(oneEditApart('odg', 'dog')).toBe(true);
    expect(oneEditApart('tench', 'xyz')).toBe(false);
    expect(oneEditApart('tench', 'tnehc')).toBe(false);
    expect(oneEditApart('abcd', 'badc')).toBe(false);
  });

  it('agrees with a dynamic-programming distance on random short strings', () => {
    /** Optimal-string-alignment distance by the textbook table. */
    const distance = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    let seed = 3;
    const random = (): number => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    const word = (): string => Array.from({ length: Math.floor(random() * 5) }, () => 'ab '[Math.floor(random() * 3)]).join('');
    for (let k = 0; k < 5000; k++) {
      const [a, b] = [word(), word()];
      expect(oneEditApart(a, b), `${JSON.stringify(a)} ~ ${JSON.stringify(b)}`).toBe(distance(a, b) <= 1);
    }
  });
});

describe('normalizeText', () => {
  it('lower-cases, drops accents and reads underscores and runs of white space as one space', () => {
    expect(normalizeText('  Canis_familiaris ')).toBe('canis familiaris');
    expect(normalizeText('Café\tAU  lait')).toBe('cafe au lait');
  });

  it('drops format characters inside a word: a zero-width space does not split it', () => {
    expect(normalizeText('d\u200bog')).toBe('dog');
    expect(normalizeText('\ufeffgold\u00adfish\u200d\u2060')).toBe('goldfish');
  });

  it('reads symbols no lemma contains as spaces, keeping what lemmas use', () => {
    expect(normalizeText('dog🐕')).toBe('dog');
    expect(normalizeText('dog,cat (pet)!')).toBe('dog cat pet');
    expect(normalizeText("jack-o'-lantern 20/20 St. 7")).toBe("jack-o'-lantern 20/20 st. 7");
    expect(normalizeText('\u0000🐕\u0001')).toBe('');
  });

  it('reads typographic apostrophes and hyphens as the plain ones lemmas use', () => {
    expect(normalizeText('jack\u2011o’\u2010lantern')).toBe("jack-o'-lantern");
  });
});

describe('withoutFormatCharacters', () => {
  it('removes Unicode format characters (category Cf) and nothing else', () => {
    expect(withoutFormatCharacters('\u200bn02084071\u200e ')).toBe('n02084071 ');
    expect(withoutFormatCharacters('dog🐕 é')).toBe('dog🐕 é');
  });
});
