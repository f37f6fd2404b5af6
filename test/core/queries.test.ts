import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SynsetIdError } from '../../src/core/errors.js';
import { ROOT_WNID } from '../../src/core/wnid.js';
import { queries, wnidList } from './real-data.js';

const index = queries.index;
const DOG = 'n02084071';
const TENCH = 'n01440764';

describe('the data', () => {
  it('holds every WordNet 3.0 noun, fall11 and ILSVRC-2012', () => {
    expect(queries.stats()).toEqual({ nouns: 82_115, in21k: 21_841, in1k: 1000 });
  });

  it('numbers ILSVRC-2012 classes in sorted wnid order: 0 is tench, 999 toilet tissue', () => {
    const classes = wnidList('ilsvrc2012.txt');
    expect(classes).toEqual([...classes].sort());
    expect(queries.lookup('0')).toMatchObject({ wnid: TENCH, index1k: 0, in1k: true });
    expect(queries.lookup('999')).toMatchObject({ wnid: 'n15075141', name: 'toilet_tissue.n.01', index1k: 999 });
    classes.forEach((wnid, i) => expect(index.index1k[index.numberOfOffset(Number(wnid.slice(1)))]).toBe(i));
  });

  it('has teddy bear in ILSVRC-2012 but not in fall11', () => {
    expect(queries.lookup('n04399382')).toMatchObject({ in1k: true, in21k: false });
    expect(wnidList('fall11.txt')).not.toContain('n04399382');
  });

  it('agrees with mobilenet\'s class labels for 999 of 1000 classes (107 says "jelly fish")', () => {
    const require = createRequire(import.meta.url);
    const { IMAGENET_CLASSES } = require('@tensorflow-models/mobilenet/dist/imagenet_classes.js') as {
      IMAGENET_CLASSES: Record<number, string>;
    };
    const differing: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const label = queries
        .lookup(String(i))
        .lemmas.map((lemma) => lemma.replace(/_/g, ' '))
        .join(', ');
      if (label !== IMAGENET_CLASSES[i]) differing.push(i);
    }
    expect(differing).toEqual([107]);
    expect(queries.lookup('107').lemmas).toEqual(['jellyfish']);
  });

  it('has 453 ImageNet synsets with more than one parent', () => {
    const imagenet = new Set([...wnidList('fall11.txt'), ...wnidList('ilsvrc2012.txt')]);
    expect(imagenet.size).toBe(21_842);
    expect([...imagenet].filter((wnid) => queries.lookup(wnid).parents.length > 1)).toHaveLength(453);
  });
});

describe('lookup', () => {
  it('tells what dog.n.01 is, as NLTK does', () => {
    const dog = queries.lookup('dog.n.01');
    expect(dog).toMatchObject({
      wnid: DOG,
      name: 'dog.n.01',
      lemmas: ['dog', 'domestic_dog', 'Canis_familiaris'],
      examples: ['the dog barked all night'],
      minDepth: 8,
      maxDepth: 13,
      in21k: true,
      in1k: false,
      index1k: null,
      descendants: 189,
      desc1k: 118,
      lexname: 'noun.animal',
    });
    expect(dog.gloss).toMatch(/^a member of the genus Canis .* occurs in many breeds$/);
    expect(dog.parents).toEqual(['n02083346', 'n01317541']);
    expect(dog.children).toHaveLength(18);
  });

  it('gives each count one meaning: 21k is fall11, any ImageNet release is descImageNet, never the synset itself', () => {
    const entity = queries.lookup(ROOT_WNID);
    expect(entity.desc21k).toBe(queries.stats().in21k);
    expect(entity.desc21k).toBe(queries.descendants(ROOT_WNID, { in: '21k' }).length);
    expect(entity.descImageNet).toBe(entity.desc21k + 1);
    // Teddy bear is an ILSVRC-2012 class that fall11 lacks: in 1k, not in 21k.
    const teddy = queries.lookup('n04399382');
    expect(queries.descendants(teddy.parents[0]!, { in: '21k' })).not.toContain('n04399382');
    expect(queries.descendants(teddy.parents[0]!, { in: '1k' })).toContain('n04399382');
    for (const id of [DOG, 'n02099601', 'n04399382', 'n00021939']) {
      const synset = queries.lookup(id);
      expect(synset.desc21k).toBe(queries.descendants(id, { in: '21k' }).length);
      expect(synset.desc1k).toBe(queries.descendants(id, { in: '1k' }).length);
      expect(synset.descendants).toBe(queries.descendants(id).length);
      expect(queries.row(id, { in: '21k' }).desc21k).toBe(synset.desc21k);
    }
  });

  it('reads every id form', () => {
    for (const id of [DOG, 'N02084071', '02084071-n', 'dog.n.01', 'Dog.N.01', ' dog.n.1 ']) expect(queries.lookup(id).wnid).toBe(DOG);
    expect(queries.lookup('207').wnid).toBe('n02099601');
    expect(queries.lookup('dog.n.03').wnid).not.toBe(DOG);
    expect(queries.lookup('domestic_dog.n.01').wnid).toBe(DOG);
  });

  it('says why an id does not resolve', () => {
    const why = (id: string): string => {
      try {
        queries.lookup(id);
      } catch (error) {
        expect(error).toBeInstanceOf(SynsetIdError);
        return (error as Error).message;
      }
      throw new Error(`${id} resolved`);
    };
    expect(why('n99999999')).toMatch(/no WordNet 3.0 noun synset/);
    expect(why('1000')).toMatch(/no ILSVRC-2012 class 1000/);
    expect(why('dog.n.08')).toMatch(/has 7 noun senses, not 8/);
    expect(why('zzzz.n.01')).toMatch(/no noun lemma/);
    expect(why('v01234567')).toMatch(/only nouns/);
    expect(why('')).toMatch(/empty/);
    expect(why('x'.repeat(10_000))).toMatch(/too long/);
    expect(why('\u0000\u00ff\ufffd garbage')).toMatch(/not a synset id/);
  });

  it("answers a bare word with its noun senses in NLTK's order, each with its wnid and definition", () => {
    const fixture = createRequire(import.meta.url)('../fixtures/nltk-labels.json') as {
      senses: Record<string, [string, string, string][]>;
    };
    for (const [word, senses] of Object.entries(fixture.senses)) {
      let message = '';
      try {
        queries.lookup(word.replace(/_/g, ' '));
      } catch (error) {
        expect(error).toBeInstanceOf(SynsetIdError);
        message = (error as Error).message;
      }
      expect(message, word).toContain(
        `'${word}' is a word, not a synset id: it has ${senses.length === 1 ? 'one noun sense' : `${senses.length} noun senses`}`,
      );
      // The first senses are listed in order, each by the id that names it; a long list is counted.
      const listed = senses.slice(0, 8).map(([, wnid, definition], k) => {
        const id = `${word}.n.${String(k + 1).padStart(2, '0')}`;
        expect(queries.lookup(id).wnid).toBe(wnid);
        const at = message.indexOf(`${id} (${wnid}) ${definition.slice(0, 60)}`);
        expect(at, `${word}: ${id}`).toBeGreaterThan(0);
        return at;
      });
      expect(listed).toEqual([...listed].sort((a, b) => a - b));
      if (senses.length > 8) expect(message).toMatch(new RegExp(`… and ${senses.length - 8} more$`));
    }
    expect(fixture.senses.bird![0]![0]).toBe('bird.n.01');
  });

  it('names a synset by its first lemma in lower case', () => {
    expect(queries.lookup('n15075141').name).toBe('toilet_tissue.n.01');
    for (const wnid of wnidList('ilsvrc2012.txt').slice(0, 50)) expect(queries.lookup(queries.lookup(wnid).name).wnid).toBe(wnid);
  });

  it('names many ids at once, as a lookup would, each bad one with its own message', () => {
    const ids = ['207', 'dog.n.01', 'n99999999', TENCH, '02084071-n'];
    const names = queries.names(ids);
    expect(names.map((outcome) => outcome.id)).toEqual(ids);
    expect(names[0]).toEqual({ id: '207', synset: { wnid: 'n02099601', name: 'golden_retriever.n.01', label: 'golden retriever' } });
    expect(names[2]).toEqual({ id: 'n99999999', error: expect.stringMatching(/no WordNet 3.0 noun synset/) });
    const lookups = queries.lookupMany(ids);
    names.forEach((outcome, k) => {
      const lookup = lookups[k]!;
      if ('synset' in outcome && 'synset' in lookup) {
        expect(outcome.synset).toEqual({
          wnid: lookup.synset.wnid,
          name: lookup.synset.name,
          label: lookup.synset.lemmas[0]!.replace(/_/g, ' '),
        });
      } else {
        expect(outcome).toEqual(lookup);
      }
    });
    expect(() => queries.names('dog' as never)).toThrow(/a list of ids/);
  });
});

describe('ancestry', () => {
  it('lists every hypernym path from the root', () => {
    const paths = queries.ancestors(DOG);
    expect(paths).toHaveLength(2);
    for (const path of paths) {
      expect(path[0]).toBe(ROOT_WNID);
      expect(path.at(-1)).toBe(DOG);
    }
    expect(paths.map((path) => path.length - 1).sort((a, b) => a - b)).toEqual([8, 13]);
    expect(queries.ancestors(ROOT_WNID)).toEqual([[ROOT_WNID]]);
  });

  it('gives the first hypernym: where the first hypernym path climbs, none for the root', () => {
    expect(queries.firstParent(DOG)).toBe('n02083346');
    for (const wnid of [DOG, TENCH, 'n04399382', 'n09246464']) expect(queries.firstParent(wnid)).toBe(queries.ancestors(wnid)[0]!.at(-2));
    expect(queries.firstParent(ROOT_WNID)).toBeNull();
  });

  it('finds the lowest common hypernym with NLTK semantics', () => {
    expect(queries.lca(TENCH, DOG)).toEqual(['n01471682']);
    expect(queries.lca(DOG, DOG)).toEqual([DOG]);
    expect(queries.lca(DOG, 'n02085620')).toEqual([DOG]);
  });

  it('agrees with a brute-force lowest common hypernym on random pairs', () => {
    let seed = 11;
    const random = (): number => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    const ancestorsOf = (wnid: string): Set<string> => new Set(queries.ancestors(wnid).flat());
    for (let k = 0; k < 300; k++) {
      const a = index.wnidOf(Math.floor(random() * index.size));
      const b = index.wnidOf(Math.floor(random() * index.size));
      const fromA = ancestorsOf(a);
      const common = [...ancestorsOf(b)].filter((wnid) => fromA.has(wnid));
      const deepest = Math.max(...common.map((wnid) => queries.lookup(wnid).maxDepth));
      const expected = common.filter((wnid) => queries.lookup(wnid).maxDepth === deepest);
      expect(new Set(queries.lca(a, b))).toEqual(new Set(expected));
    }
  });

  it('knows what is a what', () => {
    expect(queries.isA('n02085620', DOG)).toBe(true);
    expect(queries.isA(DOG, 'n02085620')).toBe(false);
    expect(queries.isA(TENCH, ROOT_WNID)).toBe(true);
  });

  it('counts distinct descendants', () => {
    expect(queries.descendants(ROOT_WNID)).toHaveLength(82_114);
    const dog1k = queries.descendants(DOG, { in: '1k' });
    expect(dog1k).toHaveLength(118);
    expect(dog1k).toEqual([...dog1k].sort());
    expect(dog1k.every((wnid) => queries.lookup(wnid).in1k && queries.isA(wnid, DOG))).toBe(true);
    expect(queries.descendantOffsets(DOG, { in: '1k' })).toEqual(Uint32Array.from(dog1k, (wnid) => Number(wnid.slice(1))));
  });

  it('rejects an unknown membership', () => {
    // Other files sharing this worker's index may have registered more sets after these.
    expect(() => queries.descendants(DOG, { in: 'everything' as never })).toThrow("unknown label set 'everything' (known: all, 1k, 21k");
  });
});

describe('tree rows', () => {
  /** Nodes a tree shows under a filter: walk children from the root. */
  function visibleNodes(filter: '21k' | '1k'): number {
    const seen = new Set<string>([ROOT_WNID]);
    const stack = [ROOT_WNID];
    while (stack.length > 0) {
      for (const row of queries.children(stack.pop()!, { in: filter }).rows) {
        if (!seen.has(row.wnid)) {
          seen.add(row.wnid);
          stack.push(row.wnid);
        }
      }
    }
    return seen.size;
  }

  it('shows 23,546 synsets under the 21k filter and 1,860 under 1k', () => {
    expect(visibleNodes('21k')).toBe(23_546);
    expect(visibleNodes('1k')).toBe(1860);
  });

  it('pages children sorted by label', () => {
    const all = queries.children(DOG);
    const labels = all.rows.map((row) => row.lemma.toLowerCase());
    expect(labels).toEqual([...labels].sort());
    expect(queries.children(DOG, { offset: 5, limit: 3 })).toEqual({ total: all.total, rows: all.rows.slice(5, 8) });
  });

  it('flattens a subtree for drawing, each synset once', () => {
    const layout = queries.subtree(DOG, { in: '1k', depth: 20 });
    expect(new Set(layout.wnids).size).toBe(layout.wnids.length);
    expect(layout.member.reduce((sum, m) => sum + m, 0)).toBe(118);
    expect(layout.parent[0]).toBe(-1);
  });
});

describe('names without search tables', () => {
  it('finds the same senses by scanning the lemma text as the search tables do', () => {
    for (const lemma of ['dog', 'domestic_dog', 'mercury', 'hot_dog', 'toilet_tissue', 'a', 'zzz_none']) {
      expect(index.sensesByScan(lemma)).toEqual(queries.searcher.sensesOf(lemma));
    }
  });
});
