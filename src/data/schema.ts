// The content model, as zod schemas: the single definition that validates geodata/ at build
// time and in tests, and from which the app's types are inferred.
import { z } from 'zod';

export const PLACE_KINDS = [
  'border',
  'province',
  'district',
  'terrain',
  'prison',
  'attack',
  'crossing',
  'arrest',
] as const;
export const PRECISIONS = [
  'site',
  /** A reference point of the facility (an airport, an airfield), not the exact spot. */
  'facility',
  'town',
  'district',
  'province',
  'region',
  'boundary',
  'country',
  'unknown',
] as const;
export { SIDES } from './sides.ts';
import { SIDES } from './sides.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');
const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const citationSchema = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  url: z.string().url().startsWith('https://'),
  /** false: recorded from the public record but not re-checked against the cited page for this build. */
  checked: z.boolean(),
});

const geometrySchema = z.union([
  z.object({ ref: id }).strict(),
  z.object({ type: z.literal('Point'), coordinates: lngLat }).strict(),
  z.object({ type: z.literal('LineString'), coordinates: z.array(lngLat).min(2) }).strict(),
]);

export const placeSchema = z
  .object({
    id,
    name: z.string().min(1),
    kind: z.enum(PLACE_KINDS),
    country: z.enum(['AF', 'PK']).nullable(),
    precision: z.enum(PRECISIONS),
    summary: z.string().min(1),
    geometry: geometrySchema.nullable(),
    geometryNote: z.string().optional(),
    citation: citationSchema.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const inline = p.geometry !== null && !('ref' in p.geometry);
    if (inline && !p.citation)
      ctx.addIssue({
        code: 'custom',
        path: ['citation'],
        message: 'a coordinate not derived by the pipeline needs a citation',
      });
    if (p.geometry === null && !p.geometryNote)
      ctx.addIssue({
        code: 'custom',
        path: ['geometryNote'],
        message: 'an unpinned place must say why it has no location',
      });
  });

export const placesFileSchema = z
  .object({ $comment: z.string().optional(), places: z.array(placeSchema).min(1) })
  .strict();

export type Place = z.infer<typeof placeSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Precision = (typeof PRECISIONS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Side = (typeof SIDES)[number];

export const figuresFileSchema = z
  .object({
    $comment: z.string().optional(),
    durandLine: z
      .object({
        citedKm: z.number().positive(),
        citedBy: z.array(z.object({ source: z.string(), paragraph: z.number().int().positive() })).min(1),
        otherPublishedKm: z.array(z.number().positive()),
        whyDifferent: z.string().min(1),
      })
      .strict(),
    officialAreasKm2: z.record(
      id,
      z
        .object({
          km2: z.number().positive(),
          tolerance: z.number().positive().max(0.5),
          citation: citationSchema,
        })
        .strict(),
    ),
  })
  .strict();
export type Figures = z.infer<typeof figuresFileSchema>;

export const VOICES = ['direct', 'reported', 'argued'] as const;
export type Voice = (typeof VOICES)[number];

export const sourceSchema = z
  .object({
    id: z.string().regex(/^\d{3}$/),
    file: z.string().regex(/^sources\/[\w.-]+\.txt$/),
    title: z.string().min(1),
    kind: z.enum(['analysis', 'opinion']),
    stance: z.string().min(1),
    known: z.string().min(1),
    unknown: z.string().min(1),
    /** How a reader of a social feed would understand the source: "an analysis of the row". */
    readerName: z.string().min(1),
    /** How paragraphs are counted in this text (003's subheadings count). */
    paragraphs: z.string().min(1),
  })
  .strict();
export const sourcesFileSchema = z
  .object({ $comment: z.string().optional(), sources: z.array(sourceSchema).min(1) })
  .strict();

export const placeLinkSchema = z
  .object({
    id,
    /** One line: why the quote concerns this place (it names it, or it is the event the paragraph is about). */
    why: z.string().min(8),
    /** The quote says ISKP is based or sheltered here: the claims lens highlights it. */
    based: z.literal(true).optional(),
    /** A general quote that names this place itself (its evidence): here it is about the place. */
    names: z.literal(true).optional(),
  })
  .strict();
export type PlaceLink = z.infer<typeof placeLinkSchema>;

export const quoteSchema = z
  .object({
    id,
    source: z.string().regex(/^\d{3}$/),
    paragraph: z.number().int().positive(),
    side: z.enum(SIDES),
    voice: z.enum(VOICES),
    /** general: part of the side's general position, shown once (the key), not spread over places. */
    scope: z.enum(['place', 'general']),
    /** Every link says why the quote concerns the place (geodata/EDITORIAL.md). */
    places: z.array(placeLinkSchema),
    text: z.string().min(3),
    /** A verbatim, sense-complete clause of text, for the share cards and the key. */
    short: z.string().min(3).optional(),
    /** The side's headline general quote: one per side. */
    lead: z.literal(true).optional(),
    /** The country a general quote says ISKP is based or sheltered in (the claims lens). */
    basedIn: z.enum(['AF', 'PK']).optional(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.scope === 'place' && q.places.length === 0)
      ctx.addIssue({ code: 'custom', path: ['places'], message: 'a place-level quote must link a place' });
    if (q.lead && q.scope !== 'general')
      ctx.addIssue({ code: 'custom', path: ['lead'], message: 'only a general quote can lead' });
  });
export const quotesFileSchema = z
  .object({ $comment: z.string().optional(), quotes: z.array(quoteSchema).min(1) })
  .strict();

export const factSchema = z
  .object({
    place: id,
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .nullable(),
    casualties: z.string().min(1).nullable(),
    claimedBy: z.string().min(1).nullable(),
    detail: z.string().min(1).optional(),
    citation: citationSchema,
  })
  .strict();
export const factCheckSchema = z
  .object({
    place: id,
    quotes: z.array(id).min(1),
    note: z.string().min(1),
    /** The note in one short sentence, for the place's share card (which must keep it). */
    cardNote: z.string().min(1).max(70),
    citation: citationSchema,
  })
  .strict();
export const factsFileSchema = z
  .object({
    $comment: z.string().optional(),
    facts: z.array(factSchema),
    factChecks: z.array(factCheckSchema),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Fact = z.infer<typeof factSchema>;
export type FactCheck = z.infer<typeof factCheckSchema>;

// Dates as data (geodata/dates.json): every event and arrest has a date with a precision, and
// each source says whether it dates the claims it carries. Formatting lives in src/data/dates.ts.
/** Place kinds that are events in time: each must have a date in geodata/dates.json. */
export const DATED_KINDS = ['attack', 'prison', 'arrest'] as const satisfies readonly PlaceKind[];
export const DATE_PRECISIONS = ['day', 'month', 'year', 'range'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');
const partsOf = (d: string) => d.split('-').length;

/** Where a source states (or contradicts) the date: the words, checked verbatim in the paragraph. */
const sourceSaysSchema = z
  .object({
    source: z.string().regex(/^\d{3}$/),
    paragraph: z.number().int().positive(),
    words: z.string().min(2),
  })
  .strict();

export const eventDateSchema = z
  .object({
    place: id,
    start: partialDate,
    /** Only for precision "range": the last day, month or year of the period. */
    end: partialDate.optional(),
    precision: z.enum(DATE_PRECISIONS),
    /** sources: the date is what the sources say; record: from the public record, with its citation. */
    basis: z.enum(['sources', 'record']),
    sourcesSay: z.array(sourceSaysSchema),
    citation: citationSchema.optional(),
    note: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    const want = { day: 3, month: 2, year: 1 } as const;
    if (d.precision === 'range') {
      if (!d.end) ctx.addIssue({ code: 'custom', path: ['end'], message: 'a range needs an end' });
      else if (d.end < d.start)
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'the range ends before it starts' });
    } else {
      if (d.end) ctx.addIssue({ code: 'custom', path: ['end'], message: 'only a range has an end' });
      if (partsOf(d.start) !== want[d.precision])
        ctx.addIssue({
          code: 'custom',
          path: ['start'],
          message: `precision "${d.precision}" needs ${['', 'YYYY', 'YYYY-MM', 'YYYY-MM-DD'][want[d.precision]]}`,
        });
    }
    if (d.basis === 'record' && !d.citation)
      ctx.addIssue({
        code: 'custom',
        path: ['citation'],
        message: 'a date from the public record needs its citation',
      });
    if (d.basis === 'sources' && !d.sourcesSay.length)
      ctx.addIssue({
        code: 'custom',
        path: ['sourcesSay'],
        message: 'a date taken from the sources must quote them',
      });
  });

/** When a source's claims were made: the date where the source gives it, and an honest null where not. */
export const claimDateSchema = z
  .object({
    source: z.string().regex(/^\d{3}$/),
    made: partialDate.nullable(),
    /** Undated sources: the earliest the claims can have been made, from what the text refers to. */
    notBefore: partialDate.nullable(),
    why: z.string().min(1),
  })
  .strict();

export const datesFileSchema = z
  .object({
    $comment: z.string().optional(),
    events: z.array(eventDateSchema).min(1),
    claims: z.array(claimDateSchema).min(1),
  })
  .strict();
export type EventDate = z.infer<typeof eventDateSchema>;
export type ClaimDate = z.infer<typeof claimDateSchema>;
