import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SynsetQueries } from '../core/queries.js';
import type { SynsetIndex } from '../core/synset-index.js';
import { WordNetVersionSource } from '../core/versioned-ids.js';
import { WordNetVersions } from '../core/wordnet-versions.js';
import { findProjectRoot } from './project-root.js';

/** The version map's file: each 3.0 noun's ILI and WordNet 3.1 offset, from CILI (data/wordnet-versions/README.md). */
export function wordNetVersionsFile(): string {
  return join(findProjectRoot(), 'data/wordnet-versions/wn30-wn31.tsv');
}

/** The version map read from its file (24 KB: a few milliseconds). */
export function readWordNetVersions(index: SynsetIndex, file = wordNetVersionsFile()): WordNetVersions {
  return WordNetVersions.parse(readFileSync(file, 'utf8'), index);
}

/** Gives queries the version map, read from its file the first time an id or a field needs it. */
export function useWordNetVersionFile(queries: SynsetQueries, file = wordNetVersionsFile()): void {
  queries.useWordNetVersions(new WordNetVersionSource({ read: () => readWordNetVersions(queries.index, file) }));
}
