// The content shown for one place, built once and used by both the map popup and the list, so
// the two always say the same thing in the same order.
import type { AtlasPlace } from '../data/atlas-types.ts';
import type { Citation, Precision, Side } from '../data/schema.ts';
import { SIDES } from '../data/sides.ts';
import { placeCounts, placeQuotes, saysNothingLine } from '../data/positions.ts';
import { KIND_STYLES } from '../map/palette.ts';
import { el } from './dom.ts';
import { quoteView, SIDE_HEADING, SIDE_NAME } from './quote-view.ts';
import { claimDatesView, dateSourceView, dateView } from './date-view.ts';
import { formatPartialDate } from '../data/dates.ts';

export const PRECISION_LABEL: Record<Precision, string> = {
  site: 'exact site',
  facility: 'the facility’s reference point, not the exact spot',
  town: 'town (not the exact site)',
  district: 'district',
  province: 'province',
  region: 'region (approximate extent)',
  boundary: 'boundary as mapped (Natural Earth 1:10m)',
  country: 'country only: exact location not public',
  unknown: 'unknown: the sources give no location',
};

const COUNTRY: Record<string, string> = { AF: 'Afghanistan', PK: 'Pakistan' };
const km = (v: number) => `${v.toLocaleString('en-GB', { maximumFractionDigits: 1 })} km`;

function factsList(place: AtlasPlace): HTMLElement {
  const f = place.facts;
  const items: (string | Node)[] = [];
  if (f.lengthKm !== undefined && f.citedLengthKm !== undefined)
    items.push(
      `Length as drawn: ${km(f.lengthKm)} (${km(f.fullResolutionLengthKm ?? f.lengthKm)} at full Natural Earth resolution); the sources cite ${km(f.citedLengthKm)}. ${f.lengthNote ?? ''}`,
    );
  if (f.areaKm2 !== undefined)
    items.push(
      `Area as drawn: ${f.areaKm2.toLocaleString('en-GB')} km²` +
        (f.officialAreaKm2
          ? ` (official figure ${f.officialAreaKm2.km2.toLocaleString('en-GB')} km², ${f.officialAreaKm2.citation.publisher})`
          : ''),
    );
  if (f.sharedBorderKm) items.push(`Shares ${km(f.sharedBorderKm)} of the Durand Line as drawn`);
  if (f.distanceToLineKm !== undefined)
    items.push(
      `${km(f.distanceToLineKm)} from the Durand Line, in ${f.countryAt ? COUNTRY[f.countryAt] : 'neither country as drawn'}`,
    );
  if (place.geometryNote) items.push(place.geometryNote);
  if (place.provenance)
    items.push(`Geometry: ${place.provenance.source}; ${place.provenance.steps.join('; ')}`);
  if (place.citation) items.push(el('span', {}, 'Coordinates: ', citationView(place.citation)));
  return el('ul', { class: 'place-facts' }, ...items.map((t) => el('li', {}, t)));
}

export function citationView(c: Citation): HTMLElement {
  return el(
    'span',
    { class: 'citation' },
    `${c.publisher}, `,
    el('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank' }, `“${c.title}”`),
    c.date ? `, ${c.date}` : '',
    c.checked ? '' : ' (citation not re-checked for this build)',
  );
}

/** Set while rendering static HTML at build time: no inline styles (the pages' CSP forbids them). */
export const renderOptions = { staticHtml: false };

/** Distinct quotes linked to the place, per side (see placeCounts). */
export function quoteCounts(place: AtlasPlace): Record<Side, number> {
  return placeCounts(place);
}

/** How many quotes each side has here, as text and a small bar. */
export function balanceView(place: AtlasPlace): HTMLElement {
  const counts = quoteCounts(place);
  const total = counts.kabul + counts.islamabad + counts.analysis || 1;
  const bar = el('span', { class: 'balance-bar', 'aria-hidden': 'true' });
  for (const side of SIDES) {
    const seg = el('span', { class: `balance-seg side-${side}` });
    seg.style.flexGrow = String(counts[side] / total);
    bar.append(seg);
  }
  return el(
    'p',
    { class: 'balance' },
    // The bar's widths are inline styles, which the built pages' CSP forbids: static HTML has the text only.
    renderOptions.staticHtml ? null : bar,
    el(
      'span',
      { class: 'balance-text' },
      `Quotes: Kabul ${counts.kabul} · Islamabad ${counts.islamabad} · Analysis ${counts.analysis}`,
    ),
  );
}

function sideSections(place: AtlasPlace, headingLevel: 'h3' | 'h4'): HTMLElement {
  const flagged = new Set(place.factChecks.flatMap((f) => f.quotes));
  const wrap = el('div', { class: 'sides' });
  const bySide = placeQuotes(place);
  for (const side of SIDES) {
    const { quotes, saysNothing, onlyGeneral } = bySide[side];
    if (saysNothing) {
      if (side !== 'analysis')
        wrap.append(el('p', { class: `side-missing side-${side}` }, saysNothingLine(side)));
      continue;
    }
    wrap.append(
      el(
        'section',
        { class: `side side-${side}`, 'data-side': side },
        el(headingLevel, { class: 'side-heading' }, SIDE_HEADING[side]),
        onlyGeneral
          ? el(
              'p',
              { class: 'side-general-only' },
              `Only ${SIDE_NAME[side]}’s general position, which the source sets beside this place.`,
            )
          : null,
        ...quotes.map((q) => quoteView(q, flagged.has(q.id), place.id)),
      ),
    );
  }
  return wrap;
}

function recordView(place: AtlasPlace): HTMLElement | null {
  if (!place.record.length && !place.factChecks.length) return null;
  const box = el('div', { class: 'record' });
  for (const check of place.factChecks)
    box.append(
      el(
        'aside',
        { class: 'fact-check', role: 'note' },
        el('strong', {}, 'Fact-check: '),
        check.note,
        ' ',
        citationView(check.citation),
      ),
    );
  for (const f of place.record) {
    const parts = [
      f.date ? `Date: ${formatPartialDate(f.date)}` : null,
      f.casualties,
      f.claimedBy ? `Claimed by: ${f.claimedBy}` : null,
      f.detail ?? null,
    ].filter((x): x is string => Boolean(x));
    box.append(
      el(
        'p',
        { class: 'record-fact' },
        el('strong', {}, 'From the public record: '),
        // Each part's own closing full stop is dropped: the join and the end supply one.
        parts.map((p) => p.replace(/\.\s*$/, '')).join('. ') + '. ',
        citationView(f.citation),
      ),
    );
  }
  return box;
}

/** Heading level is a parameter: h2 in the popup (a dialog of its own), h3 inside the list. */
export function placeContent(place: AtlasPlace, headingLevel: 'h2' | 'h3'): HTMLElement {
  const kind = KIND_STYLES[place.kind];
  return el(
    'article',
    { class: 'place-content', 'data-place': place.id },
    el(headingLevel, { class: 'place-title' }, place.name),
    el('p', { class: 'place-kind' }, kind.label, dateView(place)),
    el('p', { class: 'place-summary' }, place.summary),
    el('p', { class: 'place-precision' }, `Location: ${PRECISION_LABEL[place.precision]}`),
    place.approximate && place.provenance?.note
      ? el('p', { class: 'approx-note' }, place.provenance.note)
      : null,
    balanceView(place),
    sideSections(place, headingLevel === 'h2' ? 'h3' : 'h4'),
    claimDatesView(place),
    dateSourceView(place, citationView),
    recordView(place),
    el('details', { class: 'place-more' }, el('summary', {}, 'Location and measurements'), factsList(place)),
  );
}
