import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzip } from './gunzip.js';
import type { LanguageEntry, PartsManifest } from '../core/data-parts.js';
import type { LanguageCatalog, LanguageInfo } from '../core/language-catalog.js';
import type { LanguageFiles } from '../core/languages.js';
import type { SynsetQueries } from '../core/queries.js';
import { findProjectRoot } from './project-root.js';

/** Where the language files, their licences and their catalog are (`data/make-languages.ts` writes them). */
export function languageFolder(): string {
  return join(findProjectRoot(), 'data/languages');
}

export function readLanguageCatalog(folder = languageFolder()): LanguageCatalog {
  return JSON.parse(readFileSync(join(folder, 'catalog.json'), 'utf8')) as LanguageCatalog;
}

/**
 * A language's files from disk, ungzipped. The published package ships each language once, as
 * the browser's parts (its licence and the catalog beside them in data/languages/): where the
 * file is not there, its text is the parts' shards joined (curated names already merged in).
 */
export function readLanguageFiles(info: LanguageInfo, folder = languageFolder()): LanguageFiles {
  if (!existsSync(join(folder, info.file))) return { text: readLanguageParts(info), classNames: undefined };
  return {
    text: gunzip(readFileSync(join(folder, info.file))).toString('utf8'),
    classNames: info.classNames ? readFileSync(join(folder, info.classNames.file), 'utf8') : undefined,
  };
}

/** A language's text from the parts the package ships: the first shard's head, then every shard's lines. */
function readLanguageParts(info: LanguageInfo): string {
  const root = findProjectRoot();
  const path = [join(root, 'data/generated/parts/parts.json'), join(root, 'dist/data/generated/parts/parts.json')].find((candidate) =>
    existsSync(candidate),
  );
  const part = path ? (JSON.parse(readFileSync(path, 'utf8')) as PartsManifest).languages : undefined;
  const entries = part ? (JSON.parse(gunzip(readFileSync(join(dirname(path!), part.file))).toString('utf8')) as LanguageEntry[]) : [];
  const entry = entries.find((candidate) => candidate.info.code === info.code);
  if (!entry)
    throw new Error(`no words for ${info.code} here: neither ${info.file} in data/languages nor its parts (run 'npm run build:data')`);
  const shards = entry.shards.map((shard) => gunzip(readFileSync(join(dirname(path!), shard.file))).toString('utf8'));
  const head = shards[0]!.split('\n').filter((line) => line.startsWith('#'));
  const lines = shards.flatMap((text) => text.split('\n').filter((line) => line !== '' && !line.startsWith('#')));
  return [...head, ...lines].join('\n') + '\n';
}

/** Gives a query object the label languages, each read from disk when first used. */
export function useBuiltInLanguages(queries: SynsetQueries, folder = languageFolder()): LanguageCatalog {
  const catalog = readLanguageCatalog(folder);
  queries.useLanguageCatalog(catalog, (info) => readLanguageFiles(info, folder));
  return catalog;
}
