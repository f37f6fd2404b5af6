import { readFileSync, statSync } from 'node:fs';
import { ALL } from '../core/label-space-name.js';
import type { SynsetQueries } from '../core/queries.js';
import { UsageError } from './usage-error.js';
import { escapeText, quoteInput } from './escape.js';
import { errorMessage } from '../core/error-detail.js';

/** A list file larger than this is no label list (the largest built-in one is 220 KB). */
const MAX_LIST_BYTES = 16 * 1024 * 1024;

/**
 * Reads the label spaces named on the command line (`--set`, `--in`, `--from`, `--to`): a
 * built-in set by name or alias, or else a list file, one id a line (see `parseLabelList`),
 * added to the queries under its path as given. Each bad line of a list is reported, and the
 * rest is used; a name that is neither is a usage error listing the known sets.
 */
export class LabelSpaceArgs {
  /** Bad lines reported across the lists read: they make the exit status 1. */
  problems = 0;

  constructor(
    private readonly queries: SynsetQueries,
    private readonly report: (line: string) => void,
  ) {}

  /** The name the queries know the space by; `all` only where `allowAll` (the `--in` options). */
  nameOf(option: string, value: string, allowAll = false): string {
    if (allowAll && value.toLowerCase() === ALL) return ALL;
    const known = this.queries.labelSpaces.nameOf(value);
    if (known !== undefined) return known;
    if (isFile(value)) return this.addFile(value);
    const sets = [...(allowAll ? [ALL] : []), ...this.queries.labelSpaces.builtInNames()].join(', ');
    throw new UsageError(`${option}: no label set or list file ${quoteInput(value)} (sets: ${sets})`);
  }

  private addFile(path: string): string {
    let text: string;
    try {
      if (statSync(path).size > MAX_LIST_BYTES) throw new Error(`larger than ${MAX_LIST_BYTES / 1024 / 1024} MB`);
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read the list ${quoteInput(path)}: ${errorMessage(error)}`);
    }
    const { problems } = this.queries.labelSpaces.addList(path, text, (id) => this.queries.resolve(id));
    for (const problem of problems) {
      this.report(`synset: ${escapeText(path)} line ${problem.line}: ${quoteInput(problem.text)}: ${escapeText(problem.message)}\n`);
    }
    this.problems += problems.length;
    return path;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
