/**
 * "Your model" in the explorer, with the real worker and IndexedDB: a file dropped on the page
 * or chosen in the control colours the tree and fills the card (the figures of part A's CLI and
 * NumPy for the same file: test/fixtures/evaluation/figures.json), two runs compare, a run named
 * by the address shows in a new explorer, and a malformed file is explained.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import figures from '../fixtures/evaluation/figures.json';
import perImageCsv from '../fixtures/evaluation/subset-per-image.csv?raw';
import '../../src/components/synset-explorer/synset-explorer.js';
import type { SynsetExplorer } from '../../src/components/synset-explorer/synset-explorer.js';
import { formatPercent, formatPoints } from '../../src/components/run-figures.js';
import { getSynsetClient } from '../../src/client/client.js';
import { LOAD_MS, mount, shadow, usePageClient, waitFor } from './page-client.js';

usePageClient('explorer-run');

const TENCH = 'n01440764';
let hashBefore = '';
beforeEach(() => {
  hashBefore = location.hash;
  history.replaceState(null, '', `#/${TENCH}?in=1k`);
});
afterEach(() => history.replaceState(null, '', hashBefore || '#'));

async function cleanlabFile(): Promise<File> {
  const bytes = await (await fetch('/data/evaluation/cleanlab-predictions.npy')).arrayBuffer();
  return new File([bytes], 'cleanlab-predictions.npy');
}

function drop(explorer: SynsetExplorer, file: File): void {
  const data = new DataTransfer();
  data.items.add(file);
  explorer.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
  explorer.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}

const tree = (explorer: SynsetExplorer) => shadow(explorer).querySelector('synset-tree')!;
const classRun = (explorer: SynsetExplorer) =>
  shadow(shadow(explorer).querySelector('synset-class-run')!).textContent!.replace(/\s+/g, ' ');
const picker = (explorer: SynsetExplorer) => shadow(shadow(explorer).querySelector('synset-run-picker')!);
const rowAccuracy = (explorer: SynsetExplorer, wnid: string) => {
  const rows = [...shadow(tree(explorer)).querySelectorAll<HTMLElement>('[role=treeitem]')];
  return rows.find((row) => row.querySelector('.wnid')?.textContent === wnid)?.querySelector('[part=accuracy]');
};

async function explorerOn(hash: string): Promise<SynsetExplorer> {
  history.replaceState(null, '', hash);
  const explorer = await mount('synset-explorer');
  await waitFor(() => expect(shadow(tree(explorer)).querySelector('[role=treeitem]')).not.toBeNull(), { timeout: LOAD_MS });
  return explorer;
}

describe('your model in the explorer', () => {
  test('a dropped file colours the tree and fills the card with the CLI’s figures; the address names the run', async () => {
    const explorer = await explorerOn(`#/${TENCH}?in=1k`);
    drop(explorer, await cleanlabFile());
    const tench = figures.cleanlabClasses['0'];
    await waitFor(() => expect(rowAccuracy(explorer, TENCH)?.textContent).toContain(`${Math.round(100 * tench.top1)}%`), {
      timeout: LOAD_MS,
    });
    expect(rowAccuracy(explorer, TENCH)!.getAttribute('title')).toBe(`${formatPercent(tench.top1)} top-1 of ${tench.images} images`);
    await waitFor(() => expect(classRun(explorer)).toContain(`Top-1: ${formatPercent(tench.top1)} of ${tench.images} images`));
    expect(shadow(explorer).querySelector('synset-class-run')!.hidden).toBe(false);
    expect(classRun(explorer)).toContain(`ReaL top-1: ${formatPercent(tench.realTop1)} of the ${tench.realImages} ReaL labels`);
    // The first confusion: a link to the two compared, with its count.
    const [index, count] = tench.confusions[0]!;
    const runs = await getSynsetClient().runs();
    const evaluation = await getSynsetClient().runEvaluation(runs.at(-1)!.id);
    const other = evaluation.classes[index as number]!.wnid;
    const link = shadow(shadow(explorer).querySelector('synset-class-run')!).querySelector<HTMLAnchorElement>('[part=confusions] a')!;
    expect(link.getAttribute('href')).toMatch(new RegExp(`^#/${TENCH}\\.\\.${other}\\?in=1k&run=${runs.at(-1)!.id}$`));
    expect(link.parentElement!.textContent!.replace(/\s+/g, ' ')).toContain(`${count} images`);
    expect(classRun(explorer)).toMatch(/% of its errors \(\d+\) stay under /);
    // The headline under the top bar: the CLI's top-1.
    const line = shadow(explorer).querySelector('.run-line')!.textContent!;
    expect(line).toContain(formatPercent(figures.cleanlabImageFolder.top1));
    expect(line).toContain(figures.cleanlabImageFolder.mistakeSeverity.toFixed(2));
    expect(location.hash).toBe(`#/${TENCH}?in=1k&run=${runs.at(-1)!.id}`);
    // Arcs take their accuracy's shade.
    const sunburst = shadow(shadow(explorer).querySelector('synset-sunburst')!);
    await waitFor(() => expect(sunburst.querySelectorAll('path.by-accuracy').length).toBeGreaterThan(0));
  });

  test('a second run chosen in the control and the first as its baseline: differences per class and per row', async () => {
    const explorer = await explorerOn(`#/${TENCH}?in=1k`);
    drop(explorer, await cleanlabFile());
    await waitFor(() => expect(location.hash).toContain('run='), { timeout: LOAD_MS });
    const first = new URLSearchParams(location.hash.split('?')[1]).get('run')!;
    const input = picker(explorer).querySelector<HTMLInputElement>('input[type=file]')!;
    const data = new DataTransfer();
    data.items.add(new File([perImageCsv], 'subset.csv'));
    input.files = data.files;
    input.dispatchEvent(new Event('change'));
    await waitFor(() => expect(new URLSearchParams(location.hash.split('?')[1]).get('run')).not.toBe(first), { timeout: LOAD_MS });
    const second = new URLSearchParams(location.hash.split('?')[1]).get('run')!;
    await waitFor(() => expect(picker(explorer).querySelectorAll('select')).toHaveLength(3));
    const baseline = picker(explorer).querySelectorAll('select')[2]!;
    baseline.value = first;
    baseline.dispatchEvent(new Event('change'));
    await waitFor(() => expect(location.hash).toBe(`#/${TENCH}?in=1k&run=${second}&base=${first}`));
    const [a, b] = await Promise.all([getSynsetClient().runEvaluation(second), getSynsetClient().runEvaluation(first)]);
    // A row drawn with a difference: the runs' accuracies below it, subtracted.
    const drawn = await waitFor(() => {
      const row = [...shadow(tree(explorer)).querySelectorAll('[role=treeitem]')].find((r) => r.querySelector('.accuracy-difference'));
      expect(row).toBeDefined();
      return row!;
    });
    const wnid = drawn.querySelector('.wnid')!.textContent!;
    const share = (evaluation: typeof a) => {
      const at = evaluation.nodeWnids.indexOf(wnid);
      return evaluation.nodeTop1[at]! / evaluation.nodeImages[at]!;
    };
    expect(drawn.querySelector('.accuracy-difference')!.textContent).toBe(formatPoints(share(a) - share(b)).replace(' pts', ''));
    // A class the second run has images of, selected: its difference in the card.
    const scored = a.classes.find((c) => c.images > 0 && c.top1 !== b.classes[c.index]!.top1)!;
    location.hash = `#/${scored.wnid}?in=1k&run=${second}&base=${first}`;
    await waitFor(() =>
      expect(classRun(explorer)).toContain(`${formatPoints(scored.top1! - b.classes[scored.index]!.top1!)} against the baseline`),
    );
    expect(shadow(explorer).querySelector('.run-line')!.textContent).toContain('against cleanlab-predictions.npy');
    // The classes that changed most: the largest drop first, linked, with both accuracies.
    const changes = shadow(shadow(explorer).querySelector('synset-run-changes')!);
    const drops = a.classes
      .filter((c) => c.top1 !== null && b.classes[c.index]!.top1 !== null)
      .map((c) => ({ wnid: c.wnid, index: c.index, difference: c.top1! - b.classes[c.index]!.top1! }))
      .sort((x, y) => x.difference - y.difference || x.index - y.index);
    const firstDrop = await waitFor(() => {
      const item = changes.querySelector('[part=drops] li');
      expect(item?.querySelector('a')?.getAttribute('href')).toBe(`#/${drops[0]!.wnid}?in=1k&run=${second}&base=${first}`);
      return item!;
    });
    expect(firstDrop.textContent).toContain(formatPoints(drops[0]!.difference));
    expect(changes.querySelectorAll('[part=drops] li').length).toBe(Math.min(10, drops.filter((d) => d.difference < 0).length));
  });

  test('a run the address names shows in a new explorer; one this browser lacks is said, and none shown', async () => {
    const runs = await getSynsetClient().runs();
    const kept = runs[0]!.id;
    const explorer = await explorerOn(`#/${TENCH}?in=1k&run=${kept}`);
    await waitFor(() => expect(shadow(explorer).querySelector('.run-line')?.textContent).toContain(runs[0]!.fileName), {
      timeout: LOAD_MS,
    });
    explorer.remove();
    const other = await explorerOn(`#/${TENCH}?in=1k&run=0123456789ab`);
    await waitFor(() =>
      expect(shadow(other).querySelector('.space-notice')?.textContent).toMatch(
        /no run 0123456789ab: a run stays in the browser that scored it/,
      ),
    );
    expect(rowAccuracy(other, TENCH)).toBeFalsy();
  });

  test('a malformed file dropped on the page is explained in the control, line by line, and nothing is shown', async () => {
    const explorer = await explorerOn(`#/${TENCH}?in=1k`);
    drop(explorer, new File(['3\nseven\n12\n'], 'bad.txt'));
    await waitFor(() => expect(picker(explorer).querySelector('[part=problems]')?.textContent).toMatch(/Could not score bad\.txt/), {
      timeout: LOAD_MS,
    });
    const problems = [...picker(explorer).querySelectorAll('[part=problems] li')].map((item) => item.textContent);
    expect(problems[0]).toMatch(/^line 2: "seven"|^line 2: /);
    expect(picker(explorer).querySelector('[part=panel]')!.hasAttribute('hidden')).toBe(false);
    expect(location.hash).toBe(`#/${TENCH}?in=1k`);
  });

  test('a file dropped on the page is read in the order the control says rows without file names come in', async () => {
    const explorer = await explorerOn(`#/${TENCH}?in=1k`);
    const order = picker(explorer).querySelector<HTMLSelectElement>('select')!;
    order.value = 'val';
    order.dispatchEvent(new Event('change'));
    const bytes = await (await fetch('/test/fixtures/evaluation/cleanlab-filename-order.npy')).arrayBuffer();
    drop(explorer, new File([bytes], 'cleanlab-filename-order.npy'));
    await waitFor(() => expect(shadow(explorer).querySelector('.run-line')?.textContent).toContain('cleanlab-filename-order.npy'), {
      timeout: LOAD_MS,
    });
    // The same predictions as cleanlab's, in file-name order: the same top-1 (read in ImageFolder order, it would be near 0).
    expect(shadow(explorer).querySelector('.run-line')!.textContent).toContain(formatPercent(figures.cleanlabFileName.top1));
    const id = new URLSearchParams(location.hash.split('?')[1]).get('run')!;
    expect((await getSynsetClient().runEvaluation(id)).summary.order).toBe('val');
  });

  test('known label issues, asked for in the control without a run: the tree shows ReaL’s agreement, the line says what it is', async () => {
    const explorer = await explorerOn(`#/${TENCH}?in=1k`);
    const check = [...picker(explorer).querySelectorAll<HTMLLabelElement>('label.check')].find((label) =>
      label.textContent!.includes('known label issues'),
    )!;
    check.querySelector('input')!.click();
    const tench = figures.realIssues['0'];
    await waitFor(
      () => {
        const agreement = [...shadow(tree(explorer)).querySelectorAll('[role=treeitem]')]
          .find((row) => row.querySelector('.wnid')?.textContent === TENCH)
          ?.querySelector('[part=agreement]');
        expect(agreement?.getAttribute('title')).toBe(
          `ReaL keeps ${formatPercent(tench.kept / tench.labelled)} of ${tench.labelled} validation labels`,
        );
      },
      { timeout: LOAD_MS },
    );
    expect(shadow(explorer).querySelector('.issues-legend')!.textContent).toContain('ReaL keeps');
    expect(rowAccuracy(explorer, TENCH)).toBeFalsy();
    check.querySelector('input')!.click();
    await waitFor(() => expect(shadow(tree(explorer)).querySelector('[part=agreement]')).toBeNull());
    expect(shadow(explorer).querySelector('.issues-legend')).toBeNull();
  });
});
