/**
 * CLIP zero-shot heads: a set's class names and the prompt templates CLIP averages over, in the
 * shapes zero-shot code reads them. `clip` is JSON, `{"classnames": [...], "templates": [...]}`;
 * `clip-py` a Python module with `classnames` and `templates` lists, as open_clip's
 * `zero_shot_metadata` keeps them, for `build_zero_shot_classifier(model, tokenizer, classnames,
 * templates)` (a template is a format string: `t.format(c)`).
 *
 * The names are given (a style the caller chose: CLIP's curated 1k names for the 1k, the unique
 * names elsewhere), and so are the templates, in one language: another language's templates go
 * in the same place.
 */
import { ExportError } from './label-export.js';

export const CLIP_FORMATS = ['clip', 'clip-py'] as const;
export type ClipFormat = (typeof CLIP_FORMATS)[number];

export function isClipFormat(value: unknown): value is ClipFormat {
  return (CLIP_FORMATS as readonly unknown[]).includes(value);
}

/** A zero-shot head: one name per class, in class index order, and the prompt templates. */
export interface ClipHead {
  classnames: string[];
  templates: string[];
}

/** What the head is made of, for the Python module's head comment. */
export interface ClipHeadAbout {
  /** The label space (`1k`, `coco`, a list's path). */
  set: string;
  /** How the classes are named (`clip`, `unique`…). */
  style: string;
  /** Where the templates come from, with their licence. */
  templates: string;
}

/**
 * The head of a set: `names[k]` names class k. A hole has no synset to name: it takes its name in
 * the set's source where the set declares one (COCO's "stop sign"), for a head needs a prompt for
 * every index; a hole without one (a custom list's bad line) cannot be named, and the export is
 * refused, saying which line to fix.
 */
export function clipHead(
  names: readonly string[],
  holeName: (k: number) => string | undefined,
  templates: readonly string[],
  set: string,
): ClipHead {
  if (templates.length === 0 || templates.some((template) => !template.includes('{}'))) {
    throw new ExportError("CLIP's templates are damaged: each must hold {} where the class name goes");
  }
  const classnames = names.map((name, k) => {
    if (name !== '') return name;
    const source = holeName(k);
    if (source === undefined) {
      throw new ExportError(`class ${k} of ${set} names no synset, so a CLIP head has no name for it: fix or remove that line of the list`);
    }
    return source;
  });
  return { classnames, templates: [...templates] };
}

/** The head as a file's text. */
export function writeClipHead(head: ClipHead, format: ClipFormat, about: ClipHeadAbout): string {
  if (format === 'clip') return JSON.stringify(head) + '\n';
  // A JSON string is a Python string literal too: the same escapes, and UTF-8 source is Python 3's default.
  const list = (items: readonly string[]) => `[\n${items.map((item) => `    ${JSON.stringify(item)},\n`).join('')}]\n`;
  const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ')}\n`;
  return (
    comment(`CLIP zero-shot head for ${about.set}: ${head.classnames.length} classes, ${head.templates.length} prompt templates.`) +
    comment(`Written by synset-explorer (synset export --set ${about.set} --format clip-py).`) +
    comment(`classnames: the ${about.style} names, in class index order; templates: ${about.templates}.`) +
    comment(`Each class's prompts are [t.format(c) for t in templates], as open_clip's zero-shot classifier makes them.`) +
    `\nclassnames = ${list(head.classnames)}\ntemplates = ${list(head.templates)}`
  );
}
