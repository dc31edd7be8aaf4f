// The one static renderer: draws the map's features as SVG (labels as text in the bundled Noto
// Sans) from the first-frame data, with the palette and the zoom rules of the MapLibre style
// (src/map/style.ts), in the Web Mercator camera of src/map/camera.ts. Pure: it runs at build time
// (index.html's first frame, share preview PNGs through resvg) and in the browser (the first frame
// of a deep link or of a viewport the build did not draw). Paths are rounded and thinned to ~1 px.
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { bboxClip, simplify } from '@turf/turf';
import { projector, unprojector, type MapCamera, type Viewport } from '../map/camera.ts';
import { homeLabelPoint, insetView, KEY_PROVINCES, labelInView } from '../map/label-in-view.ts';
import { BASE, KIND_STYLES, LENS_COLOURS, LENS_PAINT, PALETTES, SELECTED } from '../map/palette.ts';
import type { Lens } from '../map/lens.ts';
import { ALL_TIME, inRange, type TimeRange } from '../time/range.ts';
import type { FrameData, FramePlace, Paths } from './frame-data.ts';
import type { Advances } from './font-advances.ts';
import { f1, h, type SvgNode } from './svg-tree.ts';
import { symbolShape, symbolStrokeWidth } from '../map/symbol-shape.ts';

export interface RenderOptions {
  camera: MapCamera;
  viewport: Viewport;
  /** Font families for regular and bold text (the page's faces, or resvg's loaded fonts). */
  fonts?: { regular: string; bold: string };
  /** The place drawn as selected (outline for areas, larger symbol for points). */
  selected?: string | null;
  /** Extra attributes for the root element (class, aria-*). */
  attrs?: Record<string, string>;
  /** The claims lens (?lens=): shades what that side's quotes say, as src/map/lens.ts does. */
  lens?: Lens;
  /** The time filter (?from=&to=): events outside it are not drawn, as in src/time/apply.ts. */
  range?: TimeRange;
  /**
   * Names drawn over the point symbols rather than under them (share previews: a small picture
   * read at a glance, where a prison's or an attack's symbol sits on "Kabul" or "Bajaur"). Placed
   * as everywhere; the first frame keeps MapLibre's drawing order, so nothing changes at the swap.
   */
  namesOverSymbols?: boolean;
}

/**
 * Drawn in the light palette only. Dark mode recolours the drawn picture in CSS
 * (src/static/first-frame-dark.css maps each light colour to its dark role), so the picture built
 * into index.html serves both themes without a second copy or a wait for data.
 */
const LIGHT = PALETTES.light;

export const PAGE_FONTS = {
  regular: "'Map Sans', 'Noto Sans', sans-serif",
  bold: "'Map Sans Bold', 'Noto Sans', sans-serif",
};
/** The places the style draws with a faint fill and no area label (src/map/style.ts). */
const FAINT_AREAS = Object.keys(KEY_PROVINCES);
const keyNames = Object.values(KEY_PROVINCES);
const ICON_SIZE = 22;

/**
 * Where MapLibre sets a line of text, in ems of its size, from the anchor point (or the point plus
 * its radial offset): the baseline of a line centred on it, of a name hanging below or standing
 * above, and how much further out a name after the point starts, or one before it ends. Measured
 * against MapLibre's own picture of the same view (e2e "every name sits within 1 px").
 */
const BASELINE = { centred: 0.42, below: 0.9, above: -0.04, after: 0.13, before: 0.21 };

/** MapLibre's ['interpolate', ['linear'], ['zoom'], z0, v0, z1, v1]. */
const lerp = (z: number, z0: number, v0: number, z1: number, v1: number) =>
  z <= z0 ? v0 : z >= z1 ? v1 : v0 + ((z - z0) / (z1 - z0)) * (v1 - v0);
/** The style's city rank filter: ['step', ['zoom'], 1, 5.5, 2, 7, 3]. */
export const cityRankLimit = (z: number) => (z < 5.5 ? 1 : z < 7 ? 2 : 3);

/**
 * Breaks a name into lines as MapLibre does for text-max-width: as many lines as the width needs
 * (a bold glyph estimated at 0.6 em, as the label boxes below), then balanced around an equal share.
 */
/** A line's width in ems, from the face's advance widths (0.6 em for a character it lacks). */
function emWidth(line: string, advances: Advances, spacing = 0): number {
  let w = 0;
  for (const ch of line) w += (advances[ch] ?? 0.6) + spacing;
  return w;
}

function wrapped(text: string, ems: number, advances: Advances, spacing = 0): string {
  const count = Math.ceil(emWidth(text, advances, spacing) / ems);
  if (count <= 1) return text;
  const target = text.length / count;
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    const longer = last >= 0 ? `${lines[last]} ${word}` : word;
    if (last >= 0 && Math.abs(longer.length - target) <= Math.abs(lines[last].length - target))
      lines[last] = longer;
    else lines.push(word);
  }
  return lines.join('\n');
}

type Project = (p: Position) => [number, number];

/** Clipped to the viewport (plus a margin for strokes) and simplified to ~1 px, in screen space. */
function screenGeometry(g: Polygon | MultiPolygon | MultiLineString, v: Viewport): Position[][][] {
  const margin = 20;
  const clipped = bboxClip(g, [-margin, -margin, v.width + margin, v.height + margin]).geometry;
  let simple = clipped;
  try {
    simple = simplify(clipped, { tolerance: 1, highQuality: false });
  } catch {
    // Turf refuses a clipped ring that collapses to fewer than 4 positions (an area cut to a
    // sliver at the view's edge, deep zooms): draw it unsimplified, without such rings.
    if (clipped.type === 'MultiPolygon')
      simple = { ...clipped, coordinates: clipped.coordinates.map((p) => p.filter((r) => r.length >= 4)) };
  }
  if (simple.type === 'Polygon') return [simple.coordinates];
  if (simple.type === 'MultiPolygon') return simple.coordinates;
  if (simple.type === 'MultiLineString') return [simple.coordinates];
  return [[simple.coordinates as Position[]]];
}

const toLngLat = (flat: number[]): Position[] => {
  const out: Position[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i], flat[i + 1]]);
  return out;
};
const toScreen = (flat: number[], project: Project): Position[] => {
  const out: Position[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push(project([flat[i], flat[i + 1]]));
  return out;
};
/** Path data in whole pixels, relative moves (rounded absolutely, so errors never add up: ≤ 0.5 px). */
const d = (rings: Position[][], close: boolean) => {
  let out = '';
  let px = 0;
  let py = 0;
  for (const r of rings) {
    if (r.length < 2) continue;
    let seg = '';
    for (let i = 0; i < r.length; i++) {
      const x = Math.round(r[i][0]);
      const y = Math.round(r[i][1]);
      if (i === 0) seg += `M${x} ${y}`;
      else if (x !== px || y !== py) seg += `${i === 1 ? 'l' : ' '}${x - px} ${y - py}`.replace(/ -/g, '-');
      else if (i === 1) seg += 'l0 0';
      px = x;
      py = y;
    }
    out += close ? `${seg}z` : seg;
  }
  return out;
};

function polygonsPath(polys: Paths[], project: Project, v: Viewport): string {
  if (!polys.length) return '';
  const g: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: polys.map((rings) => rings.map((r) => toScreen(r, project))),
  };
  return screenGeometry(g, v)
    .map((rings) =>
      d(
        rings.filter((r) => r.length >= 4),
        true,
      ),
    )
    .join('');
}
function linesPath(paths: Paths, project: Project, v: Viewport): string {
  if (!paths.length) return '';
  const g: MultiLineString = { type: 'MultiLineString', coordinates: paths.map((p) => toScreen(p, project)) };
  return screenGeometry(g, v)
    .map((lines) => d(lines, false))
    .join('');
}

const dash = (pattern: number[], width: number) => pattern.map((p) => f1(p * width)).join(' ');

/** Text with a halo, as MapLibre draws it (halo width outward, so the SVG stroke is twice it). */
function label(
  text: string,
  x: number,
  y: number,
  o: {
    family: string;
    bold?: boolean;
    size: number;
    colour: string;
    halo: number;
    anchor?: string;
    spacing?: number;
  },
): SvgNode {
  // SVG adds the letter spacing after the last letter too, MapLibre only between letters: a
  // centred spaced name (the countries') would sit half a space left of MapLibre's.
  if (o.spacing && (o.anchor ?? 'middle') === 'middle') x += (o.spacing * o.size) / 2;
  return h(
    'text',
    {
      x: f1(x),
      y: f1(y),
      'font-family': o.family,
      'font-size': o.size,
      'font-weight': o.bold ? 700 : undefined,
      'letter-spacing': o.spacing ? f1(o.spacing * o.size) : undefined,
      'text-anchor': o.anchor ?? 'middle',
      fill: o.colour,
      stroke: BASE.halo,
      'stroke-width': f1(o.halo * 2),
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    // Two-line names (as MapLibre wraps them at text-max-width): one tspan per line, centred.
    text.includes('\n')
      ? text
          .split('\n')
          .map((line, i, all) =>
            h(
              'tspan',
              { x: f1(x), dy: f1(i === 0 ? (-(all.length - 1) * 1.2 * o.size) / 2 : 1.2 * o.size) },
              line,
            ),
          )
      : text,
  );
}

/** The point symbols of src/map/symbol-shape.ts, centred on x, y, in the map's paint. */
export function symbolNode(
  place: Pick<FramePlace, 'kind'>,
  x: number,
  y: number,
  selected: boolean,
): SvgNode {
  const style = KIND_STYLES[place.kind];
  const size = ICON_SIZE * (selected ? 1.4 : 1);
  // Point kinds only reach here (a kind without a symbol is drawn as a circle, as MapLibre does).
  const shape = symbolShape(style.symbol, x, y, size) ?? symbolShape('circle', x, y, size)!;
  shape.attrs = {
    ...shape.attrs,
    fill: style.colour,
    stroke: selected ? SELECTED : LIGHT.casing,
    'stroke-width': symbolStrokeWidth(size, selected),
  };
  return shape;
}

/** Where a point place's symbol is drawn on screen (its anchor plus its icon offset). */
export function symbolAt(place: FramePlace, project: Project): [number, number] {
  const [x, y] = project(place.anchor);
  return [x + place.offset[0], y + place.offset[1]];
}

export function renderSvg(data: FrameData, o: RenderOptions): SvgNode {
  const { camera, viewport: v } = o;
  const z = camera.zoom;
  const fonts = o.fonts ?? PAGE_FONTS;
  const project = projector(camera, v);
  // The sea is an axis-aligned rectangle, so crisp edges look the same as antialiased ones. They also
  // give the picture one non-antialiased paint, and Chrome then rasterizes it without MSAA: with MSAA
  // (chosen for any picture with many paths) software GL painted the first frame 0.6-0.7 s later.
  const out: SvgNode[] = [
    h('rect', { width: v.width, height: v.height, fill: BASE.sea, 'shape-rendering': 'crispEdges' }),
  ];

  // Basemap: land (focus countries lighter), water, province and international lines.
  const focus = data.countries.filter((c) => c.code === 'AF' || c.code === 'PK');
  const others = data.countries.filter((c) => !focus.includes(c));
  out.push(
    h('path', {
      d: polygonsPath(
        others.flatMap((c) => c.polygons),
        project,
        v,
      ),
      fill: BASE.land,
    }),
  );
  out.push(
    h('path', {
      d: polygonsPath(
        focus.flatMap((c) => c.polygons),
        project,
        v,
      ),
      fill: BASE.focusLand,
    }),
  );
  const lens = o.lens && o.lens !== 'both' ? { ...data.lens[o.lens], colour: LENS_COLOURS[o.lens] } : null;
  if (lens)
    out.push(
      h('path', {
        d: polygonsPath(
          data.countries.filter((c) => lens.countries.includes(c.code)).flatMap((c) => c.polygons),
          project,
          v,
        ),
        fill: lens.colour,
        'fill-opacity': LENS_PAINT.countryOpacity,
      }),
    );
  out.push(h('path', { d: polygonsPath(data.water, project, v), fill: BASE.water }));
  const adminW = lerp(z, 4, 0.5, 9, 1.2);
  out.push(
    h('path', {
      d: linesPath(data.admin1, project, v),
      fill: 'none',
      stroke: BASE.admin1,
      'stroke-width': f1(adminW),
      'stroke-dasharray': dash([3, 2], adminW),
    }),
  );
  out.push(
    h('path', {
      d: linesPath(data.international, project, v),
      fill: 'none',
      stroke: BASE.international,
      'stroke-width': f1(lerp(z, 4, 0.8, 9, 2)),
    }),
  );

  // The mission's layers, in the style's order.
  const range = o.range ?? ALL_TIME;
  const places = data.places.filter((p) => inRange(p.date, range));
  const ofKind = (...kinds: string[]) => places.filter((p) => kinds.includes(p.kind));
  for (const p of ofKind('province', 'district')) {
    if (!p.polygons) continue;
    const colour = KIND_STYLES[p.kind].colour;
    const d = polygonsPath(p.polygons, project, v);
    if (!d) continue;
    const fill = { fill: colour, 'fill-opacity': FAINT_AREAS.includes(p.id) ? 0.07 : 0.2, stroke: colour };
    out.push(
      p.kind === 'district'
        ? h('path', { d, ...fill, 'stroke-width': 2, 'stroke-dasharray': dash([2, 1.5], 2) })
        : h('path', { d, ...fill, 'stroke-width': 1.6, 'stroke-opacity': 0.9 }),
    );
  }
  // Spin Ghar: a band around the range's crest, dashed because it is approximate.
  for (const p of ofKind('terrain')) {
    if (!p.polygons) continue;
    const colour = KIND_STYLES.terrain.colour;
    out.push(
      h('path', {
        d: polygonsPath(p.polygons, project, v),
        fill: colour,
        'fill-opacity': 0.22,
        stroke: colour,
        'stroke-width': 1.4,
        'stroke-opacity': 0.8,
        'stroke-dasharray': dash([2, 1.5], 1.4),
      }),
    );
  }
  const border = ofKind('border').filter((p) => p.paths);
  for (const p of border) {
    const d = linesPath(p.paths!, project, v);
    const w = lerp(z, 4, 2.2, 9, 4);
    out.push(
      h('path', {
        d,
        fill: 'none',
        stroke: LIGHT.casing,
        'stroke-width': f1(lerp(z, 4, 4, 9, 7)),
        'stroke-opacity': 0.9,
        'stroke-linejoin': 'round',
      }),
      h('path', {
        id: `line-${p.id}`,
        d,
        fill: 'none',
        stroke: KIND_STYLES.border.colour,
        'stroke-width': f1(w),
        'stroke-dasharray': dash([3, 1.2], w),
        'stroke-linejoin': 'round',
      }),
    );
  }
  if (lens)
    for (const p of places.filter((x) => lens.places.includes(x.id))) {
      if (p.polygons) {
        const d = polygonsPath(p.polygons, project, v);
        out.push(
          h('path', { d, fill: lens.colour, 'fill-opacity': LENS_PAINT.placeOpacity }),
          h('path', { d, fill: 'none', stroke: lens.colour, 'stroke-width': LENS_PAINT.outlineWidth }),
        );
      } else if (p.paths)
        out.push(
          h('path', {
            d: linesPath(p.paths, project, v),
            fill: 'none',
            stroke: lens.colour,
            'stroke-width': LENS_PAINT.outlineWidth,
          }),
        );
    }
  const selected = places.find((p) => p.id === o.selected);
  if (selected && selected.geometryType !== 'Point' && (selected.polygons || selected.paths)) {
    const d = selected.polygons
      ? polygonsPath(selected.polygons, project, v)
      : linesPath(selected.paths!, project, v);
    out.push(
      h('path', { d, fill: 'none', stroke: SELECTED, 'stroke-width': 3.5, 'stroke-linejoin': 'round' }),
    );
  }

  // Labels: placed as MapLibre does, top layer first, each at the first of its anchors whose
  // box (estimated from the font size) collides with no label placed before; else dropped.
  // Drawn in the style's order. Point symbols ignore placement (icon-ignore-placement).
  type Anchor = 'start' | 'middle' | 'end';
  type Box = [number, number, number, number];
  type Request = {
    text: string;
    style: Parameters<typeof label>[3];
    /** x, y (the first line's baseline), horizontal anchor, and for several lines whether the
     * block hangs below the point (1: MapLibre's "top" anchor) or stands above it (-1: "bottom"). */
    at: [number, number, Anchor, (-1 | 0 | 1)?][];
    group: number;
  };
  const requests: Request[] = [];
  const around = (x: number, y: number, size: number, r: number, order: string[]) =>
    order.map((a): [number, number, Anchor, -1 | 0 | 1] =>
      a === 'left'
        ? [x + (r + BASELINE.after) * size, y + BASELINE.centred * size, 'start', 0]
        : a === 'right'
          ? [x - (r + BASELINE.before) * size, y + BASELINE.centred * size, 'end', 0]
          : a === 'top'
            ? [x, y + (r + BASELINE.below) * size, 'middle', 1]
            : [x, y + (BASELINE.above - r) * size, 'middle', -1],
    );
  const points = places.filter((p) => p.geometryType === 'Point');
  // The style's top layer, placed first: country names (Afghanistan and Pakistan larger).
  for (const c of data.countryLabels) {
    const [x, y] = project(c.at);
    const size = c.focus ? 17 : 13;
    const style = {
      family: fonts.bold,
      bold: true,
      size,
      colour: BASE.provinceText,
      halo: 1.6,
      spacing: 0.18,
    };
    requests.push({
      text: c.name.toUpperCase(),
      style,
      at: [[x, y + BASELINE.centred * size, 'middle']],
      group: 4,
    });
  }
  // Group 4 (drawn last, placed next): point names, from zoom 6.5.
  if (z >= 6.5)
    for (const p of points) {
      const [x, y] = symbolAt(p, project);
      const style = { family: fonts.regular, size: 11.5, colour: LIGHT.pointText, halo: 1.6 };
      requests.push({
        // Wrapped as the style's text-max-width (10 ems).
        text: wrapped(p.name, 10, data.advances.regular),
        style,
        at: around(x, y, 11.5, 1.1, ['top', 'bottom', 'right', 'left']),
        group: 4,
      });
    }
  // A place's plain name in bold, level beside its anchor, as the style's nameBeside layers.
  const nameBeside = (
    p: FramePlace,
    size: number,
    halo: number,
    r: number,
    order: string[],
    group: number,
  ) => {
    const [x, y] = project(p.anchor);
    const style = { family: fonts.bold, bold: true, size, colour: KIND_STYLES[p.kind].colour, halo };
    requests.push({ text: p.name, style, at: around(x, y, size, r, order), group });
  };
  // Districts (Bajaur): the plain name just beside the area, placed before the provinces' names.
  for (const p of ofKind('district')) nameBeside(p, 11.5, 2, 0.8, ['top', 'bottom', 'left', 'right'], 3);
  // The two provinces the argument is about, named at every zoom (wrapped as the style's 8 ems),
  // kept in view as the map keeps them (src/map/key-province-labels.ts).
  const view = insetView(unprojector(camera, v), v.width, v.height);
  for (const [id, name] of Object.entries(KEY_PROVINCES)) {
    const own = data.provinceLabels.find((l) => l.name === name)?.at;
    const polygons = data.places.find((p) => p.id === id)?.polygons;
    if (!own || !polygons) continue;
    const shape: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: polygons.map((rings) => rings.map((r) => toLngLat(r))),
    };
    const at = labelInView(shape, homeLabelPoint(shape, own), view);
    if (!at) continue;
    const [x, y] = project(at);
    const style = {
      family: fonts.bold,
      bold: true,
      size: 12,
      colour: KIND_STYLES.province.colour,
      halo: 1.8,
    };
    requests.push({
      text: wrapped(name, 8, data.advances.bold),
      style,
      at: [[x, y + BASELINE.centred * 12, 'middle']],
      group: 3,
    });
  }
  // Areas' names (the style's area-labels: 12.5 px for provinces, else 11.5, wrapped at 9 ems).
  for (const p of places) {
    if (p.kind === 'district') continue;
    if (!(p.geometryType === 'Polygon' || p.geometryType === 'MultiPolygon')) continue;
    if (FAINT_AREAS.includes(p.id)) continue;
    const [x, y] = project(p.anchor);
    const size = p.kind === 'province' ? 12.5 : 11.5;
    const style = { family: fonts.bold, bold: true, size, colour: KIND_STYLES[p.kind].colour, halo: 2 };
    const name = p.approximate ? `${p.name} (approx.)` : p.name;
    // The style's variable anchors: centred, else beside, below or above (radial offset 0.4 em).
    const at: Request['at'] = [
      [x, y + BASELINE.centred * size, 'middle'],
      ...around(x, y, size, 0.4, ['right', 'left', 'bottom', 'top']),
    ];
    requests.push({ text: wrapped(name, 9, data.advances.bold), style, at, group: 3 });
  }
  // The line's name, level beside its anchor point (on the line), below zoom 6.5 as in the style;
  // zoomed in, MapLibre runs it along the line, which a first frame does not attempt.
  if (z < 6.5)
    for (const p of ofKind('border')) nameBeside(p, 12, 1.8, 0.7, ['right', 'left', 'top', 'bottom'], 2);
  const cities = data.cities.filter((c) => c.rank <= cityRankLimit(z));
  for (const c of cities) {
    const [x, y] = project(c.at);
    const size = c.rank === 1 ? 14 : c.rank === 2 ? 12.5 : 11.5;
    const style = {
      family: c.rank === 1 ? fonts.bold : fonts.regular,
      bold: c.rank === 1,
      size,
      colour: BASE.cityText,
      halo: 1.5,
    };
    requests.push({
      text: c.name,
      style,
      at: around(x, y, size, 0.6, ['left', 'right', 'top', 'bottom']),
      group: 1,
    });
  }
  if (z >= 5.5)
    // The basemap's province names, but not the key provinces' (named in their own colour above),
    // wrapped as the style's text-max-width (8 ems).
    for (const l of data.provinceLabels.filter((l) => l.rank <= 6 && !keyNames.includes(l.name))) {
      const [x, y] = project(l.at);
      const style = { family: fonts.regular, size: 11, colour: BASE.provinceText, halo: 1.2, spacing: 0.08 };
      requests.push({
        text: wrapped(l.name.toUpperCase(), 8, data.advances.regular, 0.08),
        style,
        at: [[x, y + BASELINE.centred * 11, 'middle']],
        group: 0,
      });
    }
  const placed: Box[] = [];
  const drawn: SvgNode[][] = [[], [], [], [], []];
  // MapLibre's text-padding (2 px) around each label: the one placed and this one.
  const pad = 4;
  const hits = (box: Box) => (b: Box) =>
    b[0] - pad < box[2] && box[0] < b[2] + pad && b[1] - pad < box[3] && box[1] < b[3] + pad;
  for (const r of requests) {
    const { size, bold, spacing = 0 } = r.style;
    const lines = r.text.split('\n');
    const advances = bold ? data.advances.bold : data.advances.regular;
    const width = size * Math.max(...lines.map((l) => emWidth(l, advances, spacing)));
    const extra = ((lines.length - 1) * 1.2 * size) / 2;
    for (const [x, baseline, anchor, hang = 0] of r.at) {
      // Several lines are drawn centred on y: a block hanging below or standing above moves by half.
      const y = baseline + hang * extra;
      const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
      const box: Box = [x0, y - 0.95 * size - extra, x0 + width, y + 0.25 * size + extra];
      if (placed.some(hits(box))) continue;
      placed.push(box);
      drawn[r.group].push(label(r.text, x, y, { ...r.style, anchor }));
      break;
    }
  }
  out.push(...drawn[0]);
  for (const c of cities) {
    const [x, y] = project(c.at);
    out.push(
      h('circle', {
        cx: f1(x),
        cy: f1(y),
        r: c.rank === 1 ? 3.5 : c.rank === 2 ? 2.8 : 2.2,
        fill: BASE.cityText,
        stroke: LIGHT.casing,
        'stroke-width': 1,
      }),
    );
  }
  const names = [...drawn[1], ...drawn[2], ...drawn[3]];
  if (!o.namesOverSymbols) out.push(...names);
  for (const p of points) {
    const [x, y] = symbolAt(p, project);
    const node = symbolNode(p, x, y, p.id === o.selected);
    // Where the symbol's centre is: what the alignment test compares with MapLibre's.
    node.attrs['data-place'] = p.id;
    node.attrs['data-xy'] = `${f1(x)} ${f1(y)}`;
    out.push(node);
  }
  if (o.namesOverSymbols) out.push(...names);
  out.push(...drawn[4]);

  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: v.width,
      height: v.height,
      viewBox: `0 0 ${v.width} ${v.height}`,
      ...o.attrs,
    },
    out.filter((n) => n.tag !== 'path' || n.attrs.d !== ''),
  );
}
