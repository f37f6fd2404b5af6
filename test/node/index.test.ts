import { describe, expect, it } from 'vitest';
import { addLabelList, classRecords, exportSet, mapIndices, openSynsets, setLabels } from '../../src/node/index.js';

describe('synset-explorer/node', () => {
  it('opens one shared index with the built-in label sets; fresh opens another', () => {
    const queries = openSynsets();
    expect(openSynsets()).toBe(queries);
    expect(queries.labelSpaces.set('imagenet-r').size).toBe(200);
    expect(openSynsets({ fresh: true })).not.toBe(queries);
  });

  it("maps each class of a set to another's index: imagenet-r into the 1k, in the 1k's order", () => {
    const mask = mapIndices('imagenet-r', '1k');
    expect(mask).toHaveLength(200);
    expect(mask.slice(0, 4)).toEqual([1, 2, 4, 6]);
    expect(mask[17]).toBe(76);
    expect(mask.every((k, n) => k !== null && (n === 0 || k > mask[n - 1]!))).toBe(true);
  });

  it('maps to null where the target set lacks the class', () => {
    const back = mapIndices('1k', 'imagenet-r');
    expect(back).toHaveLength(1000);
    expect(back.filter((k) => k !== null)).toHaveLength(200);
    expect(back[76]).toBe(17);
    expect(back[0]).toBeNull();
  });

  it('adds a list, reporting a bad line and keeping its place as a hole', () => {
    const queries = openSynsets({ fresh: true });
    const { problems } = addLabelList('mine', 'n01440764\nnot-an-id\n# a comment\n1k:207\n', queries);
    expect(problems.map((problem) => problem.line)).toEqual([2]);
    expect(mapIndices('mine', '1k', queries)).toEqual([0, null, 207]);
    expect(classRecords('mine', 'wordnet', queries).map((record) => record.wnid)).toEqual(['n01440764', '', 'n02099601']);
  });

  it('names a set uniquely by default, or in a published style', () => {
    const unique = setLabels('1k');
    expect(new Set(unique.map((label) => label.toLowerCase())).size).toBe(1000);
    expect(setLabels('1k', 'wordnet')[0]).toBe('tench');
    expect(setLabels('imagenette', 'simple')).toHaveLength(10);
  });

  it('exports a set in the shape Keras loads', () => {
    const keras = JSON.parse(exportSet('imagenette', 'keras')) as Record<string, [string, string]>;
    expect(Object.keys(keras)).toHaveLength(10);
    expect(keras['0']).toEqual(['n01440764', 'tench']);
  });

  it("names a framework's file by the framework's rule unless told otherwise, as the CLI does", () => {
    const keras = JSON.parse(exportSet('1k', 'keras')) as Record<string, [string, string]>;
    expect(keras['2']).toEqual(['n01484850', 'great_white_shark']);
    const hf = JSON.parse(exportSet('1k', 'hf')) as { id2label: Record<string, string>; label2id: Record<string, number> };
    expect(hf.id2label['0']).toBe('tench, Tinca tinca');
    expect(hf.label2id.crane).toBe(517);
    expect((JSON.parse(exportSet('1k', 'hf', 'unique')) as { label2id: Record<string, number> }).label2id.crane).toBeUndefined();
    expect(setLabels('1k', 'keras')[2]).toBe('great_white_shark');
  });
});
