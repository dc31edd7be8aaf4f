// The content shown for one place, built once and used by both the map popup and the list, so
// the two always say the same thing in the same order.
import type { AtlasPlace } from '../data/atlas-types.ts';
import type { Precision } from '../data/schema.ts';
import { KIND_STYLES } from '../map/palette.ts';
import { el } from './dom.ts';

export const PRECISION_LABEL: Record<Precision, string> = {
  site: 'exact site',
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
  items.push(`Location precision: ${PRECISION_LABEL[place.precision]}`);
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
  if (place.approximate && place.provenance?.note) items.push(place.provenance.note);
  return el('ul', { class: 'place-facts' }, ...items.map((t) => el('li', {}, t)));
}

/** Heading level is a parameter: h2 in the popup (a dialog of its own), h3 inside the list. */
export function placeContent(place: AtlasPlace, headingLevel: 'h2' | 'h3'): HTMLElement {
  const kind = KIND_STYLES[place.kind];
  return el(
    'article',
    { class: 'place-content', 'data-place': place.id },
    el(headingLevel, { class: 'place-title' }, place.name),
    el('p', { class: 'place-kind' }, kind.label),
    el('p', { class: 'place-summary' }, place.summary),
    factsList(place),
  );
}
