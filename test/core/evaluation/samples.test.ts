/** Predictions joined to their truth: by file name, in either order of the validation set, row by row. */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { arrayTable, type ClassCells, type ClassTable } from '../../../src/core/evaluation/class-table.js';
import { parseClassTable } from '../../../src/core/evaluation/read-class-table.js';
import { classCellsOf } from '../../../src/core/evaluation/evaluate.js';
import { EvaluationInputError } from '../../../src/core/evaluation/input-error.js';
import { joinSamples, type TruthSource } from '../../../src/core/evaluation/samples.js';
import type { ValidationData } from '../../../src/core/evaluation/validation-data.js';
import { imageFolderOrder, validationImageNumber } from '../../../src/core/evaluation/validation-images.js';
import { readValidationData } from '../../../src/node/evaluation-data.js';
import { useBuiltInLabelSets } from '../../../src/node/label-spaces.js';
import { queries } from '../real-data.js';
import { FIGURES, fixtureBytes } from './fixture-files.js';

let cells: ClassCells;
let validation: ValidationData;
beforeAll(() => {
  useBuiltInLabelSets(queries);
  cells = classCellsOf(queries.index, queries.labelSpaces.set('1k'));
  validation = readValidationData();
});

/** Element by element: vitest's deep equality takes seconds over 50,000-element typed arrays. */
function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const csv = (text: string, role: 'pred' | 'true' = 'pred'): ClassTable => parseClassTable(new TextEncoder().encode(text), role, cells);

function failure(run: () => unknown): { subject: string | null; problems: string[] } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof EvaluationInputError)) throw error;
    return {
      subject: error.subject,
      problems: error.problems.map((p) => (p.line === null ? p.message : `${error.unit} ${p.line}: ${p.message}`)),
    };
  }
  throw new Error('joined without a problem');
}

describe('validation image names', () => {
  it('reads the number with any folders before it, either slash, any case, with or without .JPEG', () => {
    expect(validationImageNumber('ILSVRC2012_val_00000293.JPEG')).toBe(293);
    expect(validationImageNumber('val/n01440764/ILSVRC2012_val_00000293.JPEG')).toBe(293);
    expect(validationImageNumber('C:\\imagenet\\val\\ILSVRC2012_val_00050000.jpeg')).toBe(50000);
    expect(validationImageNumber(' ILSVRC2012_val_00000001 ')).toBe(1);
  });

  it('refuses other names and numbers outside 1 to 50,000', () => {
    for (const name of [
      'ILSVRC2012_val_00000000.JPEG',
      'ILSVRC2012_val_00050001.JPEG',
      'ILSVRC2012_test_00000001.JPEG',
      'xILSVRC2012_val_00000001.JPEG',
      'dog.jpg',
      '',
    ]) {
      expect(validationImageNumber(name), name).toBeNull();
    }
  });

  it("orders the images as torchvision's ImageFolder does: equal to NumPy's sort by folder, then file name", () => {
    const order = imageFolderOrder(validation.labels, 1000);
    expect(Array.from(order.subarray(0, 5))).toStrictEqual(FIGURES.imageFolderOrder.first);
    expect(createHash('sha256').update(Array.from(order).join('\n')).digest('hex')).toBe(FIGURES.imageFolderOrder.sha256);
    expect(sameValues(validation.imageFolder, order)).toBe(true);
  });
});

describe('joining', () => {
  const predictionsOf = (values: number[]): ClassTable => arrayTable(Int32Array.from(values), 1, 'pred', cells, 'test');
  const all = (order: Uint32Array | null): ClassTable =>
    predictionsOf(Array.from({ length: 50000 }, (_, r) => validation.labels[(order ? order[r]! : r + 1) - 1]!));

  it('takes val in file-name order and val-imagefolder in ImageFolder order, every image once', () => {
    const byName = joinSamples(all(null), { kind: 'val' }, validation);
    expect(byName.matched).toBe('in file-name order');
    expect(sameValues(byName.truth, validation.labels)).toBe(true);
    expect(byName.images![49999]).toBe(50000);
    const inFolders = joinSamples(all(validation.imageFolder), { kind: 'val-imagefolder' }, validation);
    expect(inFolders.matched).toBe('in ImageFolder order');
    expect(sameValues(inFolders.truth, inFolders.pred)).toBe(true);
    expect(inFolders.images).toBe(validation.imageFolder);
  });

  it('says the counts in one line when a file has another number of rows', () => {
    expect(failure(() => joinSamples(predictionsOf([1, 2, 3]), { kind: 'val-imagefolder' }, validation)).problems).toStrictEqual([
      'the predictions have 3 rows but the validation set has 50000 images: a row per image, in ImageFolder order',
    ]);
    const truth = arrayTable(Int32Array.from([1, 2]), 1, 'true', cells, 'test');
    expect(failure(() => joinSamples(predictionsOf([1, 2, 3]), { kind: 'table', table: truth }, validation)).problems).toStrictEqual([
      'the predictions have 3 rows but the true labels have 2: a row per image in both',
    ]);
  });

  it('needs to be told the order when the predictions name no files', () => {
    expect(failure(() => joinSamples(predictionsOf([1]), { kind: 'files' }, validation)).problems[0]).toMatch(
      /^the predictions name no files, so their order decides/,
    );
  });

  it('takes the truth by file name, in any order and any subset, whatever order was asked', () => {
    const table = csv('file_name,pred\nval/ILSVRC2012_val_00000003.JPEG,1\nILSVRC2012_val_00000001.JPEG,2\n');
    for (const truth of [{ kind: 'files' }, { kind: 'val' }, { kind: 'val-imagefolder' }] as TruthSource[]) {
      const samples = joinSamples(table, truth, validation);
      expect(Array.from(samples.images!)).toStrictEqual([3, 1]);
      expect(Array.from(samples.truth)).toStrictEqual([validation.labels[2], validation.labels[0]]);
      expect(samples.matched).toBe('by file name to the validation labels');
    }
  });

  it('names a file that is no validation image, and an image given twice, with their lines', () => {
    const table = csv('file,pred\nILSVRC2012_val_00000003.JPEG,1\ndog.jpg,2\nx/ILSVRC2012_val_00000003.JPEG,3\n');
    expect(failure(() => joinSamples(table, { kind: 'files' }, validation))).toStrictEqual({
      subject: 'predictions',
      problems: [
        'line 4: x/ILSVRC2012_val_00000003.JPEG again (first on line 2): an image a row',
        'line 3: "dog.jpg" is not an ImageNet validation image (ILSVRC2012_val_NNNNNNNN.JPEG)',
      ],
    });
  });

  it("joins two files by name, or row by row when the names are another data set's", () => {
    const truth = csv('file,label\nILSVRC2012_val_00000001.JPEG,5\nILSVRC2012_val_00000002.JPEG,6\n', 'true');
    const byName = joinSamples(csv('file,pred\nILSVRC2012_val_00000002.JPEG,6\n'), { kind: 'table', table: truth }, validation);
    expect([Array.from(byName.truth), byName.matched]).toStrictEqual([[6], 'by file name to the true labels']);
    const missing = failure(() =>
      joinSamples(csv('file,pred\nILSVRC2012_val_00000009.JPEG,6\n'), { kind: 'table', table: truth }, validation),
    );
    expect(missing.problems).toStrictEqual(['line 2: ILSVRC2012_val_00000009.JPEG has no row in the true labels']);
    const cats = csv('file,label\ncat1.jpg,5\ncat2.jpg,6\n', 'true');
    const own = joinSamples(csv('file,pred\ncat1.jpg,6\ncat2.jpg,7\n'), { kind: 'table', table: cats }, validation);
    expect([Array.from(own.truth), own.images, own.matched]).toStrictEqual([[5, 6], null, 'row by row']);
    // Only one of them naming validation images is enough for ReaL: they are those images, row by row.
    const named = joinSamples(csv('file,pred\ncat1.jpg,6\ncat2.jpg,7\n'), { kind: 'table', table: truth }, validation);
    expect([Array.from(named.images!), named.matched]).toStrictEqual([[1, 2], 'row by row']);
  });

  it('leaves the validation labels to the 1k', () => {
    expect(failure(() => joinSamples(predictionsOf([1]), { kind: 'val' }, null)).problems[0]).toMatch(
      /^the shipped validation labels are classes of the 1k/,
    );
  });

  it('reads the fixture subset by name to the same truth NumPy gave it', () => {
    const samples = joinSamples(parseClassTable(fixtureBytes('subset-per-image.csv'), 'pred', cells), { kind: 'files' }, validation);
    const truth = parseClassTable(fixtureBytes('subset-true.npy'), 'true', cells).classes;
    const byImage = new Map(Array.from(samples.images!, (image, r) => [image, samples.truth[r]!]));
    expect([...byImage.keys()].sort((a, b) => a - b).map((image) => byImage.get(image))).toStrictEqual(Array.from(truth));
  });
});
