// Turf-derived facts the popups show, computed once at build time (never in the browser).
import { area, booleanPointInPolygon, length, lineString, pointToLineDistance, point } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';

const key = (p: Position) => `${p[0]},${p[1]}`;
const round1 = (v: number) => Math.round(v * 10) / 10;

export function lineLengthKm(line: LineString): number {
  return round1(length(lineString(line.coordinates), { units: 'kilometers' }));
}

export function distanceToLineKm(at: Position, line: LineString): number {
  return round1(pointToLineDistance(point(at), lineString(line.coordinates), { units: 'kilometers' }));
}

/** ISO code of the first country polygon containing the point, or null (e.g. exactly on the line's far side). */
export function countryAt(
  at: Position,
  countries: { code: string; geometry: Polygon | MultiPolygon }[],
): string | null {
  for (const c of countries) if (booleanPointInPolygon(at, c.geometry)) return c.code;
  return null;
}

export function areaKm2(geometry: Polygon | MultiPolygon): number {
  return Math.round(area({ type: 'Feature', properties: {}, geometry } as Feature) / 1e6);
}

/**
 * Length of the line that is also the polygon's edge: the line's segments whose two ends are both
 * polygon vertices. Exact because the pipeline keeps shared edges bit-identical.
 */
export function sharedBorderKm(geometry: Polygon | MultiPolygon, line: LineString): number {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const vertices = new Set(rings.flat().map(key));
  let km = 0;
  const c = line.coordinates;
  for (let i = 1; i < c.length; i++)
    if (vertices.has(key(c[i - 1])) && vertices.has(key(c[i])))
      km += length(lineString([c[i - 1], c[i]]), { units: 'kilometers' });
  return round1(km);
}
