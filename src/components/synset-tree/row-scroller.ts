/**
 * The DOM side of `row-window.ts`: for an element that draws equal-height rows inside a
 * scroller, it measures the scroller and a row-height probe (a `ResizeObserver`), follows
 * scrolling, says which rows to draw and scrolls a row into view. A controller, so the element
 * stays a shell over its model.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rowsInView, scrollTopFor, type RowRange } from './row-window.js';

export class RowScroller implements ReactiveController {
  /** The scroller's `scrollTop` and inner height, and a row's height, px (until measured, a guess). */
  private scrollTop = 0;
  private height = 600;
  private rowHeight = 30;
  private readonly resizeObserver = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const height = entry.contentRect.height;
      if (height <= 0) continue;
      if ((entry.target as HTMLElement).classList.contains(this.probeClass)) this.rowHeight = height;
      else this.height = height;
    }
    this.host.requestUpdate();
  });
  /** The scroller being measured (with the probe inside it). */
  private observed: HTMLElement | null = null;

  /**
   * @param findScroller The scroller in the host's render, or null when it draws none.
   * @param probeClass The class of an element inside the scroller, one row high, measured for the arithmetic.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly findScroller: () => HTMLElement | null,
    private readonly probeClass: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Re-attached after a move: measure the same elements again.
    this.observe(this.observed);
  }

  hostDisconnected(): void {
    this.resizeObserver.disconnect();
  }

  hostUpdated(): void {
    // The scroller appears with the host's first content (and again after an error).
    const scroller = this.findScroller();
    if (scroller !== this.observed) this.observe(scroller);
  }

  /** The scroller's `scroll` listener. */
  readonly onScroll = (event: Event): void => {
    this.scrollTop = (event.currentTarget as HTMLElement).scrollTop;
    this.host.requestUpdate();
  };

  /** The rows of `count` to draw now, `overscan` more on each side. */
  range(count: number, overscan: number): RowRange {
    return rowsInView({ scrollTop: this.scrollTop, height: this.height, rowHeight: this.rowHeight, count }, overscan);
  }

  /**
   * Scrolls row `index` into view once the host's pending update is done (the rows of a model
   * that has just changed are laid out in it); `count()` is read then.
   */
  async scrollTo(index: number, block: 'nearest' | 'center', count: () => number): Promise<void> {
    await this.host.updateComplete;
    const scroller = this.findScroller();
    const rows = count();
    if (!scroller || index < 0 || index >= rows) return;
    // A box that follows its rows may have grown with the rows just opened, before the resize
    // observer reports it: centring needs today's height.
    this.height = scroller.clientHeight || this.height;
    const target = scrollTopFor(index, block, { scrollTop: this.scrollTop, height: this.height, rowHeight: this.rowHeight, count: rows });
    if (target === this.scrollTop) return;
    // The rows are drawn for the new position in the same update as the scroll.
    scroller.scrollTop = target;
    this.scrollTop = scroller.scrollTop;
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  private observe(scroller: HTMLElement | null): void {
    this.resizeObserver.disconnect();
    this.observed = scroller;
    if (!scroller) return;
    this.resizeObserver.observe(scroller);
    this.resizeObserver.observe(scroller.querySelector(`.${this.probeClass}`)!);
  }
}
