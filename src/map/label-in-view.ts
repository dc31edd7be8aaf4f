// Where a large area's name goes in the current view. Natural Earth gives each province one label
// point; at a phone's default view Balochistan's lies off screen and Khyber Pakhtunkhwa's at the
// edge, so the name would be missing or cut. Rule: the area's own label point while it is well
// inside the view (labels do not wander on desktop), else the middle of the largest part of the
// area in view, else nothing. One pure function for the map (on every moveend) and the first frame.
// The "own" point of the two key provinces is itself moved, once, into the smallest map the site is
// read in at the default view (homeLabelPoint), so at that view every map and every crop of the
// built first frame, phone or desktop, names them in the same place.
import { area, bboxClip, booleanPointInPolygon, centroid } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { DEFAULT_VIEW, unprojector } from './camera.ts';

/** The view in lng/lat [west, south, east, north], already inset by half a label. */
export type ViewBox = [number, number, number, number];

/** How far a key province's name keeps from the view's edges, in px (half a two-line name). */
export const LABEL_INSET = { x: 48, y: 24 };

const inBox = (p: Position, b: ViewBox) => p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];

export function labelInView(shape: Polygon | MultiPolygon, own: Position, view: ViewBox): Position | null {
  if (inBox(own, view)) return own;
  // Each part's outer ring alone (holes do not move a name much), clipped to the view; a part the
  // view cuts down to a sliver is dropped (turf throws on a ring of fewer than 4 positions).
  const outers = shape.type === 'Polygon' ? [shape.coordinates[0]] : shape.coordinates.map((p) => p[0]);
  const polygons: Position[][][] = [];
  for (const ring of outers) {
    if (!ring || ring.length < 4) continue;
    try {
      const clipped = bboxClip({ type: 'Polygon', coordinates: [ring] }, view).geometry as
        Polygon | MultiPolygon;
      const parts = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
      for (const part of parts) if (part.length && part[0].length >= 4) polygons.push([part[0]]);
    } catch {
      // Degenerate after clipping: nothing of this part to label.
    }
  }
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

/** The smallest map box the default view is designed for (a phone's map under its header). */
export const SMALLEST_MAP = { width: 360, height: 420 };

/** Where a key province is named at the default view: in view in every map at least SMALLEST_MAP. */
export function homeLabelPoint(shape: Polygon | MultiPolygon, own: Position): Position {
  const view = insetView(unprojector(DEFAULT_VIEW, SMALLEST_MAP), SMALLEST_MAP.width, SMALLEST_MAP.height);
  return labelInView(shape, own, view) ?? own;
}
