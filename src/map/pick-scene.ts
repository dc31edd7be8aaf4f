// The map's places in screen space for the hit-test rule (pick.ts): every place's own geometry
// projected through the current camera. Points sit at their own coordinates (no icon offsets:
// points that overlap open a chooser instead of being nudged apart).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, Position } from 'geojson';
import type { PickScene, ScreenXY } from './pick.ts';

export function pickScene(map: MapLibreMap, features: Feature[]): PickScene {
  const proj = (c: Position): ScreenXY => {
    const p = map.project(c as [number, number]);
    return [p.x, p.y];
  };
  const scene: PickScene = { points: [], lines: [], areas: [] };
  for (const f of features) {
    const id = String(f.properties?.id);
    const g = f.geometry;
    if (!g) continue;
    if (g.type === 'Point') scene.points.push({ id, xy: proj(g.coordinates) });
    else if (g.type === 'LineString') scene.lines.push({ id, paths: [g.coordinates.map(proj)] });
    else if (g.type === 'MultiLineString')
      scene.lines.push({ id, paths: g.coordinates.map((l) => l.map(proj)) });
    else if (g.type === 'Polygon')
      scene.areas.push({ id, polygons: [g.coordinates.map((r) => r.map(proj))] });
    else if (g.type === 'MultiPolygon')
      scene.areas.push({ id, polygons: g.coordinates.map((poly) => poly.map((r) => r.map(proj))) });
  }
  return scene;
}
