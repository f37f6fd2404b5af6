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
 */
export function parseRealLabels(text: string, classCount: number): RealLabels {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  const start = new Uint32Array(lines.length + 1);
  const labels: number[] = [];
  lines.forEach((line, m) => {
    if (line !== '') {
      for (const cell of line.split(' ')) {
        const c = Number(cell);
        if (!/^\d+$/.test(cell) || c >= classCount) throw new RangeError(`ReaL labels, line ${m + 1}: ${JSON.stringify(cell)} is no class`);
        labels.push(c);
      }
    }
    start[m + 1] = labels.length;
  });
  return { start, labels: Uint16Array.from(labels) };
}
