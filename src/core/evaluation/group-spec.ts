/**
 * What `--group` (and the Node API's `group`) names: a published grouping of the 1k
 * (`restricted-imagenet`, `breeds-…`), a cut of the hierarchy (`depth-D`: the ancestors at max
 * depth D; `count-K`: K groups), or else a grouping file.
 */
import { isPublishedGrouping, type PublishedGroupingName } from '../groupings-published.js';

export type GroupSpec =
  | { by: 'published'; name: PublishedGroupingName }
  | { by: 'depth'; depth: number }
  | { by: 'count'; count: number }
  | { by: 'file'; path: string };

export function parseGroupSpec(text: string): GroupSpec {
  if (isPublishedGrouping(text)) return { by: 'published', name: text };
  const depth = /^depth-(\d{1,3})$/.exec(text);
  if (depth) return { by: 'depth', depth: Number(depth[1]) };
  const count = /^count-([1-9]\d{0,5})$/.exec(text);
  if (count) return { by: 'count', count: Number(count[1]) };
  return { by: 'file', path: text };
}
