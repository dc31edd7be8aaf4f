import { describe, expect, it } from 'vitest';
import { cleanValue, formatHash, parseHash, shown, suggestPlace } from './url-state.ts';

const limits = {
  placeIds: new Set([
    'nangarhar',
    'durand-line',
    'kunar',
    'kabul-airport-2021',
    'pul-e-charkhi-prison',
    'torkham',
  ]),
  bounds: [57, 23.5, 79, 40] as [number, number, number, number],
  minZoom: 4,
  maxZoom: 12,
};

describe('parseHash', () => {
  it('reads a place, a camera, and both together', () => {
    expect(parseHash('#place=nangarhar', limits)).toEqual({
      camera: null,
      place: 'nangarhar',
      problems: [],
      suggestion: null,
      anchor: false,
    });
    expect(parseHash('#map=8/34.4/70.9', limits).camera).toEqual({ zoom: 8, lat: 34.4, lng: 70.9 });
    expect(parseHash('#map=8/34.4/70.9&place=nangarhar', limits)).toEqual({
      camera: { zoom: 8, lat: 34.4, lng: 70.9 },
      place: 'nangarhar',
      problems: [],
      suggestion: null,
      anchor: false,
    });
    expect(parseHash('', limits)).toEqual({
      camera: null,
      place: null,
      problems: [],
      suggestion: null,
      anchor: false,
    });
  });

  it.each([
    ['#place=nowhere', /no place “nowhere”/],
    ['#place=', /empty/],
    ['#place=nangarhar&place=durand-line', /more than once/],
    ['#map=abc', /not valid/],
    ['#map=999/999/999', /not valid/],
    ['#map=8/34.4', /not valid/],
    ['#map=8/95/70', /not valid/],
    ['#map=25/34/70', /not valid/],
    ['#map=-1/34/70', /not valid/],
    ['#map=8/34/-181', /not valid/],
    ['#map=8/34/70/0/0', /not valid/],
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

describe('forgiving links', () => {
  const opens = (hash: string) => {
    const s = parseHash(hash, limits);
    return { place: s.place, problems: s.problems };
  };
  it.each([
    '#place=Nangarhar',
    '#place=NANGARHAR',
    '#place=nangarhar.',
    '#place=nangarhar)',
    '#place=nangarhar/',
    '#place=nangarhar%20',
    '#place=%20nangarhar',
    '#place=nangarhar%2F',
    '#place=nangarhar).',
    '#place=nangarhar%E2%80%9D',
    '#place=(nangarhar)',
    '#place=nangarhar,',
    '#place=nangarhar&',
    '#Place=nangarhar',
    '#place=nangarhar&utm_source=newsletter&utm_medium=email',
    '#utm_campaign=x&place=nangarhar',
    '#place=nangarhar?utm_source=newsletter',
    '#place=nangarhar&fbclid=IwAR0abc',
    '#place=nangarhar&gclid=abc&mc_cid=1&mc_eid=2',
    '#place=nangarhar&place=Nangarhar.',
    '#place=Nangarhar%0A',
  ])('%s opens Nangarhar silently', (hash) => {
    expect(opens(hash)).toEqual({ place: 'nangarhar', problems: [] });
  });

  it('forgives spaces and underscores for hyphens', () => {
    expect(opens('#place=Durand%20Line').place).toBe('durand-line');
    expect(opens('#place=durand_line').place).toBe('durand-line');
  });

  it.each([
    ['#map=12.5/34/70', { zoom: 12, lat: 34, lng: 70 }],
    ['#map=2/34/70', { zoom: 4, lat: 34, lng: 70 }],
    ['#map=8/34/70.', { zoom: 8, lat: 34, lng: 70 }],
    ['#map=8/34/70/', { zoom: 8, lat: 34, lng: 70 }],
    ['#map=8/34.123456789/70', { zoom: 8, lat: 34.123456789, lng: 70 }],
  ])('%s is clamped or cleaned, silently', (hash, camera) => {
    const s = parseHash(hash, limits);
    expect(s.camera).toEqual(camera);
    expect(s.problems).toEqual([]);
  });

  it('a position outside the map is moved to its nearest edge, with a notice', () => {
    const s = parseHash('#map=8/0/0', limits);
    expect(s.camera).toEqual({ zoom: 8, lat: 23.5, lng: 57 });
    expect(s.problems.join()).toMatch(/outside this map’s area/);
  });

  it.each([
    ['nang', 'nangarhar'],
    ['nangarhr', 'nangarhar'],
    ['NANGAHAR', 'nangarhar'],
    ['kabul', 'kabul-airport-2021'],
    ['kunarr', 'kunar'],
    ['charkhi', 'pul-e-charkhi-prison'],
    ['torkam', 'torkham'],
    ['durand', 'durand-line'],
  ])('“%s” suggests %s', (typed, id) => {
    const s = parseHash(`#place=${typed}`, limits);
    expect(s.place).toBeNull();
    expect(s.suggestion).toBe(id);
    expect(s.problems.join()).toMatch(/no place/);
    expect(suggestPlace(typed, limits.placeIds)).toBe(id);
  });

  it.each(['nowhere', 'xy', 'islamabad', '<script>'])('“%s” suggests nothing', (typed) => {
    expect(suggestPlace(typed, limits.placeIds)).toBeNull();
  });

  it('ignores an in-page anchor without a word', () => {
    const isAnchor = (id: string) => id === 'place-list';
    expect(parseHash('#place-list', { ...limits, isAnchor })).toMatchObject({ anchor: true, problems: [] });
    expect(parseHash('#nowhere', { ...limits, isAnchor }).problems).toHaveLength(1);
  });

  it('still reports a real conflict and an unknown key', () => {
    expect(opens('#place=nangarhar&place=kunar').problems.join()).toMatch(/more than once/);
    expect(opens('#place=kunar&zoom=4').problems.join()).toMatch(/not one this map knows/);
  });

  it('cleans only the ends of a value', () => {
    expect(cleanValue(' “nangarhar”). ')).toBe('nangarhar');
    expect(cleanValue('pul-e-charkhi')).toBe('pul-e-charkhi');
  });
});

describe('formatHash', () => {
  it('round-trips', () => {
    const h = formatHash({ camera: { zoom: 7.123, lat: 34.41234, lng: 70.98765 }, place: 'nangarhar' });
    expect(h).toBe('#map=7.12/34.4123/70.9877&place=nangarhar');
    expect(parseHash(h, limits).place).toBe('nangarhar');
  });
});
