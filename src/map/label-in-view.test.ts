import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { labelInView } from './label-in-view.ts';

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
