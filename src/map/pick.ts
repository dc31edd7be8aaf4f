// The map's one hit-test rule, as a pure function over screen-space geometry (no MapLibre):
// the same rule serves the MapLibre map, hover and a static SVG first frame.
//
// THE RULE — the most specific place under the pointer wins:
//   1. Points. A point is hit on its drawn symbol, or within a generous target around it (≥ 44 px
//      across for touch, ≥ 24 px for a mouse) shrunk to half the gap to the nearest other point,
//      so it never steals a neighbour's. The nearest hit point wins. Points whose drawn symbols
//      overlap (e.g. the Kabul cluster at a small zoom) form a group: a hit on any of them returns
//      a chooser listing exactly that group, never one of them at random.
//   2. Then the line, within its tolerance: the same generous half-target, or, inside a small
//      area, just its drawn width (see 4).
//   3. Then areas containing the pointer, from smallest to largest on screen (a district inside a
//      province: the district wins).
//   4. Generous margins never steal a small area's interior: inside an area smaller on screen than
//      SMALL_AREA_PX2 (Bajaur, Kunar or the Spin Ghar band at the default view), points are hit on
//      their drawn symbol only and the line within its drawn width only.
//   Otherwise nothing.

/** A position in screen pixels, [x, y]. */
export type ScreenXY = [number, number];
/** A ring of screen positions (first and last may or may not repeat). */
export type ScreenRing = ScreenXY[];
/** A polygon: an outer ring, then holes. */
export type ScreenPolygon = ScreenRing[];

export type PointerKind = 'mouse' | 'touch';

export interface PickPoint {
  id: string;
  /** Where the symbol is drawn (the place's own coordinates projected, plus any icon offset). */
  xy: ScreenXY;
  /** Radius of the drawn symbol in px (default POINT_SYMBOL_RADIUS). */
  radius?: number;
}

/** A line: either its projected paths, or the pointer's distance to it measured elsewhere. */
export type PickLine = { id: string } & ({ paths: ScreenXY[][] } | { distance: number });

/**
 * An area: either its projected polygons, or whether it contains the pointer (e.g. from
 * MapLibre's queryRenderedFeatures) with its area on screen in px².
 */
export type PickArea = { id: string } & (
  { polygons: ScreenPolygon[] } | { contains: boolean; screenArea: number }
);

export interface PickScene {
  points: PickPoint[];
  lines: PickLine[];
  areas: PickArea[];
}

export type PickResult =
  | { kind: 'place'; id: string; via: 'point' | 'line' | 'area' }
  | { kind: 'chooser'; ids: string[] }
  | { kind: 'none' };

/** Half of the generous target size: 44 px across for touch, 24 px for a mouse. */
export const TARGET_RADIUS: Record<PointerKind, number> = { touch: 22, mouse: 12 };
/** The line's tolerance inside a small area: its drawn width with its casing (≤ 7 px across). */
export const LINE_TOLERANCE_IN_SMALL_AREA = 3;
/** An area smaller than this on screen (a 100 px square) keeps its interior free of margins. */
export const SMALL_AREA_PX2 = 10_000;
/** Drawn point symbols are 22 px icons with a ≈ 7 px radius shape (src/map/icons.ts). */
export const POINT_SYMBOL_RADIUS = 7;

const dist = (a: ScreenXY, b: ScreenXY) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Planar distance from p to the segment a–b (screen pixels are planar). */
export function segmentDistance(p: ScreenXY, a: ScreenXY, b: ScreenXY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

export function pathsDistance(p: ScreenXY, paths: ScreenXY[][]): number {
  let best = Infinity;
  for (const path of paths)
    for (let i = 0; i < path.length; i++)
      best = Math.min(best, segmentDistance(p, path[i], path[Math.min(i + 1, path.length - 1)]));
  return best;
}

/** Even-odd ray casting: holes (and a repeated closing vertex) are handled by the parity. */
export function polygonContains(p: ScreenXY, polygon: ScreenPolygon): boolean {
  let inside = false;
  for (const ring of polygon)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}

/** Area of a polygon in px² (outer ring minus holes, shoelace formula). */
export function polygonArea(polygon: ScreenPolygon): number {
  const ringArea = (r: ScreenRing) =>
    Math.abs(
      r.reduce((sum, p, i) => sum + p[0] * r[(i + 1) % r.length][1] - r[(i + 1) % r.length][0] * p[1], 0),
    ) / 2;
  return polygon.reduce((sum, ring, i) => sum + (i === 0 ? ringArea(ring) : -ringArea(ring)), 0);
}

const radiusOf = (pt: PickPoint) => pt.radius ?? POINT_SYMBOL_RADIUS;

/** Groups of points whose drawn symbols overlap (connected components), as index lists. */
export function overlapGroups(points: PickPoint[]): number[][] {
  const group = points.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i])));
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      if (dist(points[i].xy, points[j].xy) < radiusOf(points[i]) + radiusOf(points[j]))
        group[root(i)] = root(j);
  const byRoot = new Map<number, number[]>();
  points.forEach((_, i) => byRoot.set(root(i), [...(byRoot.get(root(i)) ?? []), i]));
  return [...byRoot.values()];
}

/**
 * Each point's target radius: generous, shrunk to half the gap to the nearest point outside its
 * own overlap group (so neighbours split the space between them), never below the drawn symbol.
 */
export function pointTargets(points: PickPoint[], pointer: PointerKind): number[] {
  const groups = overlapGroups(points);
  const groupOf = new Map<number, number>();
  groups.forEach((g, gi) => g.forEach((i) => groupOf.set(i, gi)));
  return points.map((pt, i) => {
    let r = TARGET_RADIUS[pointer];
    points.forEach((other, j) => {
      if (groupOf.get(i) !== groupOf.get(j)) r = Math.min(r, dist(pt.xy, other.xy) / 2);
    });
    return Math.max(r, radiusOf(pt));
  });
}

/** Applies the rule above to what is under `at`. */
export function pick(at: ScreenXY, pointer: PointerKind, scene: PickScene): PickResult {
  // Areas under the pointer, smallest first on screen (needed by 1 and 2 for rule 4).
  const containing = scene.areas
    .flatMap((a) => {
      if ('contains' in a) return a.contains ? [{ id: a.id, size: a.screenArea }] : [];
      if (!a.polygons.some((poly) => polygonContains(at, poly))) return [];
      return [{ id: a.id, size: a.polygons.reduce((sum, poly) => sum + polygonArea(poly), 0) }];
    })
    .sort((a, b) => a.size - b.size);
  const inSmallArea = containing.length > 0 && containing[0].size < SMALL_AREA_PX2;

  // 1. Points.
  const targets = inSmallArea ? scene.points.map(radiusOf) : pointTargets(scene.points, pointer);
  let nearest = -1;
  let nearestDistance = Infinity;
  scene.points.forEach((pt, i) => {
    const d = dist(at, pt.xy);
    if (d <= targets[i] && d < nearestDistance) [nearest, nearestDistance] = [i, d];
  });
  if (nearest >= 0) {
    const group = overlapGroups(scene.points).find((g) => g.includes(nearest))!;
    if (group.length > 1) return { kind: 'chooser', ids: group.map((i) => scene.points[i].id) };
    return { kind: 'place', id: scene.points[nearest].id, via: 'point' };
  }

  // 2. The line.
  const tolerance = inSmallArea ? LINE_TOLERANCE_IN_SMALL_AREA : TARGET_RADIUS[pointer];
  let line: string | null = null;
  let lineDistance = Infinity;
  for (const l of scene.lines) {
    const d = 'distance' in l ? l.distance : pathsDistance(at, l.paths);
    if (d <= tolerance && d < lineDistance) [line, lineDistance] = [l.id, d];
  }
  if (line) return { kind: 'place', id: line, via: 'line' };

  // 3. Areas.
  if (containing.length) return { kind: 'place', id: containing[0].id, via: 'area' };
  return { kind: 'none' };
}
