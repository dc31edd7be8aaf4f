// The shape of the runtime data bundle (dist/data/atlas.json), shared by the build and the browser.
import type { FeatureCollection, Geometry, LineString, Position } from 'geojson';
import type { Citation, Place } from './schema.ts';

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
  geometry: Geometry | null;
  /** Where the camera goes and the popup anchors: a point for points, the bbox centre otherwise. */
  anchor: Position;
  bbox: [number, number, number, number];
  approximate: boolean;
  provenance: { source: string; steps: string[]; note?: string } | null;
  facts: PlaceFacts;
}

export interface Atlas {
  version: 1;
  places: AtlasPlace[];
  /** Map features for every place with a geometry; properties.id is the place id. */
  placeFeatures: FeatureCollection;
  basemap: FeatureCollection;
  durandLine: LineString;
  bounds: [number, number, number, number];
  attribution: string[];
}
