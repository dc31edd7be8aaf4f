// The first frame's places as the pick rule's screen-space scene (src/map/pick.ts): the same rule
// the map applies, on the same projected geometry the static renderer draws.
import { projector, type MapCamera, type Viewport } from '../map/camera.ts';
import type { PickScene, ScreenXY } from '../map/pick.ts';
import { ALL_TIME, inRange, type TimeRange } from '../time/range.ts';
import type { FrameData } from './frame-data.ts';
import { symbolAt } from './render-svg.ts';

/** `range`: events the time filter hides are not drawn, so they cannot be picked either. */
export function pickScene(
  data: FrameData,
  camera: MapCamera,
  viewport: Viewport,
  range: TimeRange = ALL_TIME,
): PickScene {
  const project = projector(camera, viewport);
  const screen = (flat: number[]): ScreenXY[] => {
    const out: ScreenXY[] = [];
    for (let i = 0; i < flat.length; i += 2) out.push(project([flat[i], flat[i + 1]]));
    return out;
  };
  const scene: PickScene = { points: [], lines: [], areas: [] };
  for (const p of data.places.filter((x) => inRange(x.date, range))) {
    if (p.geometryType === 'Point') scene.points.push({ id: p.id, xy: symbolAt(p, project) });
    else if (p.paths) scene.lines.push({ id: p.id, paths: p.paths.map(screen) });
    else if (p.polygons)
      scene.areas.push({
        id: p.id,
        polygons: p.polygons.map((rings) => rings.map(screen)),
      });
  }
  return scene;
}
