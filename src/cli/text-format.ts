import { IN_21K } from '../core/bundle-format.js';
import type { DistanceRecord } from '../core/hierarchy-metrics.js';
import type { SynsetStats } from '../core/queries.js';
import type { SearchHit } from '../core/search.js';
import type { CliRecord } from './commands.js';
import { escapeText } from './escape.js';
import type { SpaceInUse } from './space-in-use.js';
import { targetId, type VersionTarget } from './version-target.js';
import { splitGloss } from '../core/wndb.js';

/**
 * What text output needs beyond a record: the space in use (its index tags and names), whether
 * `--names` was given (then lookups and searches show the label), and the terminal's width when
 * stdout is one (lines are cut to it; pipes and files get them whole).
 */
export interface TextContext {
  space: SpaceInUse;
  names: boolean;
  width: number | undefined;
  /** map --to wn31|ili|oewn: the ids map answers in, instead of a space's indices. */
  versionTarget?: VersionTarget | undefined;
}

/**
 * The record for a person at a terminal, as newline-terminated lines. Columns of varying width
 * come last on a line, or are padded to the widest value the space can have, so lines stay
 * aligned however long a name is.
 */
export function textLines(record: CliRecord, context: TextContext): string {
  const { space } = context;
  const index = space.index;
  const label = (i: number) => space.shownLabel(i);
  switch (record.command) {
    case 'lookup':
      return fit(lookupText(record.synset, context), context.width) + '\n';
    case 'ancestors':
      return record.paths.map((path) => path.map((i) => `${label(i)} (${index.wnidOf(i)})`).join(' > ') + '\n').join('');
    case 'descendants': {
      const scope = record.in === 'all' ? '' : ` in ${record.in}`;
      const count = record.descendants.length;
      const english = space.language ? space.language.fallbacks(record.descendants) : 0;
      const fallbackNote = english > 0 ? ` (${english} without a lemma in ${space.lang}: in English)` : '';
      const head = `${index.wnidOf(record.synset)}  ${label(record.synset)}: ${count} descendant${count === 1 ? '' : 's'}${scope}${fallbackNote}\n`;
      const width = `#${space.set.size - 1}`.length;
      const lines = Array.from(record.descendants, (i) => {
        const k = space.indexOf(i);
        const column = space.chosen ? `${(k === null ? '' : `#${k}`).padEnd(width)}  ` : '';
        return `  ${index.wnidOf(i)}  ${column}${space.labelOf(i)}\n`;
      });
      return head + lines.join('');
    }
    case 'lca': {
      const lca = record.lca.map((i) => `${index.wnidOf(i)} ${label(i)}`).join(', ');
      const { a, b } = record;
      return `${index.wnidOf(a)} ${label(a)}  +  ${index.wnidOf(b)} ${label(b)}  ->  ${lca}\n`;
    }
    case 'lcaOfSet': {
      const lca = record.lca.map((i) => `${index.wnidOf(i)} ${label(i)}`).join(', ');
      const what = record.synsets
        ? record.synsets.map((i) => `${index.wnidOf(i)} ${label(i)}`).join('  +  ')
        : `${record.set} (${record.size} classes)`;
      return `${what}  ->  ${lca}\n`;
    }
    case 'distance':
      return distanceText(record.distance, context);
    case 'treeDistance': {
      const d = record.distance;
      const name = (wnid: string) => `${wnid} ${index.labelOf(index.numberOfWnid(wnid))}`;
      return `${name(d.a)}  +  ${name(d.b)}:  lca ${name(d.lca[0]!)} (depth ${d.lcaDepth} in the hierarchy), path ${d.pathLength}, severity ${d.severity}\n`;
    }
    case 'search': {
      const head = `${escapeText(record.query)}:\n`;
      if (record.results.length === 0) return head + '  (no matches)\n';
      return head + record.results.map((hit) => fit(searchText(hit, context), context.width) + '\n').join('');
    }
    case 'map': {
      if (record.synset < 0) return `${escapeText(record.input)}  ->  (a line of ${record.from} that names no synset)\n`;
      if (context.versionTarget) {
        const { id, note } = targetId(space.versionIds(record.synset), context.versionTarget);
        const target = id ?? `no ${context.versionTarget} id (${note})`;
        return `${escapeText(record.input)}  ->  ${target}  ${index.wnidOf(record.synset)}  ${space.labelOf(record.synset)}\n`;
      }
      const k = space.indexOf(record.synset);
      const target = k === null ? `not in ${space.name}` : `${space.name}:${k}`;
      return `${escapeText(record.input)}  ->  ${target}  ${index.wnidOf(record.synset)}  ${space.labelOf(record.synset)}\n`;
    }
  }
}

/** One pair's figures on one line: the similarities to 4 places (--json has them whole). */
function distanceText(d: DistanceRecord, { space }: TextContext): string {
  const index = space.index;
  const name = (wnid: string) => `${wnid} ${space.shownLabel(index.numberOfWnid(wnid))}`;
  return (
    `${name(d.a)}  +  ${name(d.b)}:  lca ${d.lca.map(name).join(', ')} (depth ${d.lcaDepth}), ` +
    `path ${d.pathLength}, path-sim ${d.pathSimilarity.toFixed(4)}, wup ${d.wupSimilarity.toFixed(4)}, ` +
    `lch ${d.lchSimilarity.toFixed(4)}, severity ${d.severity} (in ${space.name})\n`
  );
}

export function statsText({ nouns, in21k, in1k }: SynsetStats): string {
  const rows: [string, number][] = [
    ['WordNet 3.0 noun synsets', nouns],
    ['ImageNet-21k (fall11) synsets', in21k],
    ['ILSVRC-2012 (1k) classes', in1k],
  ];
  return rows.map(([label, count]) => `${label.padEnd(30)}${String(count).padStart(6)}\n`).join('');
}

/**
 * `[1k #207]`, `[21k]` or nothing: where a synset stands in ImageNet, at a glance; with a space
 * chosen, `[imagenet-r #17]` for its members. Padded to the widest tag the space can have.
 */
function tag(i: number, space: SpaceInUse): string {
  const k = space.chosen ? space.indexOf(i) : null;
  const k1 = space.index.index1k[i]!;
  const text = k !== null ? `[${space.name} #${k}]` : k1 >= 0 ? `[1k #${k1}]` : space.index.bundle.flags[i]! & IN_21K ? '[21k]' : '';
  return text.padEnd(tagWidth(space));
}

function tagWidth(space: SpaceInUse): number {
  return Math.max('[1k #999]'.length, space.chosen ? `[${space.name} #${space.set.size - 1}]`.length : 0);
}

function lookupText(i: number, { space, names }: TextContext): string {
  // What the line shows, read alone: `details()` would also sort the children and walk the depths.
  const index = space.index;
  const lemmas = index
    .lemmasOf(i)
    .map((lemma) => lemma.replace(/_/g, ' '))
    .join(', ');
  const labelColumn = names ? `${space.labelOf(i)}  ` : '';
  const [wnid, name, gloss] = [index.wnidOf(i), index.nameOf(i), splitGloss(index.glossOf(i)).definition];
  const language = space.language;
  if (language) {
    // The language's words first, English beside them: the link back to WordNet.
    const words = language.has(i) ? language.lemmasOf(i).join(', ') : `(no lemma in ${language.code})`;
    const definition = language.definitionOf(i);
    return `${wnid}  ${tag(i, space)}  ${words}${definition ? ` — ${definition}` : ''}  |  ${name}  ${lemmas} — ${gloss}`;
  }
  return `${wnid}  ${tag(i, space)}  ${labelColumn}${name}  ${lemmas} — ${gloss}`;
}

/** A hit found through a synset outside the set says so: "airliner — under airplane". */
function searchText(hit: SearchHit, { space, names }: TextContext): string {
  const i = space.index.numberOfWnid(hit.wnid);
  const label =
    space.language && space.index.labelOf(i) !== hit.lemma
      ? ` [${space.index.labelOf(i)}]`
      : names && space.labelOf(i) !== hit.lemma
        ? ` [${space.labelOf(i)}]`
        : '';
  const note = hit.via
    ? hit.via.relation === 'below'
      ? `under ${hit.via.label}`
      : `same word as ${hit.via.label} (${hit.via.wnid})`
    : hit.gloss;
  return `  ${hit.wnid}  ${tag(i, space)}  ${hit.lemma}${label} — ${note}`;
}

/** Cuts a line to the terminal's width so a long gloss does not wrap into the next synset. */
function fit(line: string, width: number | undefined): string {
  if (width === undefined || width < 20 || line.length <= width) return line;
  return line.slice(0, width - 1) + '…';
}
