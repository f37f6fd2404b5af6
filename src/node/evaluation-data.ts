/**
 * The shipped evaluation data (data/evaluation/, Apache-2.0; its README gives the provenance),
 * read once per process: the validation labels and ReaL's, and the known label issues.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseKnownIssues, type KnownIssues } from '../core/evaluation/known-issues.js';
import { parseValidationData, type ValidationData } from '../core/evaluation/validation-data.js';
import { findProjectRoot } from './project-root.js';

/** Where the evaluation data is. */
export function evaluationFolder(): string {
  return join(findProjectRoot(), 'data/evaluation');
}

let validation: ValidationData | undefined;
let knownIssues: KnownIssues[] | undefined;

/** ImageNet-1k's validation labels (file-name order), ReaL's labels and the ImageFolder order. */
export function readValidationData(): ValidationData {
  const folder = evaluationFolder();
  return (validation ??= parseValidationData(
    readFileSync(join(folder, 'val-labels.npy')),
    readFileSync(join(folder, 'real-labels.txt'), 'utf8'),
  ));
}

/** The known label issues of each 1k class, by 1k index. */
export function readKnownIssues(): KnownIssues[] {
  return (knownIssues ??= parseKnownIssues(readFileSync(join(evaluationFolder(), 'known-issues.tsv'), 'utf8')));
}
