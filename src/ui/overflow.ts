/**
 * How far a box (from `low` to `high` on one axis) must move to sit inside a frame (`min` to
 * `max`) with `margin` to spare: negative moves it towards `min`. When it cannot fit, its start
 * wins (a heading stays in view rather than the end).
 */
export function overflow(low: number, high: number, min: number, max: number, margin = 0): number {
  if (low < min + margin) return low - min - margin;
  if (high > max - margin) return Math.min(high - max + margin, low - min - margin);
  return 0;
}
