// Two levels of content (geodata/EDITORIAL.md): each side's general position, shown once, and the
// quotes that concern one place. Pure functions of the atlas, shared by the reading pane, the list,
// the share cards and the claims lens, so they all count and choose the same way.
import type { Atlas, AtlasPlace } from './atlas-types.ts';
import type { PlaceLink, Quote, Side } from './schema.ts';
import { SIDES } from './sides.ts';

/** The two sides that make claims; analysis is the sources' own voice. */
export const CLAIMANTS = ['kabul', 'islamabad'] as const;
export type Claimant = (typeof CLAIMANTS)[number];

export interface GeneralPosition {
  /** The side's headline quote (the one marked lead), for the two-line key. */
  lead: Quote;
  /** Every general quote of the side, lead first, then in source and paragraph order. */
  quotes: Quote[];
}

export function generalPositions(atlas: Pick<Atlas, 'quotes'>): Record<Claimant, GeneralPosition> {
  const out = {} as Record<Claimant, GeneralPosition>;
  for (const side of CLAIMANTS) {
    const general = atlas.quotes.filter((q) => q.side === side && q.scope === 'general');
    const lead = general.find((q) => q.lead);
    if (!lead) throw new Error(`geodata/quotes.json: no lead general quote for ${side}`);
    out[side] = { lead, quotes: [lead, ...general.filter((q) => q !== lead)] };
  }
  return out;
}

export interface SideAtPlace {
  /** The side's quotes linked to this place, each text once, in source and paragraph order. */
  quotes: Quote[];
  /** The sources give this side nothing about this place. */
  saysNothing: boolean;
  /** Every quote here is part of the side's general position: the section must say so. */
  onlyGeneral: boolean;
}

/** Normalized for comparison: a quote whose text is inside another's at the same place repeats it. */
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Why `q` is linked to `placeId` (every link carries a one-line reason). */
export function linkOf(q: Quote, placeId: string): PlaceLink | undefined {
  return q.places.find((l) => l.id === placeId);
}

export function placeQuotes(place: Pick<AtlasPlace, 'id' | 'quotes'>): Record<Side, SideAtPlace> {
  const out = {} as Record<Side, SideAtPlace>;
  for (const side of SIDES) {
    const seen = new Set<string>();
    const quotes = place.quotes.filter((q) => {
      if (q.side !== side || !linkOf(q, place.id)) return false;
      const key = norm(q.text);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    out[side] = {
      quotes,
      saysNothing: quotes.length === 0,
      onlyGeneral:
        quotes.length > 0 && quotes.every((q) => q.scope === 'general' && !linkOf(q, place.id)?.names),
    };
  }
  return out;
}

/** Balance counts: distinct quotes linked to the place, per side (general positions are not spread). */
export function placeCounts(place: Pick<AtlasPlace, 'id' | 'quotes'>): Record<Side, number> {
  const by = placeQuotes(place);
  return {
    kabul: by.kabul.quotes.length,
    islamabad: by.islamabad.quotes.length,
    analysis: by.analysis.quotes.length,
  };
}

/** Pairs of quotes at one place where one's text contains the other's (the rule: a text once per place). */
export function repeatedTexts(place: Pick<AtlasPlace, 'id' | 'quotes'>): [string, string][] {
  const out: [string, string][] = [];
  const segs = (q: Quote) => norm(q.text).split(' … ');
  for (const a of place.quotes)
    for (const b of place.quotes)
      if (a !== b && segs(b).some((s) => s.length > 12 && norm(a.text).includes(s))) out.push([a.id, b.id]);
  return out;
}

export const SIDE_LABEL: Record<Claimant, string> = { kabul: 'Kabul', islamabad: 'Islamabad' };

/** The one line shown where a side says nothing about a place. */
export function saysNothingLine(side: Claimant): string {
  return `${SIDE_LABEL[side]} says nothing about this place in these sources.`;
}
