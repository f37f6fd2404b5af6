/**
 * The catalog of label languages (`data/languages/catalog.json`): per language its BCP 47 code,
 * names, source, licence and citation, and how much of WordNet, the 1k and ImageNet-21k it
 * covers. `synset languages` prints it, the docs' coverage table is made from it, and a code
 * typed in any case or by an alias (`zh`, `cmn`) finds its entry here.
 */
import { SynsetRequestError } from './errors.js';

/** The first line of every language file starts so; a reader checks it. */
export const LANGUAGE_FILE_HEADER = '# synset-explorer language file';

/** The language every label falls back to: WordNet's own. */
export const ENGLISH = 'en';

/** Whether a code names English (WordNet's own words): `en`, `en-US`, any case; undefined too. */
export function isEnglish(code: string | undefined): boolean {
  if (code === undefined) return true;
  const wanted = code.trim().toLowerCase();
  return wanted === ENGLISH || wanted.startsWith(ENGLISH + '-');
}

/** A list of names for the 1k's classes that comes with a language (Chinese-CLIP's, for Chinese). */
export interface ClassNamesInfo {
  /** 1,000 lines: line N+1 names ILSVRC-2012 class N. */
  file: string;
  licenceFile: string;
  source: string;
  licence: string;
  citation: string;
}

export interface LanguageInfo {
  /** BCP 47 (`fr`, `zh-Hans`; `it-x-iwn` for the second Italian wordnet). */
  code: string;
  /** Other codes that name it (the OMW's ISO 639-3 code; `zh` for Simplified Chinese). */
  aliases: string[];
  /** Its name in English and in itself. */
  name: string;
  autonym: string;
  /** The direction its script is written in. */
  dir: 'ltr' | 'rtl';
  /** The wordnet its lemmas come from. */
  wordnet: string;
  file: string;
  licenceFile: string;
  source: string;
  licence: string;
  /** CC BY-SA or CeCILL-C: its file stays a file of its own, never merged into the MIT bundle. */
  shareAlike: boolean;
  citation: string;
  /** Synsets with a lemma, of them in the 1k and in ImageNet-21k (fall11), and synsets with a definition. */
  synsets: number;
  in1k: number;
  in21k: number;
  definitions: number;
  /** Rows of the source whose offset is not a WordNet 3.0 noun, dropped. */
  droppedRows: number;
  /** Curated names of the 1k, preferred to the wordnet's lemmas for those classes. */
  classNames?: ClassNamesInfo;
}

export interface LanguageCatalog {
  about: string;
  languages: LanguageInfo[];
}

/** The entry a code names (any case; a code or an alias), or undefined. */
export function findLanguage(catalog: LanguageCatalog, code: string): LanguageInfo | undefined {
  const wanted = code.trim().toLowerCase();
  return catalog.languages.find(
    (info) => info.code.toLowerCase() === wanted || info.aliases.some((alias) => alias.toLowerCase() === wanted),
  );
}

/** The entry a code names; a request error listing the codes when none does. */
export function languageOf(catalog: LanguageCatalog, code: string): LanguageInfo {
  const info = findLanguage(catalog, code);
  if (!info) {
    throw new SynsetRequestError(`unknown language '${code}' (languages: en, ${catalog.languages.map((entry) => entry.code).join(', ')})`);
  }
  return info;
}

/** How many of the 1k a language names: its wordnet's, or all 1,000 with curated class names. */
export function classesNamed(info: LanguageInfo): number {
  return info.classNames ? 1000 : info.in1k;
}

/** The line that credits a language wherever its words show: its wordnet and licence (and its class names' source). */
export function creditOf(info: LanguageInfo): string {
  const licence = info.licence.replace(/ <.*>$/, '');
  const names = info.classNames ? `; ImageNet-1k names: Chinese-CLIP (${info.classNames.licence})` : '';
  return `${info.name}: ${info.wordnet} (${licence}), Open Multilingual Wordnet${names}`;
}

/** The coverage table as Markdown: what the data README and the docs show (a test checks both agree with the catalog). */
export function coverageTable(catalog: LanguageCatalog): string {
  const rows = catalog.languages.map((info) =>
    [
      `\`${info.code}\``,
      info.name,
      info.wordnet + (info.classNames ? ' + Chinese-CLIP 1k names' : ''),
      info.licence.replace(/ <.*>$/, '') + (info.classNames ? ` + ${info.classNames.licence}` : ''),
      info.shareAlike ? 'yes' : 'no',
      info.synsets.toLocaleString('en-US'),
      `${classesNamed(info).toLocaleString('en-US')}`,
      info.in21k.toLocaleString('en-US'),
      info.definitions.toLocaleString('en-US'),
    ].join(' | '),
  );
  return (
    [
      '| code | language | source | licence | share-alike | synsets | of the 1k | of fall11 | definitions |',
      '|---|---|---|---|---|---|---|---|---|',
      ...rows.map((row) => `| ${row} |`),
    ].join('\n') + '\n'
  );
}
