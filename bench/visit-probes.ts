/**
 * What the visit benches watch inside pages they do not own (the explorer's build, the docs
 * page): probes installed from the bench with `addInitScript` or `evaluate`, so nothing
 * test-only ships. Each probe looks once per frame (`requestAnimationFrame`) and writes the
 * moments it sees, in ms from navigation, into `window.benchProbe`; the Node side waits for them.
 *
 * The probes run in the page: they may not use anything from outside their own body.
 */
import type { Page } from 'playwright-core';
import type { ProbeResult } from './page-globals.js';

/**
 * The explorer: `rows` when its tree shows more than one synset row (a row still loading does
 * not count), `card` when its card shows a gloss containing `gloss`.
 */
export function explorerProbe({ gloss, timeoutMs }: { gloss: string; timeoutMs: number }): void {
  const probe: ProbeResult = { moments: {} };
  window.benchProbe = probe;
  const check = (): void => {
    const now = performance.now();
    const app = document.querySelector('synset-explorer')?.shadowRoot;
    const tree = app?.querySelector('synset-tree')?.shadowRoot;
    const rows = tree?.querySelectorAll('[role="treeitem"]:not(.pending)').length ?? 0;
    if (probe.moments.rows === undefined && rows > 1) probe.moments.rows = now;
    const shown = app?.querySelector('synset-card')?.shadowRoot?.querySelector('[part="gloss"]')?.textContent ?? '';
    if (probe.moments.card === undefined && shown.includes(gloss)) probe.moments.card = now;
    if (probe.moments.rows !== undefined && probe.moments.card !== undefined) probe.done = true;
    else if (now > timeoutMs) probe.gaveUp = `after ${timeoutMs} ms: ${rows} tree rows, card ${JSON.stringify(shown.slice(0, 60))}`;
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** A page of `<synset-label>`s: `labels` when all `count` show their names (none loading, none failed). */
export function labelsProbe({ count, timeoutMs }: { count: number; timeoutMs: number }): void {
  const probe: ProbeResult = { moments: {} };
  window.benchProbe = probe;
  const check = (): void => {
    const now = performance.now();
    const parts = Array.from(document.querySelectorAll('synset-label')).map((label) => label.shadowRoot?.querySelector('[part="label"]'));
    const failed = parts.filter((part) => part?.classList.contains('error')).length;
    const shown = parts.filter((part) => part && !part.classList.contains('loading') && !part.classList.contains('error')).length;
    if (parts.length === count && shown === count) {
      probe.moments.labels = now;
      probe.done = true;
    } else if (failed > 0) probe.gaveUp = `${failed} of ${parts.length} labels failed`;
    else if (now > timeoutMs) probe.gaveUp = `after ${timeoutMs} ms: ${shown} of ${count} labels show their names`;
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * The first label's tooltip, once the page is probed by {@link labelsProbe}: `hover` when the
 * pointer enters the label (the event's own time), `tooltip` when the tooltip shows the
 * definition instead of '…'.
 */
export function tooltipProbe({ timeoutMs }: { timeoutMs: number }): void {
  const probe = window.benchProbe!;
  const label = document.querySelector('synset-label')!;
  label.addEventListener(
    'mouseenter',
    (event) => {
      probe.moments.hover = event.timeStamp;
      const check = (): void => {
        const now = performance.now();
        const text = label.shadowRoot?.querySelector('[part="tooltip"]')?.textContent?.trim() ?? '';
        if (text !== '' && !text.endsWith('…') && !text.includes('(no definition')) probe.moments.tooltip = now;
        else if (text.includes('(no definition')) probe.gaveUp = `the tooltip says ${JSON.stringify(text)}`;
        else if (now - event.timeStamp > timeoutMs) probe.gaveUp = `after ${timeoutMs} ms the tooltip shows ${JSON.stringify(text)}`;
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    },
    { once: true },
  );
}

/**
 * Waits until the page's probe has seen every moment in `names`, and returns them all. Throws
 * with `what` and the probe's reason when it gave up, or after `timeoutMs`.
 */
export async function probedMoments(
  page: Page,
  names: readonly string[],
  what: string,
  timeoutMs: number,
): Promise<Record<string, number>> {
  try {
    await page.waitForFunction(
      (wanted) => window.benchProbe?.gaveUp !== undefined || wanted.every((name) => window.benchProbe?.moments[name] !== undefined),
      names,
      { timeout: timeoutMs, polling: 50 },
    );
  } catch {
    const seen = await page.evaluate(() => window.benchProbe?.moments).catch(() => undefined);
    throw new Error(`${what}: not seen within ${timeoutMs / 1000} s (seen: ${JSON.stringify(seen ?? {})})`);
  }
  const probe = (await page.evaluate(() => window.benchProbe))!;
  if (probe.gaveUp !== undefined) throw new Error(`${what}: ${probe.gaveUp}`);
  return probe.moments;
}

/** The client's `synset-index-ready` mark, in ms from navigation (NaN when it was not set). */
export function readyMark(page: Page, mark: string): Promise<number> {
  return page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN, mark);
}

/** The page's navigation start, in epoch ms: turns a probe's moments into the transfer log's clock. */
export function timeOrigin(page: Page): Promise<number> {
  return page.evaluate(() => performance.timeOrigin);
}
