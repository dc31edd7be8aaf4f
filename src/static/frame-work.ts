// The first frame's heavier half, loaded only when needed: redrawing the picture for a camera the
// build did not draw (a deep link, a lens, a date range, a box the data's bounds constrain) and
// picking the place under a click. Kept out of the page's first script: a reader at the default
// view who never clicks before the engine arrives never downloads it.
import { openingCamera, SMALL_MAP, ZOOM_RANGE, type MapCamera, type Viewport } from '../map/camera.ts';
import { pick, type PickResult, type PointerKind } from '../map/pick.ts';
import { formatHash, parseHash } from '../share/url-state.ts';
import { sheetCovers } from '../ui/sheet-layout.ts';
import type { FrameData } from './frame-data.ts';
import type { FrameView } from './first-frame.ts';
import { renderSvg } from './render-svg.ts';
import { pickScene } from './scene.ts';
import { svgElement } from './svg-tree.ts';

/** The place a link opens (drawn selected in the first frame, as the map will). */
export function linkedPlace(d: FrameData): string | null {
  const id = new URLSearchParams(location.hash.replace(/^#/, '')).get('place');
  return d.places.some((p) => p.id === id) ? id : null;
}

/** A link to this camera with no place open (the reader closed the link's place before the engine). */
export const cameraOnlyHash = (c: MapCamera): string =>
  formatHash({ camera: { zoom: c.zoom, lat: c.center[1], lng: c.center[0] }, place: null });

/** The camera the map opens at for this link (framed above the phone's sheet, outside embeds). */
export function cameraFor(d: FrameData, viewport: Viewport, embed: boolean): MapCamera {
  const link = parseHash(location.hash, {
    placeIds: new Set(d.places.map((p) => p.id)),
    bounds: d.bounds,
    minZoom: ZOOM_RANGE.min,
    maxZoom: ZOOM_RANGE.max,
  });
  const place = d.places.find((p) => p.id === link.place) ?? null;
  return openingCamera(
    { camera: link.camera, place },
    viewport,
    d.bounds,
    matchMedia(SMALL_MAP).matches,
    sheetCovers(embed, viewport.height),
  );
}

/** The picture for this box, link and view, as an <svg> element. */
export function drawFrame(d: FrameData, camera: MapCamera, viewport: Viewport, view: FrameView): SVGElement {
  return svgElement(
    renderSvg(d, {
      camera,
      viewport,
      selected: linkedPlace(d),
      lens: view.lens,
      range: view.range,
      attrs: { class: 'first-frame-svg fitted', 'aria-hidden': 'true' },
    }),
  );
}

/** The map's own pick rule on the first frame's picture. */
export function pickOnFrame(
  d: FrameData,
  camera: MapCamera,
  viewport: Viewport,
  view: FrameView,
  at: [number, number],
  pointer: PointerKind,
): PickResult {
  return pick(at, pointer, pickScene(d, camera, viewport, view.range));
}
