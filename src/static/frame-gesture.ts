// The reader's first pans and zooms, applied to the static first frame while the engine loads: the
// picture moves under a mouse drag, a wheel (with Ctrl/⌘ in an embed, where plain scrolling is the
// article's) and touch (two fingers in an embed, where one finger scrolls the article; one or two
// on the site), as the engine's handlers would move it. The camera it reaches is handed to the
// engine (handoff.ts), which opens there, so nothing jumps at the swap.
import { panCamera, pictureTransform, zoomCamera } from '../map/camera-gesture.ts';
import type { Bounds, MapCamera, Viewport } from '../map/camera.ts';

/** What the gesture needs of the first frame: the camera it is drawn in, its box and its bounds. */
export interface GestureFrame {
  drawnCamera(): MapCamera | null;
  viewport(): Viewport;
  bounds(): Bounds | null;
}

/** A drag shorter than this is a click on a place, as MapLibre's clickTolerance. */
const CLICK_TOLERANCE = 3;
/** A wheel turn this long after the last one has ended (MapLibre's trackpad heuristics use 40 ms). */
const WHEEL_QUIET_MS = 150;

/** MapLibre's wheel zoom rates: a mouse wheel's large steps, a trackpad pinch's small ones. */
function wheelFactor(e: WheelEvent): number {
  const delta = e.deltaMode === WheelEvent.DOM_DELTA_LINE ? e.deltaY * 40 : e.deltaY;
  const rate = Math.abs(delta) < 50 ? 1 / 100 : 1 / 450;
  const factor = 2 / (1 + Math.exp(-Math.abs(delta) * rate));
  return delta > 0 ? 1 / factor : factor;
}

export class FrameGesture {
  /** Where the reader has moved the map to; null until they do. */
  private camera: MapCamera | null = null;
  private active = 0;
  private wheelTimer = 0;
  private settledWaiters: (() => void)[] = [];
  private dragged = false;

  constructor(
    private root: HTMLElement,
    private frame: GestureFrame,
    embed: boolean,
  ) {
    root.style.transformOrigin = '0 0';
    root.style.touchAction = embed ? 'pan-x pan-y' : 'none';
    this.mouse();
    this.wheel(embed);
    this.touch(embed ? 2 : 1);
    // A drag is not a click on the place where it ends.
    root.addEventListener(
      'click',
      (e) => {
        if (!this.dragged) return;
        this.dragged = false;
        e.stopPropagation();
      },
      { capture: true },
    );
  }

  /** A point on the page, as a point of the picture as it was drawn (before the reader moved it). */
  toPicture(x: number, y: number): [number, number] {
    const t = this.transform();
    return t ? [(x - t.x) / t.scale, (y - t.y) / t.scale] : [x, y];
  }

  /** The camera the reader moved to, once no gesture is in progress; null if they did not move it. */
  settled(): Promise<MapCamera | null> {
    if (!this.active && !this.wheelTimer) return Promise.resolve(this.camera);
    return new Promise((resolve) => this.settledWaiters.push(() => resolve(this.camera)));
  }

  /** The engine is to open at exactly this camera (an address holds it only to link precision). */
  handOver(camera: MapCamera): void {
    this.camera ??= camera;
  }

  /** Moves the picture by (dx, dy) px, as a drag would (a tapped place kept clear of the sheet). */
  panBy(dx: number, dy: number): void {
    this.begin();
    this.move((c, v, b) => panCamera(c, v, dx, dy, b));
    this.end();
  }

  /** The picture was redrawn in a new camera (a new box): the reader's view stays where it was. */
  redrawn(): void {
    this.show();
  }

  private transform() {
    const drawn = this.frame.drawnCamera();
    return drawn && this.camera ? pictureTransform(drawn, this.camera, this.frame.viewport()) : null;
  }

  private show(): void {
    const t = this.transform();
    this.root.style.transform = t ? `matrix(${t.scale}, 0, 0, ${t.scale}, ${t.x}, ${t.y})` : '';
  }

  private move(change: (camera: MapCamera, v: Viewport, b: Bounds | null) => MapCamera): void {
    const base = this.camera ?? this.frame.drawnCamera();
    if (!base) return;
    this.camera = change(base, this.frame.viewport(), this.frame.bounds());
    this.show();
  }

  private begin(): void {
    this.active++;
  }

  private end(): void {
    this.active = Math.max(0, this.active - 1);
    this.maybeSettled();
  }

  private maybeSettled(): void {
    if (this.active || this.wheelTimer) return;
    for (const go of this.settledWaiters.splice(0)) go();
  }

  private local(e: { clientX: number; clientY: number }): [number, number] {
    const box = this.root.parentElement!.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  }

  private mouse(): void {
    this.root.addEventListener('pointerdown', (down) => {
      if (down.pointerType !== 'mouse' || down.button !== 0) return;
      let last = [down.clientX, down.clientY];
      let far = false;
      this.dragged = false;
      this.begin();
      const move = (e: PointerEvent) => {
        if (!far && Math.hypot(e.clientX - down.clientX, e.clientY - down.clientY) < CLICK_TOLERANCE) return;
        far = true;
        this.root.classList.add('dragging');
        const [dx, dy] = [e.clientX - last[0], e.clientY - last[1]];
        last = [e.clientX, e.clientY];
        this.move((c, v, b) => panCamera(c, v, dx, dy, b));
      };
      const up = () => {
        removeEventListener('pointermove', move);
        removeEventListener('pointerup', up);
        removeEventListener('pointercancel', up);
        this.root.classList.remove('dragging');
        this.dragged = far;
        this.end();
      };
      addEventListener('pointermove', move);
      addEventListener('pointerup', up);
      addEventListener('pointercancel', up);
    });
  }

  private wheel(embed: boolean): void {
    this.root.addEventListener(
      'wheel',
      (e) => {
        if (embed && !(e.ctrlKey || e.metaKey)) return;
        e.preventDefault();
        const at = this.local(e);
        this.move((c, v, b) => zoomCamera(c, v, wheelFactor(e), at, b));
        clearTimeout(this.wheelTimer);
        this.wheelTimer = window.setTimeout(() => {
          this.wheelTimer = 0;
          this.maybeSettled();
        }, WHEEL_QUIET_MS);
      },
      { passive: false },
    );
  }

  /** Touch: the fingers' centre pans, their spread zooms; fewer than `fingers` is the page's. */
  private touch(fingers: number): void {
    let last: { at: [number, number]; spread: number; n: number } | null = null;
    let travelled = 0;
    const measure = (e: TouchEvent) => {
      const points = [...e.touches].map((t) => this.local(t));
      const at: [number, number] = [
        points.reduce((s, p) => s + p[0], 0) / points.length,
        points.reduce((s, p) => s + p[1], 0) / points.length,
      ];
      const spread =
        points.length > 1 ? Math.hypot(points[0][0] - points[1][0], points[0][1] - points[1][1]) : 0;
      return { at, spread, n: points.length };
    };
    const opts = { passive: false } as const;
    this.root.addEventListener(
      'touchstart',
      (e) => {
        if (last || e.touches.length < fingers) return void (last &&= measure(e));
        this.begin();
        this.dragged = false;
        travelled = 0;
        last = measure(e);
      },
      opts,
    );
    this.root.addEventListener(
      'touchmove',
      (e) => {
        if (!last || e.touches.length < fingers) return;
        e.preventDefault();
        const now = measure(e);
        if (now.n !== last.n) return void (last = now);
        const [dx, dy] = [now.at[0] - last.at[0], now.at[1] - last.at[1]];
        const factor = now.n > 1 && last.spread > 0 ? now.spread / last.spread : 1;
        travelled += Math.hypot(dx, dy);
        if (travelled >= CLICK_TOLERANCE) this.dragged = true;
        this.move((c, v, b) => zoomCamera(panCamera(c, v, dx, dy, b), v, factor, now.at, b));
        last = now;
      },
      opts,
    );
    const lift = (e: TouchEvent) => {
      if (!last) return;
      if (e.touches.length >= fingers) return void (last = measure(e));
      last = null;
      this.end();
    };
    this.root.addEventListener('touchend', lift);
    this.root.addEventListener('touchcancel', lift);
  }
}
