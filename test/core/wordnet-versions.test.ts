/**
 * The version map against the committed data, noun by noun. `wn30-wn31.tsv` is what
 * `data/wordnet-versions/make-version-map.py` wrote after checking every row of CILI's two maps
 * against it (and the 3.0 offsets against NLTK's WordNet 3.0); here each of the 82,115 nouns'
 * ILI and 3.1 offset, as the core reads them, is compared with the file's rows expanded by a
 * reader of the test's own, both ways (3.0 → ids, ids → 3.0), and the facts CILI's README states
 * are checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PartsManifest } from '../../src/core/data-parts.js';
import { findProjectRoot } from '../../src/node/project-root.js';
import { describe, expect, it } from 'vitest';
import { WordNetVersions, VersionDataError } from '../../src/core/wordnet-versions.js';
import { readWordNetVersions, wordNetVersionsFile } from '../../src/node/wordnet-versions.js';
import { queries, wnidList } from './real-data.js';

const index = queries.index;
const text = readFileSync(wordNetVersionsFile(), 'utf8');
const versions = readWordNetVersions(index);

/** The file's rows expanded over the 3.0 offsets, written apart from the core's reader. */
function expandRows(): Map<number, { ili: number; wn31: number | null }> {
  const rows = text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'))
    .filter(([kind]) => kind !== 'new');
  const byOffset = new Map<number, { ili: number; wn31: number | null }>();
  let at = 0;
  let ili = NaN;
  let shift = NaN;
  for (const offset of index.bundle.offsets) {
    let gone = false;
    while (at < rows.length && Number(rows[at]![1]) === offset) {
      const [kind, , value] = rows[at++]!;
      if (kind === 'ili') ili = Number(value);
      else if (kind === 'wn31') shift = Number(value);
      else if (kind === 'gone') gone = true;
    }
    byOffset.set(offset, { ili, wn31: gone ? null : offset + shift });
    ili++;
  }
  expect(at).toBe(rows.length);
  return byOffset;
}

describe('every WordNet 3.0 noun', () => {
  const expected = expandRows();
  const counted = Number(/(\d+) WordNet 3\.0 nouns/.exec(text)![1]);

  it('has the ILI and the WordNet 3.1 offset the committed rows give, and each id leads back to it', () => {
    expect(index.size).toBe(82115);
    expect(counted).toBe(index.size);
    let withWn31 = 0;
    const wrong: string[] = [];
    for (let i = 0; i < index.size; i++) {
      const want = expected.get(index.bundle.offsets[i]!)!;
      const wn31 = versions.wn31Of(i);
      if (versions.iliOf(i) !== want.ili || wn31 !== (want.wn31 ?? -1)) wrong.push(index.wnidOf(i));
      if (versions.synsetOfIli(want.ili) !== i) wrong.push(`i${want.ili}`);
      if (want.wn31 !== null) {
        withWn31++;
        if (!versions.synsetsOfWn31(want.wn31).includes(i)) wrong.push(`wn31 ${want.wn31}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(withWn31).toBe(82074);
  });

  it('has the counts the file was checked with: every noun an ILI, 82,074 a 3.1 synset, 41 deprecated, 140 new in 3.1', () => {
    expect(text).toContain(
      '82115 WordNet 3.0 nouns (NLTK), 82115 with an ILI, 82074 with a 3.1 synset, 41 deprecated in 3.1, 140 new in 3.1',
    );
    const ilis = new Set(Array.from({ length: index.size }, (_, i) => versions.iliOf(i)));
    expect(ilis.size).toBe(index.size);
    expect(Math.min(...ilis)).toBe(35545);
    expect(Math.max(...ilis)).toBe(117659);
  });
});

describe('the facts CILI states', () => {
  const dog = index.numberOfWnid('n02084071');

  it('dog: n02084071 in 3.0 is ILI i46360 and 02086723-n in 3.1 and Open English WordNet', () => {
    expect(versions.idsOf(dog)).toEqual({
      wnid: 'n02084071',
      ili: 'i46360',
      wn31: '02086723-n',
      oewn: 'oewn-02086723-n',
      note: null,
    });
  });

  it('none of the 1,000 ILSVRC classes keeps its offset in 3.1; every one has a 3.1 synset', () => {
    const classes = Array.from(index.classes1k);
    expect(classes.length).toBe(1000);
    expect(classes.filter((i) => versions.wn31Of(i) < 0)).toEqual([]);
    expect(classes.filter((i) => versions.wn31Of(i) === index.bundle.offsets[i])).toEqual([]);
  });

  it("21,835 of fall11's 21,841 synsets map; the 6 that do not are among the 41 nouns 3.1 deprecated, each saying so", () => {
    const fall11 = wnidList('fall11.txt').map((wnid) => index.numberOfWnid(wnid));
    const unmapped = fall11.filter((i) => versions.wn31Of(i) < 0).map((i) => index.wnidOf(i));
    expect(fall11.length - unmapped.length).toBe(21835);
    expect(unmapped).toEqual(['n03019434', 'n04231905', 'n09637339', 'n09643799', 'n09827363', 'n10114550']);
    const ids = versions.idsOf(index.numberOfWnid('n03019434'));
    expect(ids.wn31).toBeNull();
    expect(ids.oewn).toBeNull();
    expect(ids.note).toBe('deprecated in WordNet 3.1, which has no synset for it');
  });

  it('a deprecated noun that 3.1 replaced names its replacements', () => {
    // technology/engineering (3.0 n00949619) became two synsets in 3.1.
    expect(versions.idsOf(index.numberOfWnid('n00949619')).note).toBe(
      'deprecated in WordNet 3.1, which has 00951435-n (technology) and 00951878-n (engineering) instead',
    );
  });

  it('15 WordNet 3.1 synsets merge several 3.0 ones; each of those says which', () => {
    const merged = new Map<number, number[]>();
    for (let i = 0; i < index.size; i++) {
      const offset = versions.wn31Of(i);
      if (offset >= 0) merged.set(offset, [...(merged.get(offset) ?? []), i]);
    }
    const groups = [...merged.values()].filter((group) => group.length > 1);
    expect(groups.length).toBe(15);
    expect(versions.synsetsOfWn31(3872233).map((i) => index.wnidOf(i))).toEqual(['n03685962', 'n03778135', 'n03830278', 'n03866555']);
    expect(versions.idsOf(index.numberOfWnid('n03685962')).note).toBe(
      'WordNet 3.1 merged it with n03778135, n03830278 and n03866555 into 03872233-n',
    );
  });

  it('a 3.1 offset finds the same 3.0 synsets by the first look-ups’ scan as by the order made later', () => {
    const merged = [3872233, ...[0, 1, 2, 100, 5000, 82114].map((i) => versions.wn31Of(i)), 951435, 99999999];
    const fresh = readWordNetVersions(index);
    const scanned = merged.map((offset) => fresh.synsetsOfWn31(offset));
    // Enough look-ups that the order is made, then the same ones again.
    for (let k = 0; k < 40; k++) fresh.synsetsOfWn31(k);
    expect(merged.map((offset) => fresh.synsetsOfWn31(offset))).toEqual(scanned);
    expect(scanned[0]!.map((i) => index.wnidOf(i))).toEqual(['n03685962', 'n03778135', 'n03830278', 'n03866555']);
    expect(scanned.slice(1, 7).map((found, k) => found.includes([0, 1, 2, 100, 5000, 82114][k]!))).toEqual(Array(6).fill(true));
    expect(scanned.slice(-2)).toEqual([[], []]);
  });

  it('a 3.1 noun new in 3.1 has its lemmas and no 3.0 synset', () => {
    expect(versions.newIn31Lemmas(951435)).toEqual(['technology']);
    expect(versions.synsetsOfWn31(951435)).toEqual([]);
  });
});

describe('the browser’s copy', () => {
  it('is the committed file, byte for byte, in a part of its own', () => {
    const folder = join(findProjectRoot(), 'data/generated/parts');
    const manifest = JSON.parse(readFileSync(join(folder, 'parts.json'), 'utf8')) as PartsManifest;
    expect(manifest.versions?.file).toMatch(/^wordnet-versions\.[0-9a-f]{16}\.bin\.gz$/);
    expect(gunzipSync(readFileSync(join(folder, manifest.versions!.file))).toString('utf8')).toBe(text);
  });
});

describe('a damaged version file', () => {
  it('is refused with the line that is wrong', () => {
    const broken = text.replace('wn31\t00015388\t180', 'wn31\t00015389\t180');
    expect(() => WordNetVersions.parse(broken, index)).toThrow(VersionDataError);
    expect(() => WordNetVersions.parse(broken, index)).toThrow(/line \d+: 00015389 is not a WordNet 3\.0 noun/);
    expect(() => WordNetVersions.parse('garbage', index)).toThrow(/line 1: expected KIND/);
    expect(() => WordNetVersions.parse('', index)).toThrow(/the first noun has no ILI/);
  });
});
