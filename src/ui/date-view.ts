// The date lines of a place's content: when the event happened (with its precision and where
// the date comes from), and when the claims quoted about it were made.
import type { AtlasPlace } from '../data/atlas-types.ts';
import type { Citation } from '../data/schema.ts';
import { claimDateLabel, PRECISION_NOTE } from '../data/dates.ts';
import { el } from './dom.ts';

/**
 * " · 4 March 2022 (to the day)", set after the place's kind on the same line: no extra line
 * above the quotes (a phone's popup must show its first quote unscrolled).
 */
export function dateView(place: AtlasPlace): HTMLElement | null {
  const d = place.date;
  if (!d) return null;
  return el(
    'span',
    { class: 'place-date', 'data-date-from': d.firstDay, 'data-date-to': d.lastDay },
    ' · ',
    el('strong', { class: 'place-date-label' }, d.label),
    ` (${PRECISION_NOTE[d.precision]})`,
  );
}

/** Where the date comes from, below the quotes: the record's citation or the sources, and any note. */
export function dateSourceView(place: AtlasPlace, cite: (c: Citation) => HTMLElement): HTMLElement | null {
  const d = place.date;
  if (!d) return null;
  return el(
    'p',
    { class: 'date-source' },
    el('strong', {}, 'Date: '),
    d.label,
    d.citation ? el('span', {}, ', from the public record: ', cite(d.citation)) : ', as the sources give it',
    '.',
    d.note ? ` ${d.note}` : null,
  );
}

/** "When the claims were made: source 000 does not date its claims (made March 2025 or later)." */
export function claimDatesView(place: AtlasPlace): HTMLElement | null {
  if (!place.claimDates.length) return null;
  return el(
    'p',
    { class: 'claim-dates' },
    `When these were said: ${place.claimDates.map(claimDateLabel).join('; ')}.`,
  );
}
