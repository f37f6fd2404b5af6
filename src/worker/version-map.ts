/**
 * The WordNet version map in the worker: a part of its own (8 KB gzipped) that no page loads
 * until an id needs it (`i46360`, `wn31:…`, `oewn-…`, the hint for a WordNet 3.1 wnid) or a card
 * shows a synset's ids. The queries throw `VersionDataNeeded` for such an id; this fetches the
 * map and answers the query again, so no query has to know in advance which ids it will meet.
 */
import { VersionDataNeeded } from '../core/versioned-ids.js';
import type { ProgressiveIndex } from './progressive-index.js';

/** Runs a query; when an id in it needs the version map, fetches the map and runs the query again. */
export async function answerWithVersionMap<R>(index: () => Promise<ProgressiveIndex>, run: () => Promise<R>): Promise<R> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof VersionDataNeeded)) throw error;
  }
  const progressive = await index();
  const failed = await progressive.loadWordNetVersions();
  try {
    // Answered now without the map (its ids refused, saying why), the query is not refused as a whole.
    return await run();
  } finally {
    if (failed) progressive.clearVersionFailure();
  }
}
