// An event's date for the list and its card, read from the public-record facts (geodata/facts.json).
import type { AtlasPlace } from './atlas-types.ts';

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

/** "26 August 2021" (or "March 2025" for a month): the first dated fact of the place; null if none. */
export function placeDate(place: Pick<AtlasPlace, 'record'>): string | null {
  const iso = place.record.find((f) => f.date)?.date;
  const m = iso ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso) : null;
  if (!m) return iso ?? null;
  const [, y, mo, d] = m;
  return [d ? String(Number(d)) : null, mo ? MONTHS[Number(mo) - 1] : null, y].filter(Boolean).join(' ');
}
