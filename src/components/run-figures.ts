/**
 * A model's run as the views read it (the tree's rows, the sunburst's arcs, the card's class):
 * the worker's {@link RunEvaluation} keyed by wnid, and, when a second run is the baseline, the
 * difference in accuracy between them. Pure: no DOM, no worker.
 */
import type { ClassFigures, ErrorsUnder, RunEvaluation, RunSummary } from '../worker/api.js';

/** The accuracy of the images whose true class is at or below a synset. */
export interface NodeAccuracy {
  /** right / images. */
  readonly share: number;
  readonly images: number;
  readonly right: number;
  /** share − the baseline's share, when a baseline is shown and has images here; else null. */
  readonly difference: number | null;
}

/** A class's top-1 accuracy in the run and in the baseline, and the difference. */
export interface ClassChange {
  readonly wnid: string;
  readonly index: number;
  readonly share: number;
  readonly baseline: number;
  /** share − baseline. */
  readonly difference: number;
}

/** A class's figures in the run, its errors under its ancestors, and the baseline's figures for it. */
export interface RunClass {
  readonly figures: ClassFigures;
  readonly errorsUnder: readonly ErrorsUnder[];
  readonly baseline: ClassFigures | null;
}

interface Keyed {
  readonly evaluation: RunEvaluation;
  readonly nodes: Map<string, number>;
  readonly classes: Map<string, number>;
}

function keyed(evaluation: RunEvaluation): Keyed {
  return {
    evaluation,
    nodes: new Map(evaluation.nodeWnids.map((wnid, at) => [wnid, at])),
    classes: new Map(evaluation.classes.map((figures, k) => [figures.wnid, k])),
  };
}

export class RunFigures {
  private readonly run: Keyed;
  private readonly base: Keyed | null;

  constructor(evaluation: RunEvaluation, baseline: RunEvaluation | null = null) {
    this.run = keyed(evaluation);
    this.base = baseline ? keyed(baseline) : null;
  }

  get summary(): RunSummary {
    return this.run.evaluation.summary;
  }

  get baselineSummary(): RunSummary | null {
    return this.base?.evaluation.summary ?? null;
  }

  /** The accuracy at or below a synset; null where no image's true class lies. */
  accuracy(wnid: string): NodeAccuracy | null {
    const own = shareAt(this.run, wnid);
    if (!own) return null;
    const base = this.base ? shareAt(this.base, wnid) : null;
    return { ...own, difference: base ? own.share - base.share : null };
  }

  /** A class's figures; null for a synset that is no class of the run's set. */
  classOf(wnid: string): RunClass | null {
    const k = this.run.classes.get(wnid);
    if (k === undefined) return null;
    const baseK = this.base?.classes.get(wnid);
    return {
      figures: this.run.evaluation.classes[k]!,
      errorsUnder: this.run.evaluation.errorsUnder[k]!,
      baseline: baseK === undefined ? null : this.base!.evaluation.classes[baseK]!,
    };
  }

  /**
   * Against a baseline, every class with images in both runs, the largest drop in top-1 first
   * (ties by class index); empty without a baseline.
   */
  classChanges(): readonly ClassChange[] {
    return (this.changes ??= this.changesAgainstBaseline());
  }

  private changes: readonly ClassChange[] | undefined;

  private changesAgainstBaseline(): ClassChange[] {
    const base = this.base;
    if (!base) return [];
    const changes: ClassChange[] = [];
    for (const figures of this.run.evaluation.classes) {
      const k = base.classes.get(figures.wnid);
      const baseline = k === undefined ? null : base.evaluation.classes[k]!.top1;
      if (figures.top1 === null || baseline === null) continue;
      changes.push({ wnid: figures.wnid, index: figures.index, share: figures.top1, baseline, difference: figures.top1 - baseline });
    }
    return changes.sort((a, b) => a.difference - b.difference || a.index - b.index);
  }

  /**
   * Orders sibling synsets worst first: by the drop against the baseline when one is shown, else
   * by accuracy; those without images last, in the order they came (the sort is stable).
   */
  readonly worstFirst = (a: string, b: string): number => {
    const key = (wnid: string): number => {
      const accuracy = this.accuracy(wnid);
      if (!accuracy) return Infinity;
      return this.base ? (accuracy.difference ?? Infinity) : accuracy.share;
    };
    const [ka, kb] = [key(a), key(b)];
    return ka === kb ? 0 : ka < kb ? -1 : 1;
  };
}

function shareAt(run: Keyed, wnid: string): Omit<NodeAccuracy, 'difference'> | null {
  const at = run.nodes.get(wnid);
  if (at === undefined) return null;
  const images = run.evaluation.nodeImages[at]!;
  if (images === 0) return null;
  const right = run.evaluation.nodeTop1[at]!;
  return { share: right / images, images, right };
}

/** A share as people read it: `72.7%`. */
export function formatPercent(share: number): string {
  return `${(100 * share).toFixed(1)}%`;
}

/** A difference of shares in percentage points, signed: `+3.2 pts`, `−0.4 pts`. */
export function formatPoints(difference: number): string {
  const points = (100 * difference).toFixed(1);
  return `${difference < 0 ? '−' : '+'}${points.replace('-', '')} pts`;
}

/** The ramp's hue for a model's accuracy (blue), and for ReaL's agreement with the labels (amber): the same lightness, told apart. */
export const ACCURACY_HUE = 255;
export const AGREEMENT_HUE = 60;

/**
 * An accuracy as a colour on one hue's lightness ramp (OKLCH blue): dark is bad, light is good,
 * the lightness growing with the accuracy's square.
 * Lightness alone carries it, so it reads without telling hues apart, and the number is always
 * given beside it (text or tooltip); dark enough at the bottom and light enough at the top to
 * stand out from both themes' surfaces with the outline the views draw.
 */
export function accuracyColour(share: number, hue = ACCURACY_HUE): string {
  const clamped = Math.min(1, Math.max(0, share));
  // Squared: models' accuracies crowd between 60% and 95%, where a linear ramp barely changes.
  return `oklch(${(0.3 + 0.62 * clamped * clamped).toFixed(3)} 0.13 ${hue})`;
}
