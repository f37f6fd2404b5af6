import type { KnownIssues } from '../core/evaluation/known-issues.js';
import type { CliRecord } from './commands.js';
import { fieldObject, fieldValue, type Field, type FieldValue } from './fields.js';
import type { SpaceInUse } from './space-in-use.js';
import { SynsetIdError } from '../core/errors.js';
import { targetId, type VersionTarget } from './version-target.js';

/** What JSON answers need beyond a record: the space in use, `--fields`, and whether `--names` was given. */
export interface JsonContext {
  space: SpaceInUse;
  fields: readonly Field[] | undefined;
  names: boolean;
  /** A 1k class's known label issues (`lookup`'s `knownIssues`), by 1k index. */
  knownIssues: (index1k: number) => KnownIssues;
  /** map --to wn31|ili|oewn: the ids map answers in, instead of a space's indices. */
  versionTarget?: VersionTarget | undefined;
}

/** One JSON Lines line. Every object starts with `input`, the id or query as given. */
export function jsonLine(record: CliRecord, context: JsonContext): string {
  return JSON.stringify(jsonObject(record, context)) + '\n';
}

/** A failed input answered in place (`--on-error inline`). */
export function jsonError(input: string, message: string): string {
  return JSON.stringify({ input, error: message }) + '\n';
}

/** Keys are written one by one, in the documented order, so nothing else slips in (not `lexname`). */
function jsonObject(record: CliRecord, context: JsonContext): object {
  const { space, fields } = context;
  const index = space.index;
  const wnids = (numbers: ArrayLike<number>) => Array.from(numbers, (i) => index.wnidOf(i));
  switch (record.command) {
    case 'lookup':
      return fields ? fieldObject(fields, record, space) : lookupObject(record.input, record.synset, context);
    case 'ancestors':
      return {
        input: record.input,
        wnid: index.wnidOf(record.synset),
        paths: record.paths.map(wnids),
        ...(space.language
          ? {
              lang: space.lang,
              labels: record.paths.map((path) => path.map((i) => space.shownLabel(i))),
              labelLangs: record.paths.map((path) => path.map((i) => space.labelLangOf(i))),
              fallbacks: space.language.fallbacks(new Set(record.paths.flat())),
            }
          : {}),
      };
    case 'descendants': {
      // With --fields or --names each descendant is an object; without, its wnid.
      const itemFields =
        fields ?? (space.language ? (['wnid', 'label', 'labelLang'] as const) : context.names ? (['wnid', 'label'] as const) : undefined);
      const descendants = itemFields
        ? Array.from(record.descendants, (synset) => itemObject(itemFields, { input: record.input, synset }, space))
        : wnids(record.descendants);
      const language = space.language ? { lang: space.lang, fallbacks: space.language.fallbacks(record.descendants) } : {};
      return { input: record.input, wnid: index.wnidOf(record.synset), in: record.in, ...chosenSet(space), ...language, descendants };
    }
    case 'lca':
      return { input: record.input, a: index.wnidOf(record.a), b: index.wnidOf(record.b), lca: wnids(record.lca) };
    case 'lcaOfSet':
      return record.synsets
        ? { input: record.input, synsets: wnids(record.synsets), lca: wnids(record.lca) }
        : { input: record.input, set: record.set, classes: record.size, lca: wnids(record.lca) };
    case 'distance':
    case 'treeDistance':
      return { input: record.input, ...record.distance };
    case 'search':
      return {
        input: record.input,
        query: record.query,
        ...chosenSet(space),
        ...(space.language ? { lang: space.lang } : {}),
        results: record.results.map((hit) => {
          const synset = index.numberOfWnid(hit.wnid);
          return {
            wnid: hit.wnid,
            lemma: hit.lemma,
            ...(context.names || space.language ? { label: space.labelOf(synset) } : {}),
            ...(space.language ? { labelLang: space.labelLangOf(synset), definition: space.language.definitionOf(synset) } : {}),
            gloss: hit.gloss,
            index1k: hit.index1k,
            ...(space.chosen ? { index: space.indexOf(synset) } : {}),
            via: hit.via,
          };
        }),
      };
    case 'map': {
      const target = context.versionTarget;
      if (fields) return fieldObject(fields, target ? { ...record, to: target } : record, space);
      const synset = record.synset;
      if (target) {
        const { id, note } = synset < 0 ? { id: null, note: null } : targetId(space.versionIds(synset), target);
        return {
          input: record.input,
          wnid: synset < 0 ? null : index.wnidOf(synset),
          ...(context.names ? { label: synset < 0 ? null : space.labelOf(synset) } : {}),
          from: record.from,
          to: target,
          [target]: id,
          ...(target === 'ili' ? {} : { wn31Note: note }),
        };
      }
      return {
        input: record.input,
        wnid: synset < 0 ? null : index.wnidOf(synset),
        ...(context.names || space.language ? { label: synset < 0 ? null : space.labelOf(synset) } : {}),
        ...(space.language ? { labelLang: synset < 0 ? null : space.labelLangOf(synset) } : {}),
        from: record.from,
        to: space.name,
        index: synset < 0 ? null : space.indexOf(synset),
      };
    }
  }
}

function lookupObject(input: string, synset: number, context: JsonContext): object {
  const s = context.space.index.details(synset);
  return {
    input,
    wnid: s.wnid,
    name: s.name,
    ...(context.names || context.space.language ? { label: context.space.labelOf(synset) } : {}),
    ...languageKeys(context.space, synset),
    lemmas: s.lemmas,
    gloss: s.gloss,
    examples: s.examples,
    parents: s.parents,
    children: s.children,
    minDepth: s.minDepth,
    maxDepth: s.maxDepth,
    in21k: s.in21k,
    in1k: s.in1k,
    index1k: s.index1k,
    ...(context.space.chosen ? { set: context.space.name, index: context.space.indexOf(synset) } : {}),
    ...versionKeys(context.space, synset),
    descendants: s.descendants,
    desc21k: s.desc21k,
    desc1k: s.desc1k,
    descImageNet: s.descImageNet,
    // The 1k's classes only: the sources checked the validation images of those classes.
    knownIssues: s.index1k === null ? null : context.knownIssues(s.index1k),
  };
}

/**
 * With `--lang`: the language, the label's own language (`en` where it fell back), and the
 * language's lemmas and definition (empty and null where it has none).
 */
function languageKeys(space: SpaceInUse, synset: number): object {
  const language = space.language;
  if (!language) return {};
  return {
    lang: language.code,
    labelLang: space.labelLangOf(synset),
    langLemmas: language.lemmasOf(synset),
    langDefinition: language.definitionOf(synset),
  };
}

/**
 * `ili`, `wn31`, `oewn` and `wn31Note` (why wn31 is null, or that 3.1 merged the synset; else
 * null). Where the map cannot be read the ids are null and the note says why: the rest of the
 * lookup still answers.
 */
function versionKeys(
  space: SpaceInUse,
  synset: number,
): { ili: string | null; wn31: string | null; oewn: string | null; wn31Note: string | null } {
  try {
    const { ili, wn31, oewn, note } = space.versionIds(synset);
    return { ili, wn31, oewn, wn31Note: note };
  } catch (error) {
    if (!(error instanceof SynsetIdError)) throw error;
    return { ili: null, wn31: null, oewn: null, wn31Note: error.message };
  }
}

/** `"set"`: the space `index` counts in, when the command line chose one. */
function chosenSet(space: SpaceInUse): { set?: string } {
  return space.chosen ? { set: space.name } : {};
}

function itemObject(fields: readonly Field[], row: { input: string; synset: number }, space: SpaceInUse): Record<string, FieldValue> {
  const object: Record<string, FieldValue> = {};
  for (const field of fields) object[field] = fieldValue(field, row, space);
  return object;
}
