/**
 * Names for a set's classes that no two share: "crane (wading bird)" and "crane (lifting
 * device)". The rule is below.
 */
import { ancestorSet } from './hierarchy/ancestors.js';
import { hypernymDistances } from './hierarchy/hypernym-distances.js';
import type { SynsetIndex } from './synset-index.js';

/**
 * Names for a list of classes that no two share: each class's first lemma, and where two or
 * more share it (case-insensitively, as "Cardigan" the corgi and "cardigan" the sweater do) a
 * qualifier in brackets from the nearest hypernym that tells them apart: "crane (wading bird)",
 * "crane (lifting device)". A name already unique is kept as WordNet writes it.
 *
 * The rule, so it is the same on every run: a class's candidates are the first lemmas of its
 * hypernyms that are not hypernyms of every other class of the clash, nearest first (breadth
 * first, parents in WordNet's order), then its own other lemmas (two species both called "red
 * fox" differ only there: "red fox (Vulpes vulpes)"); none may repeat the clashing name. In round
 * r every class still clashing takes its r-th candidate; names that are now unique (in the group
 * and against every other name of the list) are kept, the rest go on to the next round. A class
 * out of candidates is named by its wnid, which no other class has.
 */
export function uniqueLabels(index: SynsetIndex, classes: ArrayLike<number>): string[] {
  const labels = Array.from(classes, (i) => (i < 0 ? '' : index.labelOf(i)));
  const byKey = new Map<string, number[]>();
  labels.forEach((label, k) => {
    if (classes[k]! < 0) return;
    const key = label.toLowerCase();
    const group = byKey.get(key);
    if (group) group.push(k);
    else byKey.set(key, [k]);
  });
  const taken = new Set(byKey.keys());
  for (const [key, group] of byKey) {
    const distinct = new Set(group.map((k) => classes[k]!));
    if (distinct.size < 2) continue;
    qualify(index, classes, labels, group, key, taken);
  }
  return labels;
}

function qualify(index: SynsetIndex, classes: ArrayLike<number>, labels: string[], group: number[], key: string, taken: Set<string>): void {
  const ancestry = new Map<number, Set<number>>(group.map((k) => [k, ancestorSet(index, classes[k]!, index.marks[0])]));
  const candidates = new Map<number, string[]>();
  for (const k of group) {
    const others = group.filter((other) => classes[other] !== classes[k]).map((other) => ancestry.get(other)!);
    const shared = (p: number) => others.every((ancestors) => ancestors.has(p));
    candidates.set(k, [...hypernymLabels(index, classes[k]!, key, shared), ...otherLemmas(index, classes[k]!, key)]);
  }
  let open = group;
  for (let round = 0; open.length > 0; round++) {
    const proposed = new Map<number, string>();
    for (const k of open) {
      const qualifier = candidates.get(k)![round];
      proposed.set(k, qualifier === undefined ? `${labels[k]} (${index.wnidOf(classes[k]!)})` : `${labels[k]} (${qualifier})`);
    }
    const uses = new Map<string, Set<number>>();
    for (const [k, name] of proposed) {
      const lower = name.toLowerCase();
      const synsets = uses.get(lower) ?? new Set<number>();
      synsets.add(classes[k]!);
      uses.set(lower, synsets);
    }
    const still: number[] = [];
    for (const [k, name] of proposed) {
      const lower = name.toLowerCase();
      // The same synset listed twice may share its name; two synsets may not.
      if (uses.get(lower)!.size === 1 && !taken.has(lower)) labels[k] = name;
      else still.push(k);
    }
    for (const k of open) if (!still.includes(k)) taken.add(labels[k]!.toLowerCase());
    open = still;
  }
}

/** First lemmas of a synset's hypernyms, nearest first, each once, none equal to its own name or shared. */
function hypernymLabels(index: SynsetIndex, synset: number, ownKey: string, shared: (p: number) => boolean): string[] {
  const found: string[] = [];
  const keys = new Set([ownKey]);
  // Nearest first: the order a breadth-first walk reaches them.
  for (const p of hypernymDistances(index, synset).keys()) {
    if (p === synset) continue;
    const label = index.labelOf(p);
    if (shared(p) || keys.has(label.toLowerCase())) continue;
    keys.add(label.toLowerCase());
    found.push(label);
  }
  return found;
}

/** A synset's lemmas after the first, with spaces, other than the clashing name. */
function otherLemmas(index: SynsetIndex, synset: number, ownKey: string): string[] {
  return index
    .lemmasOf(synset)
    .slice(1)
    .map((lemma) => lemma.replace(/_/g, ' '))
    .filter((lemma) => lemma.toLowerCase() !== ownKey);
}
