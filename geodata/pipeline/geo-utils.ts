// Small pure geometry helpers the pipeline needs that Turf does not offer in this form.
import type { Position, Feature, FeatureCollection, Geometry } from 'geojson';

/** Key for exact coordinate identity (shared-edge checks rely on bit-equal coordinates). */
export const posKey = (p: Position): string => `${p[0]},${p[1]}`;

/** Rounds every coordinate of a geometry to `decimals` places (mutates a deep copy). */
export function roundGeometry<G extends Geometry>(geometry: G, decimals: number): G {
  const f = 10 ** decimals;
  const round = (c: unknown): unknown =>
    typeof c === 'number' ? Math.round(c * f) / f : Array.isArray(c) ? c.map(round) : c;
  if (geometry.type === 'GeometryCollection') throw new Error('GeometryCollection not supported');
  return { ...geometry, coordinates: round((geometry as { coordinates: unknown }).coordinates) } as G;
}

/**
 * Joins line pieces that meet end to end into as few LineStrings as possible.
 * topojson.mesh returns a boundary as separate arcs split at every junction; the Durand Line
 * must be one LineString from tripoint to tripoint.
 */
export function stitchLines(pieces: Position[][]): Position[][] {
  const remaining = pieces.map((p) => p.slice());
  const out: Position[][] = [];
  while (remaining.length) {
    let line = remaining.shift()!;
    let grew = true;
    while (grew) {
      grew = false;
      for (let i = 0; i < remaining.length; i++) {
        const p = remaining[i];
        const head = posKey(line[0]);
        const tail = posKey(line[line.length - 1]);
        if (posKey(p[0]) === tail) line = line.concat(p.slice(1));
        else if (posKey(p[p.length - 1]) === tail) line = line.concat(p.slice().reverse().slice(1));
        else if (posKey(p[p.length - 1]) === head) line = p.concat(line.slice(1));
        else if (posKey(p[0]) === head) line = p.slice().reverse().concat(line.slice(1));
        else continue;
        remaining.splice(i, 1);
        grew = true;
        break;
      }
    }
    out.push(line);
  }
  return out;
}

/** Approximate ground distance in km between two lon/lat points (equirectangular; fine below ~50 km). */
export function localKm(a: Position, b: Position): number {
  const lat = ((a[1] + b[1]) / 2) * (Math.PI / 180);
  const dx = (a[0] - b[0]) * Math.cos(lat) * 111.32;
  const dy = (a[1] - b[1]) * 110.574;
  return Math.hypot(dx, dy);
}

/** Distance in km from a point to a segment, in the same local projection as localKm. */
export function pointSegmentKm(p: Position, a: Position, b: Position): number {
  const k = Math.cos(p[1] * (Math.PI / 180)) * 111.32;
  const ax = (a[0] - p[0]) * k,
    ay = (a[1] - p[1]) * 110.574;
  const bx = (b[0] - p[0]) * k,
    by = (b[1] - p[1]) * 110.574;
  const dx = bx - ax,
    dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Serializes a FeatureCollection one feature per line, so diffs of derived data stay readable. */
export function formatCollection(fc: FeatureCollection): string {
  const lines = fc.features.map((f: Feature) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
