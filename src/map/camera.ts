// The camera as pure Web Mercator arithmetic, shared by MapLibre's map and the static first frame
// (src/static/): where the map opens for a viewport and a link, where focusing a place puts it, and
// where a point lands on screen. No MapLibre import, so the first frame can run before the engine.
// The maths are MapLibre's own (512 px tiles; maxBounds constrain as in its mercator transform), so
// the first frame and the engine agree to a fraction of a pixel (e2e/first-frame.spec.ts checks it).
import type { Position } from 'geojson';

export const TILE_SIZE = 512;
export const DEFAULT_VIEW = { center: [69.6, 32.6] as [number, number], zoom: 5.2 };
export const ZOOM_RANGE = { min: 4, max: 12 };
/** A map small enough that popups take a larger share of it (the media query in src/styles/engine.css). */
export const SMALL_MAP = '(max-width: 760px), (max-height: 560px)';

export interface MapCamera {
  center: [number, number];
  zoom: number;
}
export interface Viewport {
  width: number;
  height: number;
}
/** [west, south, east, north] */
export type Bounds = [number, number, number, number];

const MAX_LAT = 85.051129;
export const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;
/** Mercator x, y in [0, 1] for the whole world. */
export const mercatorX = (lng: number) => (180 + lng) / 360;
export function mercatorY(lat: number): number {
  const l = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360))) / 360;
}
const lngOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;

/** A projector from lng/lat to screen pixels (origin top-left of the viewport). */
export function projector(camera: MapCamera, viewport: Viewport): (p: Position) => [number, number] {
  const size = worldSize(camera.zoom);
  const cx = mercatorX(camera.center[0]) * size;
  const cy = mercatorY(camera.center[1]) * size;
  const ox = viewport.width / 2 - cx;
  const oy = viewport.height / 2 - cy;
  return (p) => [mercatorX(p[0]) * size + ox, mercatorY(p[1]) * size + oy];
}

/** Screen pixel → lng/lat (the inverse of projector). */
export function unprojector(
  camera: MapCamera,
  viewport: Viewport,
): (x: number, y: number) => [number, number] {
  const size = worldSize(camera.zoom);
  const cx = mercatorX(camera.center[0]) * size;
  const cy = mercatorY(camera.center[1]) * size;
  return (x, y) => [
    lngOf((x - viewport.width / 2 + cx) / size),
    latOf((y - viewport.height / 2 + cy) / size),
  ];
}

/**
 * MapLibre's maxBounds constrain (mercator_transform.ts defaultConstrain, applied twice as its
 * getConstrainedCamera does): zoom in when the bounds are smaller than the viewport, else slide the
 * centre so the viewport stays inside them.
 */
export function constrain(camera: MapCamera, viewport: Viewport, bounds: Bounds): MapCamera {
  const once = (c: MapCamera): MapCamera => {
    const zoom = Math.max(ZOOM_RANGE.min, Math.min(ZOOM_RANGE.max, c.zoom));
    const size = worldSize(zoom);
    const [w, s, e, n] = bounds;
    const minY = mercatorY(n) * size;
    const maxY = mercatorY(s) * size;
    const minX = mercatorX(w) * size;
    const maxX = mercatorX(e) * size;
    const scaleY = maxY - minY < viewport.height ? viewport.height / (maxY - minY) : 0;
    const scaleX = maxX - minX < viewport.width ? viewport.width / (maxX - minX) : 0;
    let x = mercatorX(c.center[0]) * size;
    let y = mercatorY(c.center[1]) * size;
    const scale = Math.max(scaleX, scaleY);
    if (scale) {
      if (scaleX) x = (maxX + minX) / 2;
      if (scaleY) y = (maxY + minY) / 2;
      return { center: [lngOf(x / size), latOf(y / size)], zoom: zoom + Math.log2(scale) };
    }
    const h2 = viewport.height / 2;
    const w2 = viewport.width / 2;
    if (y - h2 < minY) y = minY + h2;
    if (y + h2 > maxY) y = maxY - h2;
    if (x - w2 < minX) x = minX + w2;
    if (x + w2 > maxX) x = maxX - w2;
    return { center: [lngOf(x / size), latOf(y / size)], zoom };
  };
  const first = once(camera);
  return { center: first.center, zoom: once(first).zoom };
}

export interface Focusable {
  geometryType: string | null;
  anchor: Position;
  bbox: [number, number, number, number];
}

/**
 * Where focusing a place puts the camera: the place in the lower part of the map, the upper part
 * left for its popup. A point is centred there at zoom ≥ 7.5; an area or line is fitted (≤ 8.5).
 * `smallMap` is whether SMALL_MAP matches (popups then take a larger share of the map).
 */
export function focusCamera(
  place: Focusable,
  viewport: Viewport,
  currentZoom: number,
  smallMap: boolean,
): MapCamera {
  const { width, height } = viewport;
  const side = Math.min(60, width / 10);
  // The share of the map's height a popup may take (its max-height in src/styles/engine.css, same media query).
  const popupShare = smallMap ? 0.6 : 0.46;
  if (place.geometryType === 'Point') {
    const zoom = Math.max(currentZoom, 7.5);
    const size = worldSize(zoom);
    const offset = height * (popupShare / 2 + 0.05);
    const y = mercatorY(place.anchor[1]) * size - offset;
    return { center: [place.anchor[0], latOf(y / size)], zoom };
  }
  const pad = { top: height * (popupShare + 0.06), bottom: 24, left: side, right: side };
  return fitCamera(place.bbox, viewport, pad, 8.5);
}

/**
 * Where focusing a place puts the camera when the phone's sheet covers the map's lowest `covered`
 * px: a point centred in the map above the sheet at zoom ≥ 7.5; an area or line fitted there (≤ 8.5).
 */
export function sheetFocusCamera(
  place: Focusable,
  viewport: Viewport,
  currentZoom: number,
  covered: number,
): MapCamera {
  if (place.geometryType === 'Point') {
    const zoom = Math.max(currentZoom, 7.5);
    const size = worldSize(zoom);
    const y = mercatorY(place.anchor[1]) * size + covered / 2;
    return { center: [place.anchor[0], latOf(y / size)], zoom };
  }
  const side = Math.min(60, viewport.width / 10);
  return fitCamera(place.bbox, viewport, { top: 24, bottom: covered + 24, left: side, right: side }, 8.5);
}

/** MapLibre's cameraForBounds: the box fitted inside the padded viewport, centred in the padding. */
export function fitCamera(
  bbox: [number, number, number, number],
  viewport: Viewport,
  pad: { top: number; bottom: number; left: number; right: number },
  maxZoom = ZOOM_RANGE.max,
): MapCamera {
  const [w, s, e, n] = bbox;
  const dx = (mercatorX(e) - mercatorX(w)) * TILE_SIZE;
  const dy = (mercatorY(s) - mercatorY(n)) * TILE_SIZE;
  const fit = Math.min(
    (viewport.width - pad.left - pad.right) / Math.max(dx, 1e-9),
    (viewport.height - pad.top - pad.bottom) / Math.max(dy, 1e-9),
  );
  const zoom = Math.min(maxZoom, Math.log2(fit));
  const size = worldSize(zoom);
  const cx = ((mercatorX(w) + mercatorX(e)) / 2) * size - (pad.left - pad.right) / 2;
  const cy = ((mercatorY(n) + mercatorY(s)) / 2) * size - (pad.top - pad.bottom) / 2;
  return { center: [lngOf(cx / size), latOf(cy / size)], zoom };
}

/**
 * The camera the map opens at for a viewport and a link: the link's camera, else the opened
 * place's focus (above the phone's sheet when it covers the map's lowest `sheetCovers` px), else
 * the default view; always constrained to the data's bounds.
 */
export function openingCamera(
  link: { camera: { zoom: number; lat: number; lng: number } | null; place: Focusable | null },
  viewport: Viewport,
  bounds: Bounds,
  smallMap: boolean,
  sheetCovers = 0,
): MapCamera {
  const start = constrain(DEFAULT_VIEW, viewport, bounds);
  if (link.camera)
    return constrain(
      { center: [link.camera.lng, link.camera.lat], zoom: link.camera.zoom },
      viewport,
      bounds,
    );
  if (link.place && sheetCovers > 0)
    return constrain(sheetFocusCamera(link.place, viewport, start.zoom, sheetCovers), viewport, bounds);
  if (link.place) return constrain(focusCamera(link.place, viewport, start.zoom, smallMap), viewport, bounds);
  return start;
}
