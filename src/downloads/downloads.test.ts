import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { buildAtlas } from '../data/atlas.ts';
import { DATE_PRECISIONS, PLACE_KINDS, PRECISIONS, type Quote } from '../data/schema.ts';
import { allClaimDates, allQuotes } from './collect.ts';
import { buildDownloads, downloadHref, sourceTexts } from './downloads-plugin.ts';
import { CSV_COLUMNS, quoteRow, quotesCsv } from './quotes-csv.ts';
import { ANNOTATIONS_FILE } from './annotations.ts';
import { quotePlaceIds } from './quote-links.ts';

const atlas = buildAtlas();
const files = buildDownloads(atlas, null);
const quotes = allQuotes(atlas);

const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: lngLat }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(lngLat).min(2) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(lngLat).min(4)).min(1) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(z.array(lngLat).min(4)).min(1)).min(1),
  }),
]);
const partial = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const count = z.number().int().min(0);
/** The published shape of places.geojson (RFC 7946 plus this project's properties). */
const placesSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z
        .object({
          type: z.literal('Feature'),
          id: z.string(),
          geometry: geometry.nullable(),
          properties: z
            .object({
              id: z.string(),
              name: z.string().min(1),
              kind: z.enum(PLACE_KINDS),
              country: z.enum(['AF', 'PK']).nullable(),
              summary: z.string().min(1),
              date_start: partial.nullable(),
              date_end: partial.nullable(),
              date_precision: z.enum(DATE_PRECISIONS).nullable(),
              date_label: z.string().nullable(),
              date_basis: z.enum(['sources', 'record']).nullable(),
              date_citation: z.string().url().nullable(),
              acled_time_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
              location_precision: z.enum(PRECISIONS),
              acled_geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
              location_approximate: z.boolean(),
              location_note: z.string().nullable(),
              quotes_kabul: count,
              quotes_islamabad: count,
              quotes_analysis: count,
              place_quotes_kabul: count,
              place_quotes_islamabad: count,
              competing_claims: z.boolean(),
              fact_checks: count,
              url: z.string(),
            })
            .strict(),
        })
        .strict(),
    ),
  })
  .strict();

describe('places.geojson', () => {
  const geo = placesSchema.parse(JSON.parse(files['places.geojson']));

  it('validates against its schema and has every place once', () => {
    expect(geo.features.map((f) => f.id)).toEqual(atlas.places.map((p) => p.id));
  });

  it('carries the same dates, precisions and quote counts as the map', () => {
    for (const f of geo.features) {
      const p = atlas.places.find((x) => x.id === f.id)!;
      const props = f.properties;
      expect(props.date_start).toBe(p.date?.start ?? null);
      expect(props.date_precision).toBe(p.date?.precision ?? null);
      expect(props.location_precision).toBe(p.precision);
      for (const side of ['kabul', 'islamabad', 'analysis'] as const)
        expect(props[`quotes_${side}`], `${p.id} ${side}`).toBe(
          p.quotes.filter((q) => q.side === side).length,
        );
      const own = (side: string) => p.quotes.filter((q) => q.side === side && q.scope === 'place').length;
      expect([props.place_quotes_kabul, props.place_quotes_islamabad]).toEqual([
        own('kabul'),
        own('islamabad'),
      ]);
      expect(props.competing_claims).toBe(own('kabul') > 0 && own('islamabad') > 0);
      expect(f.geometry === null).toBe(!p.geometry);
    }
    const props = (id: string) => geo.features.find((f) => f.id === id)!.properties;
    expect(props('peshawar-mosque-2022')).toMatchObject({
      date_start: '2022-03-04',
      date_precision: 'day',
      acled_time_precision: 1,
      location_precision: 'town',
      acled_geo_precision: 1,
    });
    expect(props('sharifullah-arrest')).toMatchObject({ acled_time_precision: 3, acled_geo_precision: 3 });
    expect(props('durand-line').date_start).toBeNull();
    // Both sides speak about Sharifullah's arrest itself; only Islamabad about the Kabul airport.
    expect(props('sharifullah-arrest').competing_claims).toBe(true);
    expect(props('kabul-airport-2021').competing_claims).toBe(false);
  });
});

describe('quotes.csv', () => {
  it('parses back (RFC 4180) to exactly the quotes on the map', () => {
    const rows = parse(files['quotes.csv'], { columns: true, record_delimiter: '\r\n' }) as Record<
      string,
      string
    >[];
    const claims = allClaimDates(atlas);
    expect(rows).toEqual(quotes.map((q) => quoteRow(q, claims)));
    expect(rows.length).toBe(quotes.length);
    // The fields themselves, not only the row builder: text, places and paragraph.
    for (const [i, q] of quotes.entries()) {
      expect(rows[i].text).toBe(q.text);
      expect(rows[i].place_ids.split(';')).toEqual(quotePlaceIds(q));
      expect(Number(rows[i].paragraph)).toBe(q.paragraph);
    }
    expect(files['quotes.csv'].split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('quotes commas, double quotes and line breaks', () => {
    const tricky: Quote = {
      ...quotes[0],
      id: 'tricky',
      text: 'He said "no", then,\r\nleft',
    };
    const [row] = parse(quotesCsv([tricky], []), { columns: true }) as Record<string, string>[];
    expect(row.text).toBe(tricky.text);
  });
});

describe('quotes as W3C Web Annotations', () => {
  const doc = JSON.parse(files[ANNOTATIONS_FILE]);
  const bodies = new Map(sourceTexts(atlas, downloadHref(null)).map((s) => [s.iri, s.body]));
  type Target = {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };

  it('is an annotation collection with one annotation per quote', () => {
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.first.items.map((a: { id: string }) => a.id.split('#')[1])).toEqual(quotes.map((q) => q.id));
  });

  it('finds every selector in its source text, with its prefix and suffix', () => {
    for (const [i, a] of (doc.first.items as { target: Target | Target[] }[]).entries()) {
      const targets = Array.isArray(a.target) ? a.target : [a.target];
      for (const t of targets) {
        const body = bodies.get(t.source)!;
        expect(body, t.source).toBeDefined();
        const [quote, position] = t.selector;
        expect(quote.type).toBe('TextQuoteSelector');
        expect(quote.prefix.length + quote.suffix.length).toBeGreaterThan(0);
        expect(body.includes(quote.prefix + quote.exact + quote.suffix), quote.exact).toBe(true);
        expect(body.slice(position.start, position.end)).toBe(quote.exact);
        expect(body.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
      }
      // The segments, joined as the map joins them, are the quote.
      expect(targets.map((t) => t.selector[0].exact).join(' … ')).toBe(quotes[i].text.normalize('NFC'));
    }
  });
});

describe('LICENCE.md', () => {
  it('covers each part', () => {
    const text = files['LICENCE.md'];
    for (const needle of [
      'Natural Earth',
      'public domain',
      'OpenStreetMap',
      'ODbL',
      'GeoNames',
      'CC BY 4.0',
      'fair use',
      'quotation right',
    ])
      expect(text).toContain(needle);
  });
});
