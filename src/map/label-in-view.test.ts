import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { buildAtlas } from '../data/atlas.ts';
import { unprojector } from './camera.ts';
import { insetView, KEY_PROVINCES, labelInView } from './label-in-view.ts';

// An L-shaped province: a crescent whose centre of mass lies outside it.
const ell: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 2],
      [2, 2],
      [2, 10],
      [0, 10],
      [0, 0],
    ],
  ],
};

describe('labelInView', () => {
  it('keeps the area’s own label point while it is in the view', () => {
    expect(labelInView(ell, [1, 5], [-1, -1, 11, 11])).toEqual([1, 5]);
  });
  it('moves the name into the part of the area in view when its point is outside', () => {
    const at = labelInView(ell, [1, 5], [4, -1, 11, 11])!;
    expect(at[0]).toBeGreaterThanOrEqual(4);
    expect(at[1]).toBeGreaterThanOrEqual(0);
    expect(at[1]).toBeLessThanOrEqual(2);
  });
  it('finds a point inside when the part in view is a crescent', () => {
    const at = labelInView(ell, [20, 20], [-1, -1, 11, 11])!;
    expect(at[0] <= 2 || at[1] <= 2).toBe(true);
  });
  it('gives nothing when no part of the area is in view', () => {
    expect(labelInView(ell, [1, 5], [20, 20, 30, 30])).toBeNull();
  });
});

describe('labelInView on the real provinces', () => {
  const atlas = buildAtlas();
  it('never throws, and any point it gives is in the view, for views all over the map at every zoom', () => {
    for (const id of Object.keys(KEY_PROVINCES)) {
      const shape = atlas.placeFeatures.features.find((f) => f.properties?.id === id)!.geometry as Polygon;
      for (const span of [8, 2, 0.5, 0.05, 0.01])
        for (let lng = 60; lng <= 76; lng += 0.37)
          for (let lat = 24; lat <= 37; lat += 0.41) {
            const view: [number, number, number, number] = [lng, lat, lng + span, lat + span * 0.7];
            const at = labelInView(shape, [0, 0], view);
            if (at) {
              expect(at[0]).toBeGreaterThanOrEqual(view[0] - 1e-9);
              expect(at[0]).toBeLessThanOrEqual(view[2] + 1e-9);
            }
          }
    }
  });
});

describe('labelInView where a view cuts a province to slivers', () => {
  it('gives a point or nothing, never an error (zoom 12 on the Kurram border, a link that threw)', () => {
    const atlas = buildAtlas();
    const kp = atlas.placeFeatures.features.find((f) => f.properties?.id === 'khyber-pakhtunkhwa')!
      .geometry as Polygon;
    for (const [w, h] of [
      [700, 400],
      [1280, 686],
      [375, 459],
    ])
      for (let dx = -0.2; dx <= 0.2; dx += 0.02) {
        const camera = { center: [70 + dx, 34] as [number, number], zoom: 12 };
        const view = insetView(unprojector(camera, { width: w, height: h }), w, h);
        expect(() => labelInView(kp, [0, 0], view)).not.toThrow();
      }
  });
});
