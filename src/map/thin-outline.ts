// Outlines thinned once, for every static picture and for placing the key provinces' names: to
// 1 px at zoom 7 and rounded to DECIMALS (half a pixel at zoom 9). The first frame draws and
// names the provinces from these; the map names them from the same (key-province-labels.ts), so
// a name computed on either side lands on the same point.
import { simplify } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import { TILE_SIZE } from './camera.ts';

export const DECIMALS = 3;
/** Simplified to 1 px at zoom 7 (a deep link deeper than that is re-thinned from these; ≤ 3 px off at 8.5). */
export const SIMPLIFY_ZOOM = 7;
const TOLERANCE = 360 / (TILE_SIZE * 2 ** SIMPLIFY_ZOOM);

export const round = (v: number) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;
const roundAll = (p: Position): Position => p.map(round);

/** The geometry simplified to 1 px at SIMPLIFY_ZOOM, its positions rounded to DECIMALS. */
export function thinned<G extends Geometry>(geometry: G): G {
  const g = simplify({ type: 'Feature', properties: {}, geometry } as Feature, {
    tolerance: TOLERANCE,
    highQuality: false,
  }).geometry;
  switch (g.type) {
    case 'Point':
      return { ...g, coordinates: roundAll(g.coordinates) } as G;
    case 'LineString':
    case 'MultiPoint':
      return { ...g, coordinates: g.coordinates.map(roundAll) } as G;
    case 'Polygon':
    case 'MultiLineString':
      return { ...g, coordinates: g.coordinates.map((r) => r.map(roundAll)) } as G;
    case 'MultiPolygon':
      return { ...g, coordinates: g.coordinates.map((p) => p.map((r) => r.map(roundAll))) } as G;
    default:
      return g as G;
  }
}
