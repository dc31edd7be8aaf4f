// Colours and symbols per kind of place: one table read by the map style and the legend.
// Colours meet WCAG 2.2 AA on every ground they are drawn on (text 4.5:1, symbols 3:1):
// measured by contrast.test.ts.
import type { PlaceKind } from '../data/schema.ts';

export const BASE = {
  sea: '#c9dce8',
  land: '#f4f1ea',
  focusLand: '#fbf9f4',
  water: '#8fb8d6',
  admin1: '#a39d92',
  international: '#6b665c',
  cityText: '#2f2c27',
  provinceText: '#5f5a52',
  halo: '#ffffff',
};

export interface KindStyle {
  label: string;
  colour: string;
  symbol: 'line-dashed' | 'area' | 'area-dashed' | 'band' | 'square' | 'circle' | 'diamond' | 'triangle';
}

export const KIND_STYLES: Record<PlaceKind, KindStyle> = {
  border: {
    label: 'Durand Line: de facto border, not recognized by Afghanistan',
    colour: '#a1203c',
    symbol: 'line-dashed',
  },
  province: { label: 'Province', colour: '#2e5a8c', symbol: 'area' },
  district: { label: 'District (approximate edge)', colour: '#8f4503', symbol: 'area-dashed' },
  terrain: { label: 'Mountain range (approximate)', colour: '#6e5029', symbol: 'band' },
  attack: { label: 'Attack', colour: '#b0222a', symbol: 'circle' },
  prison: { label: 'Prison', colour: '#3a3f47', symbol: 'square' },
  crossing: { label: 'Border crossing', colour: '#1b6454', symbol: 'diamond' },
  arrest: { label: 'Arrest (location not public)', colour: '#5b3f8c', symbol: 'triangle' },
};

export const SELECTED = '#111111';

/** The claims lens (src/map/lens.ts): one colour per side, the same in both themes. */
export const LENS_COLOURS = { kabul: '#1d5f8a', islamabad: '#2e6b2f' } as const;
/** How strongly the lens shades the side's countries and places, and its outline's width. */
export const LENS_PAINT = { countryOpacity: 0.16, placeOpacity: 0.45, outlineWidth: 4 } as const;

// Dark mode (prefers-color-scheme: dark, or ?theme=dark): the same roles on a dark ground, each
// colour measured by contrast.test.ts like the light ones. Kinds keep their hue and label.
export const BASE_DARK: typeof BASE = {
  sea: '#0e1a23',
  land: '#26282c',
  focusLand: '#2c2f34',
  water: '#24465f',
  admin1: '#777b83',
  international: '#a7abb3',
  cityText: '#ebe7df',
  provinceText: '#c2bdb3',
  halo: '#16181b',
};

export const KIND_COLOURS_DARK: Record<PlaceKind, string> = {
  border: '#ffa3b4',
  province: '#9cc2ff',
  district: '#f5ae6f',
  terrain: '#dbb884',
  attack: '#ffa6a6',
  prison: '#c9ced6',
  crossing: '#5fd6b8',
  arrest: '#cbb0ff',
};

export type Theme = 'light' | 'dark';

export interface Palette {
  base: typeof BASE;
  kinds: Record<PlaceKind, KindStyle>;
  /** Outline of the selected place. */
  selected: string;
  /** What is drawn under the Durand Line's dashes, and around point symbols. */
  casing: string;
  /** Names of point places. */
  pointText: string;
}

export const PALETTES: Record<Theme, Palette> = {
  light: { base: BASE, kinds: KIND_STYLES, selected: SELECTED, casing: '#ffffff', pointText: '#222222' },
  dark: {
    base: BASE_DARK,
    kinds: Object.fromEntries(
      Object.entries(KIND_STYLES).map(([k, s]) => [k, { ...s, colour: KIND_COLOURS_DARK[k as PlaceKind] }]),
    ) as Record<PlaceKind, KindStyle>,
    selected: '#ffffff',
    casing: '#16181b',
    pointText: '#ebe7df',
  },
};

/** Each colour role of a palette, by name: what dark mode maps the light colours by. */
export function colourRoles(p: Palette): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(p.base).map(([k, v]) => [`base.${k}`, v])),
    ...Object.fromEntries(Object.entries(p.kinds).map(([k, v]) => [`kind.${k}`, v.colour])),
    selected: p.selected,
    casing: p.casing,
    pointText: p.pointText,
  };
}
