// places.geojson: every place with its date and precisions in conflict-data terms, quote counts
// per side and a competing-claims flag. Built from the same atlas as the map.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Atlas, AtlasPlace } from '../data/atlas-types.ts';
import type { DatePrecision, Precision, Quote, Side } from '../data/schema.ts';
import { SIDES } from '../data/sides.ts';
import { quotePlaceIds } from './quote-links.ts';

/**
 * ACLED's geo_precision: 1 = the exact location or town; 2 = near a town or within a district;
 * 3 = only a larger region (province) is known. null where ACLED's scale does not apply (the
 * boundary itself) or nothing is known.
 */
export const ACLED_GEO_PRECISION: Record<Precision, 1 | 2 | 3 | null> = {
  site: 1,
  facility: 1,
  town: 1,
  district: 2,
  province: 3,
  region: 3,
  country: 3,
  boundary: null,
  unknown: null,
};

/** ACLED's time_precision: 1 = the day, 2 = the week, 3 = the month; null: coarser than ACLED codes. */
export const ACLED_TIME_PRECISION: Record<DatePrecision, 1 | 3 | null> = {
  day: 1,
  month: 3,
  year: null,
  range: null,
};

function quotesPerSide(place: AtlasPlace, quotes: Quote[]): Record<Side, number> {
  const counts = { kabul: 0, islamabad: 0, analysis: 0 };
  for (const q of quotes) if (quotePlaceIds(q).includes(place.id)) counts[q.side]++;
  return counts;
}

/** Quotes that name or concern the place itself (scope "place"), not a side's general position. */
const aboutThePlace = (quotes: Quote[]) => quotes.filter((q) => q.scope === 'place');

export function placesGeoJson(
  atlas: Atlas,
  quotes: Quote[],
  siteUrl: string | null,
): FeatureCollection<Geometry | null> {
  const features = atlas.places.map((p): Feature<Geometry | null> => {
    const counts = quotesPerSide(p, quotes);
    const own = quotesPerSide(p, aboutThePlace(quotes));
    return {
      type: 'Feature',
      id: p.id,
      // GeoJSON allows a null geometry: places whose location is not public are listed, not pinned.
      geometry: p.geometry ?? null,
      properties: {
        id: p.id,
        name: p.name,
        kind: p.kind,
        country: p.country,
        summary: p.summary,
        date_start: p.date?.start ?? null,
        date_end: p.date?.end ?? null,
        date_precision: p.date?.precision ?? null,
        date_label: p.date?.label ?? null,
        date_basis: p.date?.basis ?? null,
        date_citation: p.date?.citation?.url ?? null,
        acled_time_precision: p.date ? ACLED_TIME_PRECISION[p.date.precision] : null,
        location_precision: p.precision,
        acled_geo_precision: ACLED_GEO_PRECISION[p.precision],
        location_approximate: p.approximate,
        location_note: p.geometryNote ?? null,
        ...Object.fromEntries(SIDES.map((s) => [`quotes_${s}`, counts[s]])),
        place_quotes_kabul: own.kabul,
        place_quotes_islamabad: own.islamabad,
        // GTD's compclaim, for this map's subject: both governments make claims about this place
        // itself (a general position that merely bears on it does not count).
        competing_claims: own.kabul > 0 && own.islamabad > 0,
        fact_checks: p.factChecks.length,
        url: siteUrl ? new URL(`place/${p.id}/`, siteUrl).href : `../place/${p.id}/`,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
