import { parseGroupSpec } from '../core/evaluation/group-spec.js';
import type { OptionName } from './args.js';
import { quoteInput } from './escape.js';
import { DEFAULT_METRIC_SET } from './hierarchy-args.js';
import { UsageError } from './usage-error.js';

/** `--true val` and `--true val-imagefolder`: the shipped validation labels in file-name or ImageFolder order. */
export const VALIDATION_TRUTHS = ['val', 'val-imagefolder'] as const;
export type ValidationTruth = (typeof VALIDATION_TRUTHS)[number];

export const EVALUATE_FORMATS = ['text', 'json', 'tsv', 'csv'] as const;

export interface EvaluateInvocation {
  kind: 'evaluate';
  /** PRED: a file, or '-' for standard input; undefined with --confusion. */
  pred: string | undefined;
  /** `--true`: `val`, `val-imagefolder` or a file; undefined when PRED names its images. */
  true: string | undefined;
  /** `--confusion C`: a K×K count matrix instead of PRED and TRUE. */
  confusion: string | undefined;
  set: string;
  /** `--hierarchy FILE`: severity and LCAs in a user's tree. */
  hierarchy: string | undefined;
  /** `--group`: as written (a published name, depth-D, count-K or a file). */
  group: string | undefined;
  /** text: a report; json: one object; tsv/csv: a header and a row of the headline figures. */
  format: (typeof EVALUATE_FORMATS)[number];
  /** `--per-class FILE`: the per-class table (.json, .csv, else tab-separated). */
  perClass: string | undefined;
  /** `--lang CODE`: class names of the tables in that language, English where it has none. */
  lang: string | undefined;
}

export function evaluateInvocation(options: Map<OptionName, string>, rest: string[], json: boolean): EvaluateInvocation {
  const formatText = options.get('format');
  if (json && formatText !== undefined && formatText !== 'json') throw new UsageError(`--json and --format ${formatText} disagree`);
  const format = json ? 'json' : (formatText ?? 'text');
  if (!(EVALUATE_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`evaluate --format must be one of ${EVALUATE_FORMATS.join(', ')}, not ${quoteInput(format)}`);
  }
  const confusion = options.get('confusion');
  const truth = options.get('true');
  if (rest.length > 1) throw new UsageError(`evaluate reads one predictions file, not ${rest.length} (${rest.map(quoteInput).join(', ')})`);
  if (confusion !== undefined && (rest.length > 0 || truth !== undefined)) {
    throw new UsageError('give --confusion C, or PRED [--true TRUE], not both');
  }
  if (confusion === undefined && rest.length === 0) {
    throw new UsageError("evaluate needs PRED (a predictions file, or '-' for standard input), or --confusion C");
  }
  const set = options.get('set') ?? DEFAULT_METRIC_SET;
  if (
    truth !== undefined &&
    (VALIDATION_TRUTHS as readonly string[]).includes(truth) &&
    set !== DEFAULT_METRIC_SET &&
    set !== 'ilsvrc2012'
  ) {
    throw new UsageError(`--true ${truth} is the 1k's validation labels: give no --set, or --set 1k`);
  }
  const group = options.get('group');
  if (group !== undefined && group.trim() === '')
    throw new UsageError('--group needs a grouping: restricted-imagenet, breeds-..., depth-D, count-K or a FILE');
  if (group !== undefined && options.has('hierarchy') && parseGroupSpec(group).by === 'published') {
    throw new UsageError(
      `--group ${group} is a published table, not a cut of a hierarchy: give no --hierarchy, or --group depth-D|count-K`,
    );
  }
  return {
    kind: 'evaluate',
    pred: rest[0],
    true: truth,
    confusion,
    set,
    hierarchy: options.get('hierarchy'),
    group,
    format: format as EvaluateInvocation['format'],
    perClass: options.get('per-class'),
    lang: options.get('lang'),
  };
}
