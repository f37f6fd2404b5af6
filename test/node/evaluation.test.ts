/** The Node API's evaluate() on typed arrays: the figures NumPy computed, and its errors for scripts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFigures, FIGURES, FIXTURES } from '../core/evaluation/fixture-files.js';
import {
  evaluate,
  EvaluationInputError,
  HierarchyError,
  knownIssues,
  readHierarchy,
  readKnownIssues,
  readValidationData,
} from '../../src/node/index.js';
import { findProjectRoot } from '../../src/node/project-root.js';

/** A 1-D uint16 or 2-D int64 array NumPy saved (header of 128 bytes, little-endian). */
function npyValues(file: string): Uint16Array | BigInt64Array {
  const bytes = readFileSync(file);
  const data = bytes.buffer.slice(bytes.byteOffset + 128, bytes.byteOffset + bytes.length);
  return file.endsWith('top5.npy') || file.endsWith('true.npy') ? new BigInt64Array(data) : new Uint16Array(data);
}

const cleanlab = npyValues(join(findProjectRoot(), 'data/evaluation/cleanlab-predictions.npy')) as Uint16Array;

describe('evaluate()', () => {
  it("gives cleanlab's predictions NumPy's figures, in ImageFolder order and by file name", () => {
    expectFigures(evaluate({ pred: cleanlab, true: 'val-imagefolder' }), FIGURES.cleanlabImageFolder);
    const files = Array.from(readValidationData().imageFolder, (n) => `val/ILSVRC2012_val_${String(n).padStart(8, '0')}.JPEG`);
    const byName = evaluate({ pred: cleanlab, files });
    expectFigures(byName, FIGURES.cleanlabImageFolder);
    expect(byName.truth).toBe('by file name to the validation labels');
  });

  it('takes top-k as N x k values with k, and the true classes as a typed array', () => {
    const top5 = Int32Array.from(npyValues(join(FIXTURES, 'subset-top5.npy')) as BigInt64Array, Number);
    const truth = Int32Array.from(npyValues(join(FIXTURES, 'subset-true.npy')) as BigInt64Array, Number);
    expectFigures(evaluate({ pred: top5, k: 5, true: truth }), FIGURES.subsetRowByRow);
  });

  it('takes a confusion matrix, a tree and a grouping', () => {
    const counts = new Float64Array(1000 * 1000);
    const { labels, imageFolder } = readValidationData();
    cleanlab.forEach((p, r) => counts[labels[imageFolder[r]! - 1]! * 1000 + p]!++);
    const matrix = evaluate({ confusion: counts, group: 'restricted-imagenet' });
    const images = evaluate({ pred: cleanlab, true: 'val-imagefolder', group: 'restricted-imagenet' });
    expect([matrix.mistakeSeverity, matrix.groups]).toStrictEqual([images.mistakeSeverity, images.groups]);
    const hierarchy = readHierarchy(join(FIXTURES, 'wordnet-1k-tree.txt'));
    expect(evaluate({ pred: cleanlab, true: 'val-imagefolder', hierarchy }).mistakeSeverity).toBeCloseTo(
      FIGURES.cleanlabTree.mistakeSeverity!,
      12,
    );
  });

  it('throws EvaluationInputError with the rows of values that are no class indices, and for a count mismatch', () => {
    const error = (run: () => unknown): EvaluationInputError => {
      try {
        run();
      } catch (thrown) {
        if (thrown instanceof EvaluationInputError) return thrown;
        throw thrown;
      }
      throw new Error('no error');
    };
    const bad = error(() => evaluate({ pred: Float64Array.from([1, 2, 1000, 3, -1, 0.5]), k: 2, true: Int32Array.from([1, 2, 3]) }));
    expect(bad.problems).toStrictEqual([
      { line: 2, message: '"1000" is not a class index of 1k (0 to 999)' },
      { line: 3, message: '"-1" is not a class index of 1k (0 to 999)' },
      { line: 3, message: '"0.5" is not a whole number: expected class indices (np.argmax or np.argsort of the scores, not the scores)' },
    ]);
    expect(bad.unit).toBe('row');
    expect(error(() => evaluate({ pred: cleanlab.subarray(1), true: 'val' })).message).toBe(
      'the predictions have 49999 rows but the validation set has 50000 images: a row per image, in file-name order',
    );
    expect(error(() => evaluate({ pred: cleanlab })).message).toMatch(/^the predictions name no files, so their order decides/);
    expect(() =>
      evaluate({
        pred: cleanlab,
        true: 'val-imagefolder',
        hierarchy: readHierarchy(join(findProjectRoot(), 'test/fixtures/hierarchy/small-tree.txt')),
      }),
    ).toThrow(HierarchyError);
  });
});

describe('knownIssues()', () => {
  it("gives a 1k class's known label issues by any id, null for other synsets", () => {
    expect(knownIssues('sunglass.n.01')).toStrictEqual(readKnownIssues()[836]);
    expect(knownIssues('836')).toBe(knownIssues('n04355933'));
    expect(knownIssues('dog.n.01')).toBeNull();
  });
});
