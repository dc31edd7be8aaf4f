import { describe, expect, it } from 'vitest';
import { panCamera, pictureTransform, zoomCamera } from './camera-gesture.ts';
import { DEFAULT_VIEW, projector, type Bounds } from './camera.ts';

const v = { width: 640, height: 480 };
const BOUNDS: Bounds = [60, 23, 78, 38];
const near = (a: number[], b: number[], digits = 6) =>
  a.forEach((x, i) => expect(x).toBeCloseTo(b[i], digits));

describe('panCamera', () => {
  it('moves the map with the drag: the place under the pointer stays under it', () => {
    const kabul: [number, number] = [69.17, 34.53];
    const before = projector(DEFAULT_VIEW, v)(kabul);
    const after = projector(panCamera(DEFAULT_VIEW, v, 40, -25), v)(kabul);
    near(after, [before[0] + 40, before[1] - 25]);
  });
  it('stops at the map’s bounds as MapLibre does', () => {
    const far = panCamera(DEFAULT_VIEW, v, 100_000, 0, BOUNDS);
    // The west edge of the bounds at the left of the screen, not beyond it.
    expect(projector(far, v)([BOUNDS[0], 30])[0]).toBeCloseTo(0, 6);
  });
});

describe('zoomCamera', () => {
  it('zooms around the pointer: the point under it stays in place', () => {
    const at: [number, number] = [100, 380];
    const peshawar: [number, number] = [71.57, 34.01];
    const cam = zoomCamera(DEFAULT_VIEW, v, 2, at);
    expect(cam.zoom).toBeCloseTo(DEFAULT_VIEW.zoom + 1, 9);
    const under = (c: typeof cam) => {
      const p = projector(c, v)(peshawar);
      return [p[0] - at[0], p[1] - at[1]];
    };
    // Offsets from the pointer double at one zoom level in.
    near(
      under(cam),
      under(DEFAULT_VIEW).map((d) => d * 2),
    );
  });
  it('keeps to the zoom range', () => {
    expect(zoomCamera(DEFAULT_VIEW, v, 1e6, [320, 240]).zoom).toBe(12);
    expect(zoomCamera(DEFAULT_VIEW, v, 1e-6, [320, 240]).zoom).toBe(4);
  });
});

describe('pictureTransform', () => {
  it('is the identity for the same camera', () => {
    near(Object.values(pictureTransform(DEFAULT_VIEW, DEFAULT_VIEW, v)), [1, 0, 0]);
  });
  it('puts every place of the old picture where the new camera projects it', () => {
    const to = zoomCamera(panCamera(DEFAULT_VIEW, v, -30, 12), v, 1.7, [200, 100]);
    const t = pictureTransform(DEFAULT_VIEW, to, v);
    for (const place of [
      [69.17, 34.53],
      [71.57, 34.01],
      [66.9, 30.2],
    ] as [number, number][]) {
      const [x, y] = projector(DEFAULT_VIEW, v)(place);
      near([t.scale * x + t.x, t.scale * y + t.y], projector(to, v)(place), 4);
    }
  });
});
