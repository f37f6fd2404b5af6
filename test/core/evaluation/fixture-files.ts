/** The evaluation fixtures (data/evaluation/make-evaluation-fixtures.py wrote them with NumPy and NLTK). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { EvaluationSummary } from '../../../src/core/evaluation/figures.js';
import { findProjectRoot } from '../../../src/node/project-root.js';

export const FIXTURES = join(findProjectRoot(), 'test/fixtures/evaluation');

/** A fixture file's bytes. */
export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, name));
}

/** Figures as the fixture script writes them: the summary's keys, NumPy's floats. */
export type FixtureFigures = EvaluationSummary;

export interface ClassFixture {
  images: number;
  top1: number;
  realImages: number;
  realTop1: number | null;
  /** [predicted class, count, LCA wnid, severity] */
  confusions: [number, number, string, number][];
}

export interface Figures {
  height: number;
  imageFolderOrder: { first: number[]; sha256: string };
  cleanlabImageFolder: FixtureFigures;
  cleanlabFileName: FixtureFigures;
  cleanlabClasses: Record<string, ClassFixture>;
  cleanlabRestrictedImageNet: Record<string, { images: number; top1: number; errors: number; errorsInGroup: number }>;
  cleanlabTree: FixtureFigures & { height: number };
  realIssues: Record<string, { images: number; labelled: number; kept: number; added: [number, number][] }>;
  subsetRowByRow: FixtureFigures;
  subsetByFileName: FixtureFigures;
}

export const FIGURES = JSON.parse(readFileSync(join(FIXTURES, 'figures.json'), 'utf8')) as Figures;

/**
 * Expects the figures NumPy computed: counts exactly, shares and means to 12 decimals (the sums
 * are exact sums of integers in both, but NumPy's mean of row means is not our one division).
 */
export function expectFigures(actual: EvaluationSummary, expected: EvaluationSummary): void {
  for (const key of Object.keys(expected) as (keyof EvaluationSummary)[]) {
    const value = expected[key];
    if (value === null || Number.isInteger(value)) expect(actual[key], key).toBe(value);
    else expect(actual[key], key).toBeCloseTo(value, 12);
  }
}
