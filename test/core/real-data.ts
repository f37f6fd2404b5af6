import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SynsetQueries } from '../../src/core/queries.js';
import { loadIndex } from '../../src/node/load-bundle.js';
import { findProjectRoot } from '../../src/node/project-root.js';

/** The queries over the generated bundle, shared by the tests of one file. */
export const queries = new SynsetQueries(loadIndex());

/** A committed identifier list, one wnid per line. */
export function wnidList(file: 'fall11.txt' | 'ilsvrc2012.txt'): string[] {
  return readFileSync(join(findProjectRoot(), 'data/imagenet', file), 'utf8')
    .split('\n')
    .filter(Boolean);
}
