import { describe, expect, it } from 'vitest';
import { pick, pointTargets, polygonContains, type PickScene, type ScreenPolygon } from './pick.ts';

const square = (x0: number, y0: number, x1: number, y1: number): ScreenPolygon => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
];

// A fixture shaped like the default view: a big province (KP) with a district (Bajaur) inside it,
// a small province (Kunar) across a vertical line x = 200, a lone point, and a cluster of three
// points drawn on top of each other (Kabul).
const scene: PickScene = {
  points: [
    { id: 'lone', xy: [300, 300] },
    { id: 'kabul-a', xy: [100, 100] },
    { id: 'kabul-b', xy: [104, 101] },
    { id: 'kabul-c', xy: [110, 96] },
    { id: 'near', xy: [100, 130] },
  ],
  lines: [
    {
      id: 'line',
      paths: [
        [
          [200, 0],
          [200, 500],
        ],
      ],
    },
  ],
  areas: [
    { id: 'kp', polygons: [square(200, 0, 500, 500)] },
    { id: 'bajaur', polygons: [square(220, 20, 260, 60)] },
    { id: 'kunar', polygons: [square(150, 20, 200, 80)] },
  ],
};

describe('pick: the most specific place under the pointer wins', () => {
  it('a point wins over the areas and the line under it, within its generous target', () => {
    expect(pick([300, 300], 'mouse', scene)).toEqual({ kind: 'place', id: 'lone', via: 'point' });
    expect(pick([311, 300], 'mouse', scene)).toMatchObject({ id: 'lone' }); // 24 px target
    expect(pick([313, 300], 'mouse', scene)).toMatchObject({ id: 'kp' }); // outside it: the province
    expect(pick([321, 300], 'touch', scene)).toMatchObject({ id: 'lone' }); // 44 px for a finger
  });

  it('a point’s target never steals a neighbour’s, and never shrinks below its symbol', () => {
    const targets = pointTargets(scene.points, 'touch');
    // "near" is 30 px from the cluster: each gets half the gap.
    expect(targets[4]).toBeCloseTo(14.6, 0);
    expect(pick([100, 114], 'touch', scene)).toMatchObject({ kind: 'chooser' });
    expect(pick([100, 118], 'touch', scene)).toMatchObject({ id: 'near' });
    const tight = pointTargets(
      [
        { id: 'a', xy: [0, 0] },
        { id: 'b', xy: [15, 0] },
      ],
      'mouse',
    );
    expect(tight).toEqual([7.5, 7.5]);
  });

  it('overlapping points open a chooser listing exactly them', () => {
    expect(pick([102, 100], 'mouse', scene)).toEqual({
      kind: 'chooser',
      ids: ['kabul-a', 'kabul-b', 'kabul-c'],
    });
  });

  it('the line beats areas within its tolerance: generous, but only its drawn width inside a small area', () => {
    expect(pick([190, 300], 'touch', scene)).toMatchObject({ id: 'line', via: 'line' }); // no area here
    expect(pick([177, 300], 'touch', scene)).toEqual({ kind: 'none' });
    expect(pick([215, 300], 'touch', scene)).toMatchObject({ id: 'line' }); // inside big KP: generous
    expect(pick([223, 300], 'touch', scene)).toMatchObject({ id: 'kp' });
    expect(pick([202, 50], 'touch', scene)).toMatchObject({ id: 'line' }); // small areas: drawn width
    expect(pick([196, 50], 'touch', scene)).toMatchObject({ id: 'kunar' }); // a narrow province by the line
  });

  it('a point’s generous target does not swallow a small area around it', () => {
    const district: PickScene = {
      points: [{ id: 'bombing', xy: [240, 40] }],
      lines: [],
      areas: scene.areas,
    };
    expect(pick([244, 40], 'touch', district)).toMatchObject({ id: 'bombing' }); // its symbol
    expect(pick([252, 40], 'touch', district)).toMatchObject({ id: 'bajaur' });
    expect(pick([240, 61], 'touch', district)).toMatchObject({ id: 'bombing' }); // in big KP: generous
  });

  it('areas from smallest to largest', () => {
    expect(pick([240, 40], 'mouse', scene)).toMatchObject({ id: 'bajaur', via: 'area' });
    expect(pick([400, 100], 'mouse', scene)).toMatchObject({ id: 'kp', via: 'area' });
  });

  it('accepts measured distances and containment (e.g. from MapLibre) instead of geometry', () => {
    const measured: PickScene = {
      points: [],
      lines: [{ id: 'line', distance: 3 }],
      areas: [
        { id: 'big', screenArea: 100_000, contains: true },
        { id: 'small', screenArea: 20_000, contains: true },
        { id: 'elsewhere', screenArea: 10, contains: false },
      ],
    };
    expect(pick([0, 0], 'mouse', measured)).toMatchObject({ id: 'line' });
    measured.lines = [{ id: 'line', distance: 13 }];
    expect(pick([0, 0], 'mouse', measured)).toMatchObject({ id: 'small' });
  });

  it('polygon holes are not inside', () => {
    const donut: ScreenPolygon = [...square(0, 0, 10, 10), ...square(3, 3, 7, 7)];
    expect(polygonContains([1, 1], donut)).toBe(true);
    expect(polygonContains([5, 5], donut)).toBe(false);
  });
});
