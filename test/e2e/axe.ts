/** axe-core run in an e2e page: the violations it finds, and the serious or critical ones as lines to compare. */
import { createRequire } from 'node:module';
import { errors, type Page } from 'playwright-core';

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // axe measures a settled page: content dimmed while the next synset's loads fails colour
  // contrast for a moment. Past the wait, axe runs anyway and says what it finds.
  // (`.stale`: the last synset's content, through the shadow roots, while the next one's loads.)
  await page
    .waitForFunction(
      () => {
        const stale = (root: Document | ShadowRoot): boolean =>
          root.querySelector('.stale') !== null ||
          [...root.querySelectorAll('*')].some((element) => element.shadowRoot !== null && stale(element.shadowRoot));
        return !stale(document);
      },
      undefined,
      { timeout: 10_000 },
    )
    .catch((error: unknown) => {
      if (!(error instanceof errors.TimeoutError)) throw error;
    });
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => ({ target: node.target })) }));
  });
}

export function seriousOnes(violations: AxeViolation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

/** One line per place: its violations, or "no violations". */
export function logViolations(found: Record<string, AxeViolation[]>): void {
  for (const [where, violations] of Object.entries(found)) {
    console.log(
      `axe, ${where}: ${violations.length === 0 ? 'no violations' : violations.map((v) => `${v.impact} ${v.id} ×${v.nodes.length}`).join('; ')}`,
    );
  }
}
