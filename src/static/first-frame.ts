// The first frame in the browser: keeps the picture index.html was built with when it is the
// camera MapLibre will open at, else redraws it (a deep link, a map bigger than the data's
// bounds) from data/first-frame.json; and turns clicks on it into places with the map's own pick
// rule. No MapLibre and no atlas.json on this path.
import {
  openingCamera,
  SMALL_MAP,
  ZOOM_RANGE,
  DEFAULT_VIEW,
  type MapCamera,
  type Viewport,
} from '../map/camera.ts';
import { pick, type PointerKind } from '../map/pick.ts';
import { parseHash } from '../share/url-state.ts';
import type { Lens } from '../map/lens.ts';
import { isAllTime, type TimeRange } from '../time/range.ts';
import type { FrameData } from './frame-data.ts';
import { placePicked } from './handoff.ts';
import { renderSvg } from './render-svg.ts';
import { pickScene } from './scene.ts';
import { svgElement } from './svg-tree.ts';

let data: Promise<FrameData> | null = null;
export function loadFrameData(): Promise<FrameData> {
  return (data ??= fetch(new URL('data/first-frame.json', document.baseURI)).then((r) => {
    if (!r.ok) throw new Error(`first-frame data: ${r.status}`);
    return r.json() as Promise<FrameData>;
  }));
}

const same = (a: MapCamera, b: MapCamera) =>
  Math.abs(a.zoom - b.zoom) < 1e-9 &&
  Math.abs(a.center[0] - b.center[0]) < 1e-9 &&
  Math.abs(a.center[1] - b.center[1]) < 1e-9;

/** The place a link opens (drawn selected in the first frame, as the map will). */
export function linkedPlace(d: FrameData): string | null {
  const id = new URLSearchParams(location.hash.replace(/^#/, '')).get('place');
  return d.places.some((p) => p.id === id) ? id : null;
}

export function cameraFor(d: FrameData, viewport: Viewport): MapCamera {
  const link = parseHash(location.hash, {
    placeIds: new Set(d.places.map((p) => p.id)),
    bounds: d.bounds,
    minZoom: ZOOM_RANGE.min,
    maxZoom: ZOOM_RANGE.max,
  });
  const place = d.places.find((p) => p.id === link.place) ?? null;
  return openingCamera({ camera: link.camera, place }, viewport, d.bounds, matchMedia(SMALL_MAP).matches);
}

/** What the link asks the map to show besides its camera: the claims lens and the time filter. */
export interface FrameView {
  lens: Lens;
  range: TimeRange;
}

export class FirstFrame {
  private camera: MapCamera | null = null;
  /** The picture index.html was built with, kept to go back to if the box shrinks again. */
  private built: Element[];

  constructor(
    private container: HTMLElement,
    private root: HTMLElement,
    private view: FrameView,
  ) {
    this.built = [...root.children];
    root.addEventListener('click', (e) => void this.click(e));
  }

  static start(container: HTMLElement, view: FrameView): FirstFrame | null {
    const root = container.querySelector<HTMLElement>(':scope > .first-frame');
    if (!root) return null;
    const frame = new FirstFrame(container, root, view);
    frame.paint();
    // The map's box can change size before the engine takes over (the header's web font arriving
    // re-wraps it): redraw for the new box, as MapLibre will open for it.
    let last = `${container.clientWidth}x${container.clientHeight}`;
    new ResizeObserver(() => {
      const now = `${container.clientWidth}x${container.clientHeight}`;
      if (now !== last && root.isConnected) frame.paint();
      last = now;
    }).observe(container);
    return frame;
  }

  private viewport(): Viewport {
    return { width: this.container.clientWidth, height: this.container.clientHeight };
  }

  /**
   * Keeps the built picture when it is already right (no hash, bounds not constraining, no lens
   * and no time filter); the theme does not matter (first-frame-dark.css recolours it).
   */
  paint(): void {
    const v = this.viewport();
    const bounds = JSON.parse(this.root.dataset.bounds ?? 'null') as FrameData['bounds'] | null;
    const built =
      !location.hash &&
      this.view.lens === 'both' &&
      isAllTime(this.view.range) &&
      bounds &&
      same(openingCamera({ camera: null, place: null }, v, bounds, false), DEFAULT_VIEW);
    if (built) {
      this.camera = DEFAULT_VIEW;
      if (this.root.querySelector('svg.fitted')) this.root.replaceChildren(...this.built);
      return;
    }
    this.root.classList.add('redrawing');
    void loadFrameData().then((d) => {
      this.camera = cameraFor(d, v);
      const svg = svgElement(
        renderSvg(d, {
          camera: this.camera,
          viewport: v,
          selected: linkedPlace(d),
          lens: this.view.lens,
          range: this.view.range,
          attrs: { class: 'first-frame-svg fitted', 'aria-hidden': 'true' },
        }),
      );
      this.root.replaceChildren(svg);
      this.root.classList.remove('redrawing');
    });
  }

  private async click(e: MouseEvent): Promise<void> {
    const d = await loadFrameData();
    const box = this.container.getBoundingClientRect();
    const v = this.viewport();
    const camera = this.camera ?? cameraFor(d, v);
    const pointer: PointerKind = (e as PointerEvent).pointerType === 'touch' ? 'touch' : 'mouse';
    const hit = pick(
      [e.clientX - box.left, e.clientY - box.top],
      pointer,
      pickScene(d, camera, v, this.view.range),
    );
    // A chooser (overlapping symbols) is the engine's to show; until then the nearest is opened.
    if (hit.kind === 'place') placePicked(hit.id);
    else if (hit.kind === 'chooser') placePicked(hit.ids[0]);
  }
}
