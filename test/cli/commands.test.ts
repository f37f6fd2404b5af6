/**
 * What each command answers, as text and as JSON Lines: run through \`main()\` in this process
 * (the data loaded once); \`executable.test.ts\` runs the real executable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SynsetQueries } from '../../src/core/queries.js';
import { readKnownIssues } from '../../src/node/evaluation-data.js';
import { loadIndex } from '../../src/node/load-bundle.js';
import { useWordNetVersionFile } from '../../src/node/wordnet-versions.js';
import { jsonLines, lines, ROOT, STACK_FRAME } from './run-cli.js';
import { runMain } from './run-main.js';

const LOOKUP_KEYS = [
  'input',
  'wnid',
  'name',
  'lemmas',
  'gloss',
  'examples',
  'parents',
  'children',
  'minDepth',
  'maxDepth',
  'in21k',
  'in1k',
  'index1k',
  'ili',
  'wn31',
  'oewn',
  'wn31Note',
  'descendants',
  'desc21k',
  'desc1k',
  'descImageNet',
  'knownIssues',
];

let queries: SynsetQueries;
beforeAll(() => {
  queries = new SynsetQueries(loadIndex());
  useWordNetVersionFile(queries);
});

async function only(args: string[]): Promise<Record<string, unknown>> {
  const run = await runMain(args);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const records = jsonLines(run.stdout);
  expect(records).toHaveLength(1);
  return records[0]!;
}

describe('synset stats', () => {
  it('counts nouns, ImageNet-21k synsets and ILSVRC-2012 classes', async () => {
    expect(await only(['stats', '--json'])).toStrictEqual({ nouns: 82115, in21k: 21841, in1k: 1000 });
  });

  it('prints the same counts as text', async () => {
    const run = await runMain(['stats']);
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toHaveLength(3);
    expect(run.stdout).toMatch(/82115/);
    expect(run.stdout).toMatch(/21841/);
    expect(run.stdout).toMatch(/1000/);
  });
});

describe('synset lookup', () => {
  it('gives exactly the documented keys, in order, for tench', async () => {
    const tench = await only(['lookup', 'n01440764', '--json']);
    expect(Object.keys(tench)).toStrictEqual(LOOKUP_KEYS);
    expect(tench.name).toBe('tench.n.01');
    expect(tench.index1k).toBe(0);
    expect(tench.in1k).toBe(true);
    expect(tench.knownIssues).toStrictEqual(readKnownIssues()[0]);
    expect((await only(['lookup', 'dog.n.01', '--json'])).knownIssues).toBeNull();
  });

  it('reads a class index: 999 is toilet tissue', async () => {
    const tissue = await only(['lookup', '999', '--json']);
    expect(tissue.wnid).toBe('n15075141');
    expect(tissue.lemmas).toContain('toilet_tissue');
    expect(tissue.index1k).toBe(999);
  });

  it('resolves every id form of dog to the same synset and its documented counts', async () => {
    const run = await runMain(['lookup', '--json', 'dog.n.01', 'n02084071', '02084071-n']);
    expect(run.status).toBe(0);
    const dogs = jsonLines(run.stdout);
    expect(dogs).toHaveLength(3);
    for (const dog of dogs) {
      expect(dog).toMatchObject({
        wnid: 'n02084071',
        name: 'dog.n.01',
        minDepth: 8,
        maxDepth: 13,
        descendants: 189,
        desc1k: 118,
        index1k: null,
      });
    }
  });

  it('answers arguments in the order given', async () => {
    const wnids = readFileSync(join(ROOT, 'data/imagenet/ilsvrc2012.txt'), 'utf8').split('\n').slice(0, 50).reverse();
    const run = await runMain(['lookup', '--json', ...wnids]);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout).map((record) => record.wnid)).toStrictEqual(wnids);
  });

  it('prints what the core knows, without lexname, and the known label issues of a 1k class', async () => {
    const wnids = readFileSync(join(ROOT, 'data/imagenet/fall11.txt'), 'utf8')
      .split('\n')
      .filter((_, k) => k % 1000 === 0);
    const run = await runMain(['lookup', '--json', ...wnids]);
    const records = jsonLines(run.stdout);
    expect(records).toHaveLength(wnids.length);
    records.forEach((record, k) => {
      const { lexname, ...expected } = queries.lookup(wnids[k]!);
      const { ili, wn31, oewn, note } = queries.versionIds(wnids[k]!);
      expect(lexname).toMatch(/^noun\./);
      const { knownIssues, ...rest } = record;
      expect(rest).toStrictEqual({ input: wnids[k], ...expected, ili, wn31, oewn, wn31Note: note });
      expect(knownIssues).toStrictEqual(expected.index1k === null ? null : readKnownIssues()[expected.index1k]);
    });
  });

  it('prints one aligned text line per synset, with its 1k class', async () => {
    const run = await runMain(['lookup', 'n01440764', '999']);
    const [tench, tissue] = lines(run.stdout);
    expect(tench).toMatch(/^n01440764 +\[1k #0\] +tench\.n\.01 +tench, Tinca tinca — freshwater/);
    expect(tissue).toMatch(/^n15075141 +\[1k #999\] +toilet_tissue\.n\.01 +toilet tissue/);
    expect(tench!.indexOf('tench.n.01')).toBe(tissue!.indexOf('toilet_tissue.n.01'));
  });
});

describe('a word given for an id', () => {
  it("lists the word's senses on its one line of standard error, bird.n.01 first, each with a definition", async () => {
    const run = await runMain(['descendants', 'bird']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^synset: "bird": 'bird' is a word, not a synset id: it has 5 noun senses; name one: bird\.n\.01 \(n01503061\) warm-blooded /,
    );
    expect(run.stderr.indexOf('bird.n.02 (n07644382) the flesh of a bird')).toBeGreaterThan(run.stderr.indexOf('bird.n.01'));
  });
});

describe('synset ancestors', () => {
  it('gives both of dog’s hypernym paths, root first', async () => {
    const dog = await only(['ancestors', 'dog.n.01', '--json']);
    expect(Object.keys(dog)).toStrictEqual(['input', 'wnid', 'paths']);
    expect(dog.input).toBe('dog.n.01');
    expect(dog.wnid).toBe('n02084071');
    const paths = dog.paths as string[][];
    expect(paths).toHaveLength(2);
    for (const path of paths) {
      expect(path[0]).toBe('n00001740');
      expect(path.at(-1)).toBe('n02084071');
    }
    expect(paths).toStrictEqual(queries.ancestors('n02084071'));
  });

  it('prints one path a line, lemmas with their wnids', async () => {
    const run = await runMain(['ancestors', 'n02084071']);
    const paths = lines(run.stdout);
    expect(paths).toHaveLength(2);
    for (const path of paths) {
      expect(path).toMatch(/^entity \(n00001740\) > .* > dog \(n02084071\)$/);
    }
  });
});

describe('synset lca', () => {
  it('finds vertebrate above tench and dog', async () => {
    expect(await only(['lca', 'n01440764,n02084071', '--json'])).toStrictEqual({
      input: 'n01440764,n02084071',
      a: 'n01440764',
      b: 'n02084071',
      lca: ['n01471682'],
    });
  });

  it('takes two separate arguments as one pair, and reports resolved wnids', async () => {
    expect(await only(['lca', 'dog.n.01', '0', '--json'])).toStrictEqual({
      input: 'dog.n.01,0',
      a: 'n02084071',
      b: 'n01440764',
      lca: ['n01471682'],
    });
  });

  it('answers several pairs in order', async () => {
    const run = await runMain(['lca', '--json', 'n01440764,n02084071', 'dog.n.01,dog.n.01']);
    const records = jsonLines(run.stdout);
    expect(records.map((record) => record.lca)).toStrictEqual([['n01471682'], ['n02084071']]);
  });
});

describe('synset descendants', () => {
  it('lists dog’s 118 ILSVRC-2012 classes', async () => {
    const dog = await only(['descendants', 'dog.n.01', '--in', '1k', '--json']);
    expect(Object.keys(dog)).toStrictEqual(['input', 'wnid', 'in', 'set', 'descendants']);
    expect(dog.in).toBe('1k');
    expect(dog.set).toBe('1k');
    const wnids = dog.descendants as string[];
    expect(wnids).toHaveLength(118);
    expect(new Set(wnids).size).toBe(118);
    for (const wnid of wnids) expect(queries.lookup(wnid).in1k).toBe(true);
  });

  it('lists all 189 descendants by default, in wnid order', async () => {
    const dog = await only(['descendants', 'n02084071', '--json']);
    const wnids = dog.descendants as string[];
    expect(dog.in).toBe('all');
    expect(wnids).toHaveLength(189);
    expect([...wnids].sort()).toStrictEqual(wnids);
  });

  it('prints a count line, then one descendant a line', async () => {
    const run = await runMain(['descendants', 'dog.n.01', '--in=1k']);
    const [head, ...rest] = lines(run.stdout);
    expect(head).toMatch(/^n02084071 +dog: 118 descendants in 1k$/);
    expect(rest).toHaveLength(118);
    for (const line of rest) expect(line).toMatch(/^ {2}n\d{8} {2}\S/);
  });
});

describe('synset search', () => {
  it('finds tench first', async () => {
    const found = await only(['search', 'tench', '--json']);
    expect(Object.keys(found)).toStrictEqual(['input', 'query', 'results']);
    expect(found.query).toBe('tench');
    const results = found.results as Record<string, unknown>[];
    expect(results[0]).toStrictEqual({
      wnid: 'n01440764',
      lemma: 'tench',
      gloss: 'freshwater dace-like game fish of Europe and western Asia noted for ability to survive outside water',
      index1k: 0,
      via: null,
    });
    expect(results.length).toBeLessThanOrEqual(10);
    for (const result of results) expect(Object.keys(result)).toStrictEqual(['wnid', 'lemma', 'gloss', 'index1k', 'via']);
  });

  it('keeps to --limit and --in', async () => {
    const found = await only(['search', 'dog', '--limit', '3', '--in', '1k', '--json']);
    const results = found.results as { wnid: string }[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(3);
    for (const { wnid } of results) expect(queries.lookup(wnid).in1k).toBe(true);
  });

  it('answers a query with no matches with an empty list, not an error', async () => {
    const found = await only(['search', 'qqqqqqzzzzzz', '--json']);
    expect(found.results).toStrictEqual([]);
  });
});

describe('errors in arguments', () => {
  it('answers the good ids and names each bad one on stderr', async () => {
    const run = await runMain(['lookup', '--json', 'n01440764', 'n99999999', '1000', 'dog.n.01']);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout).map((record) => record.wnid)).toStrictEqual(['n01440764', 'n02084071']);
    const errors = lines(run.stderr);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^synset: "n99999999": /);
    expect(errors[1]).toMatch(/^synset: "1000": .*999/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('says which side of an lca pair is wrong', async () => {
    const run = await runMain(['lca', 'n01440764,n99999999', 'tench']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toStrictEqual([
      expect.stringMatching(/^synset: "n01440764,n99999999": second id: /),
      expect.stringMatching(/^synset: "tench": expected a pair/),
    ]);
  });
});
