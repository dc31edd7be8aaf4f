// Builds the runtime data bundle from geodata/: validates every file (failing with the file,
// record and field named), resolves geometry references and computes the Turf facts.
// Runs in Node at build time (Vite plugin) and in the unit tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bbox as turfBbox, center, nearestPointOnLine } from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import {
  datesFileSchema,
  factsFileSchema,
  figuresFileSchema,
  placesFileSchema,
  quotesFileSchema,
  sourcesFileSchema,
} from './schema.ts';
import { paragraphs, sourceBody, verbatimProblem } from './verbatim.ts';
import { DataError, parseFile } from './validate.ts';
import { areaKm2, countryAt, distanceToLineKm, lineLengthKm, sharedBorderKm } from './facts.ts';
import type { Atlas, AtlasPlace, PlaceFacts } from './atlas-types.ts';
import { checkDates } from './dates-build.ts';
import { dayNumber } from './dates.ts';

export const GEODATA_DIR = join(import.meta.dirname, '..', '..', 'geodata');

interface Provenance {
  figures: { durandLineFullResolutionKm: number };
  geometries: Record<string, { source: string; steps: string[]; note?: string; approximate: boolean }>;
}

function readJson(dir: string, file: string): unknown {
  const text = readFileSync(join(dir, file), 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataError(`geodata/${file}`, [`not valid JSON: ${(e as Error).message}`]);
  }
}

export function buildAtlas(dir: string = GEODATA_DIR): Atlas {
  const placesFile = parseFile(placesFileSchema, readJson(dir, 'places.json'), 'geodata/places.json');
  const figures = parseFile(figuresFileSchema, readJson(dir, 'figures.json'), 'geodata/figures.json');
  const mission = readJson(dir, 'derived/mission.geojson') as FeatureCollection;
  const basemap = readJson(dir, 'derived/basemap.geojson') as FeatureCollection;
  const provenance = readJson(dir, 'derived/provenance.json') as Provenance;
  const sourcesFile = parseFile(sourcesFileSchema, readJson(dir, 'sources.json'), 'geodata/sources.json');
  const quotesFile = parseFile(quotesFileSchema, readJson(dir, 'quotes.json'), 'geodata/quotes.json');
  const factsFile = parseFile(factsFileSchema, readJson(dir, 'facts.json'), 'geodata/facts.json');
  const placeIds = new Set(placesFile.places.map((p) => p.id));

  // Quotes: the source and paragraph exist, the words are verbatim, the places exist.
  const paragraphsOf = new Map(
    sourcesFile.sources.map((s) => [s.id, paragraphs(sourceBody(readFileSync(join(dir, s.file), 'utf8')))]),
  );
  const quoteProblems: string[] = [];
  const quoteIds = new Set<string>();
  for (const q of quotesFile.quotes) {
    if (quoteIds.has(q.id)) quoteProblems.push(`record "${q.id}": duplicate id`);
    quoteIds.add(q.id);
    const paras = paragraphsOf.get(q.source);
    if (!paras) {
      quoteProblems.push(`record "${q.id}", field source: no source "${q.source}" in geodata/sources.json`);
      continue;
    }
    const problem = verbatimProblem(q.text, paras[q.paragraph - 1]);
    if (problem)
      quoteProblems.push(
        `record "${q.id}", field text: not verbatim in source ${q.source} ¶${q.paragraph}: ${problem}`,
      );
    if (q.short && verbatimProblem(q.short, q.text))
      quoteProblems.push(`record "${q.id}", field short: not a verbatim part of the quote's text`);
    const linked = new Set<string>();
    for (const { id: p } of q.places) {
      if (!placeIds.has(p)) quoteProblems.push(`record "${q.id}", field places: no place "${p}"`);
      if (linked.has(p)) quoteProblems.push(`record "${q.id}", field places: "${p}" linked twice`);
      linked.add(p);
    }
  }
  if (quoteProblems.length) throw new DataError('geodata/quotes.json', quoteProblems);
  const factProblems: string[] = [];
  for (const [i, f] of [...factsFile.facts, ...factsFile.factChecks].entries()) {
    if (!placeIds.has(f.place))
      factProblems.push(`record ${i} (place "${f.place}"), field place: no such place`);
    if ('quotes' in f)
      for (const q of f.quotes)
        if (!quoteIds.has(q)) factProblems.push(`fact check for "${f.place}", field quotes: no quote "${q}"`);
  }
  if (factProblems.length) throw new DataError('geodata/facts.json', factProblems);
  const dates = checkDates(
    parseFile(datesFileSchema, readJson(dir, 'dates.json'), 'geodata/dates.json'),
    placesFile.places,
    paragraphsOf,
    factsFile.facts,
  );
  const quoteOrder = (a: { source: string; paragraph: number }, b: { source: string; paragraph: number }) =>
    a.source.localeCompare(b.source) || a.paragraph - b.paragraph;

  const problems: string[] = [];
  const seen = new Set<string>();
  for (const p of placesFile.places) {
    if (seen.has(p.id)) problems.push(`record "${p.id}": duplicate id`);
    seen.add(p.id);
  }
  const missionById = new Map(mission.features.map((f) => [String(f.id), f]));
  const line = missionById.get('durand-line')?.geometry as LineString | undefined;
  if (!line || line.type !== 'LineString')
    throw new DataError('geodata/derived/mission.geojson', [
      'feature "durand-line": missing or not a LineString',
    ]);
  const countries = basemap.features
    .filter((f) => f.properties?.layer === 'country' && ['AF', 'PK'].includes(f.properties.country))
    .map((f) => ({ code: f.properties!.country as string, geometry: f.geometry as Polygon | MultiPolygon }));

  const places: AtlasPlace[] = [];
  for (const p of placesFile.places) {
    let geometry: Geometry | null = null;
    let provenanceRecord: AtlasPlace['provenance'] = null;
    let approximate = false;
    if (p.geometry && 'ref' in p.geometry) {
      const f = missionById.get(p.geometry.ref);
      if (!f) {
        problems.push(
          `record "${p.id}", field geometry.ref: no feature "${p.geometry.ref}" in geodata/derived/mission.geojson`,
        );
        continue;
      }
      geometry = f.geometry;
      approximate = Boolean(f.properties?.approximate);
      const rec = provenance.geometries[String(f.properties?.provenance)];
      if (rec)
        provenanceRecord = { source: rec.source, steps: rec.steps, ...(rec.note ? { note: rec.note } : {}) };
    } else if (p.geometry) {
      geometry = p.geometry as Geometry;
      approximate = p.precision !== 'site';
    }

    const facts: PlaceFacts = {};
    let anchor: Position;
    let box: [number, number, number, number];
    if (geometry) {
      box = turfBbox(geometry) as [number, number, number, number];
      anchor = geometry.type === 'Point' ? geometry.coordinates : center(geometry).geometry.coordinates;
      // A line's bbox centre is off the line: its card and its name belong on the line itself.
      if (geometry.type === 'LineString' || geometry.type === 'MultiLineString')
        anchor = nearestPointOnLine(geometry, anchor).geometry.coordinates;
    } else {
      const country = countries.find((c) => c.code === p.country);
      const g = country?.geometry ?? {
        type: 'MultiPolygon',
        coordinates: countries.flatMap((c) =>
          c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates,
        ),
      };
      box = turfBbox(g) as [number, number, number, number];
      anchor = center(g as MultiPolygon).geometry.coordinates;
    }
    if (geometry?.type === 'Point') {
      facts.distanceToLineKm = distanceToLineKm(geometry.coordinates, line);
      facts.countryAt = countryAt(geometry.coordinates, countries) as 'AF' | 'PK' | null;
      if (p.country && facts.countryAt && facts.countryAt !== p.country)
        problems.push(
          `record "${p.id}", field geometry: the point falls in ${facts.countryAt}, but the place says ${p.country}`,
        );
    }
    if (geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon') {
      facts.areaKm2 = areaKm2(geometry);
      facts.sharedBorderKm = sharedBorderKm(geometry, line);
      const official = figures.officialAreasKm2[p.id];
      if (official) facts.officialAreaKm2 = { km2: official.km2, citation: official.citation };
    }
    if (p.id === 'durand-line') {
      facts.lengthKm = lineLengthKm(line);
      facts.fullResolutionLengthKm = provenance.figures.durandLineFullResolutionKm;
      facts.citedLengthKm = figures.durandLine.citedKm;
      facts.otherPublishedKm = figures.durandLine.otherPublishedKm;
      facts.lengthNote = figures.durandLine.whyDifferent;
    }
    const quotes = quotesFile.quotes.filter((q) => q.places.some((l) => l.id === p.id)).sort(quoteOrder);
    if (!quotes.length) problems.push(`record "${p.id}": no quote in geodata/quotes.json names this place`);
    const record = factsFile.facts.filter((f) => f.place === p.id).map(({ place: _place, ...f }) => f);
    const factChecks = factsFile.factChecks
      .filter((f) => f.place === p.id)
      .map(({ place: _place, ...f }) => f);
    places.push({
      ...p,
      geometry,
      geometryType: geometry?.type ?? null,
      anchor,
      bbox: box,
      approximate,
      provenance: provenanceRecord,
      facts,
      quotes,
      record,
      factChecks,
      date: dates.byPlace.get(p.id) ?? null,
      claimDates: dates.claims.filter((c) => quotes.some((q) => q.source === c.source)),
    });
  }
  if (problems.length) throw new DataError('geodata/places.json', problems);

  const placeFeatures: FeatureCollection = {
    type: 'FeatureCollection',
    features: places
      .filter((p) => p.geometry)
      .map((p): Feature => ({
        type: 'Feature',
        id: places.indexOf(p),
        geometry: p.geometry!,
        properties: {
          id: p.id,
          name: p.name,
          kind: p.kind,
          precision: p.precision,
          approximate: p.approximate,
          // The period as day numbers, for the time filter's layer filters; absent: always shown.
          ...(p.date ? { dayFrom: dayNumber(p.date.firstDay), dayTo: dayNumber(p.date.lastDay) } : {}),
        },
      })),
  };
  const all = turfBbox(basemap) as [number, number, number, number];
  return {
    version: 1,
    places,
    quotes: [...quotesFile.quotes].sort(quoteOrder),
    sources: sourcesFile.sources.map((s) => ({
      ...s,
      quoteCount: quotesFile.quotes.filter((q) => q.source === s.id).length,
    })),
    placeFeatures,
    basemap,
    durandLine: line,
    bounds: all,
    attribution: [
      'Natural Earth',
      'Bajaur edge: svg-maps (approx.)',
      'Rivers © OpenStreetMap contributors',
      'GeoNames',
    ],
  };
}
