/**
 * How the label-space controls word the API's names for people: the name styles, the export
 * formats, and a set's size. One place, so the picker, the export menu and the card say the same.
 */
import type { ClassNameStyle, ClipFormat, ExportFormat, LabelSetSummary } from '../worker/api.js';
import { ALL } from '../core/label-space-name.js';
import { formatNumber } from '../core/number-format.js';

/**
 * The name styles (the toggles offer them in `NAME_STYLES`' order, the export menu every one in
 * `CLASS_NAME_STYLES`' order), with what each gives.
 */
export const NAME_STYLE_TEXT: Record<ClassNameStyle, { label: string; title: string }> = {
  wordnet: { label: 'WordNet', title: 'The first lemma: “crane”, “tench”' },
  unique: { label: 'unique', title: 'The first lemma, with a short qualifier where two classes of the set share it: “crane (bird)”' },
  simple: { label: 'simple', title: 'A published list of short names for the 1k classes (other classes: unique)' },
  torchvision: { label: 'torchvision', title: 'torchvision’s names for the 1k classes (other classes: unique)' },
  clip: { label: 'CLIP', title: 'The 1k class names of CLIP’s zero-shot prompts (other classes: unique)' },
  keras: { label: 'Keras’ file', title: 'As Keras’ imagenet_class_index.json: the first lemma, underscores kept (“great_white_shark”)' },
  hf: { label: 'Hugging Face’s file', title: 'As the id2label of Hugging Face’s ImageNet checkpoints: every lemma (“tench, Tinca tinca”)' },
};

/** The export formats: what the menu calls them and the file extension they download with. */
export const EXPORT_FORMAT_TEXT: Record<ExportFormat | ClipFormat, { label: string; extension: string }> = {
  txt: { label: 'text, one name a line', extension: 'txt' },
  json: { label: 'JSON', extension: 'json' },
  jsonl: { label: 'JSON lines', extension: 'jsonl' },
  csv: { label: 'CSV', extension: 'csv' },
  tsv: { label: 'TSV', extension: 'tsv' },
  keras: { label: 'keras JSON', extension: 'json' },
  hf: { label: 'Hugging Face JSON', extension: 'json' },
  clip: { label: 'CLIP zero-shot head, JSON', extension: 'json' },
  'clip-py': { label: 'CLIP zero-shot head, Python', extension: 'py' },
};

/** "1 class", "1,000 classes". */
export function classCount(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? 'class' : 'classes'}`;
}

/** What a picker shows for a set: the name people use in URLs and the CLI, or a custom list's description. */
export function setCaption(set: Pick<LabelSetSummary, 'name' | 'custom' | 'description'>): string {
  if (set.name === ALL) return 'all nouns';
  return set.custom && set.description ? set.description : set.name;
}
