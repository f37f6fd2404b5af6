import { describe, expect, it } from 'vitest';
import { rowsInView, scrollTopFor } from '../../src/components/synset-tree/row-window.js';

const view = { scrollTop: 0, height: 300, rowHeight: 30, count: 1000 };

describe('rowsInView', () => {
  it('covers the viewport and the overscan on both sides, within the list', () => {
    expect(rowsInView(view, 5)).toEqual({ first: 0, end: 15 });
    expect(rowsInView({ ...view, scrollTop: 3000 }, 5)).toEqual({ first: 95, end: 115 });
    expect(rowsInView({ ...view, scrollTop: 3015 }, 0)).toEqual({ first: 100, end: 111 });
    expect(rowsInView({ ...view, scrollTop: 29_700 }, 5)).toEqual({ first: 985, end: 1000 });
  });

  it('is empty for an empty list or an unmeasured row', () => {
    expect(rowsInView({ ...view, count: 0 }, 5)).toEqual({ first: 0, end: 0 });
    expect(rowsInView({ ...view, rowHeight: 0 }, 5)).toEqual({ first: 0, end: 0 });
  });

  it('a list shorter than its viewport shows every row', () => {
    expect(rowsInView({ ...view, count: 4, scrollTop: 0 }, 5)).toEqual({ first: 0, end: 4 });
  });
});

describe('scrollTopFor', () => {
  it('nearest: stays when the row is in view, else moves just enough', () => {
    expect(scrollTopFor(3, 'nearest', { ...view, scrollTop: 0 })).toBe(0);
    expect(scrollTopFor(10, 'nearest', { ...view, scrollTop: 0 })).toBe(30);
    expect(scrollTopFor(50, 'nearest', { ...view, scrollTop: 3000 })).toBe(1500);
  });

  it('center: the row in the middle, clamped to the ends', () => {
    expect(scrollTopFor(100, 'center', view)).toBe(2865);
    expect(scrollTopFor(1, 'center', view)).toBe(0);
    expect(scrollTopFor(999, 'center', view)).toBe(29_700);
  });

  it('a short list never scrolls', () => {
    expect(scrollTopFor(3, 'center', { ...view, count: 4 })).toBe(0);
  });
});
