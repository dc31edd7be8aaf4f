// The static map's data: every feature the MapLibre style draws, pre-simplified and rounded so a
// first frame (or a preview image) can be drawn without the engine or the full data file. Built
// from the same atlas as the map's sources (src/map/style.ts), at build time.
import type { Geometry, Position } from 'geojson';
import type { Atlas } from '../data/atlas-types.ts';
import type { PlaceKind } from '../data/schema.ts';
import type { PlaceDate } from '../data/dates.ts';
import type { Claimant } from '../data/positions.ts';
import { round, thinned } from '../map/thin-outline.ts';
import { lensTargets } from '../map/lens.ts';
import { fontAdvances, type Advances } from './font-advances.ts';

/** Rings or paths as flat [lng, lat, lng, lat, …] arrays rounded to DECIMALS (half a pixel at zoom 9). */
export type Paths = number[][];

export interface FramePlace {
  id: string;
  name: string;
  kind: PlaceKind;
  approximate: boolean;
  geometryType: Geometry['type'] | null;
  anchor: Position;
  bbox: [number, number, number, number];
  /** Icon offset in px (points). */
  offset: [number, number];
  /** Area in km² (areas: picking order, smaller first). */
  areaKm2?: number;
  /** Polygons (each an outer ring then holes) or line paths. */
  polygons?: Paths[];
  paths?: Paths;
  /** Events and arrests: the days the date covers, for the time filter (?from=&to=). */
  date?: Pick<PlaceDate, 'firstDay' | 'lastDay'>;
}

export interface FrameData {
  bounds: [number, number, number, number];
  /** Country polygons: code → polygons. AF and PK are the focus land, the rest neighbours. */
  countries: { code: string; polygons: Paths[] }[];
  water: Paths[];
  admin1: Paths;
  international: Paths;
  cities: { name: string; rank: number; at: Position }[];
  provinceLabels: { name: string; rank: number; at: Position }[];
  /** Country names, at the basemap's label points; `focus`: Afghanistan and Pakistan. */
  countryLabels: { name: string; focus: boolean; at: Position }[];
  places: FramePlace[];
  /** The claims lens per side (src/map/lens.ts): the countries and the places it shades. */
  lens: Record<Claimant, { countries: string[]; places: string[] }>;
  /** The label faces' advance widths in ems, per character, to size labels as MapLibre does. */
  advances: Record<'regular' | 'bold', Advances>;
}

/** A ring of thinned (already rounded) positions as one flat array. */
const flat = (ring: Position[]): number[] => ring.flatMap((p) => [p[0], p[1]]);

/** Polygons of a (multi)polygon, simplified and flattened. */
function polygonsOf(g: Geometry): Paths[] {
  const s = thinned(g);
  if (s.type === 'Polygon') return [s.coordinates.map(flat)];
  if (s.type === 'MultiPolygon') return s.coordinates.map((p) => p.map(flat));
  return [];
}

function pathsOf(g: Geometry): Paths {
  const s = thinned(g);
  if (s.type === 'LineString') return [flat(s.coordinates)];
  if (s.type === 'MultiLineString') return s.coordinates.map(flat);
  if (s.type === 'Polygon') return s.coordinates.map(flat);
  if (s.type === 'MultiPolygon') return s.coordinates.flat().map(flat);
  return [];
}

export function frameData(atlas: Atlas): FrameData {
  const layer = (name: string) => atlas.basemap.features.filter((f) => f.properties?.layer === name);
  const geometryOf = new Map(atlas.placeFeatures.features.map((f) => [String(f.properties?.id), f] as const));
  const data: Omit<FrameData, 'advances'> = {
    bounds: atlas.bounds,
    countries: layer('country').map((f) => ({
      code: String(f.properties?.country),
      polygons: polygonsOf(f.geometry),
    })),
    water: layer('water').flatMap((f) => polygonsOf(f.geometry)),
    admin1: layer('admin1').flatMap((f) => pathsOf(f.geometry)),
    international: layer('international').flatMap((f) => pathsOf(f.geometry)),
    cities: layer('city').map((f) => ({
      name: String(f.properties?.name),
      rank: Number(f.properties?.rank),
      at: (f.geometry as { coordinates: Position }).coordinates.map(round),
    })),
    provinceLabels: layer('province-label').map((f) => ({
      name: String(f.properties?.name),
      rank: Number(f.properties?.rank),
      at: (f.geometry as { coordinates: Position }).coordinates.map(round),
    })),
    countryLabels: layer('country-label').map((f) => ({
      name: String(f.properties?.name),
      focus: Boolean(f.properties?.focus),
      at: (f.geometry as { coordinates: Position }).coordinates.map(round),
    })),
    places: atlas.places.map((p) => {
      const feature = geometryOf.get(p.id);
      const g = feature?.geometry;
      const out: FramePlace = {
        id: p.id,
        name: p.name,
        kind: p.kind,
        approximate: p.approximate,
        geometryType: p.geometryType,
        anchor: p.anchor,
        bbox: p.bbox,
        offset: (feature?.properties?.offset as [number, number] | undefined) ?? [0, 0],
      };
      if (p.facts.areaKm2 !== undefined) out.areaKm2 = p.facts.areaKm2;
      if (p.date) out.date = { firstDay: p.date.firstDay, lastDay: p.date.lastDay };
      if (g && (g.type === 'Polygon' || g.type === 'MultiPolygon')) out.polygons = polygonsOf(g);
      else if (g && (g.type === 'LineString' || g.type === 'MultiLineString')) out.paths = pathsOf(g);
      return out;
    }),
    lens: {
      kabul: lensOf(atlas, 'kabul'),
      islamabad: lensOf(atlas, 'islamabad'),
    },
  };
  // Every label the first frame may draw (country names in capitals too).
  const names = [data.cities, data.provinceLabels, data.countryLabels, data.places].flat().map((l) => l.name);
  const text = names.join('') + names.join('').toUpperCase();
  return { ...data, advances: fontAdvances(text) };
}

function lensOf(atlas: Atlas, side: Claimant): { countries: string[]; places: string[] } {
  const t = lensTargets(atlas, side);
  return { countries: [...t.countries.keys()], places: [...t.places.keys()] };
}
