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
}

/** A label set's classes in one of the export formats, as the text of a file. */
export function exportClasses(records: readonly ClassRecord[], format: ExportFormat): string {
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
      return JSON.stringify(huggingFace(records)) + '\n';
  }
}

function table(records: readonly ClassRecord[], separator: string, field: (text: string) => string): string {
  return (
    ['index', 'wnid', 'label'].join(separator) +
    '\n' +
    records.map((r) => [String(r.index), r.wnid, field(r.label)].join(separator) + '\n').join('')
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

function huggingFace(records: readonly ClassRecord[]): { id2label: Record<string, string>; label2id: Record<string, number> } {
  // A Map, not an object, so a class named "__proto__" or "constructor" is only a name.
  const label2id = new Map<string, number>();
  for (const r of records) {
    const earlier = label2id.get(r.label);
    if (earlier !== undefined) {
      throw new ExportError(
        `hf's label2id needs distinct names, but classes ${earlier} and ${r.index} are both '${r.label}': use the unique names`,
      );
    }
    label2id.set(r.label, r.index);
  }
  return { id2label: Object.fromEntries(records.map((r) => [String(r.index), r.label])), label2id: Object.fromEntries(label2id) };
}
