// The first frame in the browser: keeps the picture index.html was built with when it is the
// camera MapLibre will open at, else redraws it (a deep link, a lens, a date range, a map bigger
// than the data's bounds) from data/first-frame.json; and turns clicks on it into places with the
// map's own pick rule. No MapLibre and no atlas.json on this path; the drawing and picking code
// (frame-work.ts) is itself loaded only when a redraw or a click needs it.
import { openingCamera, DEFAULT_VIEW, type Bounds, type MapCamera, type Viewport } from '../map/camera.ts';
import type { PointerKind } from '../map/pick.ts';
import type { Lens } from '../map/lens.ts';
import { isAllTime, type TimeRange } from '../time/range.ts';
import type { FrameData } from './frame-data.ts';
import { usesSheet } from '../ui/sheet-layout.ts';
import {
  linkedPlaceOpened,
  loadSheetCode,
  placePicked,
  placesPicked,
  registerFrameGesture,
} from './handoff.ts';
import { FrameGesture, type GestureFrame } from './frame-gesture.ts';
import { cachedUntilFailure } from './cached-until-failure.ts';

export const loadFrameData = cachedUntilFailure(() =>
  fetch(new URL('data/first-frame.json', document.baseURI)).then((r) => {
    if (!r.ok) throw new Error(`first-frame data: ${r.status}`);
    return r.json() as Promise<FrameData>;
  }),
);

const work = cachedUntilFailure(() => import('./frame-work.ts'));
/** The frame data and the drawing and picking code: what a redraw or a click needs. */
const frameWork = () => Promise.all([loadFrameData(), work()]);

const same = (a: MapCamera, b: MapCamera) =>
  Math.abs(a.zoom - b.zoom) < 1e-9 &&
  Math.abs(a.center[0] - b.center[0]) < 1e-9 &&
  Math.abs(a.center[1] - b.center[1]) < 1e-9;

/** What the link asks the map to show besides its camera: the claims lens and the time filter. */
export interface FrameView {
  lens: Lens;
  range: TimeRange;
}

export class FirstFrame implements GestureFrame {
  private camera: MapCamera | null = null;
  /** Counts paints, so a redraw that resolves after a newer one (the box changed meanwhile) is dropped. */
  private paints = 0;
  private gesture: FrameGesture | null = null;
  /** The picture index.html was built with, kept to go back to if the box shrinks again. */
  private built: Element[];

  constructor(
    private container: HTMLElement,
    private root: HTMLElement,
    private view: FrameView,
    private embed: boolean,
  ) {
    this.built = [...root.children];
    // A click whose data could not be fetched opens nothing; the reader's next click fetches again.
    root.addEventListener('click', (e) => void this.click(e).catch(() => undefined));
  }

  static start(container: HTMLElement, view: FrameView, embed: boolean): FirstFrame | null {
    const root = container.querySelector<HTMLElement>(':scope > .first-frame');
    if (!root) return null;
    const frame = new FirstFrame(container, root, view, embed);
    frame.paint();
    frame.gesture = registerFrameGesture(new FrameGesture(root, frame, embed));
    // A pointer arriving on the picture is about to click it: fetch what picking needs now, so the
    // first click opens its place as fast as the next ones (not after a fetch and a parse).
    const warm = () => {
      void frameWork().catch(() => undefined);
      if (usesSheet(embed)) void loadSheetCode().catch(() => undefined);
    };
    for (const type of ['pointerenter', 'pointerdown'])
      root.addEventListener(type, warm, { once: true, passive: true });
    // The map's box can change size before the engine takes over (the header's web font arriving
    // re-wraps it): redraw for the new box, as MapLibre will open for it.
    let last = `${container.clientWidth}x${container.clientHeight}`;
    new ResizeObserver(() => {
      const now = `${container.clientWidth}x${container.clientHeight}`;
      if (now !== last && root.isConnected) frame.paint();
      last = now;
    }).observe(container);
    // A link to a place, on a phone: its sheet, as the engine opens it (the camera is framed above it).
    const linked = new URLSearchParams(location.hash.replace(/^#/, '')).get('place');
    if (linked) linkedPlaceOpened(linked, () => frame.forgetLinkedPlace());
    return frame;
  }

  /**
   * The reader closed the link's place before the engine arrived: the link keeps the camera and
   * drops the place, so the engine opens the map as it is now (to the pixel: the camera is also
   * handed over exactly), with nothing open.
   */
  forgetLinkedPlace(): void {
    void frameWork().then(([d, { cameraFor, cameraOnlyHash }]) => {
      const v = this.viewport();
      const camera = this.camera ?? cameraFor(d, v, this.embed);
      history.replaceState(history.state, '', location.pathname + location.search + cameraOnlyHash(camera));
      this.gesture?.handOver(camera);
    });
  }

  /** The date filter changed before the engine arrived: the picture shows the new range. */
  setRange(range: TimeRange): void {
    this.view = { ...this.view, range };
    this.paint();
  }

  viewport(): Viewport {
    return { width: this.container.clientWidth, height: this.container.clientHeight };
  }

  drawnCamera(): MapCamera | null {
    return this.camera;
  }

  bounds(): Bounds | null {
    return JSON.parse(this.root.dataset.bounds ?? 'null') as Bounds | null;
  }

  /**
   * Keeps the built picture when it is already right (no hash, bounds not constraining, no lens
   * and no time filter); the theme does not matter (first-frame-dark.css recolours it).
   */
  paint(): void {
    const paint = ++this.paints;
    const v = this.viewport();
    const bounds = this.bounds();
    const built =
      !location.hash &&
      this.view.lens === 'both' &&
      isAllTime(this.view.range) &&
      bounds &&
      same(openingCamera({ camera: null, place: null }, v, bounds, false), DEFAULT_VIEW);
    if (built) {
      this.camera = DEFAULT_VIEW;
      if (this.root.querySelector('svg.fitted')) this.root.replaceChildren(...this.built);
      this.gesture?.redrawn();
      return;
    }
    this.root.classList.add('redrawing');
    void frameWork().then(([d, { cameraFor, drawFrame }]) => {
      if (paint !== this.paints) return;
      this.camera = cameraFor(d, v, this.embed);
      this.root.replaceChildren(drawFrame(d, this.camera, v, this.view));
      this.root.classList.remove('redrawing');
      this.gesture?.redrawn();
    });
  }

  private async click(e: MouseEvent): Promise<void> {
    const pointer: PointerKind = (e as PointerEvent).pointerType === 'touch' ? 'touch' : 'mouse';
    const [d, { cameraFor, pickOnFrame }] = await frameWork();
    const box = this.container.getBoundingClientRect();
    const v = this.viewport();
    const camera = this.camera ?? cameraFor(d, v, this.embed);
    // Picked in the picture as drawn: the reader may have moved it since (frame-gesture.ts).
    const local: [number, number] = [e.clientX - box.left, e.clientY - box.top];
    const point = this.gesture?.toPicture(...local) ?? local;
    const hit = pickOnFrame(d, camera, v, this.view, point, pointer);
    const at = { x: e.clientX, y: e.clientY };
    if (hit.kind === 'place') placePicked(hit.id, at);
    else if (hit.kind === 'chooser') placesPicked(hit.ids, at);
  }
}
