import type { ClassFigures, Evaluation } from '../core/evaluation/evaluate.js';
import { TOP_CONFUSIONS } from '../core/evaluation/class-figures.js';
import type { EvaluationSummary } from '../core/evaluation/figures.js';
import type { SynsetIndex } from '../core/synset-index.js';

/** What the tables name classes with: the index, or its labels in `--lang`'s language. */
export type ClassNamer = Pick<SynsetIndex, 'labelOf' | 'numberOfWnid'>;
import { escapeText } from './escape.js';
import { tableLine } from './fields.js';

/** The headline figures, in the order `--json` and `--format tsv|csv` give them. */
export const SUMMARY_KEYS: readonly (keyof EvaluationSummary)[] = [
  'images',
  'k',
  'top1',
  'top5',
  'topK',
  'realTop1',
  'realImages',
  'mistakeSeverity',
  'hierDistAt1',
  'hierDistAtK',
];

/** `--json`: the whole evaluation as one object. */
export function evaluationJson(evaluation: Evaluation): string {
  return JSON.stringify(evaluation) + '\n';
}

/** `--format tsv|csv`: a header and one row of the headline figures (empty where a figure is null). */
export function summaryTable(evaluation: Evaluation, format: 'tsv' | 'csv'): string {
  return (
    tableLine([...SUMMARY_KEYS], format) +
    tableLine(
      SUMMARY_KEYS.map((key) => evaluation[key] ?? ''),
      format,
    )
  );
}

/** The columns of `--per-class FILE` as tsv or csv: `group` only with `--group`. */
export function perClassColumns(grouped: boolean): string[] {
  const confusions = Array.from({ length: TOP_CONFUSIONS }, (_, j) => [
    `confusion${j + 1}`,
    `confusion${j + 1}Count`,
    `confusion${j + 1}Lca`,
  ]).flat();
  return ['index', 'wnid', 'label', 'images', 'top1', 'realImages', 'realTop1', 'errors', ...(grouped ? ['group'] : []), ...confusions];
}

/**
 * `--per-class FILE`: every class's figures, as JSON (an array of `classes`' objects, each with
 * its label and group) or as a table with a header (tsv, csv), confusions in flat columns.
 */
export function perClassText(
  evaluation: Evaluation,
  index: ClassNamer,
  format: 'json' | 'tsv' | 'csv',
  groupOf: ArrayLike<number> | null,
): string {
  const label = (wnid: string): string => index.labelOf(index.numberOfWnid(wnid));
  if (format === 'json') {
    const rows = evaluation.classes.map((c) => ({ ...c, label: label(c.wnid), ...(groupOf ? { group: groupOf[c.index]! } : {}) }));
    return JSON.stringify(rows) + '\n';
  }
  const lines = [tableLine(perClassColumns(groupOf !== null), format)];
  for (const c of evaluation.classes) {
    const confusions = Array.from({ length: TOP_CONFUSIONS }, (_, j) => {
      const confusion = c.confusions[j];
      return confusion ? [confusion.wnid, confusion.count, confusion.lca] : ['', '', ''];
    }).flat();
    const group = groupOf ? [groupOf[c.index]!] : [];
    lines.push(
      tableLine(
        [c.index, c.wnid, label(c.wnid), c.images, c.top1 ?? '', c.realImages ?? '', c.realTop1 ?? '', c.errors, ...group, ...confusions],
        format,
      ),
    );
  }
  return lines.join('');
}

/** Classes listed in the text report, worst top-1 first. */
const WORST_CLASSES = 10;

/** The text report: what was evaluated, the headline figures, the worst classes and the groups. */
export function evaluationText(evaluation: Evaluation, index: ClassNamer, described: { input: string; severity: string }): string {
  const e = evaluation;
  const percent = (value: number | null): string => (value === null ? '-' : `${(100 * value).toFixed(2)}%`);
  const figure = (value: number | null): string => (value === null ? '-' : String(Number(value.toFixed(4))));
  const name = (wnid: string): string => `${wnid} ${escapeText(index.labelOf(index.numberOfWnid(wnid)))}`;
  const lines = [
    `${escapeText(described.input)}: ${e.images} images, k = ${e.k}, ${escapeText(e.truth)}`,
    `  top-1             ${percent(e.top1)}`,
    `  top-5             ${percent(e.top5)}`,
    ...(e.k !== 1 && e.k !== 5 ? [`  top-${e.k}`.padEnd(20) + percent(e.topK)] : []),
    `  ReaL top-1        ${percent(e.realTop1)}${e.realImages === null ? '  (the images are not known to be ImageNet validation images)' : `  (over the ${e.realImages} images ReaL labels)`}`,
    `  mistake severity  ${figure(e.mistakeSeverity)}  (${escapeText(described.severity)})`,
    `  hier. dist@1      ${figure(e.hierDistAt1)}`,
    `  hier. dist@k      ${figure(e.hierDistAtK)}`,
  ];
  const worst = e.classes
    .filter((c): c is ClassFigures & { top1: number } => c.top1 !== null)
    .sort((a, b) => a.top1 - b.top1 || a.index - b.index)
    .slice(0, WORST_CLASSES);
  if (worst.length > 0) {
    lines.push(`worst classes by top-1 (${worst.length} of ${e.classes.length}; --per-class FILE writes every class):`);
    for (const c of worst) {
      const taken = c.confusions.map((x) => `${escapeText(index.labelOf(index.numberOfWnid(x.wnid)))} ${x.count}`).join(', ');
      lines.push(
        `  ${percent(c.top1).padStart(7)}  ${String(c.images).padStart(5)} images  ${name(c.wnid)}${taken ? `  <- taken for ${taken}` : ''}`,
      );
    }
  }
  if (e.groups) {
    lines.push('groups: top-1, and the share of errors that stay in the group:');
    for (const g of e.groups) {
      const within = g.withinShare === null ? '-' : `${percent(g.withinShare)} (${g.errorsInGroup} of ${g.errors})`;
      lines.push(
        `  ${percent(g.top1).padStart(7)}  ${within.padEnd(24)}  ${String(g.images).padStart(5)} images  ${escapeText(g.name)}${g.wnid ? ` (${g.wnid})` : ''}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
