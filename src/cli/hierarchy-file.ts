import { readFileSync, statSync } from 'node:fs';
import { ClassHierarchy, HierarchyError, type HierarchyProblem } from '../core/class-hierarchy.js';
import { errorMessage } from '../core/error-detail.js';
import type { SynsetQueries } from '../core/queries.js';
import { builtInHierarchyNames, readBuiltInHierarchy } from '../node/label-spaces.js';
import { escapeText, quoteInput } from './escape.js';
import { UsageError } from './usage-error.js';

/** A hierarchy file larger than this is none (MBM's imagenet_isa.txt is 27 KB, a 21k tree about 500 KB). */
const MAX_HIERARCHY_BYTES = 64 * 1024 * 1024;

/**
 * Reads `--hierarchy FILE|NAME`: a built-in label space's own hierarchy by the set's name
 * (`tencent-ml-images`), else a file. A file that cannot be read is a usage error; a bad tree
 * throws {@link HierarchyError}.
 */
export function readHierarchy(path: string, queries: SynsetQueries): ClassHierarchy {
  const builtIn = readBuiltInHierarchy(queries, path);
  if (builtIn) return builtIn;
  let text: string;
  try {
    if (statSync(path).size > MAX_HIERARCHY_BYTES) throw new Error(`larger than ${MAX_HIERARCHY_BYTES / 1024 / 1024} MB`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const names = builtInHierarchyNames(queries).join(', ');
    throw new UsageError(`--hierarchy: cannot read ${quoteInput(path)}: ${errorMessage(error)} (built-in hierarchies: ${names})`);
  }
  return ClassHierarchy.parse(text, (id) => queries.resolve(id), queries.index);
}

/** The lines that say what is wrong with a hierarchy file: one per problem, with its line number where it has one. */
export function hierarchyProblemLines(path: string, problems: readonly HierarchyProblem[]): string {
  return problems
    .map((p) =>
      p.line === null
        ? `synset: ${escapeText(path)}: ${escapeText(p.message)}\n`
        : `synset: ${escapeText(path)} line ${p.line}: ${p.text === '' ? '' : `${quoteInput(p.text)}: `}${escapeText(p.message)}\n`,
    )
    .join('');
}

export { HierarchyError };
