// The one place dates are turned into days and words: an event's period (first and last day,
// from a date of any precision), its label ("4 March 2022", "March 2025", "2014 – 2025"), and
// the line that says when a source's claims were made. Pure, no zod: runs in the browser too.
import type { Atlas, AtlasPlace } from './atlas-types.ts';
import type { Citation, ClaimDate, DatePrecision } from './schema.ts';

/** A place's date as the app and the downloads use it (see geodata/dates.json). */
export interface PlaceDate {
  /** As recorded: YYYY, YYYY-MM or YYYY-MM-DD. */
  start: string;
  /** As recorded; equal to start unless the precision is "range". */
  end: string;
  precision: DatePrecision;
  /** First and last day the date covers (YYYY-MM-DD), for filtering. */
  firstDay: string;
  lastDay: string;
  label: string;
  basis: 'sources' | 'record';
  /** The record's citation, for basis "record". */
  citation?: Citation;
  /** How the sources themselves date it, verbatim (they may disagree with the record). */
  sourcesSay: { source: string; paragraph: number; words: string }[];
  note?: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) is a real calendar date. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** The first day a partial date covers: 2023 → 2023-01-01, 2023-07 → 2023-07-01. */
export function firstDay(partial: string): string {
  const [y, m = '01', d = '01'] = partial.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a partial date covers: 2023 → 2023-12-31, 2024-02 → 2024-02-29. */
export function lastDay(partial: string): string {
  const [y, m, d] = partial.split('-');
  if (d) return partial;
  if (m) return `${y}-${m}-${pad(daysInMonth(Number(y), Number(m)))}`;
  return `${y}-12-31`;
}

/** "2022", "March 2022" or "4 March 2022". */
export function formatPartialDate(partial: string): string {
  const [y, m, d] = partial.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function dateLabel(start: string, end: string, precision: DatePrecision): string {
  if (precision !== 'range' || start === end) return formatPartialDate(start);
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

/** What the precision means to a reader, after the label. */
export const PRECISION_NOTE: Record<DatePrecision, string> = {
  day: 'to the day',
  month: 'to the month; the day is not given',
  year: 'to the year',
  range: 'a period, not one day',
};

export function makePlaceDate(d: {
  start: string;
  end?: string;
  precision: DatePrecision;
  basis: 'sources' | 'record';
  citation?: Citation;
  sourcesSay: PlaceDate['sourcesSay'];
  note?: string;
}): PlaceDate {
  const end = d.end ?? d.start;
  return {
    start: d.start,
    end,
    precision: d.precision,
    firstDay: firstDay(d.start),
    lastDay: lastDay(end),
    label: dateLabel(d.start, end, d.precision),
    basis: d.basis,
    ...(d.citation ? { citation: d.citation } : {}),
    sourcesSay: d.sourcesSay,
    ...(d.note ? { note: d.note } : {}),
  };
}

/** A place's date, or null for places that are not events (provinces, the line, crossings…). */
export function placeDate(atlas: Pick<Atlas, 'places'>, id: string): PlaceDate | null {
  return atlas.places.find((p) => p.id === id)?.date ?? null;
}

/** Short form for the list: the label alone. */
export function shortDate(place: Pick<AtlasPlace, 'date'>): string | null {
  return place.date?.label ?? null;
}

/** When a source's claims were made, in words: its date, or that it gives none and what bounds it. */
export function claimDateLabel(c: ClaimDate): string {
  if (c.made) return `Source ${c.source}'s claims were made ${formatPartialDate(c.made)}`;
  const after = c.notBefore ? ` (made ${formatPartialDate(c.notBefore)} or later)` : '';
  return `Source ${c.source} does not date its claims${after}`;
}

/** 2023-07-30 → 20230730: a day as a number that sorts like the day (for MapLibre filters). */
export function dayNumber(day: string): number {
  return Number(firstDay(day).replace(/-/g, ''));
}
