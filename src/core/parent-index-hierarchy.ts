/**
 * A label space's own hierarchy given as a parent index, as Tencent ML-Images gives its tree:
 * line k+1 is the class index of class k's parent, -1 for a root. Read into the same tree as a
 * `--hierarchy FILE` (`ClassHierarchy`), through its parser, so it meets the same checks: one
 * parent each, no cycle, one root.
 *
 * A forest (Tencent has four roots: thing, matter, object, atmospheric phenomenon) is joined
 * under its roots' lowest common hypernym in WordNet 3.0 (for Tencent, physical_entity.n.01), so
 * severity across two of its trees is the tree's height, as for any pair whose LCA is the root.
 */
import { ClassHierarchy, HierarchyError, type HierarchyProblem } from './class-hierarchy.js';
import { lcaOfSet } from './hierarchy-metrics.js';
import type { LabelSet } from './label-set.js';
import { SynsetIdError } from './errors.js';
import type { SynsetIndex } from './synset-index.js';

/** The tree of a set's classes from its parent index (`parentsText`); throws {@link HierarchyError} listing what is wrong. */
export function hierarchyOfParents(index: SynsetIndex, set: LabelSet, parentsText: string): ClassHierarchy {
  const lines = parentsText.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const problems: HierarchyProblem[] = [];
  if (lines.length !== set.size) {
    problems.push({ line: null, text: '', message: `${lines.length} parents for the ${set.size} classes of ${set.name}` });
  }
  const roots: number[] = [];
  // One line per class, k+1 for class k, so a problem's line is the parent file's; a root's is blank.
  const edges = lines.map((line, k) => {
    const parent = /^-?\d+$/.test(line.trim()) ? Number(line) : NaN;
    const child = set.synsetAt(k);
    if (!Number.isInteger(parent) || parent < -1 || parent >= set.size || child < 0) {
      problems.push({ line: k + 1, text: line, message: `expected the class index of class ${k}'s parent (0–${set.size - 1}) or -1` });
      return '';
    }
    if (parent === -1) {
      roots.push(child);
      return '';
    }
    return `${index.wnidOf(set.synsetAt(parent))} ${index.wnidOf(child)}`;
  });
  if (problems.length > 0) throw new HierarchyError(problems);
  if (roots.length > 1) {
    const [joint, ...more] = lcaOfSet(index, roots);
    if (joint === undefined || more.length > 0 || set.has(joint)) {
      throw new HierarchyError([
        { line: null, text: '', message: `its ${roots.length} roots have no one lowest common hypernym to join them under` },
      ]);
    }
    for (const root of roots) edges.push(`${index.wnidOf(joint)} ${index.wnidOf(root)}`);
  }
  return ClassHierarchy.parse(
    edges.join('\n'),
    (wnid) => {
      const i = index.numberOfWnid(wnid);
      if (i < 0) throw new SynsetIdError(`no WordNet 3.0 noun synset ${wnid}`);
      return i;
    },
    index,
  );
}
