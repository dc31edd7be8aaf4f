// Build-time checks for geodata/dates.json: every dated kind of place has a date, every date
// names a real place and a real calendar day, the sources' own datings are verbatim, and a date
// in facts.json for the same place agrees. Called by buildAtlas.
import type { ClaimDate, EventDate, Place } from './schema.ts';
import { DATED_KINDS } from './schema.ts';
import { firstDay, isCalendarDate, lastDay, makePlaceDate, type PlaceDate } from './dates.ts';
import { verbatimProblem } from './verbatim.ts';
import { DataError } from './validate.ts';

export interface DatesInput {
  events: EventDate[];
  claims: ClaimDate[];
}

export function checkDates(
  dates: DatesInput,
  places: Place[],
  paragraphsOf: Map<string, string[]>,
  factDates: { place: string; date: string | null }[],
): { byPlace: Map<string, PlaceDate>; claims: ClaimDate[] } {
  const problems: string[] = [];
  const byPlace = new Map<string, PlaceDate>();
  const kinds = new Map(places.map((p) => [p.id, p.kind]));
  for (const d of dates.events) {
    const where = `record "${d.place}"`;
    if (!kinds.has(d.place)) problems.push(`${where}, field place: no such place`);
    if (byPlace.has(d.place)) problems.push(`${where}: the place is dated twice`);
    for (const [field, v] of [
      ['start', d.start],
      ['end', d.end],
    ] as const)
      if (v && !isCalendarDate(v)) problems.push(`${where}, field ${field}: ${v} is not a calendar date`);
    for (const s of d.sourcesSay) {
      const problem = verbatimProblem(s.words, paragraphsOf.get(s.source)?.[s.paragraph - 1]);
      if (problem)
        problems.push(`${where}, field sourcesSay: source ${s.source} ¶${s.paragraph}: ${problem}`);
    }
    const date = makePlaceDate(d);
    for (const f of factDates)
      if (
        f.place === d.place &&
        f.date &&
        (firstDay(f.date) < date.firstDay || lastDay(f.date) > date.lastDay)
      )
        problems.push(`${where}: facts.json dates it ${f.date}, outside ${date.label}`);
    byPlace.set(d.place, date);
  }
  for (const p of places)
    if ((DATED_KINDS as readonly string[]).includes(p.kind) && !byPlace.has(p.id))
      problems.push(`record "${p.id}": a place of kind "${p.kind}" needs a date`);
  for (const c of dates.claims)
    if (!paragraphsOf.has(c.source)) problems.push(`claims for source "${c.source}": no such source`);
  for (const s of paragraphsOf.keys())
    if (!dates.claims.some((c) => c.source === s))
      problems.push(`claims: source ${s} must say whether it dates its claims`);
  if (problems.length) throw new DataError('geodata/dates.json', problems);
  return { byPlace, claims: dates.claims };
}
