// The viewport index.html's first frame is drawn for: centred on the default view and reaching
// the data's bounds on every side, so any map smaller than the bounds shows a centred crop of it
// that matches MapLibre's camera exactly (a bigger map is redrawn in the browser).
import { DEFAULT_VIEW, mercatorX, mercatorY, worldSize, type Bounds, type Viewport } from '../map/camera.ts';

export function prerenderViewport(bounds: Bounds): Viewport {
  const size = worldSize(DEFAULT_VIEW.zoom);
  const cx = mercatorX(DEFAULT_VIEW.center[0]) * size;
  const cy = mercatorY(DEFAULT_VIEW.center[1]) * size;
  const [w, s, e, n] = bounds;
  const halfW = Math.max(cx - mercatorX(w) * size, mercatorX(e) * size - cx);
  const halfH = Math.max(cy - mercatorY(n) * size, mercatorY(s) * size - cy);
  return { width: 2 * Math.ceil(halfW), height: 2 * Math.ceil(halfH) };
}
