/**
 * The 50,000 images of ImageNet-1k's validation set (ILSVRC-2012), by number: image n is
 * `ILSVRC2012_val_0000000n.JPEG`. The shipped labels and ReaL's are in this file-name order; a
 * standard PyTorch loop (`torchvision.datasets.ImageFolder` over `val/<wnid>/…`) reads them in
 * ImageFolder order instead, which {@link imageFolderOrder} computes.
 */

export const VALIDATION_IMAGES = 50_000;

const IMAGE_NAME = /(?:^|[\\/])ILSVRC2012_val_(\d{8})(?:\.jpe?g)?$/i;

/**
 * The number (1 to 50,000) of a validation image named by its file, with any folders before it
 * (`val/n01440764/ILSVRC2012_val_00000293.JPEG`, `C:\imagenet\…`); null for any other name.
 */
export function validationImageNumber(name: string): number | null {
  const match = IMAGE_NAME.exec(name.trim());
  if (!match) return null;
  const n = Number(match[1]);
  return n >= 1 && n <= VALIDATION_IMAGES ? n : null;
}

/**
 * The image numbers in ImageFolder order: by class folder, then by file name. The folders are
 * the classes' wnids and the 1k's indices follow the sorted wnids, so this is the images sorted
 * by label, ties by number: a counting sort of the labels (given in file-name order).
 */
export function imageFolderOrder(labels: ArrayLike<number>, classCount: number): Uint32Array {
  const start = new Uint32Array(classCount + 1);
  for (let n = 0; n < labels.length; n++) start[labels[n]! + 1]!++;
  for (let c = 0; c < classCount; c++) start[c + 1]! += start[c]!;
  const order = new Uint32Array(labels.length);
  for (let n = 0; n < labels.length; n++) order[start[labels[n]!]!++] = n + 1;
  return order;
}
