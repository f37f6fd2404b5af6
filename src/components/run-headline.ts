/**
 * A run's headline figures as people read them (the "Your model" panel and the explorer's line
 * under the top bar): top-1, top-5, ReaL top-1 and mistake severity, each with its difference
 * against a baseline when one is shown. Pure templates.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RunSummary } from '../worker/api.js';
import { formatPercent, formatPoints } from './run-figures.js';

/** One figure: its name, the run's value, and the baseline's difference. */
interface Figure {
  name: string;
  title: string;
  value: string;
  difference: string;
}

/** The figures a run has (top-5 needs top-k predictions, ReaL the images' names or order). */
export function headlineFigures(run: RunSummary, baseline: RunSummary | null): Figure[] {
  const share = (key: 'top1' | 'top5' | 'realTop1', name: string, title: string): Figure | null => {
    const value = run[key];
    if (value === null) return null;
    const base = baseline?.[key] ?? null;
    return { name, title, value: formatPercent(value), difference: base === null ? '' : formatPoints(value - base) };
  };
  const severity = run.mistakeSeverity;
  const baseSeverity = baseline?.mistakeSeverity ?? null;
  return [
    share('top1', 'top-1', 'Share of images whose first prediction is the label'),
    share('top5', 'top-5', 'Share of images whose label is among the first five predictions'),
    share('realTop1', 'ReaL top-1', 'Top-1 against ReaL’s relabelled validation set (Beyer et al. 2020), over the images it labels'),
    severity === null
      ? null
      : {
          name: 'mistake severity',
          title: 'Mean hierarchy distance of the wrong top-1 predictions (Bertinetto et al. 2020): lower is better',
          value: severity.toFixed(2),
          difference:
            baseSeverity === null ? '' : `${severity - baseSeverity < 0 ? '−' : '+'}${Math.abs(severity - baseSeverity).toFixed(2)}`,
        },
  ].filter((figure): figure is Figure => figure !== null);
}

/** The figures as a definition list. */
export function renderHeadline(run: RunSummary, baseline: RunSummary | null): TemplateResult {
  return html`<dl class="headline" part="headline">
    ${headlineFigures(run, baseline).map(
      (figure) =>
        html`<div class="figure" title=${figure.title}>
          <dt>${figure.name}</dt>
          <dd>
            ${figure.value}${figure.difference ? html` <span class="difference">(${figure.difference} against ${baseline!.fileName})</span>` : nothing}
          </dd>
        </div>`,
    )}
  </dl>`;
}
