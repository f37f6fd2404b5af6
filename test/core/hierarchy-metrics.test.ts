import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  distanceRecord,
  lcaDepth,
  lcaOfSet,
  lchSimilarity,
  metricRows,
  pathLength,
  pathSimilarity,
  setHeight,
  severity,
  taxonomyDepth,
  wupSimilarity,
  type MatrixMetric,
} from '../../src/core/hierarchy-metrics.js';
import { SynsetIdError } from '../../src/core/errors.js';
import { findProjectRoot } from '../../src/node/project-root.js';
import { queries, wnidList } from './real-data.js';

type FixturePair = [string, string, number, number, number, number, string[], number];
type FixtureTriple = [string[], string[], number];

/** NLTK's answers, written by data/nltk/make-metric-fixtures.py. */
const fixture = JSON.parse(readFileSync(join(findProjectRoot(), 'test/fixtures/nltk-metrics.json'), 'utf8')) as {
  pairs: FixturePair[];
  triples: FixtureTriple[];
};

const index = queries.index;
const number = (wnid: string): number => {
  const i = index.numberOfWnid(wnid);
  if (i < 0) throw new Error(`fixture wnid ${wnid} is not in the index`);
  return i;
};
const classes1k = wnidList('ilsvrc2012.txt').map(number);
const height1k = setHeight(index, classes1k);

describe('pair metrics against NLTK', () => {
  it('covers at least 1,000 pairs, some identical, some with tied lowest common hypernyms', () => {
    expect(fixture.pairs.length).toBeGreaterThanOrEqual(1000);
    expect(fixture.pairs.filter(([a, b]) => a === b).length).toBeGreaterThan(0);
    expect(fixture.pairs.filter((pair) => pair[6].length > 1).length).toBeGreaterThan(0);
  });

  it('agrees on shortest_path_distance and path, wup and lch similarity', () => {
    const disagreements: string[] = [];
    const close = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9;
    for (const [a, b, distance, path, wup, lch] of fixture.pairs) {
      const [i, j] = [number(a), number(b)];
      const ours = [pathLength(index, i, j), pathSimilarity(index, i, j), wupSimilarity(index, i, j), lchSimilarity(index, i, j)];
      if (ours[0] !== distance || !close(ours[1]!, path) || !close(ours[2]!, wup) || !close(ours[3]!, lch)) {
        disagreements.push(`${a} ${b}: ours ${ours.join(' ')}, NLTK ${[distance, path, wup, lch].join(' ')}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('agrees on lowest_common_hypernyms and their max depth, for lcaOfSet of two and the distance record', () => {
    const disagreements: string[] = [];
    for (const [a, b, , , , , lca, depth] of fixture.pairs) {
      const [i, j] = [number(a), number(b)];
      const ofSet = lcaOfSet(index, [i, j]).map((c) => index.wnidOf(c));
      const record = distanceRecord(index, i, j, height1k);
      if (ofSet.join() !== lca.join() || record.lca.join() !== lca.join() || lcaDepth(index, i, j) !== depth || record.lcaDepth !== depth) {
        disagreements.push(
          `${a} ${b}: ours ${ofSet.join()} / ${record.lca.join()} at ${lcaDepth(index, i, j)}, NLTK ${lca.join()} at ${depth}`,
        );
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('lcaOfSet of two is the index’s lowestCommonHypernyms', () => {
    for (const [a, b] of fixture.pairs.slice(0, 300)) {
      const [i, j] = [number(a), number(b)];
      expect(lcaOfSet(index, [i, j])).toEqual(index.lowestCommonHypernyms(i, j));
    }
  });
});

describe('lcaOfSet against NLTK’s rule on triples', () => {
  it('covers at least 200 triples, some with tied lowest common hypernyms', () => {
    expect(fixture.triples.length).toBeGreaterThanOrEqual(200);
    expect(fixture.triples.filter((triple) => triple[1].length > 1).length).toBeGreaterThan(0);
  });

  it('agrees on every triple', () => {
    const disagreements: string[] = [];
    for (const [synsets, lca, depth] of fixture.triples) {
      const ours = lcaOfSet(index, synsets.map(number));
      const wnids = ours.map((c) => index.wnidOf(c));
      if (wnids.join() !== lca.join() || index.maxDepth(ours[0]!) !== depth) {
        disagreements.push(`${synsets.join()}: ours ${wnids.join()}, NLTK ${lca.join()} at ${depth}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('of one synset is the synset itself', () => {
    const dog = number('n02084071');
    expect(lcaOfSet(index, [dog])).toEqual([dog]);
  });
});

describe('severity', () => {
  const [tench, goldfish] = [number('n01440764'), number('n01443537')];

  it('is 0 for a class and itself, though their common hypernym is the class at full depth', () => {
    expect(severity(index, tench, tench, height1k)).toBe(0);
    expect(distanceRecord(index, goldfish, goldfish, height1k).severity).toBe(0);
  });

  it('is the height less the max depth of the lowest common hypernym', () => {
    expect(severity(index, tench, goldfish, height1k)).toBe(height1k - lcaDepth(index, tench, goldfish));
    expect(severity(index, tench, goldfish, height1k)).toBeGreaterThan(0);
  });

  it('takes the largest max depth among a set’s classes as its height', () => {
    const depths = classes1k.map((c) => index.maxDepth(c));
    expect(height1k).toBe(Math.max(...depths));
    expect(setHeight(index, [tench, goldfish])).toBe(Math.max(index.maxDepth(tench), index.maxDepth(goldfish)));
  });

  it('refuses a height below the lowest common hypernym', () => {
    expect(() => severity(index, tench, goldfish, 2)).toThrow(RangeError);
  });
});

describe('distanceRecord', () => {
  it('has exactly the CLI’s keys, wnids for ids, and the pairwise figures', () => {
    const [a, b] = [number('n02084071'), number('n02121808')];
    const record = distanceRecord(index, a, b, height1k);
    expect(Object.keys(record)).toEqual([
      'a',
      'b',
      'lca',
      'lcaDepth',
      'pathLength',
      'pathSimilarity',
      'wupSimilarity',
      'lchSimilarity',
      'severity',
    ]);
    expect(record).toMatchObject({ a: 'n02084071', b: 'n02121808', lca: ['n02075296'] });
    expect(record.pathLength).toBe(pathLength(index, a, b));
    expect(record.pathSimilarity).toBe(pathSimilarity(index, a, b));
    expect(record.wupSimilarity).toBe(wupSimilarity(index, a, b));
    expect(record.lchSimilarity).toBe(lchSimilarity(index, a, b));
    expect(record.severity).toBe(severity(index, a, b, height1k));
  });
});

describe('metricRows', () => {
  const sample = classes1k.slice(0, 60);
  const pairwise: Record<MatrixMetric, (a: number, b: number) => number> = {
    severity: (a, b) => severity(index, a, b, setHeight(index, sample)),
    path: (a, b) => pathLength(index, a, b),
    wup: (a, b) => wupSimilarity(index, a, b),
    lch: (a, b) => lchSimilarity(index, a, b),
  };

  for (const metric of ['severity', 'path', 'wup', 'lch'] as const) {
    it(`gives ${metric} for every pair of 60 classes, one typed row per class`, () => {
      const rows = [...metricRows(index, sample, metric)];
      expect(rows).toHaveLength(sample.length);
      const disagreements: string[] = [];
      rows.forEach((row, i) => {
        expect(row).toBeInstanceOf(metric === 'severity' || metric === 'path' ? Uint8Array : Float32Array);
        expect(row).toHaveLength(sample.length);
        row.forEach((value, j) => {
          const expected = Math.fround(pairwise[metric](sample[i]!, sample[j]!));
          if (value !== expected) disagreements.push(`${i},${j}: ${value} not ${expected}`);
        });
      });
      expect(disagreements).toEqual([]);
    });
  }

  it('agrees with NLTK on every fixture pair, as rows over the set of all their synsets', () => {
    const set = [...new Set(fixture.pairs.flatMap(([a, b]) => [number(a), number(b)]))];
    const at = new Map(set.map((s, k) => [s, k]));
    const height = setHeight(index, set);
    const cells = fixture.pairs.map(([a, b]) => [at.get(number(a))!, at.get(number(b))!] as const);
    const wanted = new Map<number, number[]>();
    cells.forEach(([i], k) => wanted.set(i, [...(wanted.get(i) ?? []), k]));
    const disagreements: string[] = [];
    for (const metric of ['severity', 'path', 'wup', 'lch'] as const) {
      let i = 0;
      for (const row of metricRows(index, set, metric)) {
        for (const k of wanted.get(i) ?? []) {
          const [a, b, distance, , wup, lch, , depth] = fixture.pairs[k]!;
          const nltk = { severity: a === b ? 0 : height - depth, path: distance, wup: Math.fround(wup), lch: Math.fround(lch) }[metric];
          if (row[cells[k]![1]] !== nltk) disagreements.push(`${metric} ${a} ${b}: ${row[cells[k]![1]]} not ${nltk}`);
        }
        i++;
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('takes a given height for severity, and refuses one below the set’s', () => {
    const [row] = metricRows(index, sample, 'severity', { height: 30 });
    expect(row![1]).toBe(30 - lcaDepth(index, sample[0]!, sample[1]!));
    expect(() => [...metricRows(index, sample, 'severity', { height: setHeight(index, sample) - 1 })]).toThrow(RangeError);
  });

  it('gives the lch of the whole noun taxonomy’s depth on the diagonal', () => {
    const [row] = metricRows(index, sample, 'lch');
    expect(row![0]).toBe(Math.fround(-Math.log(1 / (2 * taxonomyDepth(index)))));
    expect(taxonomyDepth(index)).toBe(19);
  });
});

describe('bad input', () => {
  const dog = number('n02084071');

  it('throws SynsetIdError for a number that is no synset', () => {
    for (const bad of [-1, index.size, 1.5, Number.NaN]) {
      expect(() => pathLength(index, dog, bad)).toThrow(SynsetIdError);
      expect(() => wupSimilarity(index, bad, dog)).toThrow(SynsetIdError);
      expect(() => distanceRecord(index, dog, bad, 19)).toThrow(SynsetIdError);
      expect(() => lcaOfSet(index, [dog, bad])).toThrow(SynsetIdError);
      expect(() => metricRows(index, [dog, bad], 'severity').next()).toThrow(SynsetIdError);
    }
    expect(() => pathLength(index, index.size, index.size)).toThrow(/no synset number/);
  });

  it('throws for an empty set and an unknown metric', () => {
    expect(() => lcaOfSet(index, [])).toThrow(/at least one/);
    expect(() => setHeight(index, [])).toThrow(/at least one/);
    expect(() => metricRows(index, [], 'path').next()).toThrow(/at least one/);
    expect(() => metricRows(index, [dog], 'cosine' as MatrixMetric).next()).toThrow(/no metric 'cosine'/);
  });
});
