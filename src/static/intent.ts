// A reader's intent to use an embedded map, which is when its engine is worth loading: a pointer
// pressed on it, a wheel turned with the modifier (plain wheel scrolls the article), two fingers,
// keyboard focus, or a mouse resting on it long enough to mean it. Being visible is not intent.
export const HOVER_INTENT_MS = 600;

export function onIntent(target: HTMLElement, go: () => void): void {
  let timer = 0;
  // One signal removes every listener once intent is shown.
  const stop = new AbortController();
  const opts = { passive: true, capture: true, signal: stop.signal } as const;
  const fire = () => {
    clearTimeout(timer);
    stop.abort();
    go();
  };
  const wheel = (e: WheelEvent) => (e.ctrlKey || e.metaKey ? fire() : undefined);
  const touch = (e: TouchEvent) => (e.touches.length >= 2 ? fire() : undefined);
  const enter = (e: PointerEvent) => {
    if (e.pointerType === 'mouse') timer = window.setTimeout(fire, HOVER_INTENT_MS);
  };
  const leave = () => clearTimeout(timer);
  target.addEventListener('pointerdown', fire, opts);
  target.addEventListener('wheel', wheel, opts);
  target.addEventListener('touchstart', touch, opts);
  target.addEventListener('focusin', fire, opts);
  target.addEventListener('pointerenter', enter, opts);
  target.addEventListener('pointerleave', leave, opts);
}
