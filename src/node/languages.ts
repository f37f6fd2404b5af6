import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
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

/** A language's files from disk, ungzipped. */
export function readLanguageFiles(info: LanguageInfo, folder = languageFolder()): LanguageFiles {
  return {
    text: gunzipSync(readFileSync(join(folder, info.file))).toString('utf8'),
    classNames: info.classNames ? readFileSync(join(folder, info.classNames.file), 'utf8') : undefined,
  };
}

/** Gives a query object the label languages, each read from disk when first used. */
export function useBuiltInLanguages(queries: SynsetQueries, folder = languageFolder()): LanguageCatalog {
  const catalog = readLanguageCatalog(folder);
  queries.useLanguageCatalog(catalog, (info) => readLanguageFiles(info, folder));
  return catalog;
}
