// A pan or a zoom applied to a camera as pure arithmetic, and the picture transform that shows a
// picture drawn in one camera as it would look in another. The static first frame moves with the
// reader's first gesture this way while the engine loads; the engine then opens at the same camera,
// so the swap does not jump. Cameras are constrained as MapLibre constrains them (camera.ts).
import {
  constrain,
  projector,
  unprojector,
  ZOOM_RANGE,
  type Bounds,
  type MapCamera,
  type Viewport,
} from './camera.ts';

/** Screen = scale × picture + [x, y], with the picture's top-left corner as the origin. */
export interface PictureTransform {
  scale: number;
  x: number;
  y: number;
}

const constrained = (camera: MapCamera, viewport: Viewport, bounds: Bounds | null) =>
  bounds ? constrain(camera, viewport, bounds) : camera;

/** The camera after the reader drags the map by [dx, dy] screen pixels. */
export function panCamera(
  camera: MapCamera,
  viewport: Viewport,
  dx: number,
  dy: number,
  bounds: Bounds | null = null,
): MapCamera {
  const center = unprojector(camera, viewport)(viewport.width / 2 - dx, viewport.height / 2 - dy);
  return constrained({ center, zoom: camera.zoom }, viewport, bounds);
}

/** The camera after zooming by `factor` (2 = one zoom level in) keeping the point at `at` in place. */
export function zoomCamera(
  camera: MapCamera,
  viewport: Viewport,
  factor: number,
  at: [number, number],
  bounds: Bounds | null = null,
): MapCamera {
  const zoom = Math.max(ZOOM_RANGE.min, Math.min(ZOOM_RANGE.max, camera.zoom + Math.log2(factor)));
  const k = 2 ** (zoom - camera.zoom);
  // The point under `at` stays there: the new centre is `at` plus its old offset, shrunk by k.
  const cx = at[0] + (viewport.width / 2 - at[0]) / k;
  const cy = at[1] + (viewport.height / 2 - at[1]) / k;
  const center = unprojector(camera, viewport)(cx, cy);
  return constrained({ center, zoom }, viewport, bounds);
}

/** How to transform a picture drawn in camera `from` so it shows camera `to` (same viewport). */
export function pictureTransform(from: MapCamera, to: MapCamera, viewport: Viewport): PictureTransform {
  const scale = 2 ** (to.zoom - from.zoom);
  const [fx, fy] = projector(from, viewport)(to.center);
  return { scale, x: viewport.width / 2 - scale * fx, y: viewport.height / 2 - scale * fy };
}
