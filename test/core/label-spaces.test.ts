import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { classLabels } from '../../src/core/class-names.js';
import { exportClasses, ExportError } from '../../src/core/label-export.js';
import { indexInWnidLines, isWnidLines, LabelSet, labelSetsNamedIn, parseLabelList } from '../../src/core/label-set.js';
import { SynsetQueries } from '../../src/core/queries.js';
import { SynsetIdError } from '../../src/core/errors.js';
import { uniqueLabels } from '../../src/core/unique-names.js';
import { loadIndex } from '../../src/node/load-bundle.js';
import { labelSetFolder, readNameList, useBuiltInLabelSets } from '../../src/node/label-spaces.js';

const queries = new SynsetQueries(loadIndex());
const index = queries.index;
const catalog = useBuiltInLabelSets(queries);
const spaces = () => queries.labelSpaces;

/** A list file read directly, as the test's own oracle: line N+1 is class N. */
function listFile(name: string): string[] {
  const info = catalog.sets.find((entry) => entry.name === name)!;
  return readFileSync(join(labelSetFolder(), info.file), 'utf8').split('\n').filter(Boolean);
}

// The sizes the lists' publishers give (and the issue names).
const SIZES: Record<string, number> = {
  '1k': 1000,
  '21k': 21841,
  '21k-goog': 21843,
  '22k-ms': 21842,
  '12k': 11821,
  '21k-p': 11221,
  '21k-p-winter21': 10450,
  'imagenet-a': 200,
  'imagenet-r': 200,
  'imagenet-o': 200,
  'mini-imagenet': 100,
  'tiny-imagenet': 200,
  imagenette: 10,
  imagewoof: 10,
  'objectnet-1k': 125,
  'tiered-imagenet': 608,
  'tiered-imagenet-train': 351,
  'tiered-imagenet-val': 97,
  'tiered-imagenet-test': 160,
  'imagenet-100': 100,
  'tencent-ml-images': 11166,
  coco: 80,
};

describe('built-in label spaces', () => {
  it('are the 22 the catalog names, each with a source, a licence and its index order', () => {
    expect(catalog.sets.map((info) => info.name).sort()).toEqual(Object.keys(SIZES).sort());
    for (const info of catalog.sets) {
      expect(info.source.length, info.name).toBeGreaterThan(10);
      expect(info.licence.length, info.name).toBeGreaterThan(2);
      expect(info.order?.length, info.name).toBeGreaterThan(5);
    }
  });

  it.each(Object.entries(SIZES))('%s has %i classes, in its file order', (name, size) => {
    const set = spaces().set(name);
    expect(set.size).toBe(size);
    const wnids = listFile(name);
    expect(wnids).toHaveLength(size);
    // A declared hole (COCO's stop sign) keeps its line as the source names it.
    const wnidAt = (k: number) => (set.synsetAt(k) < 0 ? wnids[k] : index.wnidOf(set.synsetAt(k)));
    for (let k = 0; k < size; k += Math.max(1, Math.floor(size / 97))) expect(wnidAt(k)).toBe(wnids[k]);
    expect(index.wnidOf(set.synsetAt(size - 1))).toBe(wnids[size - 1]);
  });

  it('finds sets by alias in any case', () => {
    expect(spaces().set('ILSVRC2012')).toBe(spaces().set('1k'));
    expect(spaces().set('fall11').name).toBe('21k');
  });

  it('puts the 1k first in 22k-ms (teddy bear at 850) and keeps 21k to fall11', () => {
    const ms = spaces().set('22k-ms');
    const k1 = spaces().set('1k');
    for (let k = 0; k < 1000; k++) expect(ms.synsetAt(k)).toBe(k1.synsetAt(k));
    expect(index.wnidOf(ms.synsetAt(850))).toBe('n04399382');
    expect(spaces().set('21k').has(index.numberOfWnid('n04399382'))).toBe(false);
  });

  it('refuses an unknown set with the list of known ones', () => {
    expect(() => spaces().set('imagenet-z')).toThrow(/unknown label set 'imagenet-z' \(known: all, 1k, 21k, 21k-goog/);
  });
});

describe('mapping between spaces', () => {
  it.each(['imagenet-a', 'imagenet-r', 'imagenet-o', 'imagenette', 'objectnet-1k'])(
    '%s maps into the 1k at the positions of its wnids in the sorted 1k list',
    (name) => {
      const sorted1k = listFile('1k');
      const set = spaces().set(name);
      const k1 = spaces().set('1k');
      const mapped = Array.from(set.classes, (i) => k1.indexOf(i));
      expect(mapped).toEqual(listFile(name).map((wnid) => sorted1k.indexOf(wnid)));
      expect(mapped.every((k) => k >= 0)).toBe(true);
    },
  );

  it('gives -1 for a class the target lacks', () => {
    const dog = queries.resolve('dog.n.01');
    expect(spaces().set('1k').indexOf(dog)).toBe(-1);
  });
});

describe('ids in a label space', () => {
  it('reads SET:INDEX and floats written by NumPy', () => {
    const r17 = spaces().set('imagenet-r').synsetAt(17);
    expect(queries.resolve('imagenet-r:17')).toBe(r17);
    expect(queries.resolve('1k:207')).toBe(queries.resolve('207'));
    expect(queries.resolve('207.0')).toBe(queries.resolve('207'));
    expect(queries.resolve('2.07e+02')).toBe(queries.resolve('207'));
    expect(index.wnidOf(queries.resolve('21k:9000'))).toBe(listFile('21k')[9000]);
  });

  it('reads bare numbers in the set asked for', () => {
    expect(queries.resolve('17', { set: 'imagenet-r' })).toBe(spaces().set('imagenet-r').synsetAt(17));
  });

  it('says what is wrong with a bad index', () => {
    expect(() => queries.resolve('207.5')).toThrow('a class index is a whole number from 0, not 207.5');
    expect(() => queries.resolve('imagenet-r:200')).toThrow('no class 200 in imagenet-r (classes are 0–199)');
    expect(() => queries.resolve('nope:3')).toThrow(SynsetIdError);
    expect(() => queries.resolve('02084071')).toThrow(/write n02084071/);
  });
});

describe('membership counts', () => {
  it('counts members below each synset as the bundle does for the 1k and 21k', () => {
    const { descendantCount1k, descendantCount21k } = index.bundle;
    const fresh1k = new LabelSet('copy', spaces().set('1k').classes, index);
    const fresh21k = new LabelSet('copy', spaces().set('21k').classes, index);
    for (let i = 0; i < index.size; i++) {
      if (fresh1k.countBelow(i) !== descendantCount1k[i] || fresh21k.countBelow(i) !== descendantCount21k[i]) {
        expect.fail(`counts differ at ${index.wnidOf(i)}`);
      }
    }
  });

  it('lists, filters and counts a built-in set through the queries', () => {
    const dogs = queries.descendants('canine.n.02', { in: 'imagewoof' });
    expect(dogs).toEqual([...listFile('imagewoof')].sort());
    expect(queries.row('canine.n.02', { in: 'imagewoof' }).count).toBe(10);
    expect(queries.row('dog.n.01', { in: 'imagewoof' }).count).toBe(9);
    expect(queries.row('imagewoof:3', { in: 'imagewoof' }).setIndex).toBe(3);
  });
});

describe('search within a set', () => {
  it('finds members under a matching synset outside the set', () => {
    const hits = queries.search('airplane', { in: '1k', limit: 10 });
    const airliner = hits.find((hit) => hit.index1k === 404);
    expect(airliner?.via).toEqual({ wnid: 'n02691156', label: 'airplane', relation: 'below' });
    expect(hits.every((hit) => hit.index1k !== null)).toBe(true);
  });

  it('is never empty for a near sense: tv finds television', () => {
    const hits = queries.search('tv', { in: '1k', limit: 10 });
    const television = hits.find((hit) => hit.index1k === 851);
    expect(television?.via?.relation).toBe('sense');
  });

  it('leaves direct matches unmarked', () => {
    const hits = queries.search('tench', { in: '1k' });
    expect(hits[0]).toMatchObject({ index1k: 0, via: null });
  });

  it('gives each hit its index in the set searched, and none when searching all nouns', () => {
    const hits = queries.search('dog', { in: 'imagewoof', limit: 20 });
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits) expect(hit.setIndex).toBe(spaces().set('imagewoof').indexOf(queries.resolve(hit.wnid)));
    expect(hits.every((hit) => hit.setIndex !== null)).toBe(true);
    expect(queries.search('goldfish', { in: 'imagenet-r', limit: 1 })[0]).toMatchObject({ wnid: 'n01443537', setIndex: 0 });
    expect(queries.search('tench', { limit: 3 }).every((hit) => hit.setIndex === null)).toBe(true);
  });
});

describe("a synset's index found in a list's text (the card's index in every set)", () => {
  const listed = catalog.sets.map((info) => ({ name: info.name, text: readFileSync(join(labelSetFolder(), info.file), 'utf8') }));

  it('covers every built-in list but coco (its hole is a comment line): one wnid a line', () => {
    expect(listed.filter(({ text }) => !isWnidLines(text)).map(({ name }) => name)).toEqual(['coco']);
  });

  it.each(listed.filter(({ text }) => isWnidLines(text)).map(({ name, text }) => [name, text] as const))(
    'gives the index reading %s gives, for members and others',
    (name, text) => {
      const set = spaces().set(name);
      const members = set.members();
      // Every 97th member, the last, and synsets of every kind around them that may or may not be in it.
      const sample = [...members.filter((_, k) => k % 97 === 0), members.at(-1)!];
      for (const i of [...sample, ...sample.map((i) => (i + 1) % index.size), 0, 1, 2]) {
        expect(indexInWnidLines(text, index.wnidOf(i)), index.wnidOf(i)).toBe(set.indexOf(i));
      }
    },
  );

  it('counts a repeat as a hole and a wnid that is no synset as a class, as reading the list does', () => {
    const text = 'n01440764\nn99999999\nn01443537\nn01440764\n';
    const read = parseLabelList(text, (id) => queries.resolve(id));
    expect(isWnidLines(text)).toBe(true);
    for (const wnid of ['n01440764', 'n01443537', 'n02084071']) {
      expect(indexInWnidLines(text, wnid)).toBe(read.classes.indexOf(index.numberOfWnid(wnid)));
    }
    expect(indexInWnidLines(text, 'n01443537')).toBe(2);
  });

  it('is not for a list with anything else: a comment, a blank line, another id form, a last line unended', () => {
    for (const text of ['# fish\nn01440764\n', 'n01440764\n\nn01443537\n', 'n01440764\ndog.n.01\n', 'n01440764\nn01443537'])
      expect(isWnidLines(text), JSON.stringify(text)).toBe(false);
  });
});

describe('custom lists', () => {
  const resolve = (id: string) => queries.resolve(id);

  it('skips comments and blank lines, and reads LOC_synset_mapping lines', () => {
    const list = parseLabelList('# my classes\n\nn01440764 tench, Tinca tinca\r\ndog.n.01  # a dog\n207\n', resolve);
    expect(Array.from(list.classes, (i) => index.wnidOf(i))).toEqual(['n01440764', 'n02084071', 'n02099601']);
    expect(Array.from(list.lines)).toEqual([3, 4, 5]);
    expect(list.problems).toEqual([]);
  });

  it('reports a bad line with its number and keeps its index as a hole', () => {
    const list = parseLabelList('n01440764\nnot-a-class\nn01443537\nn01440764\n', resolve);
    expect(list.classes[1]).toBe(-1);
    expect(index.wnidOf(list.classes[2]!)).toBe('n01443537');
    expect(list.problems.map((p) => [p.line, p.text])).toEqual([
      [2, 'not-a-class'],
      [4, 'n01440764'],
    ]);
    expect(list.problems[1]!.message).toBe('repeats class 0 (line 1)');
  });

  it('keeps a repeated line as a hole, so the class is counted and exported once', () => {
    const list = parseLabelList('n01440764\ndog.n.01\n02084071-n\n207\n', resolve);
    expect(Array.from(list.classes, (i) => (i < 0 ? '' : index.wnidOf(i)))).toEqual(['n01440764', 'n02084071', '', 'n02099601']);
    expect(list.problems).toEqual([{ line: 3, text: '02084071-n', message: 'repeats class 1 (line 2)' }]);
  });

  it('names the label sets its SET:INDEX lines need, once each, and no other', () => {
    expect(
      labelSetsNamedIn(
        'imagenet-r:17\n# imagenette:3\nn01440764\ndog.n.01\n207.0\nIMAGENET-R: 3\n21k:9000\nimagenet-r:4 # again\nlist:ab:2\n',
      ),
    ).toEqual(['imagenet-r', 'IMAGENET-R', '21k']);
  });

  it('is kept as it was read, from its synsets, with no text to parse', () => {
    const classes = Int32Array.from([queries.resolve('n01440764'), -1, queries.resolve('dog.n.01')]);
    const set = spaces().keepList('kept.txt', classes);
    expect(set.size).toBe(3);
    expect(queries.resolve('kept.txt:2')).toBe(queries.resolve('dog.n.01'));
    expect(() => queries.resolve('kept.txt:1')).toThrow(/class 1 of kept.txt is a line that names no synset/);
    expect(() => spaces().keepList('imagenet-r', classes)).toThrow(/built-in/);
  });

  it('becomes a label space of its own, used by name', () => {
    const { set, problems } = spaces().addList('mine.txt', 'n02099601\n\nn02084071\n', resolve);
    expect(problems).toEqual([]);
    expect(set.size).toBe(2);
    expect(queries.resolve('mine.txt:1')).toBe(queries.resolve('dog.n.01'));
    expect(queries.descendants('dog.n.01', { in: 'mine.txt' })).toEqual(['n02099601']);
    expect(() => spaces().addList('1k', 'n02084071', resolve)).toThrow(/built-in/);
  });

  it('is forgotten by name; a built-in set cannot be', () => {
    spaces().addList('forget-me.txt', 'n02099601\n', resolve);
    expect(queries.descendants('dog.n.01', { in: 'forget-me.txt' })).toEqual(['n02099601']);
    spaces().forgetList('FORGET-ME.txt');
    expect(() => queries.descendants('dog.n.01', { in: 'forget-me.txt' })).toThrow(/unknown label set 'forget-me.txt'/);
    spaces().forgetList('1k');
    expect(queries.descendants('dog.n.01', { in: '1k' })).toHaveLength(118);
  });
});

describe('unique names', () => {
  let k1: LabelSet;
  beforeAll(() => {
    k1 = spaces().set('1k');
  });

  it('tells the 1k clashes apart by a hypernym and keeps every other first lemma', () => {
    const names = uniqueLabels(index, k1.classes);
    expect(names[134]).toMatch(/^crane \(.+\)$/);
    expect(names[517]).toMatch(/^crane \(.+\)$/);
    expect(names[264]).toMatch(/^Cardigan \(.+\)$/);
    expect(names[474]).toMatch(/^cardigan \(.+\)$/);
    expect(names[638]).not.toBe(names[639]);
    const clashes = new Set([134, 517, 264, 474, 638, 639]);
    names.forEach((name, k) => {
      if (!clashes.has(k)) expect(name).toBe(index.labelOf(k1.synsetAt(k)));
    });
  });

  it.each(Object.keys(SIZES))('are unique in %s, case-insensitively', (name) => {
    const names = uniqueLabels(index, spaces().set(name).classes);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('come out the same on every run', () => {
    const set = spaces().set('12k');
    expect(uniqueLabels(index, set.classes)).toEqual(uniqueLabels(index, set.classes));
  });

  it('take published 1k names where asked, and unique names outside the 1k', () => {
    const simple = classLabels(index, k1, 'simple', (style) => readNameList(style));
    expect(simple[0]).toBe(readNameList('simple')![0]);
    const ms = classLabels(index, spaces().set('22k-ms'), 'torchvision', (style) => readNameList(style));
    const unique = uniqueLabels(index, spaces().set('22k-ms').classes);
    expect(ms[1000]).toBe(unique[1000]);
    expect(ms[207]).toBe(readNameList('torchvision')![207]);
  });
});

describe('exports', () => {
  const records = () => {
    const set = spaces().set('1k');
    const names = uniqueLabels(index, set.classes);
    return Array.from(set.classes, (i, k) => ({ index: k, wnid: index.wnidOf(i), label: names[k]! }));
  };

  it('writes keras imagenet_class_index.json with 1,000 entries', () => {
    const keras = JSON.parse(exportClasses(records(), 'keras')) as Record<string, [string, string]>;
    expect(Object.keys(keras)).toHaveLength(1000);
    expect(keras['0']).toEqual(['n01440764', 'tench']);
  });

  it('writes hf id2label and label2id as inverses', () => {
    const hf = JSON.parse(exportClasses(records(), 'hf')) as { id2label: Record<string, string>; label2id: Record<string, number> };
    expect(Object.keys(hf.id2label)).toHaveLength(1000);
    for (const [id, label] of Object.entries(hf.id2label)) expect(hf.label2id[label]).toBe(Number(id));
  });

  it('refuses hf with names two classes share, unless they are hf names: then label2id keeps the later, as HF does', () => {
    const clashing = records().map((r) => ({ ...r, label: index.labelOf(queries.resolve(r.wnid)) }));
    expect(() => exportClasses(clashing, 'hf')).toThrow(ExportError);
    expect(() => exportClasses(clashing, 'hf', { style: 'wordnet', set: '1k' })).toThrow(/classes 134 and 517 of 1k are both 'crane'/);
    const hf = JSON.parse(exportClasses(clashing, 'hf', { style: 'hf' })) as { label2id: Record<string, number> };
    expect(hf.label2id.crane).toBe(517);
    // Words any caller can use: the browser has no command-line flags.
    expect(() => exportClasses(clashing, 'hf', { style: 'wordnet', set: '1k' })).toThrow(/: use the unique names$/);
  });

  it('says when two hf classes are one synset, which no names tell apart, and suggests hf names', () => {
    const twice = [
      { index: 0, wnid: 'n01440764', label: 'tench' },
      { index: 1, wnid: 'n01440764', label: 'tench' },
    ];
    const error = (() => {
      try {
        exportClasses(twice, 'hf', { style: 'unique', set: 'mine' });
      } catch (caught) {
        return caught as ExportError;
      }
    })();
    expect(error?.message).toMatch(/classes 0 and 1 of mine are the same synset n01440764 .*remove one of the two lines/);
    expect(error?.suggestedNames).toBe('hf');
  });

  it('quotes csv fields and keeps tsv on one line', () => {
    const odd = [{ index: 0, wnid: 'n01440764', label: 'a, "b"\tc' }];
    expect(exportClasses(odd, 'csv')).toBe('index,wnid,label\n0,n01440764,"a, ""b""\tc"\n');
    expect(exportClasses(odd, 'tsv')).toBe('index\twnid\tlabel\n0\tn01440764\ta, "b" c\n');
    expect(exportClasses(odd, 'txt')).toBe('a, "b" c\n');
  });
});
