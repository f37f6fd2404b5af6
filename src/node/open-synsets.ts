import { SynsetQueries } from '../core/queries.js';
import { useBuiltInLabelSets } from './label-spaces.js';
import { loadIndex } from './load-bundle.js';

let shared: SynsetQueries | undefined;

/**
 * Queries over the WordNet 3.0 nouns with every built-in label set (`1k`, `21k`, `imagenet-r`…,
 * each list read when first used). The index is built once per process and shared; `fresh`
 * builds another (its own custom lists, its own caches).
 */
export function openSynsets(options: { fresh?: boolean } = {}): SynsetQueries {
  if (!options.fresh && shared) return shared;
  const queries = new SynsetQueries(loadIndex(options));
  useBuiltInLabelSets(queries);
  if (!options.fresh) shared = queries;
  return queries;
}
