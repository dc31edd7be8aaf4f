/** An animation's duration, or 0 when the reader prefers reduced motion (no camera flights). */
export function motionMs(ms: number): number {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : ms;
}
