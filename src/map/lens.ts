// The claims lens (?lens=kabul|islamabad): recolours the map to show where one side says ISKP is
// based or sheltered. Computed from the data, never hand-listed: a country is shaded when a
// general quote of that side names it (basedIn), a place is outlined when a quote of that side
// linked to it says so (based). The legend says it shows who says what, not what is established,
// and lists every highlighted place as a button that opens it with its quotes.
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Atlas } from '../data/atlas-types.ts';
import { SIDE_LABEL, type Claimant } from '../data/positions.ts';
import { el } from '../ui/dom.ts';
import { LENS_COLOURS, LENS_PAINT } from './palette.ts';
import { bindLayerPerFeature } from './shared-programs.ts';

export type Lens = 'both' | Claimant;
export const LENSES: Lens[] = ['both', 'kabul', 'islamabad'];

const COUNTRY_NAME: Record<string, string> = { AF: 'Afghanistan', PK: 'Pakistan' };

export interface LensTargets {
  /** Countries a general quote of the side says ISKP is based in, with the quotes. */
  countries: Map<string, string[]>;
  /** Places a linked quote of the side says ISKP is based or sheltered at, with the quotes. */
  places: Map<string, string[]>;
}

export function lensTargets(atlas: Pick<Atlas, 'quotes'>, side: Claimant): LensTargets {
  const countries = new Map<string, string[]>();
  const places = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, key: string, quote: string) =>
    m.set(key, [...(m.get(key) ?? []), quote]);
  for (const q of atlas.quotes.filter((x) => x.side === side)) {
    if (q.basedIn) add(countries, q.basedIn, q.id);
    for (const link of q.places) if (link.based) add(places, link.id, q.id);
  }
  return { countries, places };
}

const LAYERS = ['lens-country', 'lens-place-fill', 'lens-place-outline'];

/** Adds the lens layers (after the style has loaded); 'both' draws the default map. */
export function applyLens(map: MapLibreMap, atlas: Atlas, lens: Lens): void {
  for (const id of LAYERS) if (map.getLayer(id)) map.removeLayer(id);
  if (lens === 'both') return;
  const t = lensTargets(atlas, lens);
  const colour = LENS_COLOURS[lens];
  const ids = ['literal', [...t.places.keys()]] as unknown as ExpressionSpecification;
  // Bound like the style's layers (src/map/shared-programs.ts): no extra shader programs.
  map.addLayer(
    bindLayerPerFeature({
      id: 'lens-country',
      type: 'fill',
      source: 'basemap',
      filter: [
        'all',
        ['==', ['get', 'layer'], 'country'],
        ['in', ['get', 'country'], ['literal', [...t.countries.keys()]]],
      ],
      paint: { 'fill-color': colour, 'fill-opacity': LENS_PAINT.countryOpacity },
    }),
    'water',
  );
  map.addLayer(
    bindLayerPerFeature({
      id: 'lens-place-fill',
      type: 'fill',
      source: 'places',
      filter: ['all', ['==', ['geometry-type'], 'Polygon'], ['in', ['get', 'id'], ids]],
      paint: { 'fill-color': colour, 'fill-opacity': LENS_PAINT.placeOpacity },
    }),
    'selected-area',
  );
  map.addLayer(
    bindLayerPerFeature({
      id: 'lens-place-outline',
      type: 'line',
      source: 'places',
      filter: ['in', ['get', 'id'], ids],
      paint: { 'line-color': colour, 'line-width': LENS_PAINT.outlineWidth },
    }),
    'selected-area',
  );
}

/** The legend: what the colours mean, and each highlighted place as a button that opens it. */
export function lensLegend(atlas: Atlas, lens: Claimant, open: (placeId: string) => void): HTMLElement {
  const t = lensTargets(atlas, lens);
  const who = SIDE_LABEL[lens];
  const name = (id: string) => atlas.places.find((p) => p.id === id)?.name ?? id;
  const buttons = [...t.places.keys()].map((id) => {
    const b = el('button', { type: 'button', class: 'lens-place', 'data-place': id }, name(id));
    b.addEventListener('click', () => open(id));
    return b;
  });
  return el(
    'div',
    { class: `lens-legend side-${lens}`, role: 'note', 'aria-label': `Claims lens: ${who}` },
    el('p', { class: 'lens-title' }, el('strong', {}, `Claims lens: what ${who} says`)),
    el(
      'p',
      {},
      `Shaded: where ${who} says ISKP is based or sheltered — ${[...t.countries.keys()].map((c) => COUNTRY_NAME[c] ?? c).join(', ') || 'no country'} (its general position). `,
      buttons.length ? 'Places its quotes say so of: ' : `${who}’s quotes say so of no single place.`,
      ...buttons.flatMap((b, i) => (i ? [' ', b] : [b])),
    ),
    el('p', { class: 'lens-caveat' }, 'This shows who says what, not what is established.'),
  );
}
