import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../data/atlas.ts';
import { CARD_MAX, card, clauseOf, lineText } from './card-text.ts';

const atlas = buildAtlas();
const cards = atlas.places.map((p) => [p.id, p, card(atlas, p)] as const);

// Words that name one place's event: a card may quote them only for that place.
const EVENT_WORDS: Record<string, RegExp> = {
  'sharifullah-arrest': /Sharifullah/,
  'sultan-aziz-azzam-arrest': /Azzam/,
  'khalil-haqqani-killing': /Haqqani/,
  'kabul-airport-2021': /airport/i,
  'peshawar-mosque-2022': /Peshawar/,
  'mastung-procession-2023': /Mastung/,
  'bajaur-convention-2023': /convention/,
  'pul-e-charkhi-prison': /Pul-e-Charkhi/,
  'bagram-prison': /Bagram/,
};

describe('share cards', () => {
  it.each(cards)('%s: a description of at most 200 characters, in whole sentences', (_id, _p, c) => {
    expect(c.description.length).toBeLessThanOrEqual(CARD_MAX);
    expect(c.description).toMatch(/\.\)?$/);
    for (const l of c.lines) expect(lineText(l)).toMatch(/\.$/);
  });
  it.each(cards)('%s: one line per side, each quote verbatim and never cut mid-clause', (_id, p, c) => {
    expect(c.lines.map((l) => l.side)).toEqual(['kabul', 'islamabad']);
    for (const l of c.lines) {
      if (!l.quote) continue;
      expect(l.clause).toBe(clauseOf(l.quote));
      // The clause is the quote's whole text or its curated short clause (tested to end where its sense ends).
      expect([l.quote.text, l.quote.short]).toContain(
        l.clause!.replace(/‘/g, '“').replace(/’(?=\s|$|[.,;:])/g, '”'),
      );
      expect(l.quote.places.some((x) => x.id === p.id) || l.general, l.quote.id).toBe(true);
      if (l.general) expect(lineText(l)).toMatch(/^\w+ in general[,:]/);
    }
  });
  it.each(cards)('%s: balanced quotation marks', (_id, _p, c) => {
    const count = (re: RegExp) => (c.description.match(re) ?? []).length;
    expect(count(/“/g)).toBe(count(/”/g));
    expect(count(/‘/g)).toBeLessThanOrEqual(count(/’/g));
  });
  it.each(cards)('%s: never quotes another place’s event', (id, _p, c) => {
    for (const l of c.lines)
      for (const [other, words] of Object.entries(EVENT_WORDS))
        if (other !== id && l.clause && words.test(l.clause))
          // Another place's event only where the quote itself concerns this place (the airport's
          // card may name Sharifullah, who is linked to it); a general line names no event.
          expect(
            l.general ? false : l.quote!.places.some((x) => x.id === id),
            `${l.quote?.id} names ${other}`,
          ).toBe(true);
  });
  it.each(cards)('%s: names sources in words, not numbers', (_id, _p, c) => {
    expect(c.description).not.toMatch(/source \d{3}/i);
  });
  it('keeps the fact-check on the cards of places that have one', () => {
    for (const [id, p, c] of cards)
      if (p.factChecks.length) expect(c.description, id).toContain('Fact-check:');
    expect(cards.find(([id]) => id === 'mastung-procession-2023')![2].description).toMatch(
      /no group claimed/,
    );
  });
  it('gives the arrest one line for each side, not one sentence for both', () => {
    const c = cards.find(([id]) => id === 'sharifullah-arrest')![2];
    expect(c.lines[0].quote!.id).not.toBe(c.lines[1].quote!.id);
    expect(c.lines[0].quote!.places.some((l) => l.id === 'sharifullah-arrest')).toBe(true);
  });
  it('turns inner quotation marks into single ones', () => {
    const q = atlas.quotes.find((x) => x.id === 'k-unrelated')!;
    expect(clauseOf(q)).toBe('the group’s activities ‘unrelated to Afghanistan.’');
  });
});
