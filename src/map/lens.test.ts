import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../data/atlas.ts';
import { lensTargets } from './lens.ts';

const atlas = buildAtlas();

describe('the claims lens', () => {
  it('highlights, from the data, where each side says ISKP is based or sheltered', () => {
    const kabul = lensTargets(atlas, 'kabul');
    const islamabad = lensTargets(atlas, 'islamabad');
    expect([...kabul.countries.keys()]).toEqual(['PK']);
    expect([...islamabad.countries.keys()]).toEqual(['AF']);
    expect([...islamabad.places.keys()].sort()).toEqual(['kunar', 'nangarhar', 'spin-ghar']);
    expect([...kabul.places.keys()]).toEqual(['sharifullah-arrest']);
  });
  it('backs every highlight with at least one quote of that side linked to it', () => {
    for (const side of ['kabul', 'islamabad'] as const) {
      const t = lensTargets(atlas, side);
      for (const [placeId, quoteIds] of t.places) {
        expect(quoteIds.length).toBeGreaterThan(0);
        for (const id of quoteIds) {
          const q = atlas.quotes.find((x) => x.id === id)!;
          expect(q.side).toBe(side);
          expect(q.places.some((l) => l.id === placeId && l.based)).toBe(true);
        }
        expect(atlas.places.some((p) => p.id === placeId)).toBe(true);
      }
      for (const ids of t.countries.values())
        expect(ids.every((id) => atlas.quotes.find((q) => q.id === id)!.side === side)).toBe(true);
    }
  });
});
