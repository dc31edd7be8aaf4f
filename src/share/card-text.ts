// The words of a place's share card (its link preview): one complete sentence or sense-complete
// clause per side that concerns the place — or the side's general position, marked as such — with
// the source named in words a feed's reader understands, the place's fact-check kept, and the
// whole description within 200 characters. Pure: the page, the preview image and the tests use it.
import type { Atlas, AtlasPlace } from '../data/atlas-types.ts';
import type { Quote } from '../data/schema.ts';
import { CLAIMANTS, generalPositions, placeQuotes, SIDE_LABEL, type Claimant } from '../data/positions.ts';

export const CARD_MAX = 200;

export interface CardLine {
  side: Claimant;
  /** How it reaches us, naming the source in words: "reported in an analysis". */
  label: string;
  /** Verbatim words (inner “…” turned to ‘…’ so the outer marks stay balanced); null: says nothing. */
  clause: string | null;
  /** The quote the clause comes from. */
  quote: Quote | null;
  /** The side's general position, not a claim about this place. */
  general: boolean;
}

/** The words shown: the quote's sense-complete short clause, or its whole text. */
export function clauseOf(q: Quote): string {
  return (q.short ?? q.text).replace(/“/g, '‘').replace(/”/g, '’');
}

/** How the words reach us, in words: "reported in an analysis". */
function attribution(q: Quote, readerName: string): string {
  if (q.voice === 'direct') return `quoted in ${readerName}`;
  if (q.voice === 'argued') return `argued in ${readerName}`;
  return `reported in ${readerName}`;
}

/** One side's sentence; `withSource` false when the attribution is given once for both lines. */
export function lineText(l: CardLine, withSource = true): string {
  if (!l.clause) return `${SIDE_LABEL[l.side]}: nothing in these sources.`;
  const who = l.general ? `${SIDE_LABEL[l.side]} in general` : SIDE_LABEL[l.side];
  const words = `“${l.clause.replace(/[.,;:]$/, '')}”`;
  return withSource ? `${who}, ${l.label}: ${words}.` : `${who}: ${words}.`;
}

/** The description: each line with its source, or the source named once when both share it. */
export function describeLines(lines: CardLine[], factCheck: string | null): string {
  const [a, b] = lines;
  const shared = a.clause && b.clause && a.label === b.label;
  const body = shared
    ? `${lineText(a, false)} ${lineText(b, false)} (Both ${a.label}.)`
    : `${lineText(a)} ${lineText(b)}`;
  return [body, factCheck].filter(Boolean).join(' ');
}

/** Every acceptable line for one side, best first. */
function candidates(atlas: Atlas, place: AtlasPlace, side: Claimant): CardLine[] {
  const readerName = (source: string) =>
    atlas.sources.find((s) => s.id === source)?.readerName ?? `source ${source}`;
  const here = placeQuotes(place)[side].quotes;
  // Claims about this place first, those saying ISKP is based here before the rest; a quote with a
  // note needs its note to be understood, so it is not quoted alone.
  const ranked = [...here]
    .filter((q) => !q.note)
    .sort(
      (a, b) =>
        Number(a.scope === 'general') - Number(b.scope === 'general') ||
        Number(!a.places.find((l) => l.id === place.id)?.based) -
          Number(!b.places.find((l) => l.id === place.id)?.based),
    );
  const lines: CardLine[] = ranked.map((q) => ({
    side,
    label: attribution(q, readerName(q.source)),
    clause: clauseOf(q),
    quote: q,
    general: false,
  }));
  const lead = generalPositions(atlas)[side].lead;
  if (!here.length) {
    lines.push({
      side,
      label: attribution(lead, readerName(lead.source)),
      clause: clauseOf(lead),
      quote: lead,
      general: true,
    });
    lines.push({ side, label: '', clause: null, quote: null, general: false });
  }
  return lines;
}

export interface Card {
  lines: CardLine[];
  factCheck: string | null;
  description: string;
}

/** The card: the first combination of lines (best first) that fits, with the fact-check kept. */
export function card(atlas: Atlas, place: AtlasPlace): Card {
  const factCheck = place.factChecks.map((f) => f.cardNote).join(' ') || null;
  const [kabul, islamabad] = CLAIMANTS.map((side) => candidates(atlas, place, side));
  for (const k of kabul)
    for (const i of islamabad) {
      const description = describeLines([k, i], factCheck);
      if (description.length <= CARD_MAX) return { lines: [k, i], factCheck, description };
    }
  if (process.env.CARD_DEBUG)
    console.log(
      describeLines([kabul[0], islamabad[0]], factCheck).length,
      describeLines([kabul[0], islamabad[0]], factCheck),
    );
  throw new Error(`share card for "${place.id}": no line per side fits in ${CARD_MAX} characters`);
}
