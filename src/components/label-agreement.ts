/**
 * ReaL's agreement with ImageNet's validation labels as the tree reads it (its "label issues
 * first"): per synset at or above a 1k class, the share of the images labelled there whose
 * original label ReaL keeps, and the order that puts the lowest share first. Pure: no DOM, no worker.
 */
import type { LabelAgreement } from '../worker/api.js';
import { formatNumber } from '../core/number-format.js';
import { formatPercent, type NodeAccuracy } from './run-figures.js';

export class AgreementFigures {
  private readonly slots: Map<string, number>;

  constructor(private readonly agreement: LabelAgreement) {
    this.slots = new Map(agreement.nodeWnids.map((wnid, at) => [wnid, at]));
  }

  /** The share of labels ReaL keeps at or below a synset (as an accuracy: kept of labelled); null where none lies. */
  at(wnid: string): NodeAccuracy | null {
    const slot = this.slots.get(wnid);
    if (slot === undefined) return null;
    const images = this.agreement.nodeLabelled[slot]!;
    if (images === 0) return null;
    const right = this.agreement.nodeKept[slot]!;
    return { share: right / images, images, right, difference: null };
  }

  /** Orders sibling synsets by the share ReaL keeps, lowest first; those without labelled images last, as they came. */
  readonly fewestKeptFirst = (a: string, b: string): number => {
    const [ka, kb] = [this.at(a)?.share ?? Infinity, this.at(b)?.share ?? Infinity];
    return ka === kb ? 0 : ka < kb ? -1 : 1;
  };
}

/** A synset's agreement in words: `ReaL keeps 83.1% of 1,204 validation labels`. */
export function agreementText(agreement: NodeAccuracy): string {
  return `ReaL keeps ${formatPercent(agreement.share)} of ${formatNumber(agreement.images)} validation labels`;
}
