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
