import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzip } from './gunzip.js';
import type { SynsetBundle } from '../core/bundle-format.js';
import {
  decodeGlossShard,
  decodeNameShard,
  decodeStructure,
  joinParts,
  shardOfNumber,
  shardSize,
  type PartEntry,
  type PartsManifest,
} from '../core/data-parts.js';

/**
 * The bundle rebuilt from the browser's parts (`parts.json` and its gzipped files), as the
 * published package has them: it ships the data once, in parts, and no `synsets.bin`. The
 * structure and the names are read at once; a gloss shard when a gloss in it is first asked for
 * (a label set's names never need one).
 */
export function readPartsBundle(manifestPath: string): SynsetBundle {
  const folder = join(manifestPath, '..');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PartsManifest;
  const read = (part: PartEntry): Uint8Array => gunzip(readFileSync(join(folder, part.file)));
  const structure = decodeStructure(read(manifest.structure), manifest.nouns);
  const names = manifest.names.map((part, k) => decodeNameShard(read(part), shardSize(manifest.names, k, manifest.nouns)));
  const glossShards: (string[] | undefined)[] = [];
  const glossesOf = (k: number): string[] =>
    (glossShards[k] ??= decodeGlossShard(read(manifest.glosses[k]!), shardSize(manifest.glosses, k, manifest.nouns)));
  return joinParts(structure, names, {
    glossLine: (i) => {
      const k = shardOfNumber(manifest.glosses, i);
      return glossesOf(k)[i - manifest.glosses[k]!.start];
    },
    glossText: () => manifest.glosses.map((_, k) => glossesOf(k).join('\n')).join('\n') + '\n',
  });
}
