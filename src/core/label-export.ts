/** One class as exports write it. */
export interface ClassRecord {
  index: number;
  wnid: string;
  label: string;
}

/**
 * The shapes people load class lists in: `txt` (one label a line, line N+1 = class N), `json`
 * (an array of records), `jsonl`, `csv` and `tsv` (with a header), `keras` (the shape of
 * Keras' imagenet_class_index.json: `{"0": ["n01440764", "tench"]}`) and `hf` (Hugging Face's
 * `id2label` and `label2id`).
 */
export type ExportFormat = 'txt' | 'json' | 'jsonl' | 'csv' | 'tsv' | 'keras' | 'hf';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['txt', 'json', 'jsonl', 'csv', 'tsv', 'keras', 'hf'];

export function isExportFormat(value: unknown): value is ExportFormat {
  return (EXPORT_FORMATS as readonly unknown[]).includes(value);
}

/** The export can't be written as asked (hf's label2id needs names no two classes share). */
export class ExportError extends Error {
  override name = 'ExportError';
  /**
   * The names style that would do, where one would: the message says it in words any caller can
   * use (the browser has no flags); the CLI adds its option.
   */
  constructor(
    message: string,
    readonly suggestedNames?: 'unique' | 'hf',
  ) {
    super(message);
  }
}

/** What an export needs to know beyond its records: how the names were made, for hf's label2id. */
export interface ExportContext {
  /** The names' style: with `hf`, label2id keeps the later of two classes sharing a name. */
  style?: string;
  /** The set's name, for messages. */
  set?: string;
}

/** A label set's classes in one of the export formats, as the text of a file. */
export function exportClasses(records: readonly ClassRecord[], format: ExportFormat, context: ExportContext = {}): string {
  switch (format) {
    case 'txt':
      return records.map((r) => oneLine(r.label) + '\n').join('');
    case 'json':
      return JSON.stringify(records, null, 1) + '\n';
    case 'jsonl':
      return records.map((r) => JSON.stringify(r) + '\n').join('');
    case 'csv':
      return table(records, ',', csvField);
    case 'tsv':
      return table(records, '\t', oneLine);
    case 'keras':
      return JSON.stringify(Object.fromEntries(records.map((r) => [String(r.index), [r.wnid, r.label]]))) + '\n';
    case 'hf':
      return JSON.stringify(huggingFace(records, context)) + '\n';
  }
}

function table(records: readonly ClassRecord[], separator: string, field: (text: string) => string): string {
  return (
    ['index', 'wnid', 'label'].join(separator) +
    '\n' +
    records.map((r) => [String(r.index), r.wnid, field(r.label)].join(separator) + '\n').join('')
  );
}

/** Why two classes cannot both be in label2id, and what to do about it. */
function sharedNameError(earlier: ClassRecord, later: ClassRecord, context: ExportContext): ExportError {
  const set = context.set === undefined ? '' : ` of ${context.set}`;
  if (earlier.wnid === later.wnid && earlier.wnid !== '') {
    return new ExportError(
      `hf's label2id maps each name to one class, but classes ${earlier.index} and ${later.index}${set} are the same synset ` +
        `${earlier.wnid} (the list names it twice), so no names tell them apart: remove one of the two lines, or use ` +
        `Hugging Face's names, whose label2id keeps the later class as Hugging Face's own files do`,
      'hf',
    );
  }
  const suggested = context.style === 'unique' ? 'hf' : 'unique';
  const fix = suggested === 'hf' ? "use Hugging Face's names, whose label2id keeps the later class" : 'use the unique names';
  return new ExportError(
    `hf's label2id maps each name to one class, but classes ${earlier.index} and ${later.index}${set} are both '${later.label}': ${fix}`,
    suggested,
  );
}

/** RFC 4180: a field with a separator, a quote or a line break is quoted, quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Tabs and line breaks would start a new column or row: a name never needs them. */
export function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

/**
 * id2label, and label2id its inverse. Hugging Face's ImageNet checkpoints name two classes
 * "crane" (134, the bird; 517, the machine) and their label2id, made by inverting id2label,
 * keeps the later: with `hf` names label2id does the same, so the file equals theirs. Any other
 * style is asked for names that tell classes apart, and a label2id that loses a class is
 * refused with the reason and the fix. A hole (a list's line that named no class, reported when
 * the list was read) keeps its index in id2label, named '', and has no entry in label2id: there
 * is no class for a name to map back to.
 */
function huggingFace(
  records: readonly ClassRecord[],
  context: ExportContext,
): { id2label: Record<string, string>; label2id: Record<string, number> } {
  // A Map, not an object, so a class named "__proto__" or "constructor" is only a name.
  const label2id = new Map<string, number>();
  const byIndex = new Map<number, ClassRecord>();
  for (const r of records) {
    if (r.wnid === '') continue;
    const earlier = label2id.get(r.label);
    if (earlier !== undefined && context.style !== 'hf') throw sharedNameError(byIndex.get(earlier)!, r, context);
    label2id.set(r.label, r.index);
    byIndex.set(r.index, r);
  }
  return { id2label: Object.fromEntries(records.map((r) => [String(r.index), r.label])), label2id: Object.fromEntries(label2id) };
}
