import { SynsetQueries } from '../core/queries.js';
import { useBuiltInLabelSets } from './label-spaces.js';
import { loadIndex } from './load-bundle.js';
import { useWordNetVersionFile } from './wordnet-versions.js';

let shared: SynsetQueries | undefined;

/**
 * Queries over the WordNet 3.0 nouns with every built-in label set (`1k`, `21k`, `imagenet-r`…,
 * each list read when first used) and the ids of the other WordNets (`i46360`, `wn31:…`). The index is built once per process and shared; `fresh`
 * builds another (its own custom lists, its own caches).
 */
export function openSynsets(options: { fresh?: boolean } = {}): SynsetQueries {
  if (!options.fresh && shared) return shared;
  const queries = new SynsetQueries(loadIndex(options));
  useBuiltInLabelSets(queries);
  useWordNetVersionFile(queries);
  if (!options.fresh) shared = queries;
  return queries;
}
