// Constructs Bajaur district, which Natural Earth lacks, by cutting the F.A.T.A. polygon along
// the Bajaur–Mohmand boundary taken from the openly licensed @svg-maps/pakistan.districts drawing.
//
// Honesty rules: (1) every vertex Bajaur shares with Kunar, the Durand Line or Khyber
// Pakhtunkhwa is an unchanged Natural Earth vertex, because the cut's two ends are snapped to
// existing F.A.T.A. vertices instead of intersecting (which would add vertices on shared edges);
// (2) the cut itself is only as good as the SVG drawing (~1–2.5 km), so the result is approximate.
import svgPathParser from 'svg-path-parser';
const { parseSVG, makeAbsolute } = svgPathParser;
import { booleanPointInPolygon, area, kinks, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { localKm, pointSegmentKm, posKey } from './geo-utils.ts';

export interface SvgLocation {
  id: string;
  name: string;
  path: string;
}

/** Absolute vertex lists (one per subpath) of an SVG path made of M/L/Z commands. */
export function svgRings(path: string): Position[][] {
  const rings: Position[][] = [];
  let ring: Position[] = [];
  for (const c of makeAbsolute(parseSVG(path))) {
    if (c.code === 'M') {
      if (ring.length) rings.push(ring);
      ring = [[c.x, c.y]];
    } else if (c.code === 'L') ring.push([c.x, c.y]);
    else if (c.code === 'Z') {
      if (ring.length) rings.push(ring);
      ring = [];
    } else throw new Error(`svg path: unsupported command ${c.code}`);
  }
  if (ring.length) rings.push(ring);
  // makeAbsolute yields floats like 1061.6000000000001: round to the drawing's 0.1 unit grid.
  return rings.map((r) => r.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]));
}

export interface Georef {
  /** lon = x0 + sx * x ; lat = y0 - sy * y */
  x0: number;
  y0: number;
  sx: number;
  sy: number;
  medianErrorKm: number;
  p90ErrorKm: number;
  samples: number;
}

/**
 * Fits the SVG drawing's offset to Natural Earth's Pakistan outline (scale fixed as measured):
 * a pattern search minimizing the median distance from the drawing's outer vertices to the outline.
 */
export function georeference(
  locations: SvgLocation[],
  outline: Position[][],
  sx: number,
  sy: number,
): Georef {
  const count = new Map<string, number>();
  const all: Position[] = [];
  for (const l of locations)
    for (const r of svgRings(l.path))
      for (const p of r) {
        const k = posKey(p);
        if (!count.has(k)) all.push(p);
        count.set(k, (count.get(k) ?? 0) + 1);
      }
  // Vertices used by one district only lie on the country's outer edge (or inside a lone unit).
  const outer = all.filter((p) => count.get(posKey(p)) === 1);
  const step = Math.max(1, Math.floor(outer.length / 400));
  const sample = outer.filter((_, i) => i % step === 0);
  const segs: [Position, Position][] = [];
  for (const ring of outline) for (let i = 1; i < ring.length; i++) segs.push([ring[i - 1], ring[i]]);

  const errors = (x0: number, y0: number): number[] =>
    sample
      .map((p) => {
        const q: Position = [x0 + sx * p[0], y0 - sy * p[1]];
        let best = Infinity;
        for (const [a, b] of segs) {
          if (Math.abs(a[1] - q[1]) > 0.5 && Math.abs(b[1] - q[1]) > 0.5) continue;
          const d = pointSegmentKm(q, a, b);
          if (d < best) best = d;
        }
        return best;
      })
      .sort((a, b) => a - b);
  const median = (e: number[]) => e[Math.floor(e.length / 2)];

  // Start from bounding-box alignment (west and north extremes), then refine.
  let minX = Infinity,
    minY = Infinity,
    west = Infinity,
    north = -Infinity;
  for (const p of all) {
    minX = Math.min(minX, p[0]);
    minY = Math.min(minY, p[1]);
  }
  for (const r of outline)
    for (const p of r) {
      west = Math.min(west, p[0]);
      north = Math.max(north, p[1]);
    }
  let x0 = west - sx * minX,
    y0 = north + sy * minY;
  let best = median(errors(x0, y0));
  for (let s = 0.2; s > 0.0005; s /= 2) {
    let moved = true;
    while (moved) {
      moved = false;
      for (const [dx, dy] of [
        [s, 0],
        [-s, 0],
        [0, s],
        [0, -s],
      ]) {
        const m = median(errors(x0 + dx, y0 + dy));
        if (m < best) {
          best = m;
          x0 += dx;
          y0 += dy;
          moved = true;
        }
      }
    }
  }
  const e = errors(x0, y0);
  const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    x0: r6(x0),
    y0: r6(y0),
    sx,
    sy,
    medianErrorKm: Math.round(median(e) * 100) / 100,
    p90ErrorKm: Math.round(e[Math.floor(e.length * 0.9)] * 100) / 100,
    samples: e.length,
  };
}

/** The run of vertices two district paths share, in the first path's order. */
export function sharedChain(a: SvgLocation, b: SvgLocation): Position[] {
  const ringA = svgRings(a.path)[0];
  const inB = new Set(svgRings(b.path).flat().map(posKey));
  const n = ringA.length;
  const shared = ringA.map((p) => inB.has(posKey(p)));
  // Rotate so the chain does not wrap around the ring's start.
  const start = shared.findIndex((s, i) => s && !shared[(i - 1 + n) % n]);
  if (start < 0) throw new Error(`svg: ${a.id} and ${b.id} share no contiguous edge`);
  const chain: Position[] = [];
  for (let k = 0; k < n && shared[(start + k) % n]; k++) chain.push(ringA[(start + k) % n]);
  return chain;
}

export interface BajaurResult {
  bajaur: Feature<Polygon>;
  rest: Feature<Polygon>;
  georef: Georef;
  cut: { vertices: number; snapKm: [number, number]; droppedVertices: number };
}

/** Splits F.A.T.A. into Bajaur and the rest along the georeferenced Bajaur–Mohmand chain. */
export function splitFata(
  fata: Feature<Polygon>,
  locations: SvgLocation[],
  pakistanOutline: Position[][],
  opts: { sx: number; sy: number; bajaurId: string; mohmandId: string; insidePoint: Position },
  neighbours: Feature<Polygon | MultiPolygon>[],
): BajaurResult {
  const byId = (id: string) => {
    const l = locations.find((x) => x.id === id);
    if (!l) throw new Error(`svg: district ${id} not found`);
    return l;
  };
  const georef = georeference(locations, pakistanOutline, opts.sx, opts.sy);
  const chainSvg = sharedChain(byId(opts.bajaurId), byId(opts.mohmandId));
  const chain = chainSvg.map(([x, y]): Position => [georef.x0 + georef.sx * x, georef.y0 - georef.sy * y]);

  // Each end of the cut becomes a new vertex on the F.A.T.A. ring, at the nearest point of its
  // nearest edge; the same vertex is inserted into every neighbour that has that edge, so shared
  // edges stay identical (see GEODATA-NOTES: pitfalls).
  const ring = fata.geometry.coordinates[0].slice(0, -1);
  const ends = [chain[0], chain[chain.length - 1]].map((p) => {
    const hit = nearestOnRing(ring, p);
    return { p: hit.point, km: hit.km };
  });
  for (const e of ends) {
    insertOnEdge(fata.geometry.coordinates[0], e.p);
    for (const n of neighbours) for (const r of rings(n)) insertOnEdge(r, e.p);
  }
  const ringNow = fata.geometry.coordinates[0].slice(0, -1);
  const idx = (p: Position) => ringNow.findIndex((q) => posKey(q) === posKey(p));
  const s = { i: idx(ends[0].p), km: ends[0].km };
  const t = { i: idx(ends[1].p), km: ends[1].km };
  // Interior cut vertices must lie inside F.A.T.A. and off its edge, or the ring could cross itself.
  let dropped = 0;
  const interior = chain
    .slice(1, -1)
    .filter((p) => {
      const inside = booleanPointInPolygon(p, fata);
      let edge = Infinity;
      for (let i = 1; i < ring.length; i++) edge = Math.min(edge, pointSegmentKm(p, ring[i - 1], ring[i]));
      const keep = inside && edge > 0.3;
      if (!keep) dropped++;
      return keep;
    })
    .map(([x, y]): Position => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5]);

  const walk = (from: number, to: number) => {
    const out: Position[] = [];
    for (let i = from; ; i = (i + 1) % ringNow.length) {
      out.push(ringNow[i]);
      if (i === to) break;
    }
    return out;
  };
  const close = (r: Position[]) => [...r, r[0]];
  const a = polygon([close([...walk(s.i, t.i), ...interior.slice().reverse()])]);
  const b = polygon([close([...walk(t.i, s.i), ...interior])]);
  const [bajaur, rest] = booleanPointInPolygon(opts.insidePoint, a) ? [a, b] : [b, a];
  if (!booleanPointInPolygon(opts.insidePoint, bajaur) || area(bajaur) > area(rest))
    throw new Error('bajaur: cut did not isolate the district around its headquarters');
  for (const [name, f] of [
    ['bajaur', bajaur],
    ['fata-rest', rest],
  ] as const)
    if (kinks(f).features.length) throw new Error(`bajaur: ${name} ring crosses itself`);
  return {
    bajaur,
    rest,
    georef,
    cut: {
      vertices: interior.length,
      snapKm: [Math.round(s.km * 100) / 100, Math.round(t.km * 100) / 100],
      droppedVertices: dropped,
    },
  };
}

const rings = (f: Feature<Polygon | MultiPolygon>): Position[][] =>
  f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();

/** The point of a ring nearest to p (rounded to 1e-5°), and its distance in km. */
export function nearestOnRing(ring: Position[], p: Position): { point: Position; km: number } {
  let best = { point: ring[0], km: Infinity };
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i],
      b = ring[(i + 1) % ring.length];
    const k = Math.cos(p[1] * (Math.PI / 180));
    const dx = (b[0] - a[0]) * k,
      dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * k * dx + (p[1] - a[1]) * dy) / len2)) : 0;
    const q: Position = [
      Math.round((a[0] + t * (b[0] - a[0])) * 1e5) / 1e5,
      Math.round((a[1] + t * (b[1] - a[1])) * 1e5) / 1e5,
    ];
    const km = localKm(p, q);
    if (km < best.km) best = { point: q, km };
  }
  return best;
}

/**
 * Inserts v into a closed ring on the edge it lies on (within 1e-9° of collinear, between the
 * edge's ends). Does nothing if v is already a vertex or lies on no edge of this ring.
 */
export function insertOnEdge(ring: Position[], v: Position): boolean {
  if (ring.some((q) => posKey(q) === posKey(v))) return false;
  let best = -1,
    bestD = 2e-5;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i],
      b = ring[i + 1];
    const dx = b[0] - a[0],
      dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    if (!len2) continue;
    const t = ((v[0] - a[0]) * dx + (v[1] - a[1]) * dy) / len2;
    if (t <= 0 || t >= 1) continue;
    const d = Math.abs((v[0] - a[0]) * dy - (v[1] - a[1]) * dx) / Math.sqrt(len2);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  if (best < 0) return false;
  ring.splice(best + 1, 0, v);
  return true;
}
