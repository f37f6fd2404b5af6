/**
 * ReaL's labels (Beyer et al. 2020, "Are we done with ImageNet?"): for each validation image, the
 * 1k classes raters judged correct, possibly several, possibly none. Held as one list of all
 * labels and where each image's part starts, so 50,000 images cost two typed arrays.
 */

/** The ReaL labels of images 1…n: image m's are `labels[start[m - 1] … start[m])`. */
export interface RealLabels {
  readonly start: Uint32Array;
  readonly labels: Uint16Array;
}

/** How many images the labels cover. */
export function realImageCount(real: RealLabels): number {
  return real.start.length - 1;
}

/** Whether ReaL counts class c as correct for image m (1-based). */
export function realAccepts(real: RealLabels, image: number, c: number): boolean {
  for (let at = real.start[image - 1]!; at < real.start[image]!; at++) if (real.labels[at] === c) return true;
  return false;
}

/** Whether ReaL gives image m (1-based) at least one label: only those count in ReaL accuracy. */
export function realLabelled(real: RealLabels, image: number): boolean {
  return real.start[image]! > real.start[image - 1]!;
}

/**
 * Reads `real-labels.txt`: line m holds image m's class indices separated by spaces, an empty
 * line none. Throws on anything else: the file ships with the package and is not user input.
 * One pass over the characters (splitting 50,000 lines and their labels into strings took
 * longer than the rest of an evaluation's start).
 */
export function parseRealLabels(text: string, classCount: number): RealLabels {
  const body = text.endsWith('\n') ? text.length - 1 : text.length;
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < body; at = text.indexOf('\n', at + 1)) lines++;
  const start = new Uint32Array(lines + 1);
  const labels = new Uint16Array(body);
  let count = 0;
  let line = 0;
  let value = -1;
  const fail = (): never => {
    throw new RangeError(`ReaL labels, line ${line + 1}: not class indices separated by spaces`);
  };
  for (let at = 0; at <= body; at++) {
    const c = at === body ? 10 : text.charCodeAt(at);
    if (c >= 48 && c <= 57) value = value < 0 ? c - 48 : value * 10 + (c - 48);
    else if (c === 32 || c === 10) {
      if (value >= 0) {
        if (value >= classCount) fail();
        labels[count++] = value;
      } else if (c === 32) fail();
      value = -1;
      if (c === 10) start[++line] = count;
    } else fail();
  }
  return { start, labels: labels.slice(0, count) };
}
