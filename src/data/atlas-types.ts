// The shape of the runtime data bundle (dist/data/atlas.json), shared by the build and the browser.
import type { FeatureCollection, Geometry, LineString, Position } from 'geojson';
import type { Citation, ClaimDate, Fact, FactCheck, Place, Quote, Source } from './schema.ts';
import type { PlaceDate } from './dates.ts';

export interface PlaceFacts {
  /** Points: distance from the drawn Durand Line. */
  distanceToLineKm?: number;
  /** Points: the country polygon (Natural Earth) the point falls in. */
  countryAt?: 'AF' | 'PK' | null;
  /** Areas: measured area and the official figure it is compared with. */
  areaKm2?: number;
  officialAreaKm2?: { km2: number; citation: Citation };
  /** Areas: length of their edge that is the Durand Line. */
  sharedBorderKm?: number;
  /** The line: drawn length beside the length the sources cite. */
  lengthKm?: number;
  fullResolutionLengthKm?: number;
  citedLengthKm?: number;
  otherPublishedKm?: number[];
  lengthNote?: string;
}

export interface AtlasPlace extends Omit<Place, 'geometry'> {
  /** Build time only: stripped from data/atlas.json (the map draws placeFeatures). */
  geometry?: Geometry | null;
  geometryType: Geometry['type'] | null;
  /** Where the camera goes and the popup anchors: a point for points, the point of a line nearest its bbox centre, the bbox centre of an area. */
  anchor: Position;
  bbox: [number, number, number, number];
  approximate: boolean;
  provenance: { source: string; steps: string[]; note?: string } | null;
  facts: PlaceFacts;
  /** Quotes about this place, in source then paragraph order. */
  quotes: Quote[];
  /** Facts from the public record, each with its citation. */
  record: Omit<Fact, 'place'>[];
  /** Where a source contradicts the public record. */
  factChecks: Omit<FactCheck, 'place'>[];
  /** Events and arrests: when (geodata/dates.json); null for places that are not events. */
  date: PlaceDate | null;
  /** For each source quoted here: whether and when it dates its claims. */
  claimDates: ClaimDate[];
}

export interface Atlas {
  version: 1;
  places: AtlasPlace[];
  /** Every quote, in source then paragraph order: general ones too, which link no place. */
  quotes: Quote[];
  sources: (Source & { quoteCount: number })[];
  /** Map features for every place with a geometry; properties.id is the place id. */
  placeFeatures: FeatureCollection;
  basemap: FeatureCollection;
  /** Build time only: stripped from data/atlas.json. */
  durandLine?: LineString;
  bounds: [number, number, number, number];
  attribution: string[];
}

/** What the browser fetches: the atlas without the geometry the map already has in placeFeatures. */
export function clientAtlas(atlas: Atlas): Atlas {
  const { durandLine: _line, ...rest } = atlas;
  return { ...rest, places: atlas.places.map(({ geometry: _geometry, ...p }) => p) };
}
