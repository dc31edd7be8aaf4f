// Outlines thinned once, for every static picture and for placing the key provinces' names: to
// 1 px at zoom 7 and rounded to DECIMALS (half a pixel at zoom 9). The first frame draws and
// names the provinces from these; the map names them from the same (key-province-labels.ts), so
// a name computed on either side lands on the same point.
import { simplify, truncate } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { TILE_SIZE } from './camera.ts';

const DECIMALS = 3;
/** Simplified to 1 px at zoom 7 (a deep link deeper than that is re-thinned from these; ≤ 3 px off at 8.5). */
export const SIMPLIFY_ZOOM = 7;
const TOLERANCE = 360 / (TILE_SIZE * 2 ** SIMPLIFY_ZOOM);

/** A coordinate rounded to DECIMALS, as truncate rounds the outlines' positions. */
export const round = (v: number) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

/** The geometry simplified to 1 px at SIMPLIFY_ZOOM, its positions rounded to DECIMALS. */
export function thinned<G extends Geometry>(geometry: G): G {
  const simple = simplify({ type: 'Feature', properties: {}, geometry } as Feature<G>, {
    tolerance: TOLERANCE,
    highQuality: false,
  });
  // simplify returned a copy: round it in place.
  return truncate(simple, { precision: DECIMALS, mutate: true }).geometry;
}
