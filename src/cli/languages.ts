import { classesNamed, type LanguageCatalog, type LanguageInfo } from '../core/language-catalog.js';
import { formatNumber } from '../core/number-format.js';

/** One label language, as `synset languages` lists it (and the docs' coverage table counts it). */
export type LanguageRow = Pick<
  LanguageInfo,
  | 'code'
  | 'name'
  | 'autonym'
  | 'dir'
  | 'wordnet'
  | 'source'
  | 'licence'
  | 'shareAlike'
  | 'citation'
  | 'synsets'
  | 'in1k'
  | 'in21k'
  | 'definitions'
> & {
  /** The curated names of the 1k the language uses first, with their source and licence, or null. */
  classNames: { source: string; licence: string; citation: string } | null;
};

export function languageRows(catalog: LanguageCatalog): LanguageRow[] {
  return catalog.languages.map((info) => ({
    code: info.code,
    name: info.name,
    autonym: info.autonym,
    dir: info.dir,
    wordnet: info.wordnet,
    source: info.source,
    licence: info.licence,
    shareAlike: info.shareAlike,
    citation: info.citation,
    synsets: info.synsets,
    in1k: classesNamed(info),
    in21k: info.in21k,
    definitions: info.definitions,
    classNames: info.classNames
      ? { source: info.classNames.source, licence: info.classNames.licence, citation: info.classNames.citation }
      : null,
  }));
}

export function languagesJson(rows: readonly LanguageRow[]): string {
  return rows.map((row) => JSON.stringify(row) + '\n').join('');
}

/** A table for people: code, name, the three counts and the licence, aligned (sources and citations: --json). */
export function languagesText(rows: readonly LanguageRow[]): string {
  const header = { code: 'code', name: 'language', synsets: 'synsets', in1k: '1k', in21k: '21k', licence: 'licence' };
  const lines = [
    header,
    ...rows.map((row) => ({
      code: row.code,
      name: row.name,
      synsets: formatNumber(row.synsets),
      in1k: formatNumber(row.in1k),
      in21k: formatNumber(row.in21k),
      licence:
        row.licence.replace(/ <.*>$/, '') +
        (row.shareAlike ? ' (share-alike)' : '') +
        (row.classNames ? ` + 1k names ${row.classNames.licence}` : ''),
    })),
  ];
  const width = (key: keyof typeof header) => Math.max(...lines.map((line) => line[key].length));
  return lines
    .map(
      (line) =>
        `${line.code.padEnd(width('code'))}  ${line.name.padEnd(width('name'))}  ${line.synsets.padStart(width('synsets'))}  ` +
        `${line.in1k.padStart(width('in1k'))}  ${line.in21k.padStart(width('in21k'))}  ${line.licence}\n`,
    )
    .join('');
}
