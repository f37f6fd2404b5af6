/**
 * The sunburst's keyboard stops, as a pure decision: the centre and the first ring's arcs, in
 * drawing order (clockwise from 12 o'clock), are one Tab stop together (a roving tabindex), and
 * arrow keys walk them: Right or Down to the next, Left or Up to the one before (both wrap),
 * Home to the centre, End to the last arc. A drawing has hundreds of arcs; a keyboard user who
 * Tabs past it should not meet them one by one.
 */

/** The stop a key moves to from `at` of `count` stops (0 is the centre), or null for a key that does not move. */
export function sunburstKeyTarget(key: string, at: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (at + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (at - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
