// The time filter's range, as pure functions: read from the page's ?from=&to= options (any of
// YYYY, YYYY-MM, YYYY-MM-DD; inclusive, so ?to=2022 keeps all of 2022), tested against a
// place's date, and written back into a URL.
import { dayNumber, firstDay, formatPartialDate, isCalendarDate, lastDay } from '../data/dates.ts';
import type { PlaceDate } from '../data/dates.ts';

export interface TimeRange {
  /** As given in the URL, or null for an open end. */
  from: string | null;
  to: string | null;
}

export const ALL_TIME: TimeRange = { from: null, to: null };
export const TIME_RULE = 'a date written YYYY, YYYY-MM or YYYY-MM-DD';

export const isPartialDate = (v: string): v is string => isCalendarDate(v);

export function isAllTime(r: TimeRange): boolean {
  return r.from === null && r.to === null;
}

/** The range as day numbers (inclusive); open ends reach past any date on the map. */
export function dayBounds(r: TimeRange): [number, number] {
  return [r.from ? dayNumber(firstDay(r.from)) : 0, r.to ? dayNumber(lastDay(r.to)) : 99_991_231];
}

/** A range whose end comes before its start is refused (with a problem): all dates are shown. */
export function checkedRange(from: string | null, to: string | null, problems: string[]): TimeRange {
  if (from && to && lastDay(to) < firstDay(from)) {
    problems.push(
      `The dates “from ${formatPartialDate(from)}” and “to ${formatPartialDate(to)}” are reversed, so the map shows all dates.`,
    );
    return ALL_TIME;
  }
  return { from, to };
}

/** Places without a date (provinces, the line, the range, crossings) are always in range. */
export function inRange(
  date: Pick<PlaceDate, 'firstDay' | 'lastDay'> | null | undefined,
  r: TimeRange,
): boolean {
  if (!date) return true;
  const [from, to] = dayBounds(r);
  return dayNumber(date.firstDay) <= to && dayNumber(date.lastDay) >= from;
}

/** Sets (or clears) from= and to= on a URL, keeping its other parameters and its hash. */
export function withTimeParams(url: URL, r: TimeRange): URL {
  const out = new URL(url.href);
  for (const key of ['from', 'to'] as const) {
    const value = r[key];
    if (value) out.searchParams.set(key, value);
    else out.searchParams.delete(key);
  }
  return out;
}

/** "March 2023 – 2025", "from 2023", "up to 30 July 2023" or "all dates". */
export function rangeLabel(r: TimeRange): string {
  if (r.from && r.to) return `${formatPartialDate(r.from)} – ${formatPartialDate(r.to)}`;
  if (r.from) return `from ${formatPartialDate(r.from)}`;
  if (r.to) return `up to ${formatPartialDate(r.to)}`;
  return 'all dates';
}
