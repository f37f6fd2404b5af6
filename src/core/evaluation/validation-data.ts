/**
 * The shipped truth of ImageNet-1k's validation set (data/evaluation/): the original label of
 * each image in file-name order, and ReaL's labels. Read from bytes, so the CLI (from files)
 * and a worker (from data parts) share it.
 */
import { parseNpy } from '../npy.js';
import { parseRealLabels, realImageCount, type RealLabels } from './real-labels.js';
import { imageFolderOrder, VALIDATION_IMAGES } from './validation-images.js';

/** The classes of the 1k: the labels' range. */
export const VALIDATION_CLASSES = 1000;

export interface ValidationData {
  /** Image n's original label is `labels[n - 1]`: file-name order. */
  readonly labels: Uint16Array;
  readonly real: RealLabels;
  /** Row r of an ImageFolder-ordered file is image `imageFolder[r]`. */
  readonly imageFolder: Uint32Array;
}

/** The validation data from `val-labels.npy`'s bytes and `real-labels.txt`'s text; throws if either is not what ships. */
export function parseValidationData(labelsNpy: Uint8Array, realText: string): ValidationData {
  const array = parseNpy(labelsNpy);
  if (array.shape.length !== 1 || array.shape[0] !== VALIDATION_IMAGES) {
    throw new RangeError(`validation labels of shape (${array.shape.join(', ')}), expected (${VALIDATION_IMAGES},)`);
  }
  const labels = Uint16Array.from(array.values);
  if (labels.some((c) => c >= VALIDATION_CLASSES)) throw new RangeError('validation labels outside the 1k');
  const real = parseRealLabels(realText, VALIDATION_CLASSES);
  if (realImageCount(real) !== VALIDATION_IMAGES)
    throw new RangeError(`ReaL labels for ${realImageCount(real)} images, expected ${VALIDATION_IMAGES}`);
  return { labels, real, imageFolder: imageFolderOrder(labels, VALIDATION_CLASSES) };
}
