import type { ChildPage, SynsetRow } from '../../src/worker/api.js';

/**
 * A small DAG in the shape of WordNet: `dog` sits under both `canine` and `domestic animal`;
 * `pets` has 7 children to exercise paging. Children listed in label order, as the worker sorts them.
 */
export const fixtureChildren: Record<string, string[]> = {
  entity: ['animal', 'object'],
  animal: ['canine', 'domestic animal', 'pets'],
  canine: ['dog', 'wolf'],
  'domestic animal': ['dog'],
  dog: ['puppy'],
  pets: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'],
};

const parentCount = (lemma: string) => Object.values(fixtureChildren).filter((list) => list.includes(lemma)).length;

export function fixtureRow(lemma: string): SynsetRow {
  return {
    wnid: lemma,
    lemma,
    in21k: true,
    index1k: null,
    desc21k: 0,
    desc1k: 0,
    setIndex: null,
    count: 0,
    childCount: fixtureChildren[lemma]?.length ?? 0,
    parentCount: parentCount(lemma),
  };
}

/** A loader over the fixture that records its calls and can be told to fail. */
export function fixtureLoader() {
  const calls: string[] = [];
  const loader = {
    calls,
    fail: false,
    async loadPage(wnid: string, offset: number, limit: number): Promise<ChildPage> {
      calls.push(`${wnid}@${offset}`);
      await Promise.resolve();
      if (loader.fail) throw new Error('worker gone');
      const all = fixtureChildren[wnid] ?? [];
      return { total: all.length, rows: all.slice(offset, offset + limit).map(fixtureRow) };
    },
  };
  return loader;
}
