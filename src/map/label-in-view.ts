// Where a large area's name goes in the current view. Natural Earth gives each province one label
// point; at a phone's default view Balochistan's lies off screen and Khyber Pakhtunkhwa's at the
// edge, so the name would be missing or cut. Rule: the area's own label point while it is well
// inside the view (labels do not wander on desktop), else the middle of the largest part of the
// area in view, else nothing. One pure function for the map (on every moveend) and the first frame.
import { area, bboxClip, booleanPointInPolygon, centroid } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** The view in lng/lat [west, south, east, north], already inset by half a label. */
export type ViewBox = [number, number, number, number];

/** How far a key province's name keeps from the view's edges, in px (half a two-line name). */
export const LABEL_INSET = { x: 48, y: 24 };

const inBox = (p: Position, b: ViewBox) => p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];

export function labelInView(shape: Polygon | MultiPolygon, own: Position, view: ViewBox): Position | null {
  if (inBox(own, view)) return own;
  const clipped = bboxClip(shape, view).geometry as Polygon | MultiPolygon;
  const parts: Position[][][] = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
  const polygons = parts.filter((rings) => rings.length && rings[0].length >= 4);
  if (!polygons.length) return null;
  const largest = polygons
    .map((coordinates): Feature<Polygon> => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    }))
    .reduce((a, b) => (area(b) > area(a) ? b : a));
  const middle = centroid(largest).geometry.coordinates;
  if (booleanPointInPolygon(middle, largest)) return middle;
  // A crescent's centroid can fall outside it: then the middle of its longest chord across at the
  // centroid's latitude (inside by construction).
  return middleOfChord(largest.geometry.coordinates, middle[1]) ?? largest.geometry.coordinates[0][0];
}

/** The view box for a map of `width` × `height` px, inset by LABEL_INSET. */
export function insetView(
  unproject: (x: number, y: number) => Position,
  width: number,
  height: number,
): ViewBox {
  const [west, south] = unproject(LABEL_INSET.x, height - LABEL_INSET.y);
  const [east, north] = unproject(width - LABEL_INSET.x, LABEL_INSET.y);
  return [west, south, east, north];
}

/** The two provinces the argument is about: named at every zoom (place id → basemap name). */
export const KEY_PROVINCES: Record<string, string> = {
  'khyber-pakhtunkhwa': 'Khyber Pakhtunkhwa',
  balochistan: 'Balochistan',
};

/** The middle of the widest stretch inside a polygon along the parallel `lat` (even-odd rule). */
function middleOfChord(rings: Position[][], lat: number): Position | null {
  const xs: number[] = [];
  for (const ring of rings)
    for (let i = 1; i < ring.length; i++) {
      const [a, b] = [ring[i - 1], ring[i]];
      if (a[1] > lat !== b[1] > lat) xs.push(a[0] + ((lat - a[1]) / (b[1] - a[1])) * (b[0] - a[0]));
    }
  xs.sort((p, q) => p - q);
  let best: Position | null = null;
  let width = 0;
  for (let i = 0; i + 1 < xs.length; i += 2)
    if (xs[i + 1] - xs[i] > width) {
      width = xs[i + 1] - xs[i];
      best = [(xs[i] + xs[i + 1]) / 2, lat];
    }
  return best;
}
