import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, shown } from './url-state.ts';

const limits = {
  placeIds: new Set(['nangarhar', 'durand-line']),
  bounds: [57, 23.5, 79, 40] as [number, number, number, number],
  minZoom: 4,
  maxZoom: 12,
};

describe('parseHash', () => {
  it('reads a place, a camera, and both together', () => {
    expect(parseHash('#place=nangarhar', limits)).toEqual({ camera: null, place: 'nangarhar', problems: [] });
    expect(parseHash('#map=8/34.4/70.9', limits).camera).toEqual({ zoom: 8, lat: 34.4, lng: 70.9 });
    expect(parseHash('#map=8/34.4/70.9&place=nangarhar', limits)).toEqual({
      camera: { zoom: 8, lat: 34.4, lng: 70.9 },
      place: 'nangarhar',
      problems: [],
    });
    expect(parseHash('', limits)).toEqual({ camera: null, place: null, problems: [] });
  });

  it.each([
    ['#place=nowhere', /no place “nowhere”/],
    ['#place=', /empty/],
    ['#place=nangarhar&place=durand-line', /more than once/],
    ['#map=abc', /not valid/],
    ['#map=999/999/999', /not valid/],
    ['#map=8/34.4', /not valid/],
    ['#map=8/95/70', /not valid/],
    ['#map=1/34/70', /not valid/],
    ['#map=8/34/70/0/0', /not valid/],
    ['#map=8/34.4/-170', /not valid/],
    ['#map=Infinity/34/70', /not valid/],
    ['#map=8e1/34/70', /not valid/],
    ['#zoom=3', /not one this map knows/],
    ['#place=%E0%A4%A', /could not be read/],
    ['#' + 'a'.repeat(600), /too long/],
  ])('rejects %s with a reason', (hash, reason) => {
    const s = parseHash(hash, limits);
    expect(s.place).toBeNull();
    expect(s.camera).toBeNull();
    expect(s.problems.join(' ')).toMatch(reason);
  });

  it('keeps the valid half of a half-broken link', () => {
    const s = parseHash('#map=abc&place=nangarhar', limits);
    expect(s.place).toBe('nangarhar');
    expect(s.problems).toHaveLength(1);
  });

  it('shortens hostile text it quotes back', () => {
    expect(shown('<script>alert(1)</script>'.repeat(5))).toHaveLength(43);
  });
});

describe('formatHash', () => {
  it('round-trips', () => {
    const h = formatHash({ camera: { zoom: 7.123, lat: 34.41234, lng: 70.98765 }, place: 'nangarhar' });
    expect(h).toBe('#map=7.12/34.4123/70.9877&place=nangarhar');
    expect(parseHash(h, limits).place).toBe('nangarhar');
  });
});
