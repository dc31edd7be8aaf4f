// The map's one hit-test rule, as a pure function over screen-space geometry (no MapLibre):
// the same rule serves the MapLibre map, hover and a static SVG first frame.
//
// THE RULE — the most specific place under the pointer wins:
//   1. Points. A point is hit within its target radius: a generous target (≥ 44 px across for
//      touch, ≥ 24 px for a mouse), shrunk to half the gap to the nearest other point so that it
//      never steals a neighbour's, but never smaller than its drawn symbol. The nearest hit point
//      wins. Points whose drawn symbols overlap (e.g. the Kabul cluster at a small zoom) form a
//      group: a hit on any of them returns a chooser listing exactly that group, never one at
//      random.
//   2. Then the line, within its tolerance: generous (half the target above) outside every area,
//      narrow (just beyond its drawn width) inside an area, so it never takes a click meant for
//      the interior of a province that borders it. The nearest line wins.
//   3. Then areas containing the pointer, from smallest to largest (a district inside a province
//      inside another province: the district wins).
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
 * MapLibre's queryRenderedFeatures). `size` orders areas, smaller first (any unit, e.g. km²,
 * as long as every area uses the same).
 */
export type PickArea = { id: string; size: number } & ({ polygons: ScreenPolygon[] } | { contains: boolean });

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
/** The line's tolerance inside an area: a little beyond its drawn width (≈ 4 px). */
export const LINE_TOLERANCE_IN_AREA: Record<PointerKind, number> = { touch: 8, mouse: 5 };
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
  // 1. Points.
  const targets = pointTargets(scene.points, pointer);
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

  // 3 (computed first, since the line's tolerance depends on it). Areas, smallest first.
  const containing = scene.areas
    .filter((a) => ('contains' in a ? a.contains : a.polygons.some((poly) => polygonContains(at, poly))))
    .sort((a, b) => a.size - b.size);

  // 2. The line.
  const tolerance = containing.length ? LINE_TOLERANCE_IN_AREA[pointer] : TARGET_RADIUS[pointer];
  let line: string | null = null;
  let lineDistance = Infinity;
  for (const l of scene.lines) {
    const d = 'distance' in l ? l.distance : pathsDistance(at, l.paths);
    if (d <= tolerance && d < lineDistance) [line, lineDistance] = [l.id, d];
  }
  if (line) return { kind: 'place', id: line, via: 'line' };

  if (containing.length) return { kind: 'place', id: containing[0].id, via: 'area' };
  return { kind: 'none' };
}
