// The whole map style, built from the data bundle: an embedded basemap (no tiles, no glyph
// server: glyphs are drawn locally from the bundled Noto Sans) plus the mission's layers.
import type {
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Atlas } from '../data/atlas-types.ts';
import type { PlaceKind } from '../data/schema.ts';
import { PALETTES, type Palette } from './palette.ts';
import { KEY_PROVINCE_SOURCE } from './key-province-labels.ts';
import { KEY_PROVINCES } from './label-in-view.ts';
import { iconName } from './icons.ts';
import { bindPerFeature } from './shared-programs.ts';

export const FONT = ['Map Sans'];
export const FONT_BOLD = ['Map Sans Bold'];

const kindColourIn =
  (kinds: Palette['kinds']) =>
  (fallback: string): ExpressionSpecification =>
    [
      'match',
      ['get', 'kind'],
      ...Object.entries(kinds).flatMap(([k, s]) => [k, s.colour]),
      fallback,
    ] as unknown as ExpressionSpecification;

const layerIs = (name: string): ExpressionSpecification => ['==', ['get', 'layer'], name];
const kindIn = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];
/** 1 for the selected feature (feature state "selected"), 0 for the others. */
const SELECTED_ONLY: ExpressionSpecification = [
  'case',
  ['boolean', ['feature-state', 'selected'], false],
  1,
  0,
];

/** From this zoom the line's name runs along it; below, it stands beside its anchor point. */
const DURAND_ALONG_LINE_FROM = 6.5;

/** A place's plain name, level beside its label point, at the first anchor that finds room. */
function nameBeside(
  id: string,
  kind: PlaceKind,
  size: number,
  anchors: ('top' | 'bottom' | 'left' | 'right')[],
  offset: number,
): Omit<SymbolLayerSpecification, 'paint'> {
  return {
    id,
    type: 'symbol',
    source: 'place-labels',
    filter: ['==', ['get', 'kind'], kind],
    layout: {
      'text-field': ['get', 'plain'],
      'text-font': FONT_BOLD,
      'text-size': size,
      'text-variable-anchor': anchors,
      'text-radial-offset': offset,
    },
  };
}

export function labelPoints(atlas: Atlas): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: atlas.places
      .filter((p) => p.geometryType === 'Polygon' || p.geometryType === 'MultiPolygon' || p.kind === 'border')
      .map((p) => ({
        type: 'Feature',
        properties: {
          id: p.id,
          name: p.approximate ? `${p.name} (approx.)` : p.name,
          plain: p.name,
          kind: p.kind,
        },
        geometry: { type: 'Point', coordinates: p.anchor },
      })),
  };
}

/** `palette`: the light one, or the dark one (src/map/palette.ts) for dark mode. */
export function buildStyle(atlas: Atlas, palette: Palette = PALETTES.light): StyleSpecification {
  const { base: BASE, kinds: KIND_STYLES, selected: SELECTED } = palette;
  const kindColour = kindColourIn(KIND_STYLES);
  // No icon offsets: points that overlap open a chooser (src/map/pick.ts) instead of being nudged.
  const iconOffset: [number, number] = [0, 0];
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': BASE.sea } },
    {
      id: 'land',
      type: 'fill',
      source: 'basemap',
      filter: layerIs('country'),
      paint: {
        'fill-color': ['match', ['get', 'country'], ['AF', 'PK'], BASE.focusLand, BASE.land],
      },
    },
    {
      id: 'water',
      type: 'fill',
      source: 'basemap',
      filter: layerIs('water'),
      paint: { 'fill-color': BASE.water },
    },
    {
      id: 'admin1-lines',
      type: 'line',
      source: 'basemap',
      filter: layerIs('admin1'),
      paint: {
        'line-color': BASE.admin1,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 9, 1.2],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'international-lines',
      type: 'line',
      source: 'basemap',
      filter: layerIs('international'),
      paint: {
        'line-color': BASE.international,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 9, 2],
      },
    },
    {
      id: 'place-area-fill',
      type: 'fill',
      source: 'places',
      filter: kindIn('province', 'district'),
      paint: {
        'fill-color': kindColour('#888'),
        'fill-opacity': [
          'case',
          ['in', ['get', 'id'], ['literal', ['khyber-pakhtunkhwa', 'balochistan']]],
          0.07,
          0.2,
        ],
      },
    },
    {
      id: 'place-area-outline',
      type: 'line',
      source: 'places',
      filter: kindIn('province'),
      paint: { 'line-color': kindColour('#888'), 'line-width': 1.6, 'line-opacity': 0.9 },
    },
    {
      id: 'place-area-outline-approx',
      type: 'line',
      source: 'places',
      filter: kindIn('district'),
      paint: { 'line-color': kindColour('#888'), 'line-width': 2, 'line-dasharray': [2, 1.5] },
    },
    {
      // Spin Ghar: a band around the range's crest, dashed because it is approximate.
      id: 'place-terrain',
      type: 'fill',
      source: 'places',
      filter: kindIn('terrain'),
      paint: { 'fill-color': KIND_STYLES.terrain.colour, 'fill-opacity': 0.22 },
    },
    {
      id: 'place-terrain-outline',
      type: 'line',
      source: 'places',
      filter: kindIn('terrain'),
      paint: {
        'line-color': KIND_STYLES.terrain.colour,
        'line-width': 1.4,
        'line-dasharray': [2, 1.5],
        'line-opacity': 0.8,
      },
    },
    {
      id: 'durand-casing',
      type: 'line',
      source: 'places',
      filter: kindIn('border'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': palette.casing,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 4, 9, 7],
        'line-opacity': 0.9,
      },
    },
    {
      id: 'durand-line',
      type: 'line',
      source: 'places',
      filter: kindIn('border'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': KIND_STYLES.border.colour,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 2.2, 9, 4],
        'line-dasharray': [3, 1.2],
      },
    },
    {
      id: 'selected-area',
      type: 'line',
      source: 'places',
      filter: ['!=', ['geometry-type'], 'Point'],
      layout: { 'line-join': 'round' },
      // Selection is feature state: changing it repaints without re-laying out the source.
      paint: { 'line-color': SELECTED, 'line-width': 3.5, 'line-opacity': SELECTED_ONLY },
    },
    {
      id: 'province-labels',
      type: 'symbol',
      source: 'basemap',
      filter: [
        'all',
        layerIs('province-label'),
        ['<=', ['get', 'rank'], 6],
        ['!', ['in', ['get', 'name'], ['literal', Object.values(KEY_PROVINCES)]]],
      ],
      minzoom: 5.5,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT,
        'text-size': 11,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
      },
      paint: { 'text-color': BASE.provinceText, 'text-halo-color': BASE.halo, 'text-halo-width': 1.2 },
    },
    {
      id: 'city-dots',
      type: 'circle',
      source: 'basemap',
      filter: ['all', layerIs('city'), ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 5.5, 2, 7, 3]]],
      paint: {
        'circle-radius': ['match', ['get', 'rank'], 1, 3.5, 2, 2.8, 2.2],
        'circle-color': BASE.cityText,
        'circle-stroke-color': BASE.halo,
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'city-labels',
      type: 'symbol',
      source: 'basemap',
      filter: ['all', layerIs('city'), ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 5.5, 2, 7, 3]]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': ['case', ['==', ['get', 'rank'], 1], ['literal', FONT_BOLD], ['literal', FONT]],
        'text-size': ['match', ['get', 'rank'], 1, 14, 2, 12.5, 11.5],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.6,
        'text-justify': 'auto',
      },
      paint: { 'text-color': BASE.cityText, 'text-halo-color': BASE.halo, 'text-halo-width': 1.5 },
    },
    // Zoomed out, the winding line has no stretch straight enough for a name along it (on a
    // phone least of all): the name stands level beside the line's anchor point instead.
    {
      ...nameBeside('durand-name', 'border', 12, ['right', 'left', 'top', 'bottom'], 0.7),
      maxzoom: DURAND_ALONG_LINE_FROM,
      paint: {
        'text-color': KIND_STYLES.border.colour,
        'text-halo-color': BASE.halo,
        'text-halo-width': 1.8,
      },
    },
    {
      id: 'durand-label',
      type: 'symbol',
      source: 'places',
      minzoom: DURAND_ALONG_LINE_FROM,
      filter: kindIn('border'),
      layout: {
        // Short, so it finds a straight enough stretch of this winding line at the default view
        // (the legend and every card say it is the de facto border).
        'symbol-placement': 'line',
        'symbol-spacing': 160,
        'text-field': 'Durand Line',
        'text-font': FONT_BOLD,
        'text-size': 12,
        'text-offset': [0, -1.1],
        'text-max-angle': 70,
      },
      paint: {
        'text-color': KIND_STYLES.border.colour,
        'text-halo-color': BASE.halo,
        'text-halo-width': 1.8,
      },
    },
    {
      id: 'area-labels',
      type: 'symbol',
      source: 'place-labels',
      filter: [
        'all',
        ['!', ['in', ['get', 'id'], ['literal', ['khyber-pakhtunkhwa', 'balochistan']]]],
        ['!', ['in', ['get', 'kind'], ['literal', ['district', 'border']]]],
      ],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_BOLD,
        'text-size': ['match', ['get', 'kind'], 'province', 12.5, 11.5],
        'text-max-width': 9,
        // Small areas (Bajaur) find room beside their neighbours' names.
        'text-variable-anchor': ['center', 'right', 'left', 'bottom', 'top'],
        'text-radial-offset': 0.4,
      },
      paint: { 'text-color': kindColour(BASE.cityText), 'text-halo-color': BASE.halo, 'text-halo-width': 2 },
    },
    {
      // The two provinces the argument is about, named at every zoom (their Natural Earth label points).
      // Kept in view as the reader pans (src/map/key-province-labels.ts).
      id: 'key-province-labels',
      type: 'symbol',
      source: KEY_PROVINCE_SOURCE,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_BOLD,
        'text-size': 12,
        'text-max-width': 8,
      },
      paint: {
        'text-color': KIND_STYLES.province.colour,
        'text-halo-color': BASE.halo,
        'text-halo-width': 1.8,
      },
    },
    // Districts (Bajaur) are too small at the default view for a name inside: theirs sits just
    // beside them, and is placed before the provinces' names (a layer higher up is placed
    // first), which give way to it. The name alone: its dashed edge and the legend ("approximate
    // edge") say it is approximate.
    {
      ...nameBeside('district-labels', 'district', 11.5, ['top', 'bottom', 'left', 'right'], 0.8),
      paint: { 'text-color': kindColour(BASE.cityText), 'text-halo-color': BASE.halo, 'text-halo-width': 2 },
    },
    {
      id: 'place-points',
      type: 'symbol',
      source: 'places',
      filter: ['==', ['geometry-type'], 'Point'],
      layout: {
        'icon-image': ['concat', 'place-', ['get', 'kind']],
        'icon-offset': iconOffset,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        // Names only from zoom 6.5: below that they would crowd out the town labels.
        'text-field': ['step', ['zoom'], '', 6.5, ['get', 'name']],
        'text-font': FONT,
        'text-size': 11.5,
        'text-optional': true,
        'text-max-width': 10,
        'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
        'text-radial-offset': 1.1,
      },
      paint: { 'text-color': palette.pointText, 'text-halo-color': BASE.halo, 'text-halo-width': 1.6 },
    },
    {
      id: 'selected-point',
      type: 'symbol',
      source: 'places',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'icon-opacity': SELECTED_ONLY },
      layout: {
        'icon-image': ['concat', 'place-', ['get', 'kind'], '-selected'],
        'icon-offset': iconOffset,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'basemap',
      filter: layerIs('country-label'),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_BOLD,
        'text-size': ['case', ['get', 'focus'], 17, 13],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.18,
        'text-allow-overlap': false,
      },
      paint: { 'text-color': BASE.provinceText, 'text-halo-color': BASE.halo, 'text-halo-width': 1.6 },
    },
  ];
  void iconName;
  return {
    version: 8,
    // No "glyphs": MapLibre draws text locally with the fonts in text-font (bundled web fonts).
    sources: {
      basemap: { type: 'geojson', data: atlas.basemap, attribution: atlas.attribution.join(' · ') },
      places: { type: 'geojson', data: atlas.placeFeatures },
      'place-labels': { type: 'geojson', data: labelPoints(atlas) },
      [KEY_PROVINCE_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers,
  };
}

/** The style as the engine draws it: `buildStyle`'s, with its paint bound so layers of a type share one shader program. */
export function engineStyle(atlas: Atlas, palette: Palette = PALETTES.light): StyleSpecification {
  return bindPerFeature(buildStyle(atlas, palette));
}
