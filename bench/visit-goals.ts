/**
 * The visit figures beside their goals. Times are set against the floor (an empty worker's
 * answer): first visits against the first-visit floor, reloads against the reload floor, so a
 * figure reads as "floor + X ms" and as a multiple of the floor.
 */
import type { BrowserFigures } from './browser-bench.js';
import type { Spread } from './stats.js';
import { describeSummary, type TransferSummary } from './transfer-log.js';

export interface GoalRow {
  figure: string;
  unit: 'ms' | 'B';
  /** Median and range over the runs, or one number (sizes); null when not measured. */
  value: Spread | number | null;
  /** The floor it is set against, ms (median), if any. */
  floorMs: number | null;
  /** `value / floor` and `value - floor` for times set against a floor. */
  timesFloor: number | null;
  overFloorMs: number | null;
  /** The goal in words (`floor + 150`), and as a limit on the median. */
  goal: string;
  limit: number | null;
  met: boolean | null;
}

const KB = 1000;

export function goalRows(
  browser: BrowserFigures | null,
  sizes: { partsGzipBytes: number; skeletonGzipBytes: number; bundleGzipBytes: number },
): GoalRow[] {
  const cold = browser?.floor?.coldMs.median ?? null;
  const warm = browser?.floor?.warmMs.median ?? null;
  const rows: GoalRow[] = [];
  const time = (figure: string, value: Spread | undefined | null, floor: number | null, plus: number): void => {
    const median = value?.median ?? null;
    const limit = floor === null ? null : floor + plus;
    rows.push({
      figure,
      unit: 'ms',
      value: value ?? null,
      floorMs: floor,
      timesFloor: median === null || floor === null ? null : Number((median / floor).toFixed(2)),
      overFloorMs: median === null || floor === null ? null : Number((median - floor).toFixed(1)),
      goal: `floor + ${plus}`,
      limit,
      met: median === null || limit === null ? null : median <= limit,
    });
  };
  const absolute = (
    figure: string,
    unit: GoalRow['unit'],
    value: Spread | number | undefined | null,
    limit: number,
    goal: string,
  ): void => {
    const median = typeof value === 'number' ? value : (value?.median ?? null);
    rows.push({
      figure,
      unit,
      value: value ?? null,
      floorMs: null,
      timesFloor: null,
      overFloorMs: null,
      goal,
      limit,
      met: median === null ? null : median <= limit,
    });
  };
  const floor = browser?.floor;
  rows.push(infoRow('floor, first visit (fresh context)', 'ms', floor?.coldMs));
  rows.push(infoRow('floor, reload (same context)', 'ms', floor?.warmMs));

  const docs = browser?.docs;
  time('docs page, first visit: 4 labels named', docs?.labelsMs, cold, 150);
  absolute('docs page, first visit: bytes', 'B', docs?.labelsBytes, 300 * KB, '≤ 300 KB');
  absolute('docs page: hover → tooltip definition', 'ms', docs?.tooltipMs, 100, '≤ 100');
  absolute('docs page: bytes from the hover', 'B', docs?.tooltipBytes, 100 * KB, '≤ 100 KB');
  time('docs page, ten labels drawn from the 21k: named', docs?.randomLabelsMs, cold, 150);
  absolute('docs page, ten labels drawn from the 21k: bytes', 'B', docs?.randomLabelsBytes, 300 * KB, '≤ 300 KB');

  const explorer = browser?.explorer;
  time('explorer, first visit: tree rows', explorer?.first.rowsMs, cold, 400);
  time('explorer, first visit: dog card', explorer?.first.cardMs, cold, 500);
  for (const [name, visit] of [
    ['later visit', explorer?.later],
    ['offline visit', explorer?.offline],
  ] as const) {
    time(`explorer, ${name}: synset-index-ready`, visit?.readyMs, warm, 40);
    time(`explorer, ${name}: tree rows`, visit?.rowsMs, warm, 100);
    time(`explorer, ${name}: dog card`, visit?.cardMs, warm, 120);
  }
  absolute('data parts gzipped, all', 'B', sizes.partsGzipBytes, sizes.bundleGzipBytes, '≤ the old bundle gzipped');
  rows.push(infoRow('data parts gzipped, structure + names (the tree)', 'B', sizes.skeletonGzipBytes));
  return rows;
}

/** A figure without a goal. */
function infoRow(figure: string, unit: GoalRow['unit'], value: Spread | number | undefined): GoalRow {
  return { figure, unit, value: value ?? null, floorMs: null, timesFloor: null, overFloorMs: null, goal: '', limit: null, met: null };
}

/** The rows as a text table. */
export function formatGoalTable(rows: readonly GoalRow[]): string[] {
  const number = (value: number, unit: GoalRow['unit']) => (unit === 'B' ? value.toLocaleString('en') : String(value));
  const valueText = (row: GoalRow): string => {
    if (row.value === null) return 'not measured';
    if (typeof row.value === 'number') return number(row.value, row.unit);
    const { median, min, max } = row.value;
    return `${number(median, row.unit)} (${number(min, row.unit)}–${number(max, row.unit)})`;
  };
  const table = [
    ['figure', 'median (min–max)', 'unit', '× floor', 'floor + ms', 'goal', 'limit', 'met'],
    ...rows.map((row) => [
      row.figure,
      valueText(row),
      row.unit,
      row.timesFloor === null ? '' : `${row.timesFloor}×`,
      row.overFloorMs === null ? '' : `${row.floorMs} ${row.overFloorMs < 0 ? '−' : '+'} ${Math.abs(row.overFloorMs)}`,
      row.goal,
      row.limit === null ? '' : number(Math.round(row.limit), row.unit),
      row.met === null ? '' : row.met ? 'yes' : 'NO',
    ]),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((line) => line[c]!.length)));
  const lines = table.map((line) =>
    line
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return lines;
}

/** Bytes transferred per page, a line each. */
export function transferLines(browser: BrowserFigures | null): string[] {
  const line = (what: string, summary: TransferSummary | undefined) => (summary ? [`  ${what}: ${describeSummary(summary)}`] : []);
  const explorer = browser?.explorer;
  return [
    ...line('floor page, first visit', browser?.floor?.coldBytes),
    ...line('docs page, until the labels', browser?.docs?.labelsTransfers),
    ...line('docs page, from the hover', browser?.docs?.tooltipTransfers),
    ...line('explorer, first visit until the card', explorer?.firstTransfersAtCard),
    ...line('explorer, first visit with the preload', explorer?.firstTransfers),
    ...(explorer?.firstWireBytes
      ? [
          `  explorer, first visit: the server wrote ${explorer.firstWireBytes.median.toLocaleString('en')} B (service worker's precache included)`,
        ]
      : []),
    ...line('explorer, later visit', explorer?.laterTransfers),
  ];
}
