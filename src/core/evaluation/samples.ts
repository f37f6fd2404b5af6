/**
 * Predictions joined to their true classes: N samples, each a true class, k ranked predictions
 * and, where the images are known to be ImageNet's validation images, which image (for ReaL).
 *
 * The truth comes from a user's table (row by row, or by file name when both name validation
 * images), or from the shipped validation labels: by the file names the predictions give (rows
 * in any order, a subset too), else by position in file-name order (`val`) or ImageFolder order
 * (`val-imagefolder`), which needs all 50,000 rows.
 */
import type { ClassTable } from './class-table.js';
import { EvaluationInputError, ProblemList, type InputSubject } from './input-error.js';
import type { ValidationData } from './validation-data.js';
import { VALIDATION_IMAGES, validationImageNumber } from './validation-images.js';

/** Where the true classes come from. */
export type TruthSource =
  /** The shipped labels, rows in file-name order (or by the predictions' file names). */
  | { kind: 'val' }
  /** The shipped labels, rows in ImageFolder order (or by the predictions' file names). */
  | { kind: 'val-imagefolder' }
  /** A table of true labels, one a row (or by file name when both tables name validation images). */
  | { kind: 'table'; table: ClassTable }
  /** None given: the predictions must name validation images. */
  | { kind: 'files' };

export interface Samples {
  readonly n: number;
  readonly k: number;
  /** Sample i's predictions are `pred[i·k … i·k + k)`, best first. */
  readonly pred: Int32Array;
  readonly truth: Int32Array;
  /** The validation image (1 to 50,000) of each sample; null when the samples are not known to be those images. */
  readonly images: Uint32Array | null;
  /** How the samples were matched to the truth, in words. */
  readonly matched: string;
}

/**
 * Joins predictions to their truth; throws {@link EvaluationInputError} for a count mismatch (one
 * line naming both counts), file names that are not validation images or come twice (with their
 * lines), and truth that cannot be found.
 *
 * @param validation the shipped labels; null when the set is not the 1k (they are 1k classes)
 */
export function joinSamples(pred: ClassTable, truth: TruthSource, validation: ValidationData | null): Samples {
  const predImages = pred.files ? imageNumbers(pred, truth.kind !== 'table', 'predictions') : null;
  if (truth.kind === 'table') return joinTable(pred, predImages, truth.table);
  if (!validation)
    throw EvaluationInputError.whole("the shipped validation labels are classes of the 1k: evaluate them with the 1k's indices");
  if (predImages) return byImage(pred, predImages, (image) => validation.labels[image - 1]!, 'by file name to the validation labels');
  if (truth.kind === 'files') {
    throw EvaluationInputError.whole(
      "the predictions name no files, so their order decides: say which (true labels 'val' for file-name order, 'val-imagefolder' for ImageFolder order, or a file)",
    );
  }
  if (pred.rows !== VALIDATION_IMAGES) {
    throw EvaluationInputError.whole(
      `the predictions have ${pred.rows} rows but the validation set has ${VALIDATION_IMAGES} images: a row per image, in ${truth.kind === 'val' ? 'file-name' : 'ImageFolder'} order`,
    );
  }
  const images = truth.kind === 'val' ? Uint32Array.from({ length: VALIDATION_IMAGES }, (_, r) => r + 1) : validation.imageFolder;
  const labels = Int32Array.from(images, (image) => validation.labels[image - 1]!);
  return {
    n: pred.rows,
    k: pred.k,
    pred: pred.classes,
    truth: labels,
    images,
    matched: truth.kind === 'val' ? 'in file-name order' : 'in ImageFolder order',
  };
}

/**
 * The validation image each row names, or null when no row names one (another data set's
 * files); throws for a mix, for a name given twice, and for other names when `required`.
 */
function imageNumbers(table: ClassTable, required: boolean, subject: InputSubject): Uint32Array | null {
  const files = table.files!;
  const images = new Uint32Array(table.rows);
  const lineOfImage = new Map<number, number>();
  const problems = new ProblemList();
  let found = 0;
  for (let r = 0; r < table.rows; r++) {
    const image = validationImageNumber(files[r]!);
    if (image === null) continue;
    found++;
    images[r] = image;
    const earlier = lineOfImage.get(image);
    if (earlier !== undefined) problems.add(table.lines[r]!, `${files[r]} again (first on ${table.unit} ${earlier}): an image a row`);
    else lineOfImage.set(image, table.lines[r]!);
  }
  if (found === 0 && !required) return null;
  if (found < table.rows) {
    for (let r = 0; r < table.rows; r++) {
      if (images[r] === 0)
        problems.add(table.lines[r]!, `${JSON.stringify(files[r])} is not an ImageNet validation image (ILSVRC2012_val_NNNNNNNN.JPEG)`);
    }
  }
  problems.throwIfAny(table.unit, subject);
  return images;
}

function byImage(pred: ClassTable, images: Uint32Array, truthOf: (image: number) => number, matched: string): Samples {
  return { n: pred.rows, k: pred.k, pred: pred.classes, truth: Int32Array.from(images, truthOf), images, matched };
}

function joinTable(pred: ClassTable, predImages: Uint32Array | null, truth: ClassTable): Samples {
  if (truth.k !== 1) throw EvaluationInputError.whole(`true labels are one class a row, not ${truth.k}`);
  const truthImages = truth.files ? imageNumbers(truth, false, 'true labels') : null;
  if (predImages && truthImages) {
    const truthOf = new Int32Array(VALIDATION_IMAGES + 1).fill(-1);
    truthImages.forEach((image, r) => (truthOf[image] = truth.classes[r]!));
    const problems = new ProblemList();
    predImages.forEach((image, r) => {
      if (truthOf[image]! < 0) problems.add(pred.lines[r]!, `${pred.files![r]} has no row in the true labels`);
    });
    problems.throwIfAny(pred.unit, 'predictions');
    return byImage(pred, predImages, (image) => truthOf[image]!, 'by file name to the true labels');
  }
  if (pred.rows !== truth.rows) {
    throw EvaluationInputError.whole(
      `the predictions have ${pred.rows} rows but the true labels have ${truth.rows}: a row per image in both`,
    );
  }
  return { n: pred.rows, k: pred.k, pred: pred.classes, truth: truth.classes, images: predImages ?? truthImages, matched: 'row by row' };
}
