import { describe, expect, it } from 'vitest';
import { decodeNameShard, decodeStructure, joinParts, splitBundle } from '../../src/core/data-parts.js';
import { SynsetIndex } from '../../src/core/synset-index.js';
import { treeTablesFit, treeTablesOf, type TreeTables } from '../../src/core/tree-tables.js';
import { loadBundle } from '../../src/node/load-bundle.js';
import { GLOSS_SHARDS, NAME_SHARDS } from '../../data/write-parts.js';

const bundle = loadBundle();
const split = splitBundle(bundle, NAME_SHARDS, GLOSS_SHARDS);
const n = bundle.offsets.length;
const counts = split.names.map((shard, k) => (split.names[k + 1]?.start ?? n) - shard.start);
const noGlosses = { glossLine: () => undefined, glossText: () => '' };

/** The bundle as the worker joins it from its parts, with `kept` tables. */
function joined(kept?: unknown) {
  const names = split.names.map((shard, k) => decodeNameShard(shard.bytes, counts[k]!));
  return joinParts(decodeStructure(split.structure, n), names, noGlosses, kept);
}

const found = treeTablesOf(new SynsetIndex(bundle));

describe('tree tables', () => {
  it('are what the index finds: its lemma boundaries and child lists, which fit the bundle', () => {
    const index = new SynsetIndex(bundle);
    const tables = treeTablesOf(index);
    expect(tables.lemmaStart).toBe(index.lemmaStart);
    expect(tables.childList).toBe(index.childList);
    expect(tables.childStart).toHaveLength(n + 1);
    expect(treeTablesFit(tables, bundle)).toBe(true);
  });

  it('kept from a visit before, are used by the index joined from the parts, which answers as before', () => {
    const copy: TreeTables = {
      lemmaStart: found.lemmaStart.slice(),
      lemmaCharStart: found.lemmaCharStart.slice(),
      childStart: found.childStart.slice(),
      childList: found.childList.slice(),
    };
    const index = new SynsetIndex(joined(copy));
    expect(index.childStart).toBe(copy.childStart);
    expect(index.lemmaStart).toBe(copy.lemmaStart);
    const dog = index.numberOfWnid('n02084071');
    const fresh = new SynsetIndex(joined());
    expect(index.details(dog).lemmas).toEqual(fresh.details(dog).lemmas);
    expect(index.childrenOf(dog)).toEqual(fresh.childrenOf(dog));
    expect(fresh.childStart).not.toBe(copy.childStart);
  });

  it('that do not fit the bundle are not used: another type, another size, other ends, or no tables at all', () => {
    const misfits: unknown[] = [
      undefined,
      null,
      'tables',
      { ...found, childList: undefined },
      { ...found, lemmaStart: Int32Array.from(found.lemmaStart) },
      { ...found, childStart: found.childStart.subarray(1) },
      { ...found, childList: found.childList.subarray(1) },
      { ...found, lemmaCharStart: Uint32Array.from(found.lemmaCharStart, (start, l) => (l === 0 ? start : start + 1)) },
    ];
    for (const [k, misfit] of misfits.entries()) {
      expect(treeTablesFit(misfit, bundle), `misfit ${k}`).toBe(false);
      expect(joined(misfit).childLists, `misfit ${k}`).toBeUndefined();
    }
  });
});
